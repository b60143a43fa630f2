#!/usr/bin/env node
// Prints the collector's startup state of each real interpreter found (3.11, 3.12, 3.13, 3.13t), measured
// by scripts/probes/gc-startup.py under the same conditions as the oracle goldens (the clean venvs of
// scripts/pythons.mjs, -X utf8, its environment with PYTHONHASHSEED=0). src/core/versions.ts (GC_STARTUP)
// holds these figures for 3.12, 3.13 and 3.13t: counts, objects per generation and stats as printed; the
// free-list sizes are the printed indices plus the lists and tuples the probe itself holds before each run (see
// the probe's comments). What a program's first line meets includes what compiling it counted: 3.11's figures
// are the medians over the oracle programs of scripts/measure-gc-program-start.mjs (gdb) instead.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { VERSIONS, findInterpreter, pythonEnv, TIMEOUT_MS } from './pythons.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const probe = path.join(root, 'scripts', 'probes', 'gc-startup.py');

for (const version of VERSIONS) {
  const interpreter = findInterpreter(version);
  if (!interpreter) {
    console.log(`${version}: not found (scripts/pythons.mjs says where it looks)`);
    continue;
  }
  const run = spawnSync(interpreter.exe, ['-X', 'utf8', probe], {
    cwd: path.dirname(probe),
    env: pythonEnv(),
    encoding: 'utf8',
    timeout: TIMEOUT_MS,
  });
  if (run.status !== 0) {
    console.log(`${version}: failed (${run.error?.message ?? run.stderr.trim()})`);
    continue;
  }
  console.log(`== ${version} (${interpreter.full})\n${run.stdout}`);
}
