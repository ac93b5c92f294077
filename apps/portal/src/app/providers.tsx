import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { api } from '../lib/api';
import { isApiError } from '../lib/api-client';

function shouldRetry(failureCount: number, error: unknown): boolean {
  // A 4xx will not change by asking again; a network blip or a 5xx might.
  if (isApiError(error) && error.status >= 400 && error.status < 500) return false;
  return failureCount < 2;
}

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: { retry: shouldRetry, staleTime: 30_000 },
    mutations: { retry: false },
  },
});

// Cached data belongs to one citizen: drop it whenever the signed-in citizen changes or signs out, so a shared
// computer never shows the previous person's data to the next one.
let cachedFor: string | null = null;
api.subscribe(() => {
  const current = api.getSession().citizen?.id ?? null;
  if (current !== cachedFor) queryClient.clear();
  cachedFor = current;
});

export function AppProviders({ children }: { children: ReactNode }) {
  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
}
