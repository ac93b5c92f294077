import { describe, expect, it } from 'vitest';
import { vnDate, vnInstant } from './calendar';
import {
  allowedActions,
  DOSSIER_STATES,
  maskName,
  onTimeResult,
  type DossierAction,
  type DossierState,
} from './dossiers';

/**
 * The lifecycle as the one-stop office practises it, written out state by state for each role: the rules in
 * ACTION_RULES must produce exactly this.
 */
const EXPECTED: Record<DossierState, Partial<Record<'tn' | 'cv' | 'ldp' | 'ld', DossierAction[]>>> = {
  waiting_online_intake: {
    tn: ['accept', 'request_supplement', 'refuse', 'withdraw', 'record_payment'],
    cv: ['request_supplement'],
    ldp: ['request_supplement', 'refuse'],
    ld: ['refuse'],
  },
  received: {
    tn: ['hand_over', 'request_supplement', 'refuse', 'stop', 'withdraw', 'record_payment'],
    cv: ['request_supplement'],
    ldp: ['request_supplement', 'refuse'],
    ld: ['refuse', 'stop'],
  },
  assigning: {
    tn: ['refuse', 'stop', 'withdraw', 'record_payment'],
    ldp: ['assign', 'refuse', 'extend'],
    ld: ['refuse', 'stop', 'extend'],
  },
  processing: {
    tn: ['request_supplement', 'refuse', 'stop', 'withdraw', 'record_payment'],
    cv: ['submit_review', 'request_supplement'],
    ldp: ['assign', 'submit_review', 'request_supplement', 'refuse', 'extend'],
    ld: ['refuse', 'stop', 'extend'],
  },
  reviewing: {
    tn: ['request_supplement', 'refuse', 'stop', 'withdraw', 'record_payment'],
    cv: ['request_supplement'],
    ldp: ['send_back', 'submit_signature', 'request_supplement', 'refuse', 'extend'],
    ld: ['send_back', 'refuse', 'stop', 'extend'],
  },
  waiting_signature: {
    tn: ['refuse', 'stop', 'record_payment'],
    ldp: ['send_back', 'refuse', 'extend'],
    ld: ['send_back', 'sign', 'refuse', 'stop', 'extend'],
  },
  waiting_return: { tn: ['return_result', 'record_payment'] },
  waiting_supplement: {
    tn: ['complete_supplement', 'stop', 'withdraw'],
    cv: ['complete_supplement'],
    ld: ['stop'],
  },
  returned: {},
  refused: {},
  stopped: {},
  withdrawn: {},
};

const ROLE_OF = {
  tn: 'receiving_officer',
  cv: 'processing_officer',
  ldp: 'division_head',
  ld: 'unit_leader',
} as const;

describe('allowedActions', () => {
  for (const state of DOSSIER_STATES) {
    it(`allows each role exactly its actions when the dossier is ${state}`, () => {
      for (const [short, role] of Object.entries(ROLE_OF)) {
        const expected = EXPECTED[state][short as keyof typeof ROLE_OF] ?? [];
        expect(allowedActions(state, [role]).sort(), `${state} / ${role}`).toEqual([...expected].sort());
      }
    });
  }

  it('gives nothing to roles outside the one-stop office', () => {
    for (const state of DOSSIER_STATES)
      expect(allowedActions(state, ['report_entry', 'feedback_handler'])).toEqual([]);
  });
});

describe('onTimeResult', () => {
  const due = vnInstant('2026-03-05', 17 * 60);
  it('is early before the appointment day, on time on it, late after it or with two supplement requests', () => {
    expect(onTimeResult(vnInstant('2026-03-04', 9 * 60), due, 0, vnDate)).toBe('early');
    expect(onTimeResult(vnInstant('2026-03-05', 16 * 60), due, 1, vnDate)).toBe('on_time');
    expect(onTimeResult(vnInstant('2026-03-05', 17 * 60 + 1), due, 0, vnDate)).toBe('late');
    expect(onTimeResult(vnInstant('2026-03-03', 9 * 60), due, 2, vnDate)).toBe('late');
  });
});

describe('maskName', () => {
  it('keeps the first letter of each word', () => {
    expect(maskName('Đặng Thị Thuỳ Dương')).toBe('Đ*** T** T*** D****');
  });
});
