import { DOSSIER_QUEUES } from '@motcua/shared';
import { describe, expect, it } from 'vitest';
import { defaultQueue, orderQueues, parseQueue } from './queues';

describe('orderQueues', () => {
  it('puts a division head’s queues first, then the deadlines, then the rest', () => {
    const { mine, others } = orderQueues(['division_head']);
    expect(mine).toEqual(['to_assign', 'to_review', 'due_soon', 'overdue']);
    expect([...mine, ...others].sort()).toEqual([...DOSSIER_QUEUES].sort());
    expect(others).not.toContain('to_assign');
  });

  it('merges the queues of several roles without repeating one', () => {
    const { mine } = orderQueues(['receiving_officer', 'processing_officer']);
    expect(mine.filter((q) => q === 'waiting_supplement')).toHaveLength(1);
    expect(mine.slice(0, 2)).toEqual(['to_hand_over', 'waiting_online_intake']);
  });

  it('gives an account without dossier roles no queue of its own', () => {
    expect(orderQueues(['system_admin']).mine).toEqual([]);
  });
});

describe('defaultQueue', () => {
  it('opens the first own queue that has work', () => {
    expect(defaultQueue(['division_head'], { to_assign: 0, to_review: 2 })).toBe('to_review');
  });

  it('falls back to the first own queue while counts are unknown or all empty', () => {
    expect(defaultQueue(['unit_leader'], undefined)).toBe('to_sign');
    expect(defaultQueue(['processing_officer'], { processing: 0 })).toBe('processing');
  });
});

describe('parseQueue', () => {
  it('accepts known queues only', () => {
    expect(parseQueue('to_sign')).toBe('to_sign');
    expect(parseQueue('everything')).toBeUndefined();
    expect(parseQueue(null)).toBeUndefined();
  });
});
