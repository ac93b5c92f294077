import { OutboxMessageSchema, type OutboxMessage } from '@motcua/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { mailboxKeys } from './keys';

/** Puts a failed message back in the delivery queue; the API answers with it, pending again. */
export function retryOutboxMessage(id: string): Promise<OutboxMessage> {
  return api.post(`/admin/outbox/${encodeURIComponent(id)}/retry`, undefined, {
    schema: OutboxMessageSchema,
  });
}

export function useRetryOutboxMessage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: retryOutboxMessage,
    // Success or refusal (the message was no longer failed), the list on screen is out of date either way.
    onSettled: () => queryClient.invalidateQueries({ queryKey: mailboxKeys.all }),
  });
}
