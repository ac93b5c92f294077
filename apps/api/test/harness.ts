import { randomUUID } from 'node:crypto';
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
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
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
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    SERVE_SPA: 'false',
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
