#!/usr/bin/env node
// The simulator's speed next to real CPython's, on the CPU-bound programs of bench/programs/*.py.
//
// Usage: npm run bench [-- --write] [-- --runs N] [-- NAME...]   (npm run bench builds dist/ first)
//   NAME  only the programs whose file name contains NAME
//   --write  also write the report to bench/RESULTS.md
//
// Each program runs --runs times (default 3) in each of, taking turns: python3 (a subprocess; only the
// exec(compile(...)) of the program is timed, with time.perf_counter and time.process_time, so interpreter
// start-up is not counted), the simulator without the event trace, and with it. The simulator runs in a
// process of this script's own per program (--child NAME), through dist/core.js (runSource(): parse +
// compile + run, the same work as CPython's compile + exec), with a forced GC before each run, timed by
// the clock and by the process's CPU time. As in the CLI and the editor's worker, the trace's blocks come
// pre-faulted from a helper thread (src/node/prefaulted-blocks.ts): the CPU time counts that thread's too.
// Reported times are medians. The simulator models the python3 version when it is one it supports. Every
// simulator run must print what python3 printed.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import v8 from 'node:v8';
import vm from 'node:vm';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const programsDir = path.join(root, 'bench', 'programs');
const resultsFile = path.join(root, 'bench', 'RESULTS.md');
const corePath = path.join(root, 'dist', 'core.js');
const SUPPORTED = ['3.11', '3.12', '3.13'];
const ELAPSED_MARK = 'cpython-lens-bench-elapsed:';

// Times only the program, in a fresh __main__ namespace; the elapsed seconds go to stderr's last line.
const PYTHON_TIMER = `
import sys, time
path = sys.argv[1]
with open(path, encoding='utf-8') as f:
    src = f.read()
namespace = {'__name__': '__main__', '__builtins__': __builtins__}
start = time.perf_counter()
cpu_start = time.process_time()
exec(compile(src, path, 'exec'), namespace)
cpu = time.process_time() - cpu_start
elapsed = time.perf_counter() - start
sys.stdout.flush()
print('${ELAPSED_MARK}', repr(elapsed), repr(cpu), file=sys.stderr)
`;

// The scheduler's throughput: the same countdowns in 8 threads (time-sliced under the GIL, switch requests every
// 5 simulated ms) and in the main thread alone; simulator only (steps per second of the host's time).
const COUNTDOWN = 'def work(n):\n    while n > 0:\n        n -= 1\n';
const EIGHT_THREADS = `import threading\n${COUNTDOWN}threads = [threading.Thread(target=work, args=(100_000,)) for _ in range(8)]\nfor t in threads:\n    t.start()\nfor t in threads:\n    t.join()\n`;
const ONE_THREAD = `${COUNTDOWN}for _ in range(8):\n    work(100_000)\n`;

function parseArgs(argv) {
  const options = { write: false, runs: 3, only: [], child: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--write') options.write = true;
    else if (arg === '--child') options.child = argv[++i];
    else if (arg === '--runs') options.runs = Number(argv[++i]);
    else if (arg.startsWith('--runs=')) options.runs = Number(arg.slice('--runs='.length));
    else if (arg === '--help' || arg === '-h') {
      console.log('usage: node bench/run.mjs [--write] [--runs N] [NAME...]');
      process.exit(0);
    } else if (arg.startsWith('-')) fail(`unknown option ${arg}`);
    else options.only.push(arg);
  }
  if (!Number.isInteger(options.runs) || options.runs < 1) fail('--runs needs a positive integer');
  return options;
}

function fail(message) {
  console.error(`bench: ${message}`);
  process.exit(2);
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** A forced full GC, so one run's garbage (a trace is large) is not collected during the next. */
const collectGarbage = (() => {
  try {
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc');
    return () => gc();
  } catch {
    return () => {};
  }
})();

function pythonVersion() {
  const probe = spawnSync('python3', ['-c', 'import sys; print("%d.%d.%d" % sys.version_info[:3])'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) fail(`python3 not runnable: ${probe.error?.message ?? probe.stderr}`);
  return probe.stdout.trim();
}

function runPython(file) {
  const result = spawnSync('python3', ['-X', 'utf8', '-c', PYTHON_TIMER, file], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, PYTHONHASHSEED: '0', PYTHONDONTWRITEBYTECODE: '1' },
  });
  const lines = (result.stderr ?? '').trimEnd().split('\n');
  const last = lines.at(-1) ?? '';
  if (result.status !== 0 || !last.startsWith(ELAPSED_MARK)) {
    throw new Error(`python3 ${file} failed (exit ${result.status}):\n${result.stderr}`);
  }
  const [elapsed, cpu] = last.slice(ELAPSED_MARK.length).trim().split(/\s+/).map(Number);
  return { ms: elapsed * 1000, cpuMs: cpu * 1000, stdout: result.stdout };
}

/** The child's source of trace blocks (src/node/prefaulted-blocks.ts), as the CLI's. */
let blockSource = null;

function runSimulator(core, source, file, python, recordTrace) {
  const options = { filename: file, recordTrace, maxSteps: Number.MAX_SAFE_INTEGER, maxMillis: 30 * 60 * 1000 };
  if (python) options.python = python;
  collectGarbage();
  const given = { ...(blockSource?.given ?? { prefaulted: 0, fresh: 0 }) };
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  const result = core.runSource(source, options);
  const ms = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  // Blocks of this run's trace the helper thread had ready (the others were fresh memory).
  const prefaulted = (blockSource?.given.prefaulted ?? 0) - given.prefaulted;
  const fresh = (blockSource?.given.fresh ?? 0) - given.fresh;
  // Keep only the counts: the trace itself is dropped before the next run.
  return { ms, cpuMs, stdout: result.stdout, stderr: result.stderr, exitCode: result.exitCode, diagnostic: result.diagnostic,
    steps: result.steps, events: result.events ? result.events.length : 0, traceBytes: result.events?.byteSize ?? 0, prefaulted, fresh };
}

const formatMs = (ms) => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(1));
const formatRatio = (sim, cpython) => `×${(sim / cpython).toFixed(sim / cpython >= 10 ? 0 : 1)}`;
function formatRate(count, ms) {
  const perSecond = count / (ms / 1000);
  if (perSecond >= 1e6) return `${(perSecond / 1e6).toFixed(1)} M`;
  if (perSecond >= 1e3) return `${(perSecond / 1e3).toFixed(1)} k`;
  return perSecond.toFixed(0);
}

/** The recorded trace's size: its row blocks (EventLog.byteSize), which is what grows with the run. */
function formatTraceMemory(run) {
  if (!run.events) return '';
  const blocks = run.prefaulted + run.fresh;
  const prefaulted = blocks ? `, ${Math.round((100 * run.prefaulted) / blocks)} % pre-faulted` : '';
  return `${(run.traceBytes / 2 ** 20).toFixed(0)} MiB (${(run.traceBytes / run.events).toFixed(0)}${prefaulted})`;
}

function gitCommit() {
  const rev = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' });
  if (rev.status !== 0) return 'unknown';
  const dirty = spawnSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: root, encoding: 'utf8' });
  return rev.stdout.trim() + (dirty.stdout?.trim() ? ' (with uncommitted changes)' : '');
}

/** One program's runs (python3, the simulator without and with the trace, in turns): its table row. */
function measureProgram(core, name, modelled, runs) {
  const problems = [];
  const file = path.join('bench', 'programs', name);
  const source = readFileSync(path.join(root, file), 'utf8');
  const cpython = [];
  const traceOn = [];
  const traceOff = [];
  // python3, then the simulator without and with the trace, round after round: this VM runs at two speeds
  // from one moment to the next, and interleaving shares them between the three.
  console.error(`${name}: python3, simulator trace off, trace on ×${runs}`);
  cpython.push(runPython(file));
  const expected = cpython[0].stdout;
  const check = (run, label) => {
    if (run.exitCode === 0 && run.stdout === expected) return true;
    const why = run.exitCode !== 0
      ? `exit ${run.exitCode}${run.diagnostic ? ` (${run.diagnostic.kind} at line ${run.diagnostic.line}: ${run.diagnostic.message})` : ''}: ${run.stderr.trim().split('\n').at(-1) ?? ''}`
      : `printed ${JSON.stringify(run.stdout.slice(0, 80))}, python3 printed ${JSON.stringify(expected.slice(0, 80))}`;
    problems.push(`${name}, simulator ${label}: ${why}`);
    return false;
  };
  let ok = true;
  for (let i = 0; i < runs && ok; i++) {
    if (i > 0) cpython.push(runPython(file));
    traceOff.push(runSimulator(core, source, file, modelled, false));
    ok = check(traceOff.at(-1), 'trace off');
    if (!ok) break;
    traceOn.push(runSimulator(core, source, file, modelled, true));
    ok = check(traceOn.at(-1), 'trace on');
  }
  const cpythonMs = median(cpython.map((r) => r.ms));
  if (!ok) {
    return { row: [name, formatMs(cpythonMs), 'failed', '', 'failed', '', '', '', '', ''], problems };
  }
  const onMs = median(traceOn.map((r) => r.ms));
  const offMs = median(traceOff.map((r) => r.ms));
  // CPU time (python3's process_time, the simulator process's user + system): what other processes take
  // of the machine does not count, so these ratios move less than the wall-time ones from run to run.
  const cpythonCpu = median(cpython.map((r) => r.cpuMs));
  const cpuRatios = `${formatRatio(median(traceOn.map((r) => r.cpuMs)), cpythonCpu)} / ${formatRatio(median(traceOff.map((r) => r.cpuMs)), cpythonCpu)}`;
  return { problems, row: [
    name,
    formatMs(cpythonMs),
    formatMs(onMs),
    formatRatio(onMs, cpythonMs),
    formatMs(offMs),
    formatRatio(offMs, cpythonMs),
    cpuRatios,
    formatRate(traceOn[0].events, onMs),
    formatRate(traceOff[0].steps, offMs),
    formatTraceMemory(traceOn[0]),
  ] };
}

/** The scheduler's throughput rows (simulator only). */
function measureScheduler(core, modelled, runs) {
  const problems = [];
  const throughput = [];
  for (const [label, source] of [['8 threads × countdown 100 000', EIGHT_THREADS], ['1 thread, the same 8 countdowns', ONE_THREAD]]) {
    console.error(`scheduler: ${label} ×${runs}`);
    const cells = [label];
    for (const recordTrace of [false, true]) {
      const measured = [];
      for (let i = 0; i < runs; i++) measured.push(runSimulator(core, source, 'threads.py', modelled, recordTrace));
      const ms = median(measured.map((r) => r.ms));
      if (measured[0].exitCode !== 0) problems.push(`scheduler ${label}: exit ${measured[0].exitCode} ${measured[0].stderr.trim().split('\n').at(-1) ?? ''}`);
      cells.push(formatMs(ms), formatRate(measured[0].steps, ms));
    }
    throughput.push(cells);
  }
  return { rows: throughput, problems };
}

/** Runs `what` (a program's file name, or 'scheduler') in a child process of this script; its results. */
function runChild(what, runs) {
  const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--child', what, '--runs', String(runs)], {
    cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 24,
  });
  if (child.status !== 0) fail(`${what}: the measuring process exited with ${child.status ?? child.signal}`);
  return JSON.parse(child.stdout);
}

/** The child process's side: loads the simulator, measures, prints its results as JSON. */
function childMain(options) {
  const require = createRequire(import.meta.url);
  require(path.join(root, 'dist', 'v8-tuning.js')).tuneV8ForTheSimulator();
  const core = require(corePath);
  // As the CLI and the editor's worker record traces: into blocks a helper thread faulted in ahead.
  blockSource = require(path.join(root, 'dist', 'prefaulted-blocks.js')).createPrefaultedBlockSource();
  core.setTraceBlockSource(blockSource);
  const minor = pythonVersion().split('.').slice(0, 2).join('.');
  const modelled = SUPPORTED.includes(minor) ? minor : undefined;
  const result = options.child === 'scheduler' ? measureScheduler(core, modelled, options.runs) : measureProgram(core, options.child, modelled, options.runs);
  process.stdout.write(JSON.stringify(result));
}

function main() {
  const options = parseArgs(process.argv.slice(2));
  if (options.child) return childMain(options);
  const loadAtStart = os.loadavg()[0].toFixed(1);
  if (!existsSync(corePath)) fail(`${path.relative(root, corePath)} not found: run \`npm run build\` (npm run bench does)`);
  // The V8 settings the CLI runs the simulator with (src/node/v8-tuning.ts): each measuring process sets them.
  const tuning = createRequire(import.meta.url)(path.join(root, 'dist', 'v8-tuning.js'));

  const programs = readdirSync(programsDir)
    .filter((name) => name.endsWith('.py'))
    .filter((name) => options.only.length === 0 || options.only.some((part) => name.includes(part)))
    .sort();
  if (programs.length === 0) fail('no program matches');

  const python3 = pythonVersion();
  const minor = python3.split('.').slice(0, 2).join('.');
  const modelled = SUPPORTED.includes(minor) ? minor : undefined;
  const cpus = os.cpus();

  const rows = [];
  const problems = [];
  // Each program, and the scheduler's runs, in a process of its own: what V8 learned running one program
  // (type feedback, optimized code) slows the next ones down, up to ×2 (objects.py after cycles.py), so
  // in one process a program's figures depended on which programs ran before it.
  for (const name of programs) {
    const child = runChild(name, options.runs);
    rows.push(child.row);
    problems.push(...child.problems);
  }
  const throughput = options.only.length === 0 ? runChild('scheduler', options.runs).rows : [];
  const throughputTable = throughput.length
    ? ['', 'Scheduler throughput (simulator only; steps = simulated bytecode instructions, per second of host time):', '',
      ...[['run', 'trace off ms', 'steps / s', 'trace on ms', 'steps / s'], ['---', '---:', '---:', '---:', '---:'], ...throughput]
        .map((row) => `| ${row.join(' | ')} |`)]
    : [];

  const header = ['program', 'CPython ms', 'simulator ms (trace on)', 'ratio', 'simulator ms (trace off)', 'ratio',
    'CPU-time ratio (on / off)', 'events recorded / s', 'steps / s', 'trace memory (bytes / event, blocks pre-faulted)'];
  const table = [header, header.map((_, i) => (i === 0 ? '---' : '---:')), ...rows].map((row) => `| ${row.join(' | ')} |`);
  const report = [
    '# CPython Lens benchmark',
    '',
    `- node ${process.version}, python3 ${python3} (the simulator models ${modelled ?? 'its default version'})`,
    `- machine: ${cpus[0]?.model ?? 'unknown CPU'}, ${cpus.length} cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB memory, ${os.platform()} ${os.arch()}`,
    `- commit ${gitCommit()}, ${new Date().toISOString().slice(0, 10)}; load average ${loadAtStart} when it began, ${os.loadavg()[0].toFixed(1)} when it ended (2 cores: above 1 the runs share the machine)`,
    `- median of ${options.runs} runs, python3 and the simulator taking turns; CPython: exec(compile(...)) of the program, timed inside python3; simulator: runSource() in a process per program (dist/core.js), with the CLI's V8 setting (--max-valid-polymorphic-map-count=${tuning.POLYMORPHIC_MAP_LIMIT}, src/node/v8-tuning.ts) and its trace blocks pre-faulted by a helper thread (src/node/prefaulted-blocks.ts; its CPU time is in the CPU-time column); ratio = simulator / CPython (wall time; the CPU-time column compares process CPU time)`,
    '',
    ...table,
    ...throughputTable,
    ...(problems.length ? ['', 'Problems:', ...problems.map((p) => `- ${p}`)] : []),
    '',
    'The panels\' figures (memory graph layout + render, snapshot cost, message size per step) are in',
    '[PANELS-RESULTS.md](PANELS-RESULTS.md) (`npx tsx bench/panels.ts --write`); the GIL model\'s fidelity',
    '(threaded / serial ratios next to real python3\'s) in [FIDELITY-RESULTS.md](FIDELITY-RESULTS.md)',
    '(`node bench/fidelity.mjs --write`); the GIL timeline\'s render and frame times in',
    '[TIMELINE-RESULTS.md](TIMELINE-RESULTS.md) (`npx tsx bench/timeline.ts --write`).',
    '',
  ].join('\n');
  process.stdout.write(report);
  if (options.write) {
    // The editor's section (latency, activation, .vsix) is bench/editor.ts's: keep it.
    const previous = existsSync(resultsFile) ? readFileSync(resultsFile, 'utf8') : '';
    const editor = previous.match(/<!-- editor: written by bench\/editor\.ts -->[\s\S]*?<!-- \/editor -->/);
    // So are the hand-written notes (what changed, how the figures read): `<!-- notes -->…<!-- /notes -->`.
    const notes = previous.match(/<!-- notes -->[\s\S]*?<!-- \/notes -->/);
    const kept = [editor?.[0], notes?.[0]].filter(Boolean);
    writeFileSync(resultsFile, kept.length ? `${report.trimEnd()}\n\n${kept.join('\n\n')}\n` : report);
    console.error(`written to ${path.relative(root, resultsFile)}`);
  }
  if (problems.length) process.exitCode = 1;
}

main();
