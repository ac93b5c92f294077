import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { NotificationsSchema, type Notifications } from '../lib/notifications';
import { notificationKeys } from './keys';

/** One notice by its id, or every notice with `'all'`. The API answers with the new list. */
export function markRead(target: string): Promise<Notifications> {
  const path =
    target === 'all' ? '/notifications/read-all' : `/notifications/${encodeURIComponent(target)}/read`;
  return api.post(path, undefined, { schema: NotificationsSchema });
}

export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markRead,
    onSuccess: (notifications) => queryClient.setQueryData(notificationKeys.all, notifications),
  });
}
