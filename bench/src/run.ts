// `pnpm --filter @motcua/bench load`: loads each read with autocannon, first through the product (the production
// build against the benchmark database), then through the raw server (the same SQL via `pg`), and records latency
// percentiles, requests per second and the ratio product/raw in bench/results/latest.json and latest.md.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import pg from 'pg';
import { databaseUrl } from './database';
import {
  BENCH_DATA_DIR,
  recordResults,
  RESULTS_DIR,
  type BatchResult,
  type EndpointResult,
  type Result,
  writeResultFile,
} from './results';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SERVER = path.join(ROOT, 'apps/api/dist/server.js');
const PRODUCT_PORT = Number(process.env.BENCH_PRODUCT_PORT ?? 3180);
const RAW_PORT = Number(process.env.BENCH_RAW_PORT ?? 3181);

/** Catalogue searches citizens type: words with and without diacritics, a field, a code prefix. */
const CATALOGUE_QUERIES = [
  'khai sinh',
  'dang ky ket hon',
  'chứng thực',
  'đất đai',
  'giay phep xay dung',
  'hộ tịch',
  'kinh doanh',
  'y tế',
  'tư pháp',
  '1.00',
  'cấp lại',
  'môi trường',
];

type Workload = { name: string; paths: string[] };

async function workloads(): Promise<Workload[]> {
  const client = new pg.Client({ connectionString: databaseUrl() });
  await client.connect();
  try {
    // Codes spread over the whole table (every state, every unit), read in a random order.
    const { rows } = await client.query<{ code: string }>(
      `select code from dossiers tablesample system (1) limit 5000`,
    );
    return [
      {
        name: 'public tracking by dossier code',
        paths: rows.map((r) => `/api/v1/public/dossiers/${encodeURIComponent(r.code)}`),
      },
      {
        name: 'procedure catalogue search',
        paths: CATALOGUE_QUERIES.map(
          (q) => `/api/v1/procedures?q=${encodeURIComponent(q)}&page=1&pageSize=20`,
        ),
      },
    ];
  } finally {
    await client.end();
  }
}

function start(command: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  const child = spawn(command, args, {
    cwd: path.join(ROOT, 'bench'),
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  child.on('error', (error) => console.error(`${command}: ${error.message}`));
  child.on('exit', (code, signal) => {
    if (code !== 0 && signal !== 'SIGTERM') console.error(`${command} ${args.join(' ')} exited with ${code}`);
  });
  return child;
}

async function waitFor(port: number) {
  for (let i = 0; i < 200; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`nothing answers on port ${port}`);
}

async function stop(child: ChildProcess) {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

type Load = { p50: number; p95: number; p99: number; rps: number };

function percentile(sorted: number[], p: number): number {
  const value = sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
  return Math.round(value * 100) / 100;
}

/** autocannon at a fixed concurrency and duration, each request taking the next path in turn. */
async function load(port: number, paths: string[], connections: number, duration: number): Promise<Load> {
  let next = 0;
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: `http://127.0.0.1:${port}`,
        connections,
        duration,
        requests: [
          { setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length] ?? '/' }) },
        ],
      },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  if (result.non2xx > 0 || result.errors > 0) {
    throw new Error(`${result.non2xx} non-2xx responses and ${result.errors} errors on port ${port}`);
  }
  latencies.sort((a, b) => a - b);
  return {
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    rps: Math.round((result.requests.total / duration) * 10) / 10,
  };
}

function markdown(rows: readonly Result[], settings: string): string {
  const endpoints = rows.filter((r): r is EndpointResult => 'rps' in r);
  const batches = rows.filter((r): r is BatchResult => !('rps' in r));
  const lines = [
    '# Benchmark results',
    '',
    `Machine: ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown'}), ` +
      `${Math.round(os.totalmem() / 2 ** 30)} GB memory, Node ${process.version}. ${settings}`,
    '',
    '| Read | p50 ms | p95 ms | p99 ms | req/s | raw req/s | product/raw |',
    '| ---- | -----: | -----: | -----: | ----: | --------: | ----------: |',
    ...endpoints.map(
      (r) => `| ${r.name} | ${r.p50_ms} | ${r.p95_ms} | ${r.p99_ms} | ${r.rps} | ${r.raw_rps} | ${r.ratio} |`,
    ),
    '',
    '| Batch job | seconds | peak RSS MB |',
    '| --------- | ------: | ----------: |',
    ...batches.map((r) => `| ${r.name} | ${r.seconds} | ${r.peak_rss_mb} |`),
    '',
  ];
  return lines.join('\n');
}

export async function run(connections: number, duration: number): Promise<EndpointResult[]> {
  if (!existsSync(SERVER)) throw new Error(`${SERVER} is missing: run pnpm --filter @motcua/api build`);
  const product = start('node', [SERVER], {
    NODE_ENV: 'production',
    PORT: String(PRODUCT_PORT),
    HOST: '127.0.0.1',
    DATABASE_URL: databaseUrl(),
    DATA_DIR: BENCH_DATA_DIR,
    // The key the generator signed the demo's results with.
    SIGNING_KEY: readFileSync(path.join(BENCH_DATA_DIR, 'keys', 'signing-ed25519.pem'), 'utf8'),
    JWT_SECRET: `bench-${crypto.randomUUID()}`,
    LOG_LEVEL: 'warn',
    SERVE_SPA: 'false',
    ALERT_INTERVAL_MINUTES: '0',
    DELIVERY_INTERVAL_SECONDS: '0',
  });
  const raw = start(
    process.execPath,
    ['--import', 'tsx', path.join(ROOT, 'bench/src/raw-server.ts'), String(RAW_PORT), databaseUrl()],
    {},
  );
  // Interrupted (Ctrl-C, a timeout): take both servers down rather than leave them holding their ports.
  const interrupt = () => {
    product.kill('SIGTERM');
    raw.kill('SIGTERM');
    process.exit(130);
  };
  process.once('SIGINT', interrupt).once('SIGTERM', interrupt);
  const results: EndpointResult[] = [];
  try {
    await Promise.all([waitFor(PRODUCT_PORT), waitFor(RAW_PORT)]);
    for (const workload of await workloads()) {
      // A short warm-up on each side fills the caches and the connection pools before measuring.
      await load(PRODUCT_PORT, workload.paths, connections, 2);
      await load(RAW_PORT, workload.paths, connections, 2);
      const measured = await load(PRODUCT_PORT, workload.paths, connections, duration);
      const rawLoad = await load(RAW_PORT, workload.paths, connections, duration);
      const row: EndpointResult = {
        name: workload.name,
        p50_ms: measured.p50,
        p95_ms: measured.p95,
        p99_ms: measured.p99,
        rps: measured.rps,
        raw_rps: rawLoad.rps,
        ratio: Math.round((measured.rps / rawLoad.rps) * 100) / 100,
      };
      console.log(
        `${row.name.padEnd(36)} p50 ${row.p50_ms} ms  p95 ${row.p95_ms} ms  p99 ${row.p99_ms} ms  ` +
          `${row.rps} req/s  raw ${row.raw_rps} req/s (p99 ${rawLoad.p99} ms)  ratio ${row.ratio}`,
      );
      results.push(row);
    }
  } finally {
    await Promise.all([stop(product), stop(raw)]);
    process.off('SIGINT', interrupt).off('SIGTERM', interrupt);
  }
  const all = await recordResults(results);
  const settings =
    `Load: autocannon, ${connections} connections, ${duration} s per read after a 2 s warm-up; ` +
    'product: apps/api/dist/server.js, NODE_ENV=production, LOG_LEVEL=warn; raw: node:http + pg, pool of 20.';
  await writeResultFile(path.join(RESULTS_DIR, 'latest.md'), markdown(all, settings));
  return results;
}

const isMain = process.argv[1] && path.resolve(process.argv[1]).endsWith(path.join('src', 'run.ts'));
if (isMain) {
  const { values } = parseArgs({
    options: {
      connections: { type: 'string', default: '20' },
      duration: { type: 'string', default: '10' },
    },
  });
  await run(Number(values.connections), Number(values.duration));
}
