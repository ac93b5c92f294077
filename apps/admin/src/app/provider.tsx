import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useEffect, type ReactNode } from 'react';
import { ToastProvider, useToast } from '../components/toast';
import { getSession, subscribeSession } from '../lib/session';

/**
 * Nothing seen by one officer (cached lists, "account locked" notices) may outlive their session for
 * the next person who signs in on this browser.
 */
function ForgetOnSignOut({ queryClient }: { queryClient: QueryClient }) {
  const { clear } = useToast();
  useEffect(
    () =>
      subscribeSession(() => {
        if (getSession().status !== 'anonymous') return;
        queryClient.clear();
        clear();
      }),
    [queryClient, clear],
  );
  return null;
}

export function AppProvider({ queryClient, children }: { queryClient: QueryClient; children: ReactNode }) {
  return (
    <QueryClientProvider client={queryClient}>
      <ToastProvider>
        <ForgetOnSignOut queryClient={queryClient} />
        {children}
      </ToastProvider>
    </QueryClientProvider>
  );
}
