// The oracle suites run the simulator as it ships: esbuild's bundle of src/core (dist/core.js), which
// `npm run test:oracle` rebuilds first. Under tsx each module is transformed on its own, so every use of
// an imported binding (the opcodes in the VM's dispatch switch among them) goes through a module getter,
// and the simulator runs about ten times slower than bundled, where the opcodes are inlined constants.
import { existsSync, statSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type * as Core from '../../src/core/index';

const root = path.join(__dirname, '..', '..');
const bundle = path.join(root, 'dist', 'core.js');

/** The newest modification time under `dir` (recursively). */
function newestUnder(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestUnder(file) : statSync(file).mtimeMs);
  }
  return newest;
}

if (!existsSync(bundle) || statSync(bundle).mtimeMs < newestUnder(path.join(root, 'src', 'core'))) {
  throw new Error('dist/core.js is missing or older than src/core/: run `node scripts/build.mjs` (npm run test:oracle does)');
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const core = require(bundle) as typeof Core;
export const runSource: typeof Core.runSource = core.runSource;
