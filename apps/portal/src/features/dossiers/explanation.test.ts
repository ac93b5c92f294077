import { describe, expect, it } from 'vitest';
import { explanationDates } from './explanation';

describe('explanationDates', () => {
  it('shows one date for a single day and a range for several', () => {
    expect(explanationDates({ from: '2026-11-28', to: '2026-11-28' })).toBe('28/11/2026');
    expect(explanationDates({ from: '2026-11-24', to: '2026-11-27' })).toBe('24/11/2026 – 27/11/2026');
  });
});
