import { describe, expect, it } from 'vitest';
import { stepStatuses } from './steps';

describe('stepStatuses', () => {
  it('marks the steps before the current one done and the later ones upcoming', () => {
    expect(stepStatuses(4, 2, 'processing')).toEqual(['done', 'done', 'current', 'upcoming']);
  });

  it('pauses the current step while waiting for a supplement', () => {
    expect(stepStatuses(3, 1, 'waiting_supplement')).toEqual(['done', 'paused', 'upcoming']);
  });

  it('completes every step of a returned dossier', () => {
    expect(stepStatuses(3, 2, 'returned')).toEqual(['done', 'done', 'done']);
  });

  it('halts a refused dossier at its step and skips the rest', () => {
    expect(stepStatuses(3, 0, 'refused')).toEqual(['halted', 'skipped', 'skipped']);
  });
});
