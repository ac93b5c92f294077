import { FEEDBACK_ACTIONS } from '@motcua/shared';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../lib/api-error';
import {
  ACTION_SPECS,
  barActions,
  emptyActionForm,
  isStale,
  lastRejection,
  submitLabel,
  toActionInput,
  validateAction,
} from './action-form';

const LEAD = '0f2d3c4b-5a69-4788-8a9b-0c1d2e3f4a5b';
const OTHER = '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';
const values = (change: Partial<ReturnType<typeof emptyActionForm>>) => ({ ...emptyActionForm(), ...change });

describe('each action opens the dialog its inputs need', () => {
  it('maps every action of the contract', () => {
    expect(Object.keys(ACTION_SPECS).sort()).toEqual([...FEEDBACK_ACTIONS].sort());
    expect(ACTION_SPECS.forward.dialog).toBe('forward');
    expect(ACTION_SPECS.transfer.dialog).toBe('transfer');
    for (const action of ['return', 'refuse', 'request_info', 'opinion', 'reject_answer'] as const) {
      expect(ACTION_SPECS[action].dialog, action).toBe('reason');
    }
    expect(ACTION_SPECS.approve.dialog).toBe('confirm');
    expect(ACTION_SPECS.publish.dialog).toBe('confirm');
    expect(ACTION_SPECS.submit_answer.dialog).toBe('submit_answer');
    expect(ACTION_SPECS.save_answer.dialog).toBe('inline');
  });

  it('asks for a reason exactly where the contract requires one', () => {
    for (const action of FEEDBACK_ACTIONS) {
      if (action === 'save_answer' || action === 'submit_answer') continue;
      const filled = values({ leadUnitId: LEAD, unitId: OTHER });
      const blank = validateAction(action, filled);
      const needsReason =
        ACTION_SPECS[action].dialog === 'reason' || ACTION_SPECS[action].dialog === 'transfer';
      expect(blank.ok, action).toBe(!needsReason);
      if (!blank.ok) expect(blank.errors.comment, action).toBe('Không được để trống');
    }
  });

  it('puts the answer buttons in the answer panel, the step forward first and refusal last in the bar', () => {
    expect(barActions(['refuse', 'request_info', 'forward', 'transfer', 'return'])).toEqual([
      'forward',
      'request_info',
      'transfer',
      'return',
      'refuse',
    ]);
    expect(barActions(['opinion', 'save_answer', 'submit_answer', 'request_info'])).toEqual([
      'opinion',
      'request_info',
    ]);
  });

  it('names the send button after where the answer goes', () => {
    expect(submitLabel({ approvalRequired: true })).toBe('Gửi lãnh đạo duyệt');
    expect(submitLabel({ approvalRequired: false })).toBe('Gửi trả lời');
  });
});

describe('the request body of an action', () => {
  it('sends only the fields of the action, with a blank optional comment as null', () => {
    expect(
      toActionInput(
        'forward',
        4,
        values({ leadUnitId: LEAD, coordinatingUnitIds: [OTHER, LEAD], unitId: OTHER }),
      ),
    ).toEqual({
      action: 'forward',
      version: 4,
      leadUnitId: LEAD,
      coordinatingUnitIds: [OTHER],
      comment: null,
    });
    expect(
      toActionInput('transfer', 2, values({ unitId: OTHER, comment: 'Thuộc thẩm quyền Bộ Xây dựng' })),
    ).toEqual({
      action: 'transfer',
      version: 2,
      unitId: OTHER,
      comment: 'Thuộc thẩm quyền Bộ Xây dựng',
    });
    expect(toActionInput('approve', 7, values({ comment: '  ' }))).toEqual({
      action: 'approve',
      version: 7,
      comment: null,
    });
    expect(toActionInput('save_answer', 3, values({ answer: 'Dự thảo', comment: 'bỏ qua' }))).toEqual({
      action: 'save_answer',
      version: 3,
      answer: 'Dự thảo',
    });
  });
});

describe('validating an action with the shared schema', () => {
  it('says what to choose rather than "invalid UUID"', () => {
    const forward = validateAction('forward', values({}));
    expect(forward).toEqual({ ok: false, errors: { leadUnitId: 'Chọn đơn vị chủ trì xử lý' } });
    const transfer = validateAction('transfer', values({ comment: 'Không thuộc thẩm quyền của tỉnh' }));
    expect(transfer).toEqual({ ok: false, errors: { unitId: 'Chọn cơ quan tiếp nhận' } });
  });

  it('limits the coordinating units', () => {
    const many = Array.from(
      { length: 11 },
      (_, i) => `${String(i).padStart(8, '0')}-5e6f-4a7b-8c9d-0e1f2a3b4c5d`,
    );
    const result = validateAction('forward', values({ leadUnitId: LEAD, coordinatingUnitIds: many }));
    expect(result).toEqual({ ok: false, errors: { coordinatingUnitIds: 'Chọn tối đa 10 đơn vị phối hợp' } });
  });

  it('needs a longer answer to send than to save as a draft', () => {
    expect(validateAction('save_answer', values({ answer: 'Đang xác minh' })).ok).toBe(true);
    expect(validateAction('submit_answer', values({ answer: 'Đang xác minh' })).ok).toBe(false);
    expect(validateAction('save_answer', values({ answer: '   ' })).ok).toBe(false);
    const sent = validateAction(
      'submit_answer',
      values({ answer: '  Sở Xây dựng đã kiểm tra và yêu cầu khắc phục.  ' }),
    );
    expect(sent.ok && sent.output).toMatchObject({
      action: 'submit_answer',
      answer: 'Sở Xây dựng đã kiểm tra và yêu cầu khắc phục.',
      comment: null,
    });
  });

  it('treats any 409 as a stale copy to reload, nothing else', () => {
    const problem = (status: number, code: 'conflict' | 'version_conflict' | 'validation_failed') =>
      new ApiError({ status, code, title: 'x' });
    expect(isStale(problem(409, 'version_conflict'))).toBe(true);
    expect(isStale(problem(409, 'conflict'))).toBe(true);
    expect(isStale(problem(400, 'validation_failed'))).toBe(false);
    expect(isStale(new Error('x'))).toBe(false);
  });
});

describe('the leader sending a draft back', () => {
  it('stays beside the editor while the draft is reworked, until it is sent again', () => {
    const back = { event: 'reject_answer', comment: 'Bổ sung căn cứ pháp lý' };
    expect(lastRejection([{ event: 'forward' }, { event: 'submit_answer' }, back])).toBe(back);
    expect(lastRejection([{ event: 'submit_answer' }, back, { event: 'save_answer' }])).toBe(back);
    expect(lastRejection([back, { event: 'submit_answer' }])).toBeNull();
    expect(lastRejection([{ event: 'forward' }, { event: 'save_answer' }])).toBeNull();
  });
});
