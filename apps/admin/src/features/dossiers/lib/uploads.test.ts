import { describe, expect, it } from 'vitest';
import { defaultUploadKind, uploadKindsFor } from './uploads';

// uploadKindsFor reads FILE_UPLOAD_STATES from @motcua/shared: these cases pin what the screen offers against it.
describe('uploadKindsFor', () => {
  it('offers scanned components at intake, supplements while waiting, results while processing', () => {
    expect(uploadKindsFor('received')).toEqual(['component']);
    expect(uploadKindsFor('waiting_supplement')).toEqual(['supplement']);
    expect(uploadKindsFor('processing')).toEqual(['component', 'result']);
    expect(uploadKindsFor('waiting_signature')).toEqual(['result']);
    expect(uploadKindsFor('returned')).toEqual([]);
  });

  it('offers nothing once the dossier is closed or refused', () => {
    expect(uploadKindsFor('refused')).toEqual([]);
    expect(uploadKindsFor('withdrawn')).toEqual([]);
  });
});

describe('defaultUploadKind', () => {
  it('prefers the result, then the supplement', () => {
    expect(defaultUploadKind(['component', 'result'])).toBe('result');
    expect(defaultUploadKind(['supplement'])).toBe('supplement');
    expect(defaultUploadKind(['component'])).toBe('component');
    expect(defaultUploadKind([])).toBeUndefined();
  });
});
