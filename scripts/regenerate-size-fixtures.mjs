#!/usr/bin/env node
// Regenerates test/unit/fixtures/sizes.json: small programs that print sys.getsizeof values of
// growing containers (list capacities after each operation, bytearray, dict and set tables,
// instance dicts sharing keys), and what each real CPython printed for them.
// Usage: node scripts/regenerate-size-fixtures.mjs   (needs python3 = CPython 3.11, and pyenv's 3.12/3.13)
// The programs live in this script; the expected output is only ever written by running them.

import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { homedir } from 'node:os';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const FIXTURE = join(root, 'test/unit/fixtures/sizes.json');
const PROGRAMS = JSON.parse(readFileSync(join(root, 'scripts/size-programs.json'), 'utf8'));

const pyenv = (v) => join(process.env.PYENV_ROOT ?? join(homedir(), '.pyenv'), 'versions', v, 'bin', `python${v.split('.').slice(0, 2).join('.')}`);
const interpreters = { '3.11': 'python3', '3.12': pyenv('3.12.1'), '3.13': pyenv('3.13.0') };

const out = { programs: {} };
for (const [name, source] of Object.entries(PROGRAMS)) {
  out.programs[name] = { source, stdout: {} };
  for (const [version, exe] of Object.entries(interpreters)) {
    if (exe !== 'python3' && !existsSync(exe)) throw new Error(`missing ${exe}`);
    const r = spawnSync(exe, ['-X', 'utf8', '-c', source], { encoding: 'utf8', env: { ...process.env, PYTHONHASHSEED: '0' } });
    if (r.status !== 0) throw new Error(`${name} under ${version} failed: ${r.stderr}`);
    const got = spawnSync(exe, ['-c', 'import sys; print("%d.%d" % sys.version_info[:2])'], { encoding: 'utf8' }).stdout.trim();
    if (got !== version) throw new Error(`${exe} is ${got}, expected ${version}`);
    out.programs[name].stdout[version] = r.stdout;
  }
}
writeFileSync(FIXTURE, JSON.stringify(out, null, 1) + '\n');
console.log(`wrote ${FIXTURE}`);
