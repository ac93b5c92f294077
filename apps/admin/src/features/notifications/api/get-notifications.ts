import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { NotificationsSchema, type Notifications } from '../lib/notifications';
import { notificationKeys } from './keys';

/** The scan that raises due-date notices runs every few minutes on the server; a minute is close enough. */
const POLL_MS = 60_000;

export function getNotifications(signal?: AbortSignal): Promise<Notifications> {
  return api.get('/notifications', { schema: NotificationsSchema, signal });
}

export function notificationsQueryOptions() {
  return queryOptions({
    queryKey: notificationKeys.all,
    queryFn: ({ signal }) => getNotifications(signal),
    refetchInterval: POLL_MS,
    // An officer coming back to the tab expects the bell to be current; the app's default is not to refetch.
    refetchOnWindowFocus: true,
    staleTime: 0,
  });
}

export function useNotifications() {
  return useQuery(notificationsQueryOptions());
}
