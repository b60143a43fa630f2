// The simulator's entry point: source text in, what CPython would print out, plus the event
// trace. Pure TypeScript: runs in Node, a worker and a browser.

import { parseModule } from './syntax/parse';
import { compileModule, compileExpression, CompileError } from './compile/compiler';
import { evalInputError } from './syntax/eval-input';
import { syntaxWarnings } from './compile/syntax-warnings';
import type { CodeUnit } from './compile/bytecode';
import { VERSIONS, type PythonVersion } from './versions';
import type { EventSource } from './trace/events';
import { nextObjectId, resetObjectIds } from './objects/object';
import { resetFrameIds, upcomingFrameId } from './vm/frame';
import { Machine } from './processes/machine';
import type { PyObject } from './objects/object';
import { heapGraph, type HeapGraph } from './inspect/heap-graph';
import type { SyntaxErrorDetail } from './syntax/ast';
import { formatSyntaxErrorReport, syntaxErrorFields } from './runtime/syntax-error-report';
import { freshEntropySeed } from './runtime/entropy';

export type { PythonVersion } from './versions';
export type { TraceEvent, EventSource } from './trace/events';
export type { HeapGraph, HeapGraphObject, HeapGraphEdge, HeapGraphRoot, HeapGraphBinding, HeapGraphImportGarbage } from './inspect/heap-graph';
export { pythonId } from './objects/object';
export { setTraceBlockSource, type TraceBlockSource } from './trace/block-source';

export interface RunOptions {
  python?: PythonVersion;
  /** Shown in tracebacks and diagnostics (`File "x.py", line 3`), and `__file__`. */
  filename?: string;
  /**
   * The script's path as the command line named it, if not `filename`: sys.argv[0], and the start of the
   * run's `file:line:col` diagnostics. CPython keeps argv[0] as typed and makes `__file__` absolute (3.9+).
   */
  argv0?: string;
  /** Instructions executed before the run is stopped (exit 3). */
  maxSteps?: number;
  /** Wall-clock budget in milliseconds (exit 3). */
  maxMillis?: number;
  recordTrace?: boolean;
  /** Simulated cores (os.cpu_count()); default 4. */
  cores?: number;
  /** How long a simulated network request (the `requests` stand-in) waits, in ms; default 150. */
  ioLatencyMs?: number;
  /**
   * Without `recordTrace`: record only the threads' and the GIL's events (what a timeline needs), in
   * `events`, at a fraction of the whole trace's cost.
   */
  recordTimeline?: boolean;
  /**
   * Runs the program as if `threading.Thread` were `multiprocessing.Process` (fork start method): each
   * thread's work in a process of its own. What the program uses that processes cannot share (a lock,
   * an event, a queue.Queue) stops the run with a "not comparable as processes" diagnostic.
   */
  threadsAsProcesses?: boolean;
  /**
   * What the program reads from sys.stdin (input()), as from a file or a pipe: the text, or a function
   * called for it when the program first reads. None: an empty stdin (input() raises EOFError).
   */
  stdin?: string | (() => string);
  /**
   * Seeds the simulated os.urandom, which seeds `random` when the program does not: the same seed, the
   * same run. Without one, each run draws a fresh seed (RunResult.entropySeed tells which).
   */
  entropySeed?: number;
  /**
   * The learner's other Python files in the script's folder, by module name (`fibo` for fibo.py): their
   * sources. `import fibo` runs that file as CPython's path finder would find it (modules/local-modules.ts);
   * the core reads no file system.
   */
  localModules?: Readonly<Record<string, string>>;
}

export const DEFAULT_IO_LATENCY_MS = 150;

export interface Diagnostic {
  /** `Crash`: the hypothetical interpreter without a GIL freed an object still in use (runtime/racy-refcount.ts). */
  kind: 'SyntaxError' | 'IndentationError' | 'Unsupported' | 'Budget' | 'Crash';
  message: string;
  line: number;
  col: number;
  endLine: number;
  endCol: number;
  /** A SyntaxError's attributes where the span does not give them (runtime/syntax-error-report.ts). */
  detail?: SyntaxErrorDetail;
}

export interface RunResult {
  stdout: string;
  stderr: string;
  /**
   * 0 ok, 1 uncaught Python exception, 2 syntax error or unsupported construct, 3 budget exhausted; 130
   * (128 + SIGINT, as a shell shows it) when an unhandled KeyboardInterrupt ended the program.
   */
  exitCode: number;
  /** The signal CPython's process would die by: SIGINT (2) after an unhandled KeyboardInterrupt. */
  signal?: number;
  diagnostic: Diagnostic | null;
  steps: number;
  /**
   * The event trace (when `recordTrace`), read with `length` and `at(i)`; packed in typed arrays (about 11 bytes an event). With
   * `recordTimeline` instead, only the thread and GIL events.
   */
  events: EventSource | null;
  /** The simulated time the program took (its first process's clock at the end), in ns. */
  elapsedNs: number;
  /** The processes the program forked, when it did (the trace above is the first process's). */
  processes?: ChildProcessRun[];
  /** The seed of the run's simulated os.urandom (RunOptions.entropySeed): passing it again repeats the run. */
  entropySeed: number;
}

/** A process the program forked (multiprocessing, os.fork), for the timeline. */
export interface ChildProcessRun {
  pid: number;
  ppid: number;
  /** multiprocessing's name for it (Process-1, ForkPoolWorker-2), else `pid N`. */
  name: string;
  /** Like Process.exitcode: the exit status, or minus the signal that killed it; null if it never ended. */
  exitCode: number | null;
  startNs: number;
  endNs: number | null;
  /** Its threads' states and GIL events from the fork on (when the run records its trace). */
  events: EventSource | null;
}

/** One function for every run: a closure made per run would be a new call target at the VM's budget check each time. */
const wallClock = (): number => Date.now();

export const DEFAULT_MAX_STEPS = 50_000_000;
export const DEFAULT_MAX_MILLIS = 30_000;

/**
 * Parses and compiles for `python` (default 3.11), or returns the diagnostic CPython (or CPython Lens) would report.
 * `mode` 'eval': one expression, whose value the code returns (eval()).
 */
export function compileSource(source: string, filename: string, python: PythonVersion = '3.11', mode: 'exec' | 'eval' = 'exec'): { ok: true; unit: CodeUnit } | { ok: false; diagnostic: Diagnostic } {
  const parsed = parseModule(source);
  if (!parsed.ok) {
    const e = parsed.error;
    const message = VERSIONS[python].syntax.rewordedMessages[e.message] ?? e.message;
    const diagnostic: Diagnostic = { kind: e.kind, message, line: e.line, col: e.col, endLine: e.endLine, endCol: e.endCol };
    if (e.detail) diagnostic.detail = e.detail;
    return { ok: false, diagnostic };
  }
  if (mode === 'eval') {
    const e = evalInputError(source, parsed.module);
    if (e) return { ok: false, diagnostic: { kind: 'SyntaxError', message: e.message, line: e.line, col: e.col, endLine: e.line, endCol: e.col + 1 } };
  }
  try {
    const rules = VERSIONS[python];
    const unit = mode === 'eval' ? compileExpression(parsed.module, filename, rules) : compileModule(parsed.module, filename, rules);
    const warnings = syntaxWarnings(parsed.module, rules.syntax);
    if (warnings.length) unit.syntaxWarnings = warnings;
    return { ok: true, unit };
  } catch (e) {
    if (e instanceof CompileError) {
      const s = e.span;
      const diagnostic: Diagnostic = { kind: e.errorKind, message: e.message, line: s.line, col: s.col, endLine: s.endLine, endCol: s.endCol };
      if (!e.byParser) diagnostic.detail = { compiler: true };
      return { ok: false, diagnostic };
    }
    throw e;
  }
}

/** CPython's report of a SyntaxError in the program's file: the file, the line, carets under the range, the message. */
export function formatSyntaxError(source: string, filename: string, d: Diagnostic, python: PythonVersion = '3.11'): string {
  const kind = d.kind === 'IndentationError' ? 'IndentationError' : 'SyntaxError';
  const version = VERSIONS[python];
  const fields = syntaxErrorFields(source, filename, { ...d, kind }, 'file', version.syntax);
  return formatSyntaxErrorReport({ ...fields, lineno: d.line }, version.tracebacks.uncaught);
}

export function runSource(source: string, options: RunOptions = {}): RunResult {
  const run = startRun(source, options);
  while (run.advance(Number.MAX_SAFE_INTEGER));
  return run.result();
}

/** A run that advances in slices, so a caller (the editor's worker) can report progress in between. */
export interface SteppedRun {
  /**
   * Runs `maxInstructions` more instructions (or to the end; an import's module code runs whole, so it may
   * go past); false once the program (and its shutdown) is over. When the program forked, these are
   * the first process's instructions, the others run meanwhile, and a call may end earlier (once the
   * processes together ran `maxInstructions`).
   */
  advance(maxInstructions: number): boolean;
  /** Instructions the first process executed so far (the trace's step numbers). */
  readonly steps: number;
  result(): RunResult;
  /** The objects that exist before the trace starts (None, True, small ints, builtin types...): the trace
   *  has no alloc event for them, so a viewer learns their type and value here. */
  staticObjects(): StaticObject[];
  /** The heap now, between two instructions, as the memory graph draws it (at most `maxObjects` objects). */
  heapGraph(maxObjects?: number): HeapGraph;
}

export interface StaticObject {
  id: number;
  type: string;
  preview: string;
  /** PEP 683 (3.12+): the count never changes, so the trace has no ref event for it. */
  immortal: boolean;
}

/** The run's result: the first process's, with the output of every process when it forked. */
function machineResult(machine: Machine): RunResult {
  const result = machine.root.sim.result();
  if (!machine.forked) return result;
  const processes: ChildProcessRun[] = machine.processes.slice(1).map((p) => ({
    pid: p.pid,
    ppid: p.ppid,
    name: p.name,
    exitCode: p.status === null ? null : (p.status & 0x7f) === 0 ? (p.status >> 8) & 0xff : -(p.status & 0x7f),
    startNs: p.startNs,
    endNs: p.endNs,
    events: p.threadLog,
  }));
  const elapsedNs = Math.max(result.elapsedNs, ...machine.processes.map((p) => p.endNs ?? 0));
  const merged = { ...result, stdout: machine.merged('stdout'), stderr: machine.merged('stderr'), steps: machine.steps, processes, elapsedNs };
  return withChildDiagnostic(merged, machine);
}

/**
 * A child process that stopped on something the simulator cannot model (or a simulated crash) makes the
 * whole run unfaithful from there: the run reports the first such diagnostic (its message on the child's
 * stderr already) and exit code 2, rather than the parent's ordinary ending.
 */
function withChildDiagnostic(result: RunResult, machine: Machine): RunResult {
  if (result.diagnostic !== null) return result;
  for (const p of machine.processes.slice(1)) {
    const d = p.sim.result().diagnostic;
    if (d && (d.kind === 'Unsupported' || d.kind === 'Crash')) return { ...result, diagnostic: d, exitCode: d.kind === 'Unsupported' ? 2 : 1 };
  }
  return result;
}

export function startRun(source: string, options: RunOptions = {}): SteppedRun {
  resetObjectIds();
  resetFrameIds();
  const filename = options.filename ?? '<string>';
  const compiled = compileSource(source, filename, options.python ?? '3.11');
  if (!compiled.ok) {
    const d = compiled.diagnostic;
    const stderr = d.kind === 'Unsupported'
      ? `${options.argv0 ?? filename}:${d.line}:${d.col + 1}: ${d.message}\n`
      : formatSyntaxError(source, filename, d, options.python ?? '3.11');
    const result: RunResult = {
      stdout: '', stderr, exitCode: 2, diagnostic: d, steps: 0, events: options.recordTrace || options.recordTimeline ? [] : null, elapsedNs: 0, entropySeed: options.entropySeed ?? 0,
    };
    const empty: HeapGraph = { roots: [], objects: [], edges: [], omitted: 0, importGarbage: [] };
    return { advance: () => false, steps: 0, result: () => result, staticObjects: () => [], heapGraph: () => empty };
  }
  const machine = new Machine(source, compiled.unit, {
    version: VERSIONS[options.python ?? '3.11'],
    filename,
    argv0: options.argv0 ?? filename,
    maxSteps: options.maxSteps ?? DEFAULT_MAX_STEPS,
    maxMillis: options.maxMillis ?? DEFAULT_MAX_MILLIS,
    recordTrace: options.recordTrace ?? false,
    now: wallClock,
    cores: options.cores ?? 4,
    ioLatencyMs: options.ioLatencyMs ?? DEFAULT_IO_LATENCY_MS,
    recordTimeline: options.recordTimeline ?? false,
    threadsAsProcesses: options.threadsAsProcesses ?? false,
    entropySeed: options.entropySeed ?? freshEntropySeed(),
    stdin: options.stdin,
    localModules: options.localModules,
  });
  // Objects and frames are numbered from module-level counters. A run keeps its own between calls, so runs
  // interleaved in one thread (the editor's worker pauses a replay of a past run while others start) number
  // their objects as each would alone.
  let counters = { objects: nextObjectId(), frames: upcomingFrameId() };
  const inThisRun = <T>(work: () => T): T => {
    resetObjectIds(counters.objects);
    resetFrameIds(counters.frames);
    try {
      return work();
    } finally {
      counters = { objects: nextObjectId(), frames: upcomingFrameId() };
    }
  };
  const sim = machine.root.sim;
  const statics = (): PyObject[] => {
    const vm = sim.vm;
    return [vm.none, vm.true_, vm.false_, vm.ellipsis, vm.notImplemented, ...vm.smallInts, ...Object.values(vm.t), ...vm.exc.values(), ...vm.moduleStatics];
  };
  let staticSet: Set<PyObject> | null = null;
  return {
    advance: (maxInstructions) => inThisRun(() => machine.advance(maxInstructions)),
    // The first process's instructions: the trace's step numbers count those.
    get steps() {
      return sim.vm.steps;
    },
    result: () => inThisRun(() => machineResult(machine)),
    staticObjects: () => inThisRun(() => {
      const vm = sim.vm;
      return statics().map((o) => ({ id: o.id, type: o.type.name, preview: vm.preview(o), immortal: o.immortal }));
    }),
    heapGraph: (maxObjects) => inThisRun(() => heapGraph(sim.vm, { statics: (staticSet ??= new Set(statics())), maxObjects })),
  };
}
