// `pnpm --filter @motcua/bench generate [--scale 1]`: a fresh PostgreSQL database with the demo seed and, at scale 1,
// 34 provinces, 3,300 communes, 2,000 procedures, 1,000,000 dossiers over two years, 100,000 feedback and a year of
// reporting periods. Prints each phase's seconds and peak RSS and records them in bench/results/latest.json.
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { openDatabase } from '@motcua/api/src/db/client';
import { seedDemo } from '@motcua/api/src/db/seed';
import { createFileStore } from '@motcua/api/src/lib/files';
import { loadSigner } from '@motcua/api/src/lib/signing';
import { databaseUrl, recreateDatabase } from './database';
import { createFeedback } from './feedback';
import {
  advanceSequences,
  createIndexes,
  dropSecondaryIndexes,
  insertCopies,
  planCopies,
  type SecondaryIndexes,
} from './history';
import { createReportingYear } from './periods';
import { BENCH_DATA_DIR, peakRssMb, recordResults, timed, type BatchResult } from './results';
import { createProcedures, createUnits } from './world';

export type Scale = {
  communes: number;
  procedures: number;
  dossiers: number;
  feedback: number;
};

export function sizesAt(scale: number): Scale {
  return {
    communes: Math.max(34, Math.round(3_300 * scale)),
    procedures: Math.max(38, Math.round(2_000 * scale)),
    dossiers: Math.round(1_000_000 * scale),
    feedback: Math.round(100_000 * scale),
  };
}

export async function generate(scale: number): Promise<BatchResult[]> {
  const size = sizesAt(scale);
  console.log(
    `Generating at scale ${scale}: ${size.communes} communes, ${size.procedures} procedures, ` +
      `${size.dossiers} dossiers, ${size.feedback} feedback`,
  );
  const phases: BatchResult[] = [];
  const phase = async (name: string, work: () => Promise<string | void>) =>
    phases.push(await timed(`generate ${name}`, work));

  const started = performance.now();
  await phase('database, migrations, demo seed', async () => {
    await recreateDatabase();
    const database = await openDatabase({ url: databaseUrl(), poolSize: 2 });
    try {
      await database.migrate();
      await seedDemo(
        database.db,
        () => undefined,
        createFileStore(path.join(BENCH_DATA_DIR, 'files')),
        loadSigner({ signingKey: undefined, keyDir: path.join(BENCH_DATA_DIR, 'keys') }),
      );
    } finally {
      await database.close();
    }
  });

  const client = new pg.Client({ connectionString: databaseUrl() });
  await client.connect();
  const database = await openDatabase({ url: databaseUrl(), poolSize: 1 });
  try {
    // One session does the whole load: large sorts in memory, and no per-row foreign-key or audit triggers
    // (`replica`), which the copies cannot break since they copy rows that passed them.
    await client.query(`set work_mem = '256MB'; set maintenance_work_mem = '1GB';
      set session_replication_role = replica; set synchronous_commit = off`);
    // Ids derived from what they copy (so that a copy's officers and units are found by expression), shaped as
    // version 4 UUIDs: the API's schemas accept nothing else.
    await client.query(`create function pg_temp.bench_uuid(seed text) returns uuid language sql immutable
      as $$ select overlay(overlay(md5(seed) placing '4' from 13) placing '8' from 17)::uuid $$`);
    await phase('units and officers', () => createUnits(client, size));
    await phase('procedures', () => createProcedures(client, size));
    let indexes: SecondaryIndexes = [];
    await phase('plan dossier copies', async () => {
      indexes = await dropSecondaryIndexes(client);
      return planCopies(client, size.dossiers);
    });
    await phase('dossiers', () => insertCopies(client, size.dossiers, 'dossiers'));
    await phase('dossier events', () => insertCopies(client, size.dossiers, 'events'));
    await phase('files, payments, ratings', async () => {
      const notes = [];
      for (const table of ['files', 'payments', 'ratings'] as const) {
        notes.push(`${table} ${await insertCopies(client, size.dossiers, table)}`);
      }
      await advanceSequences(client);
      return notes.join(', ');
    });
    await phase('feedback', () => createFeedback(client, database.db, size.feedback));
    await phase('reporting periods', () => createReportingYear(client));
    await phase('indexes', () => createIndexes(client, indexes));
    await phase('analyze', async () => {
      await client.query('analyze');
    });
  } finally {
    await client.end();
    await database.close();
  }
  const total = {
    name: 'generate (total)',
    seconds: Math.round((performance.now() - started) / 100) / 10,
    peak_rss_mb: peakRssMb(),
  };
  console.log(
    `${total.name.padEnd(36)} ${String(total.seconds).padStart(7)} s   peak RSS ${total.peak_rss_mb} MB`,
  );
  phases.push(total);
  await recordResults(phases);
  return phases;
}

const isMain = process.argv[1] && path.resolve(process.argv[1]).endsWith(path.join('src', 'generate.ts'));
if (isMain) {
  const { values } = parseArgs({ options: { scale: { type: 'string', default: '1' } } });
  const scale = Number(values.scale);
  if (!(scale > 0)) throw new Error('--scale must be a positive number');
  await generate(scale);
}
