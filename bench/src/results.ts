import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';

/** A load test of one read: latency percentiles and throughput, through the product and raw through `pg`. */
export type EndpointResult = {
  name: string;
  p50_ms: number;
  p95_ms: number;
  p99_ms: number;
  rps: number;
  raw_rps: number;
  ratio: number;
};

/** A batch job (a generation phase): how long it took and the process's peak resident memory. */
export type BatchResult = { name: string; seconds: number; peak_rss_mb: number };

export type Result = EndpointResult | BatchResult;

export const RESULTS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../results');
export const RESULTS_FILE = path.join(RESULTS_DIR, 'latest.json');
/** Scratch space for the benchmark's own server: its files and signing key. Ignored by git. */
export const SCRATCH_DIR = path.join(RESULTS_DIR, 'tmp');

export async function readResults(): Promise<Result[]> {
  try {
    return JSON.parse(await readFile(RESULTS_FILE, 'utf8')) as Result[];
  } catch {
    return [];
  }
}

/** Replaces the rows of the same names and keeps the others, so that generation and load runs add up. */
export async function recordResults(rows: readonly Result[]): Promise<Result[]> {
  const names = new Set(rows.map((r) => r.name));
  const merged = [...(await readResults()).filter((r) => !names.has(r.name)), ...rows];
  await writeResultFile(RESULTS_FILE, JSON.stringify(merged));
  return merged;
}

/** Writes a result file as the repository's Prettier would (`pnpm lint` checks bench/results too). */
export async function writeResultFile(file: string, text: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const options = await resolveConfig(file);
  await writeFile(file, await format(text, { ...options, filepath: file }));
}

/** The process's peak resident set size so far, in MB. */
export function peakRssMb(): number {
  // resourceUsage().maxRSS is in kilobytes.
  return Math.round((process.resourceUsage().maxRSS / 1024) * 10) / 10;
}

/** Runs a phase, prints its seconds and returns its result row. */
export async function timed(name: string, work: () => Promise<string | void>): Promise<BatchResult> {
  const started = performance.now();
  const note = await work();
  const seconds = Math.round((performance.now() - started) / 100) / 10;
  const row = { name, seconds, peak_rss_mb: peakRssMb() };
  console.log(
    `${name.padEnd(36)} ${String(seconds).padStart(7)} s   peak RSS ${row.peak_rss_mb} MB${note ? `   ${note}` : ''}`,
  );
  return row;
}
/** The benchmark server's data directory: the demo's files and the key that signed its results. */
export const BENCH_DATA_DIR = path.join(SCRATCH_DIR, 'data');
