import { SHIPPED_REPORT_FORMS } from '@motcua/shared';
import { describe, expect, it } from 'vitest';
import {
  changeLines,
  historyEntries,
  reopenedSinceAccepted,
  signedDelta,
  type HistoryEvent,
} from './history';

function event(at: string, action: string, extra: Partial<HistoryEvent> = {}): HistoryEvent {
  return {
    id: `${action}-${at}`,
    action,
    fromStatus: null,
    toStatus: null,
    actorName: 'Nguyễn Thị Hoa',
    reason: null,
    at,
    snapshot: null,
    ...extra,
  };
}

describe('historyEntries', () => {
  it('compares each frozen version with the one before it, oldest first', () => {
    const entries = historyEntries([
      event('2026-12-03T09:00:00+07:00', 'accept', {
        toStatus: 'accepted',
        snapshot: { 'Hộ tịch': { received_online: 9, received_total: 9 } },
      }),
      event('2026-12-01T09:00:00+07:00', 'approve', {
        toStatus: 'submitted',
        snapshot: { 'Hộ tịch': { received_online: 7, received_total: 7 } },
      }),
      event('2026-12-02T09:00:00+07:00', 'return', { toStatus: 'returned', reason: 'Sai số trực tuyến' }),
      event('2026-12-01T08:00:00+07:00', 'save', { toStatus: 'in_entry' }),
    ]);
    expect(entries.map((e) => e.action)).toEqual(['save', 'approve', 'return', 'accept']);
    expect(entries[0]?.frozen).toBeNull();
    expect(entries[1]?.frozen).toEqual({ first: true });
    expect(entries[2]?.frozen).toBeNull();
    expect(entries[3]?.frozen).toEqual({
      first: false,
      changes: [
        { row: 'Hộ tịch', column: 'received_online', before: 7, after: 9 },
        { row: 'Hộ tịch', column: 'received_total', before: 7, after: 9 },
      ],
    });
  });

  it('says nothing changed between two identical frozen versions', () => {
    const snapshot = { 'Hộ tịch': { received_online: 7 } };
    const entries = historyEntries([
      event('2026-12-01T09:00:00+07:00', 'approve', { snapshot }),
      event('2026-12-02T09:00:00+07:00', 'accept', { snapshot }),
    ]);
    expect(entries[1]?.frozen).toEqual({ first: false, changes: [] });
  });
});

describe('changeLines', () => {
  const columns = SHIPPED_REPORT_FORMS[0].definition.columns;
  const rows = [
    { key: 'Chứng thực', label: 'Chứng thực' },
    { key: 'Hộ tịch', label: 'Hộ tịch' },
  ];

  it('names rows and columns as the form does, in the form’s order', () => {
    const lines = changeLines(
      [
        { row: 'Hộ tịch', column: 'resolved_late', before: 1, after: 0 },
        { row: 'Hộ tịch', column: 'received_online', before: 7, after: 9 },
        { row: 'Chứng thực', column: 'received_direct', before: 0, after: 2 },
      ],
      rows,
      columns,
    );
    expect(lines.map((l) => `${l.row} — ${l.column}: ${l.before} → ${l.after}`)).toEqual([
      'Chứng thực — Trực tiếp, dịch vụ bưu chính: 0 → 2',
      'Hộ tịch — Trực tuyến: 7 → 9',
      'Hộ tịch — Quá hạn (Số hồ sơ đã giải quyết): 1 → 0',
    ]);
  });

  it('keeps the key of a row or column the form no longer has', () => {
    const [line] = changeLines([{ row: 'Cũ', column: 'old', before: 1, after: 2 }], rows, columns);
    expect(line).toMatchObject({ row: 'Cũ', column: 'old' });
  });

  it('signs the difference', () => {
    expect(signedDelta(7, 9)).toBe('+2');
    expect(signedDelta(9, 7)).toBe('−2');
    expect(signedDelta(3, 3)).toBe('0');
    expect(signedDelta(0, 1500)).toBe('+1.500');
  });
});

describe('reopenedSinceAccepted', () => {
  it('is true from a reopening until the form is accepted again', () => {
    const accepted = event('2026-12-01T09:00:00+07:00', 'accept', { toStatus: 'accepted' });
    const reopened = event('2026-12-20T09:00:00+07:00', 'reopen', { toStatus: 'returned' });
    const sent = event('2026-12-21T09:00:00+07:00', 'send_to_leader', { toStatus: 'awaiting_leader' });
    const again = event('2026-12-22T09:00:00+07:00', 'accept', { toStatus: 'accepted' });
    expect(reopenedSinceAccepted([accepted])).toBe(false);
    expect(reopenedSinceAccepted([accepted, reopened, sent])).toBe(true);
    expect(reopenedSinceAccepted([again, sent, reopened, accepted])).toBe(false);
  });
});
