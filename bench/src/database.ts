import pg from 'pg';

/** The PostgreSQL server the benchmark runs against, and the database it owns (dropped and recreated). */
export const SERVER_URL = process.env.BENCH_SERVER_URL ?? 'postgres://postgres@127.0.0.1:5432';
export const BENCH_DATABASE = 'motcua_bench';

export function databaseUrl(name = BENCH_DATABASE): string {
  const url = new URL(SERVER_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Drops and recreates the benchmark database from the maintenance database. */
export async function recreateDatabase(): Promise<void> {
  const admin = new pg.Client({ connectionString: databaseUrl('postgres') });
  await admin.connect();
  try {
    await admin.query(`drop database if exists ${BENCH_DATABASE} with (force)`);
    await admin.query(`create database ${BENCH_DATABASE}`);
  } finally {
    await admin.end();
  }
}

type Literal = string | number | readonly string[];

/**
 * Runs a script of several statements (one round trip) with `$n` placeholders filled in as quoted literals: the
 * extended protocol that binds parameters takes one statement at a time.
 */
export async function runScript(client: pg.Client, script: string, params: readonly Literal[] = []) {
  const literal = (value: Literal): string => {
    if (typeof value === 'number') return String(value);
    if (typeof value === 'string') return client.escapeLiteral(value);
    const items = value.map((item) => `"${item.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`);
    return client.escapeLiteral(`{${items.join(',')}}`);
  };
  const text = script.replace(/\$(\d+)\b/g, (_, n: string) => {
    const value = params[Number(n) - 1];
    if (value === undefined) throw new Error(`no value for $${n}`);
    return literal(value);
  });
  const results = await client.query(text);
  return Array.isArray(results) ? (results as pg.QueryResult[]) : [results];
}
