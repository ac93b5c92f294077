import { PDF_EXPORT_MAX_ROWS } from '@motcua/shared';
import { describe, expect, it } from 'vitest';
import { exportFallbackName, isRunning, pdfAllowed, progressPercent } from './export-job';

describe('export progress', () => {
  it('polls only while queued or running', () => {
    expect(isRunning({ status: 'queued' })).toBe(true);
    expect(isRunning({ status: 'running' })).toBe(true);
    expect(isRunning({ status: 'done' })).toBe(false);
    expect(isRunning({ status: 'failed' })).toBe(false);
  });

  it('is processed over total, floored, and full when done', () => {
    expect(progressPercent({ status: 'running', processed: 333, total: 1000 })).toBe(33);
    expect(progressPercent({ status: 'running', processed: 10, total: null })).toBeNull();
    expect(progressPercent({ status: 'done', processed: 0, total: null })).toBe(100);
    expect(progressPercent({ status: 'queued', processed: 0, total: 0 })).toBe(0);
    expect(progressPercent({ status: 'running', processed: 12, total: 10 })).toBe(100);
  });
});

describe('pdfAllowed', () => {
  it('allows a PDF up to the contract limit', () => {
    expect(pdfAllowed(PDF_EXPORT_MAX_ROWS)).toBe(true);
    expect(pdfAllowed(PDF_EXPORT_MAX_ROWS + 1)).toBe(false);
  });
});

describe('exportFallbackName', () => {
  it("uses the server's name, else a slug of the title with the extension", () => {
    expect(exportFallbackName({ title: 'x', format: 'pdf', fileName: 'bao-cao.pdf' })).toBe('bao-cao.pdf');
    expect(exportFallbackName({ title: 'Hồ sơ đã trả kết quả', format: 'xlsx', fileName: null })).toBe(
      'ho-so-da-tra-ket-qua.xlsx',
    );
  });
});
