import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { api, apiDownload } from './api-client';
import { problemToApiError } from './api-error';
import { startSession } from './session';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

describe('files through the API client', () => {
  const fetchMock = vi.fn<typeof fetch>();

  beforeEach(() => {
    fetchMock.mockReset();
    vi.stubGlobal('fetch', fetchMock);
    startSession('token-1', { roles: [] } as never);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('uploads a file’s bytes as they are, with the type the caller names', async () => {
    fetchMock.mockResolvedValueOnce(new Response('{"created":1,"updated":0,"published":0}', { status: 200 }));
    const file = new Blob([new Uint8Array([80, 75, 3, 4])], { type: XLSX });
    await api.post('/admin/procedures/import', file, { contentType: XLSX, query: { publish: 'false' } });
    const [url, init] = fetchMock.mock.calls[0] ?? [];
    expect(url).toBe('/api/v1/admin/procedures/import?publish=false');
    expect((init?.headers as Record<string, string>)['content-type']).toBe(XLSX);
    expect(init?.body).toBe(file);
  });

  it('still sends JSON when no type is named', async () => {
    fetchMock.mockResolvedValueOnce(new Response('{}', { status: 200 }));
    await api.post('/admin/procedures/import', { procedures: [] });
    const [, init] = fetchMock.mock.calls[0] ?? [];
    expect((init?.headers as Record<string, string>)['content-type']).toBe('application/json');
    expect(init?.body).toBe('{"procedures":[]}');
  });

  it('downloads with the bearer token and returns the headers that name the file', async () => {
    fetchMock.mockResolvedValueOnce(
      new Response('{"procedures":[]}', {
        status: 200,
        headers: { 'content-disposition': 'attachment; filename="thu-tuc.json"' },
      }),
    );
    const { blob, headers } = await apiDownload('/admin/procedures/export', {
      accept: 'application/json',
      query: { format: 'json' },
    });
    expect(await blob.text()).toBe('{"procedures":[]}');
    expect(headers.get('content-disposition')).toBe('attachment; filename="thu-tuc.json"');
    const [, init] = fetchMock.mock.calls[0] ?? [];
    expect((init?.headers as Record<string, string>).authorization).toBe('Bearer token-1');
  });
});

describe('problemToApiError', () => {
  it('keeps the extension members a screen needs, such as the rows an import refused', () => {
    const rowErrors = [{ sheet: 'Thủ tục', row: 3, field: 'levels', message: 'Giá trị không hợp lệ' }];
    const error = problemToApiError(400, {
      type: 'about:blank#validation_failed',
      title: 'Tệp nhập có dòng không hợp lệ',
      status: 400,
      code: 'validation_failed',
      errors: [{ field: 'Thủ tục › dòng 3 › levels', message: 'Giá trị không hợp lệ' }],
      rowErrors,
    });
    expect(error.extensions).toEqual({ rowErrors });
    expect(error.errors).toHaveLength(1);
  });
});
