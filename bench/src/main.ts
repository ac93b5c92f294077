// `pnpm bench [--scale 1] [--connections 20] [--duration 10] [--skip-generate]`: generates the data set, builds the
// API's production bundle and loads each read through the product and raw; results in bench/results/.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generate } from './generate';
import { run } from './run';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: '1' },
    connections: { type: 'string', default: '20' },
    duration: { type: 'string', default: '10' },
    'skip-generate': { type: 'boolean', default: false },
  },
});
const started = performance.now();
if (!values['skip-generate']) await generate(Number(values.scale));
execFileSync('pnpm', ['--filter', '@motcua/shared', 'build'], { cwd: ROOT, stdio: 'ignore' });
execFileSync('pnpm', ['--filter', '@motcua/api', 'build'], { cwd: ROOT, stdio: 'inherit' });
await run(Number(values.connections), Number(values.duration));
console.log(`pnpm bench: ${Math.round((performance.now() - started) / 1000)} s in all`);
