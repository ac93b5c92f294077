import { describe, expect, it } from 'vitest';
import { createTestApp } from './harness';

describe('GET /api/health', () => {
  it('is 200 {"status":"ok"} while the database answers, and 503 problem+json once it does not', async () => {
    const ctx = await createTestApp();
    try {
      const ok = await ctx.app.inject({ method: 'GET', url: '/api/health' });
      expect(ok.statusCode).toBe(200);
      expect(ok.json()).toEqual({ status: 'ok' });
      expect(ok.headers['x-request-id']).toBeTruthy();

      await ctx.database.close();
      const down = await ctx.app.inject({ method: 'GET', url: '/api/health' });
      expect(down.statusCode).toBe(503);
      expect(down.headers['content-type']).toContain('application/problem+json');
      expect(down.json().code).toBe('service_unavailable');
    } finally {
      await ctx.close().catch(() => {});
    }
  });

  it('echoes a well-formed X-Request-Id and replaces a malformed one', async () => {
    const ctx = await createTestApp();
    try {
      const given = await ctx.app.inject({
        method: 'GET',
        url: '/api/health',
        headers: { 'x-request-id': 'abc-12345678' },
      });
      expect(given.headers['x-request-id']).toBe('abc-12345678');
      const bad = await ctx.app.inject({
        method: 'GET',
        url: '/api/health',
        headers: { 'x-request-id': '<script>' },
      });
      expect(bad.headers['x-request-id']).not.toBe('<script>');
    } finally {
      await ctx.close();
    }
  });
});
