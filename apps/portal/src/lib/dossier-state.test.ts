import { describe, expect, it } from 'vitest';
import { stateTone } from './dossier-state';

describe('stateTone', () => {
  it('marks what the citizen must act on, what is ready and what has ended', () => {
    expect(stateTone('waiting_supplement')).toBe('attention');
    expect(stateTone('waiting_return')).toBe('done');
    expect(stateTone('returned')).toBe('done');
    expect(stateTone('refused')).toBe('ended');
    expect(stateTone('withdrawn')).toBe('ended');
    expect(stateTone('waiting_online_intake')).toBe('progress');
    expect(stateTone('processing')).toBe('progress');
  });
});
