import { DOSSIER_QUEUES, type DossierQueue, type Role } from '@motcua/shared';

/** The queues where each role acts (ACTION_RULES in shared): the officer's own work comes first. */
const ROLE_QUEUES: Partial<Record<Role, readonly DossierQueue[]>> = {
  receiving_officer: ['to_hand_over', 'waiting_online_intake', 'to_return', 'waiting_supplement'],
  division_head: ['to_assign', 'to_review'],
  processing_officer: ['processing', 'waiting_supplement'],
  unit_leader: ['to_sign'],
};

/** Deadlines concern everyone who handles dossiers. */
const ALWAYS_MINE: readonly DossierQueue[] = ['due_soon', 'overdue'];

/** Queues split into the officer's own (in the order they work through them) and the rest of the unit's. */
export function orderQueues(roles: readonly Role[]): { mine: DossierQueue[]; others: DossierQueue[] } {
  const own = roles.flatMap((role) => ROLE_QUEUES[role] ?? []);
  const mine = [...new Set([...own, ...(own.length > 0 ? ALWAYS_MINE : [])])];
  return { mine, others: DOSSIER_QUEUES.filter((q) => !mine.includes(q)) };
}

export function parseQueue(value: string | null): DossierQueue | undefined {
  return DOSSIER_QUEUES.find((q) => q === value);
}

/** The queue opened by default: the first of the officer's own that holds work, else their first one. */
export function defaultQueue(
  roles: readonly Role[],
  counts: Partial<Record<DossierQueue, number>> | undefined,
): DossierQueue {
  const { mine, others } = orderQueues(roles);
  const order = [...mine, ...others];
  const withWork = mine.find((q) => (counts?.[q] ?? 0) > 0);
  return withWork ?? order[0] ?? 'processing';
}
