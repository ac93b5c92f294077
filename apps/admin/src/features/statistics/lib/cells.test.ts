import { describe, expect, it } from 'vitest';
import { formatCell } from './cells';

describe('report cells', () => {
  it('formats each kind, with a dash for an empty cell', () => {
    expect(formatCell('fee_vnd', 'number', 150000)).toBe('150.000');
    expect(formatCell('share', 'percent', 0.5)).toBe('50%');
    expect(formatCell('paid', 'boolean', true)).toBe('Có');
    expect(formatCell('due', 'date', '2026-03-31')).toBe('31/03/2026');
    expect(formatCell('received_at', 'datetime', '2026-03-31T01:30:00Z')).toBe('31/03/2026 08:30');
    expect(formatCell('code', 'text', null)).toBe('—');
  });

  it('shows a state, result or channel code with its Vietnamese label, and other text as is', () => {
    expect(formatCell('state', 'text', 'processing')).toBe('Đang xử lý');
    expect(formatCell('result', 'text', 'on_time')).toBe('Đúng hạn');
    expect(formatCell('state', 'text', 'Đang xử lý')).toBe('Đang xử lý');
    expect(formatCell('applicant_name', 'text', 'processing')).toBe('processing');
  });
});
