#!/usr/bin/env node
// Prints the collector's startup state of each real interpreter found (3.11, 3.12, 3.13), measured
// by scripts/probes/gc-startup.py under the same conditions as the oracle goldens (-X utf8,
// PYTHONHASHSEED=0). src/core/versions.ts (GC_STARTUP) holds these figures: counts, objects per
// generation and stats as printed; the free-list sizes are the printed indices plus the lists and
// tuples the probe itself holds before each run (see the probe's comments).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const probe = path.join(root, 'scripts', 'probes', 'gc-startup.py');
const pyenv = process.env.PYENV_ROOT ?? path.join(os.homedir(), '.pyenv');
const patches = { '3.11': '3.11.7', '3.12': '3.12.1', '3.13': '3.13.0', '3.13t': '3.13t' };

for (const [version, patch] of Object.entries(patches)) {
  // 3.13t: the free-threaded build of test/oracle/README.md (its 3.13.5t figures are in versions.ts).
  const candidates = version === '3.13t'
    ? [process.env.PYTHON313T, '/work/pythons/3.13t/bin/python3.13t', 'python3.13t'].filter(Boolean)
    : [path.join(pyenv, 'versions', patch, 'bin', `python${version}`), `python${version}`];
  const python = candidates.find((c) => !c.includes('/') || existsSync(c));
  const run = spawnSync(python, ['-X', 'utf8', probe], {
    cwd: path.dirname(probe),
    env: { PATH: process.env.PATH, HOME: process.env.HOME, PYTHONHASHSEED: '0' },
    encoding: 'utf8',
  });
  if (run.status !== 0) {
    console.log(`${version}: not available (${run.error?.message ?? run.stderr.trim()})`);
    continue;
  }
  console.log(`== ${version}\n${run.stdout}`);
}
