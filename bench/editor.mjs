#!/usr/bin/env node
// Editor latency: edit → annotations through the simulation worker (dist/worker.js, a worker_threads
// Worker as the extension runs it), on a 200-line teaching file, p50/p95 over 100 edits; plus the
// packaged .vsix size. The debounce (cpythonLens.live.debounceMs) comes on top and is not counted.
//
// Usage: npm run bench:editor [-- --write]   (builds and packages first)
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const workerPath = path.join(root, 'dist', 'worker.js');
const vsixPath = path.join(root, '.vscode-test', 'cpython-lens.vsix');
const teachingFile = path.join(root, 'bench', 'editor', 'teaching_200.py');
const resultsFile = path.join(root, 'bench', 'EDITOR-RESULTS.md');
const EDITS = 100;

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function main() {
  if (!existsSync(workerPath)) throw new Error('dist/worker.js is missing: npm run build');
  const source = readFileSync(teachingFile, 'utf8');
  const worker = new Worker(workerPath);
  const replies = [];
  let waiting = null;
  worker.on('message', (m) => {
    if (m.type === 'progress') return;
    if (waiting) waiting(m);
    else replies.push(m);
  });
  const run = (runId, text) => new Promise((resolve) => {
    waiting = resolve;
    worker.postMessage({ type: 'run', runId, source: text, filename: 'teaching_200.py', python: '3.11', maxSteps: 2_000_000, maxMillis: 5000 });
  });
  // Warm-up: the first run compiles the simulator's code in the worker.
  const first = performance.now();
  await run(0, source);
  const coldMs = performance.now() - first;
  const times = [];
  let lines = 0;
  for (let i = 1; i <= EDITS; i++) {
    // An edit: one literal changes, as a learner types.
    const edited = source.replace('items_1 = [1,', `items_1 = [${i},`);
    const started = performance.now();
    const reply = await run(i, edited);
    times.push(performance.now() - started);
    if (reply.type !== 'finished' || reply.outcome.exitCode !== 0) throw new Error(`run ${i} failed: ${JSON.stringify(reply).slice(0, 300)}`);
    lines = reply.view.lines.length;
  }
  await worker.terminate();
  times.sort((a, b) => a - b);
  const vsix = existsSync(vsixPath) ? `${(statSync(vsixPath).size / 1024).toFixed(1)} KB` : 'not packaged (npm run package)';
  const report = [
    '# CPython Lens editor benchmark',
    '',
    `- node ${process.version}, ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, ${os.platform()} ${os.arch()}`,
    `- ${new Date().toISOString().slice(0, 10)}; \`npm run bench:editor\` (bench/editor.mjs)`,
    '',
    `Edit → annotations through the worker (run + trace + per-line view + hover details, structured-clone`,
    `to the host), on bench/editor/teaching_200.py (200 lines, ${lines} lines annotated), ${EDITS} edits; the live`,
    'debounce (400 ms by default) comes on top.',
    '',
    '| measure | value |',
    '| --- | ---: |',
    `| first run (cold worker) | ${coldMs.toFixed(1)} ms |`,
    `| p50 | ${percentile(times, 50).toFixed(1)} ms |`,
    `| p95 | ${percentile(times, 95).toFixed(1)} ms |`,
    `| max | ${times[times.length - 1].toFixed(1)} ms |`,
    `| packaged .vsix | ${vsix} |`,
    '| activation time | not measured yet (needs a harness inside the editor) |',
    '',
  ].join('\n');
  console.log(report);
  if (process.argv.includes('--write')) writeFileSync(resultsFile, report);
}

main().catch((err) => {
  console.error(`error: ${err instanceof Error ? err.message : err}`);
  process.exit(1);
});
