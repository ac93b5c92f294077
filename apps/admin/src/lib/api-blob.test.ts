import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { api, apiBlob } from './api-client';
import { ApiError } from './api-error';
import { startSession } from './session';

describe('apiBlob', () => {
  const fetchMock = vi.fn<typeof fetch>();

  beforeEach(() => {
    fetchMock.mockReset();
    vi.stubGlobal('fetch', fetchMock);
    startSession('token-1', { roles: [] } as never);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('downloads a file with the bearer token and asks for its type', async () => {
    fetchMock.mockResolvedValueOnce(
      new Response(new Uint8Array([37, 80, 68, 70]), {
        status: 200,
        headers: { 'content-type': 'application/pdf' },
      }),
    );
    const blob = await apiBlob('/dossiers/d1/slips/01', { accept: 'application/pdf' });
    expect(blob.size).toBe(4);
    const [url, init] = fetchMock.mock.calls[0] ?? [];
    expect(url).toBe('/api/v1/dossiers/d1/slips/01');
    const headers = init?.headers as Record<string, string>;
    expect(headers.authorization).toBe('Bearer token-1');
    expect(headers.accept).toBe('application/pdf, application/problem+json');
  });

  it('turns a problem into an ApiError', async () => {
    fetchMock.mockResolvedValueOnce(
      new Response(
        JSON.stringify({
          type: 'about:blank#not_found',
          title: 'Không tìm thấy',
          status: 404,
          code: 'not_found',
        }),
        { status: 404, headers: { 'content-type': 'application/problem+json' } },
      ),
    );
    const error = await apiBlob('/dossiers/d1/slips/01', { accept: 'application/pdf' }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 404, code: 'not_found' });
  });

  it('sends a file upload as multipart, leaving its content type to the browser', async () => {
    fetchMock.mockResolvedValueOnce(new Response('{}', { status: 201 }));
    const body = new FormData();
    body.append('file', new Blob(['%PDF-1.4']), 'ket-qua.pdf');
    await api.post('/dossiers/d1/files', body, { query: { kind: 'result' } });
    const [url, init] = fetchMock.mock.calls[0] ?? [];
    expect(url).toBe('/api/v1/dossiers/d1/files?kind=result');
    expect(init?.body).toBe(body);
    expect((init?.headers as Record<string, string>)['content-type']).toBeUndefined();
  });
});
