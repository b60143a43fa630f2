// Editor latency: edit → annotations through the extension's own worker client (src/extension/worker-client.ts
// with dist/worker.js, a worker_threads worker as the extension runs it) on a 200-line teaching file, over
// 100 edits; the same with every edit arriving while the previous run is in flight (cancelled cooperatively);
// the strategy the extension had before (a fresh worker per edit) for comparison; plus the packaged .vsix
// size. The debounce (cpythonLens.live.debounceMs) comes on top and is not counted, nor VS Code's rendering of
// the decorations. --write writes bench/EDITOR-RESULTS.md (the activation time in it is measured in the
// editor by the e2e suite, test/e2e/, which leaves it in .vscode-test/activation.json) and the editor section
// of bench/RESULTS.md.
//
// Usage: npm run bench:editor [-- --write] [-- --runs N (3)] [-- --note "what else ran on the machine"]
//        (builds and packages first)
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { WorkerClient } from '../src/extension/worker-client';
import type { RunFinished, RunRequest } from '../src/shared/protocol';

const root = path.resolve(__dirname, '..');
const workerPath = path.join(root, 'dist', 'worker.js');
const vsixPath = path.join(root, '.vscode-test', 'cpython-lens.vsix');
const teachingFile = path.join(root, 'bench', 'editor', 'teaching_200.py');
const resultsFile = path.join(root, 'bench', 'EDITOR-RESULTS.md');
const activationFile = path.join(root, '.vscode-test', 'activation.json');
const overallResultsFile = path.join(root, 'bench', 'RESULTS.md');
const EDITS = 100;
/** The old strategy costs a worker start per edit: fewer edits are enough to see it. */
const FRESH_WORKER_EDITS = 20;
/** cpythonLens.live.debounceMs's default: the pause between a keystroke and its run. */
const DEBOUNCE_MS = 400;
/** The first edits after the worker starts run while V8 is still optimizing the simulator's code. */
const WARMING_EDITS = 15;
/** How long after an edit's run starts the next edit arrives, in the "edit during a run" series. */
const INTERRUPT_AFTER_MS = 5;

const source = readFileSync(teachingFile, 'utf8');

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** An edit: one literal changes, as a learner types. */
function edited(i: number): string {
  return source.replace('items_1 = [1,', `items_1 = [${i},`);
}

function request(text: string): Omit<RunRequest, 'type' | 'runId'> {
  return { source: text, filename: 'teaching_200.py', python: '3.11', maxSteps: 2_000_000, maxMillis: 5000 };
}

function check(reply: RunFinished | null, i: number): RunFinished {
  if (!reply || reply.outcome.exitCode !== 0) throw new Error(`run ${i} failed: ${JSON.stringify(reply).slice(0, 300)}`);
  return reply;
}

interface Series {
  times: number[];
  lines: number;
  workersStarted: number;
}

/** What the controller does on each edit: cancel (documentChanged), then after the debounce (the worker idle
 *  meanwhile, as in the editor) cancel + run. */
async function editsOneWorker(): Promise<{ cold: number; series: Series }> {
  const client = new WorkerClient(workerPath);
  const first = performance.now();
  check(await client.run(request(source)), 0);
  const cold = performance.now() - first;
  const times: number[] = [];
  let lines = 0;
  for (let i = 1; i <= EDITS; i++) {
    client.cancel();
    await new Promise((resolve) => setTimeout(resolve, DEBOUNCE_MS));
    const started = performance.now();
    client.cancel();
    const reply = check(await client.run(request(edited(i))), i);
    times.push(performance.now() - started);
    lines = reply.view.lines.length;
  }
  const workersStarted = client.workersStarted;
  client.dispose();
  return { cold, series: { times, lines, workersStarted } };
}

/** Every run is requested while the previous one is in flight (Simulate This File or a model switch during a
 *  live run; typing goes through the debounce first): the run is cancelled, the new one answers. */
async function editsDuringRuns(): Promise<Series> {
  const client = new WorkerClient(workerPath);
  check(await client.run(request(source)), 0);
  const times: number[] = [];
  let lines = 0;
  let cancelled = 0;
  let inFlight = client.run(request(edited(0)));
  for (let i = 1; i <= EDITS; i++) {
    await new Promise((resolve) => setTimeout(resolve, INTERRUPT_AFTER_MS));
    client.cancel();
    const started = performance.now();
    const next = client.run(request(edited(i)));
    if ((await inFlight) === null) cancelled++;
    const reply = check(await next, i);
    times.push(performance.now() - started);
    lines = reply.view.lines.length;
    inFlight = client.run(request(edited(i + 1)));
  }
  client.cancel();
  await inFlight;
  const workersStarted = client.workersStarted;
  client.dispose();
  console.log(`(edits during runs: ${cancelled} of ${EDITS} previous runs were still in flight and cancelled)`);
  return { times, lines, workersStarted };
}

/** The extension's former strategy: the host terminated the worker on each edit, so each run started a fresh one. */
async function editsFreshWorker(): Promise<Series> {
  const times: number[] = [];
  let lines = 0;
  for (let i = 1; i <= FRESH_WORKER_EDITS; i++) {
    const client = new WorkerClient(workerPath);
    const started = performance.now();
    const reply = check(await client.run(request(edited(i))), i);
    times.push(performance.now() - started);
    lines = reply.view.lines.length;
    client.dispose();
  }
  return { times, lines, workersStarted: FRESH_WORKER_EDITS };
}

const ms = (x: number) => `${x.toFixed(1)} ms`;

function row(label: string, s: Series): string {
  const sorted = [...s.times].sort((a, b) => a - b);
  return `| ${label} | ${s.times.length} | ${ms(percentile(sorted, 50))} | ${ms(percentile(sorted, 95))} | ${ms(sorted[sorted.length - 1])} | ${s.workersStarted} |`;
}

/**
 * The activation row: the last measure the e2e suite took in the editor (.vscode-test/activation.json: VS
 * Code's own figure in its Running Extensions view), else the row already in the results file.
 */
function activationRow(): string {
  if (existsSync(activationFile)) {
    const m = JSON.parse(readFileSync(activationFile, 'utf8')) as { activationMs: number; measuredAt: string; editor: string };
    return `| activation (${m.editor}, VS Code's Running Extensions view, npm run test:e2e ${m.measuredAt.slice(0, 16).replace('T', ' ')} UTC) | ${m.activationMs} ms |`;
  }
  const previous = existsSync(resultsFile) ? readFileSync(resultsFile, 'utf8') : '';
  return previous.split('\n').find((line) => line.startsWith('| activation')) ?? '| activation (in code-server) | not measured yet (npm run test:e2e) |';
}

function argValue(name: string): string | null {
  const i = process.argv.indexOf(name);
  return i >= 0 ? (process.argv[i + 1] ?? null) : null;
}

interface Measured {
  cold: number;
  series: Series;
  during: Series;
  fresh: Series;
  load: string;
}

async function measure(): Promise<Measured> {
  const load = os.loadavg()[0].toFixed(1);
  const { cold, series } = await editsOneWorker();
  const during = await editsDuringRuns();
  const fresh = await editsFreshWorker();
  return { cold, series, during, fresh, load };
}

async function main(): Promise<void> {
  if (!existsSync(workerPath)) throw new Error('dist/worker.js is missing: npm run build');
  const runs = Number(argValue('--runs') ?? 3);
  const measured: Measured[] = [];
  for (let r = 0; r < runs; r++) measured.push(await measure());
  const vsixKb = existsSync(vsixPath) ? statSync(vsixPath).size / 1024 : null;
  const note = argValue('--note');
  const label = (r: number) => (runs > 1 ? ` (run ${r + 1}/${runs}, load ${measured[r].load})` : '');
  const rows = (name: string, pick: (m: Measured) => Series) => measured.map((m, r) => row(`${name}${label(r)}`, pick(m)));
  const report = [
    '# CPython Lens editor benchmark',
    '',
    `- node ${process.version}, ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, ${os.platform()} ${os.arch()}`,
    `- ${new Date().toISOString().slice(0, 10)}; \`npm run bench:editor\` (bench/editor.ts), ${runs} run(s) one after the other; "load" is`,
    '  the 1-minute load average when each began',
    ...(note ? [`- ${note}`] : []),
    '',
    'Edit → annotations through the extension\'s worker client (run + trace + per-line view, structured-clone to',
    `the host), on bench/editor/teaching_200.py (200 lines, ${measured[0].series.lines} lines annotated): the time from the run's request to`,
    'its view on the host. The live debounce comes on top, and VS Code\'s rendering of the decorations is not counted.',
    '',
    '| series | edits | p50 | p95 | max | workers started |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...rows(`edit, ${DEBOUNCE_MS} ms debounce, run (one worker, idle during the debounce)`, (m) => m.series),
    ...rows(`the same, edits 1–${WARMING_EDITS} only`, (m) => ({ ...m.series, times: m.series.times.slice(0, WARMING_EDITS) })),
    ...rows(`run requested ${INTERRUPT_AFTER_MS} ms into the previous run (cancelled cooperatively), no pause`, (m) => m.during),
    ...rows('a fresh worker per edit (the extension before: it terminated the worker on each edit)', (m) => m.fresh),
    '',
    '| measure | value |',
    '| --- | ---: |',
    `| first run (cold worker) | ${measured.map((m) => ms(m.cold)).join(', ')} |`,
    activationRow(),
    `| packaged .vsix | ${vsixKb === null ? 'not packaged (npm run package)' : `${vsixKb.toFixed(1)} KB`} |`,
    '',
  ].join('\n');
  console.log(report);
  if (process.argv.includes('--write')) {
    writeFileSync(resultsFile, report);
    // The overall table takes the median run (by p95) of the warm series.
    const byP95 = measured.map((m) => [...m.series.times].sort((x, y) => x - y)).sort((x, y) => percentile(x, 95) - percentile(y, 95));
    const median = byP95[Math.floor(byP95.length / 2)];
    writeEditorSection(percentile(median, 50), percentile(median, 95), activationRow(), vsixKb);
  }
}

/** The editor's row in bench/RESULTS.md, between markers that bench/run.mjs keeps when it rewrites the file. */
function writeEditorSection(p50: number, p95: number, activationRow: string, vsixKb: number | null): void {
  const activation = activationRow.split('|')[2]?.trim() ?? 'not measured yet';
  const section = [
    '<!-- editor: written by bench/editor.ts -->',
    '| editor | edit → annotations p50 | p95 | activation (code-server) | .vsix |',
    '| --- | ---: | ---: | ---: | ---: |',
    `| teaching_200.py, one warm worker (median run) | ${ms(p50)} | ${ms(p95)} | ${activation} | ${vsixKb === null ? '—' : `${vsixKb.toFixed(1)} KB`} |`,
    '',
    'Details and the spread: [EDITOR-RESULTS.md](EDITOR-RESULTS.md).',
    '<!-- /editor -->',
  ].join('\n');
  const current = readFileSync(overallResultsFile, 'utf8');
  const marked = /<!-- editor: written by bench\/editor\.ts -->[\s\S]*?<!-- \/editor -->/;
  writeFileSync(overallResultsFile, marked.test(current) ? current.replace(marked, section) : `${current.trimEnd()}\n\n${section}\n`);
}

main().catch((err) => {
  console.error(`error: ${err instanceof Error ? err.message : err}`);
  process.exit(1);
});
