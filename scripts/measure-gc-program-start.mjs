#!/usr/bin/env node
// The collector's state the first line of each oracle program meets under a real interpreter (3.11 or 3.12; the
// clean venvs of scripts/pythons.mjs, run as the goldens are), read with gdb (scripts/probes/gc-program-start.gdb),
// and the medians src/core/versions.ts (GC_STARTUP['3.11']) holds. What it meets is the startup's state plus what
// compiling the program counted: it depends on the program (near 3.11's threshold of 700, the compilation of one
// program in ten runs a collection), where the simulator starts every program from one state.
// Needs gdb and an interpreter built with debug information.
// Usage: node scripts/measure-gc-program-start.mjs [3.11|3.12]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findInterpreter, pythonEnv } from './pythons.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const casesDir = path.join(root, 'test', 'oracle', 'cases');
const version = process.argv[2] ?? '3.11';
if (!['3.11', '3.12'].includes(version)) throw new Error('3.11 or 3.12 (3.13 keeps its free lists elsewhere)');
const interpreter = findInterpreter(version);
if (!interpreter) throw new Error(`no interpreter for ${version} (scripts/pythons.mjs says where it looks)`);

// One gdb for all the programs (a syntax error's would end its script: those are left out).
const script = [readFileSync(path.join(root, 'scripts', 'probes', 'gc-program-start.gdb'), 'utf8')];
for (const topic of readdirSync(casesDir).sort()) {
  for (const name of readdirSync(path.join(casesDir, topic)).filter((n) => n.endsWith('.py')).sort()) {
    const file = path.join(casesDir, topic, name);
    const compiles = spawnSync(interpreter.exe, ['-c', 'import sys; compile(open(sys.argv[1], encoding="utf-8").read(), sys.argv[1], "exec")', file], { env: pythonEnv() });
    if (compiles.status !== 0) continue;
    script.push(`cd ${path.dirname(file)}`, `echo CASE ${topic}/${name.slice(0, -3)}\\n`, `run -X utf8 ${name}`, 'kill');
  }
}
const dir = mkdtempSync(path.join(tmpdir(), 'gc-program-start-'));
let out;
try {
  writeFileSync(path.join(dir, 'all.gdb'), script.join('\n') + '\n');
  const env = pythonEnv();
  delete env.PYTHONUNBUFFERED;
  out = spawnSync('gdb', ['-q', '-batch', '-x', path.join(dir, 'all.gdb'), '--args', interpreter.exe], { env, encoding: 'utf8', maxBuffer: 1 << 28 }).stdout;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
const rows = [];
let current = null;
for (const line of out.split('\n')) {
  if (line.startsWith('CASE ')) current = line.slice(5);
  const m = line.match(/^G=(\d+),(\d+),(\d+) lists=(\d+) dicts=(\d+) slice=(\d+) tuples=([\d,]+)/);
  if (m && current) rows.push({ id: current, counts: [+m[1], +m[2], +m[3]], list: +m[4], dict: +m[5], slice: +m[6], tuple: m[7].split(',').filter(Boolean).map(Number).slice(0, 19) });
}
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
};
const byCollections = new Map();
for (const r of rows) byCollections.set(r.counts[1], [...(byCollections.get(r.counts[1]) ?? []), r]);
console.log(`${interpreter.full}: ${rows.length} programs`);
for (const [collections, group] of [...byCollections].sort((a, b) => a[0] - b[0])) {
  const counts = group.map((r) => r.counts[0]).sort((a, b) => a - b);
  console.log(`  count[1] ${collections}: ${group.length} programs, count[0] ${counts[0]}..${counts[counts.length - 1]}, median ${median(counts)}`);
}
// The most common case: no collection during the compilation.
const usual = [...byCollections].sort((a, b) => b[1].length - a[1].length)[0][1];
console.log('median of the most common case:', JSON.stringify({
  counts: [median(usual.map((r) => r.counts[0])), usual[0].counts[1], usual[0].counts[2]],
  freelists: { list: median(usual.map((r) => r.list)), dict: median(usual.map((r) => r.dict)), slice: median(usual.map((r) => r.slice)), tuple: usual[0].tuple.map((_, i) => median(usual.map((r) => r.tuple[i]))) },
}));
