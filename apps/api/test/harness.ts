import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { buildApp, type App } from '../src/app';
import { loadConfig } from '../src/config/config';
import { openDatabase, type DatabaseHandle } from '../src/db/client';
import { seedDemo } from '../src/db/seed';
import { DEMO_PASSWORD } from '../src/db/seed-data';

export { DEMO_PASSWORD };

/** Which engine the suite runs on: PostgreSQL when DATABASE_URL is set, embedded PGlite otherwise. */
export const engine = process.env.DATABASE_URL ? 'postgres' : 'pglite';

/** A fresh PostgreSQL database on the server named by DATABASE_URL, dropped again by the returned function. */
async function freshPostgres(serverUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `motcua_test_${randomUUID().replace(/-/g, '')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      try {
        // The pool's connections may still be closing: wait for them rather than terminate them, which would
        // surface as errors on connections nobody listens to any more.
        for (let attempt = 0; ; attempt++) {
          try {
            await client.query(`drop database if exists ${name}`);
            return;
          } catch (error) {
            if ((error as { code?: string }).code !== '55006' || attempt >= 50) throw error;
            await new Promise((resolve) => setTimeout(resolve, 100));
          }
        }
      } finally {
        await client.end();
      }
    },
  };
}

export type TestContext = {
  app: App;
  database: DatabaseHandle;
  close: () => Promise<void>;
};

/** The whole API in-process on a fresh, migrated and seeded database. */
export async function createTestApp(env: Record<string, string> = {}): Promise<TestContext> {
  const serverUrl = process.env.DATABASE_URL;
  const postgres = serverUrl ? await freshPostgres(serverUrl) : undefined;
  // Uploaded files and the generated signing key of this run live in a directory of its own.
  const dataDir = mkdtempSync(path.join(tmpdir(), 'motcua-test-'));
  const config = loadConfig({
    DATA_DIR: dataDir,
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    SERVE_SPA: 'false',
    ALERT_INTERVAL_MINUTES: '0',
    JWT_SECRET: 'test-secret-test-secret-test-secret-0123',
    ...(postgres ? { DATABASE_URL: postgres.url } : {}),
    ...env,
  });
  const database = await openDatabase({ url: config.databaseUrl, poolSize: 5 });
  await database.migrate();
  await seedDemo(database.db, () => {});
  const app = await buildApp(config, database);
  await app.ready();
  return {
    app,
    database,
    close: async () => {
      await app.close();
      await postgres?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function login(app: App, username: string, password = DEMO_PASSWORD): Promise<string> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username, password },
  });
  if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
  return res.json<{ accessToken: string }>().accessToken;
}

export function bearer(token: string) {
  return { authorization: `Bearer ${token}` };
}

/** The refresh cookie set by a response, as a Cookie header value. */
export function refreshCookie(res: { cookies: { name: string; value: string }[] }, name: string): string {
  const cookie = res.cookies.find((c) => c.name === name);
  if (!cookie) throw new Error(`no ${name} cookie`);
  return `${name}=${cookie.value}`;
}

type Unit = { id: string; name: string; accountPrefix: string; path?: string };

/** Looks a demo unit up by account prefix (e.g. `qti.sotuphap`) through the API, as the admin sees it. */
export async function unitByPrefix(app: App, adminToken: string, prefix: string): Promise<Unit> {
  const res = await app.inject({
    method: 'GET',
    url: '/api/v1/units?includeInactive=true',
    headers: bearer(adminToken),
  });
  const unit = res.json<{ items: Unit[] }>().items.find((u) => u.accountPrefix === prefix);
  if (!unit) throw new Error(`unit ${prefix} not found`);
  return unit;
}

/** A multipart/form-data request body with one file field named "file". */
export function multipart(filename: string, contentType: string, bytes: Buffer) {
  const boundary = `----motcua${randomUUID()}`;
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${contentType}\r\n\r\n`;
  return {
    payload: Buffer.concat([Buffer.from(head), bytes, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

/** The smallest bytes each accepted type is recognised by. */
export const SAMPLE_FILES = {
  pdf: Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n'),
  jpeg: Buffer.from([
    0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00,
    0x01, 0x00, 0x00, 0xff, 0xd9,
  ]),
  exe: Buffer.from('MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00', 'latin1'),
};

/** The text of a PDF as a reader would copy it (poppler's pdftotext). */
export function pdfText(pdf: Buffer): string {
  return execFileSync('pdftotext', ['-layout', '-', '-'], { input: pdf }).toString();
}
