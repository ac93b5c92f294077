// Production bundle of the API: one ESM file with the workspace's shared package inlined and every
// third-party dependency left to node_modules.
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const external = Object.keys(pkg.dependencies).filter((name) => !name.startsWith('@motcua/'));

await build({
  entryPoints: ['src/server.ts', 'src/db/seed-cli.ts', 'src/db/bootstrap-cli.ts'],
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  sourcemap: true,
  external: [...external, ...external.map((name) => `${name}/*`)],
  logLevel: 'warning',
});
