import { compareVietnamese, foldVietnamese } from '@motcua/shared';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, engine, type TestContext } from './harness';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(() => ctx.close());

async function rows<T>(query: ReturnType<typeof sql>): Promise<T[]> {
  const result = await ctx.database.db.execute(query);
  // Both drivers (node-postgres and PGlite) return their rows under `rows`.
  return (result as { rows: T[] }).rows;
}

const NAMES = [
  'Ánh',
  'anh',
  'Anh',
  'Ảnh',
  'Ăn',
  'Ân',
  'An',
  'a',
  'à',
  'ả',
  'ã',
  'á',
  'ạ',
  'Bình',
  'Dũng',
  'Đức',
  'Duy',
  'Đào',
  'Êm',
  'Em',
  'Ơn',
  'Ôn',
  'On',
  'Ưng',
  'Ung',
  'Uyên',
  'Yến',
  'Nguyễn Văn An',
  'Nguyễn Văn Ân',
  'Nguyên',
  'Ngô',
  'Nga',
  'Lộc',
  'Long',
  'Thị',
  'Thi',
  'Thư',
  'Thu',
  'Trần',
  'Tràng',
  'Phường Đông Hà',
  'Phường Đồng Hới',
  'Xã Tuyên Hóa',
  'Xã Đức Hóa',
  'a b',
  'a-b',
  'ab',
  'a1',
  'Zô',
  'Ý',
  'Ỹ',
];

describe(`vi_sort_key on ${engine}`, () => {
  it('orders names exactly as Intl.Collator("vi") does', async () => {
    const values = sql.join(
      NAMES.map((n) => sql`(${n})`),
      sql`, `,
    );
    const sorted = await rows<{ name: string }>(
      sql`select name from (values ${values}) as t(name) order by vi_sort_key(name), name`,
    );
    expect(sorted.map((r) => r.name)).toEqual([...NAMES].sort(compareVietnamese));
  });

  it('is unlike the engine’s plain text order, which puts Đ after Z', async () => {
    const plain = await rows<{ name: string }>(
      sql`select name from (values ('Đức'), ('Dũng'), ('Zô')) as t(name) order by name collate "C"`,
    );
    expect(plain.map((r) => r.name)).toEqual(['Dũng', 'Zô', 'Đức']);
  });
});

describe(`f_unaccent on ${engine}`, () => {
  it('folds tones, vowel marks, đ and case like the shared helper', async () => {
    for (const text of ['Đăng ký khai sinh', 'NGUYỄN THỊ ÁNH TUYẾT', 'Ưu đãi người có công', 'Xã Đức Hóa']) {
      const [row] = await rows<{ folded: string }>(sql`select f_unaccent(${text}) as folded`);
      expect(row?.folded).toBe(foldVietnamese(text));
    }
  });

  it('is usable in an index (immutable)', async () => {
    const [row] = await rows<{ volatility: string }>(
      sql`select provolatile as volatility from pg_proc where proname = 'f_unaccent'`,
    );
    expect(row?.volatility).toBe('i');
  });
});

describe(`audit log on ${engine}`, () => {
  it('refuses UPDATE, DELETE and TRUNCATE at the database level', async () => {
    await ctx.database.db.execute(
      sql`insert into audit_log (actor_type, action, entity_type) values ('system', 'test.append', 'test')`,
    );
    for (const statement of [
      sql`update audit_log set action = 'changed'`,
      sql`delete from audit_log`,
      sql`truncate audit_log`,
    ]) {
      const error: unknown = await ctx.database.db.execute(statement).then(
        () => undefined,
        (e: unknown) => e,
      );
      // drizzle wraps the driver's error; the database's own message is the cause.
      expect(String((error as { cause?: Error } | undefined)?.cause?.message)).toMatch(/append-only/);
    }
    const [count] = await rows<{ n: number }>(
      sql`select count(*)::int as n from audit_log where action = 'test.append'`,
    );
    expect(count?.n).toBe(1);
  });
});

describe('migrations', () => {
  it('are idempotent: running them again changes nothing', async () => {
    await ctx.database.migrate();
    const [count] = await rows<{ n: number }>(sql`select count(*)::int as n from units`);
    expect(count?.n).toBeGreaterThan(20);
  });
});
