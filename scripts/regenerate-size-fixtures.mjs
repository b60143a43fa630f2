#!/usr/bin/env node
// Regenerates test/unit/fixtures/sizes.json: small programs that print sys.getsizeof values of
// growing containers (list capacities after each operation, bytearray, dict and set tables,
// instance dicts sharing keys), and what each real CPython printed for them.
// Usage: node scripts/regenerate-size-fixtures.mjs   (needs CPython 3.11, 3.12 and 3.13: the clean venvs of scripts/pythons.mjs)
// The programs live in this script; the expected output is only ever written by running them.

import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findInterpreter, pythonEnv } from './pythons.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const FIXTURE = join(root, 'test/unit/fixtures/sizes.json');
const PROGRAMS = JSON.parse(readFileSync(join(root, 'scripts/size-programs.json'), 'utf8'));

const interpreters = {};
for (const version of ['3.11', '3.12', '3.13']) {
  const interpreter = findInterpreter(version);
  if (!interpreter) throw new Error(`no interpreter for ${version} (scripts/pythons.mjs says where it looks)`);
  interpreters[version] = interpreter.exe;
}

const out = { programs: {} };
for (const [name, source] of Object.entries(PROGRAMS)) {
  out.programs[name] = { source, stdout: {} };
  for (const [version, exe] of Object.entries(interpreters)) {
    const r = spawnSync(exe, ['-X', 'utf8', '-c', source], { encoding: 'utf8', env: pythonEnv() });
    if (r.status !== 0) throw new Error(`${name} under ${version} failed: ${r.stderr}`);
    out.programs[name].stdout[version] = r.stdout;
  }
}
writeFileSync(FIXTURE, JSON.stringify(out, null, 1) + '\n');
console.log(`wrote ${FIXTURE}`);
