// Messages between the extension host and the simulation worker (dist/worker.js). Plain data only
// (structured clone): the worker keeps the event trace and sends the compact view the editor shows.

import type { RefCause } from '../core/trace/events';
import type { CollectionPlayback, MemoryGraphSnapshot, ObjectHistory } from './memory-graph-protocol';
import type { Timeline } from '../trace-model/timeline';
import type { Comparison } from '../trace-model/comparison';
import type { OutcomeValue } from '../lessons/model';

/** The CPython versions the simulator models, and the hypothetical interpreter of lesson 3 (no GIL, plain counts). */
export type SimulatedPython = '3.11' | '3.12' | '3.13' | '3.13t' | 'nogil-hypothetical';

/** A refcount as a learner should read it: 3.11's statics only ever show as "large" (their value depends
 *  on the environment), 3.12+ immortal objects (PEP 683) as "immortal". */
export type RefcountValue = { kind: 'count'; value: number } | { kind: 'large' } | { kind: 'immortal' };

/** An object as annotations name it: `list#1` (per-type numbering in order of first binding), or `None`. */
export interface ObjectRef {
  id: number;
  label: string;
  /** Short value shown after the label for atoms (`5`, `'abc'`); empty otherwise. */
  value: string;
}

export type AnnotationItem =
  | { kind: 'bound'; name: string; object: ObjectRef; refcount: RefcountValue }
  | { kind: 'deleted'; name: string }
  /** An object a name let go of, still alive after the line. */
  | { kind: 'released'; object: ObjectRef; refcount: RefcountValue }
  /** A named object whose count a line changed without binding it (a container slot, an attribute...). */
  | { kind: 'changed'; object: ObjectRef; refcount: RefcountValue }
  | { kind: 'freed'; object: ObjectRef };

/** What one source line did, the last time it ran (up to the step shown). */
export interface LineAnnotation {
  /** 1-based, as in the trace. */
  line: number;
  /** How many times the line started running. */
  runs: number;
  items: AnnotationItem[];
  /** The GIL releases of the line's blocking calls, every run up to the step shown; absent when it made none. */
  gil?: GilMark;
}

/** Why a thread let go of the GIL on a line: a blocking wait, or C code computing without it (its function). */
export type ReleaseReason = { kind: 'sleep' | 'lock' | 'io' } | { kind: 'native'; function: string };

/** One thread's releases on a line that are over: the call returned and the thread holds the GIL again. */
export interface ThreadReleases {
  thread: string;
  main: boolean;
  releases: number;
  /** Time inside the blocking calls (from the release to the call's return), summed, in simulated ns. */
  releasedNs: number;
  /** Time from the calls' return to taking the GIL back, summed (0: it was free at once). */
  reacquireWaitNs: number;
}

/** A release still under way at the step shown (step mode): in the call, or returned and waiting for the GIL. */
export interface OpenRelease {
  thread: string;
  main: boolean;
  phase: 'in-call' | 'reacquiring';
  reason: ReleaseReason;
}

/** The GIL release / reacquire marks of one line (Py_BEGIN_ALLOW_THREADS / Py_END_ALLOW_THREADS around its calls). */
export interface GilMark {
  /** False in a model without a GIL (3.13t): the calls blocked, there was nothing to release. */
  gil: boolean;
  /** Per thread, in the order they first released here. */
  done: ThreadReleases[];
  open: OpenRelease[];
  /** The kinds of calls that released, in first-seen order. */
  reasons: ReleaseReason[];
}

export interface HistoryEntry {
  event: 'alloc' | 'ref' | 'free';
  step: number;
  line: number;
  /** +1 / −1 (or larger jumps); 0 for alloc and free. */
  delta: number;
  refcount: RefcountValue;
  cause: RefCause | null;
  /** What holds or held the reference: a name, `['key']`, `.attr`; empty when the trace has none. */
  holder: string;
  /** 3.13t: the change went to the shared count (a thread other than the object's owner). */
  shared?: true;
}

export type Referrer =
  | { kind: 'name'; name: string; scope: string }
  | { kind: 'holder'; cause: RefCause; holder: string; count: number };

/** Everything a hover shows about one named object. */
export interface ObjectDetails {
  object: ObjectRef;
  type: string;
  preview: string;
  /** What `id()` returns for it in the simulated run (a decimal string: it exceeds 2^53). */
  pythonId: string;
  /** Null once freed. */
  refcount: RefcountValue | null;
  allocLine: number;
  freedLine: number | null;
  /** The first and the last changes, with `omitted` left out in between on long histories. */
  history: HistoryEntry[];
  historyOmittedAt: number;
  historyOmitted: number;
  referrers: Referrer[];
  /** References not explained by a name or a holder still present (temporaries, interpreter internals). */
  otherReferences: number;
}

/** Which object a name on a line denoted (for hovers): the binding when the line last ran. */
export interface LineNames {
  line: number;
  names: Record<string, number>;
}

/** What the trace says at the end of the program, or before a given line step (the worker builds it). */
export interface TraceView {
  /** The line step shown (0-based), or null for the end of the program. */
  position: number | null;
  /** The line about to run at that step, or null. */
  currentLine: number | null;
  /** VM instructions executed up to the view. */
  steps: number;
  /** Objects created by the program (not the interpreter's own start-up objects) alive at the view. */
  programObjectsAlive: number;
  objectsAlive: number;
  lines: LineAnnotation[];
  names: LineNames[];
  objects: ObjectDetails[];
}

/** What the editor is sent of a TraceView: the named objects' labels without their hover details, which a
 *  hover asks for (DetailsRequest); they were most of the message. */
export interface EditorView extends Omit<TraceView, 'objects'> {
  objects: ObjectRef[];
}

export interface ProgramDiagnostic {
  kind: 'SyntaxError' | 'IndentationError' | 'Unsupported' | 'Budget' | 'Crash';
  message: string;
  /** 1-based line, 0-based columns, as the core reports them. */
  line: number;
  col: number;
  endLine: number;
  endCol: number;
}

export interface RunOutcome {
  python: SimulatedPython;
  stdout: string;
  stderr: string;
  /**
   * The program's exit status, as CPython's process ends with it: 0 ok, 1 an uncaught exception, n for
   * sys.exit(n), 130 after an unhandled KeyboardInterrupt; 2 when it did not run (a syntax error, a construct
   * not simulated) and 3 when a budget ran out, with the `diagnostic` that says so.
   */
  exitCode: number;
  diagnostic: ProgramDiagnostic | null;
  steps: number;
  elapsedMs: number;
  /** How many line steps the trace has (the positions step mode moves through). */
  lineSteps: number;
  /** While the file has a syntax error at line L, the lines before L run alone (partial code while typing):
   *  L here, the annotations come from that run. Null when the whole file ran. */
  prefixBefore: number | null;
  /** The prefix run's output, when there was one. */
  prefixStdout: string;
}

// ---- host → worker

export interface RunRequest {
  type: 'run';
  runId: number;
  source: string;
  filename: string;
  python: SimulatedPython;
  maxSteps: number;
  maxMillis: number;
  /** What input() reads (the cpythonLens.stdin setting); none: an empty stdin. */
  stdin?: string;
  /** The learner's other .py files beside this one, by module name (what `import fibo` finds). */
  localModules?: Record<string, string>;
}
export interface ViewRequest {
  type: 'view';
  runId: number;
  /** A line step (0-based; `lineSteps` means after the last line), or null for the end of the program. */
  position: number | null;
}
/** A named object's hover details at a line step (same positions as ViewRequest). */
export interface DetailsRequest {
  type: 'details';
  runId: number;
  position: number | null;
  objectId: number;
}
export interface ExportRequest {
  type: 'export';
  runId: number;
}
/** The memory graph at a line step (same positions as ViewRequest). */
export interface GraphRequest {
  type: 'graph';
  runId: number;
  position: number | null;
}
/** A collection of the run (its index in trace order), to replay phase by phase. */
export interface CollectionRequest {
  type: 'collection';
  runId: number;
  index: number;
}
/** An object's allocation line and count history up to a line step. */
export interface HistoryRequest {
  type: 'history';
  runId: number;
  objectId: number;
  position: number | null;
}
/** The threads' timeline of the run (states, GIL holders), for the GIL timeline panel. */
export interface TimelineRequest {
  type: 'timeline';
  runId: number;
}
/** What a lesson needs from the run of its file: where each step leaves step mode, and the answers to its questions. */
export interface LessonFactsRequest {
  type: 'lessonFacts';
  runId: number;
  lessonId: string;
}
/**
 * The file under 3.11, 3.13t and as processes (the GIL timeline's compare mode), each run recording only its
 * timeline; the kept run (the editor's) stays as it is.
 */
export interface CompareRequest {
  type: 'compare';
  runId: number;
  source: string;
  filename: string;
  maxSteps: number;
  maxMillis: number;
  stdin?: string;
  localModules?: Record<string, string>;
}
export type ToWorker = RunRequest | ViewRequest | DetailsRequest | ExportRequest | GraphRequest | CollectionRequest | HistoryRequest | TimelineRequest
  | LessonFactsRequest | CompareRequest;

/** What the host posts: a request and its number (from 1, per worker), which the cancel mark compares with. */
export interface WorkerEnvelope {
  seq: number;
  request: ToWorker;
}

/** What the worker's thread starts with (workerData). */
export interface WorkerStartData {
  /** The CancelMark's buffer. */
  cancelMark: SharedArrayBuffer;
}

// ---- worker → host

export interface ProgressMessage {
  type: 'progress';
  runId: number;
  steps: number;
  elapsedMs: number;
}
export interface RunFinished {
  type: 'finished';
  runId: number;
  outcome: RunOutcome;
  view: EditorView;
}
export interface ViewMessage {
  type: 'view';
  runId: number;
  view: EditorView;
}
export interface DetailsReply {
  type: 'details';
  runId: number;
  /** Null when the object is not one the view names. */
  details: ObjectDetails | null;
}
export interface TraceExport {
  type: 'trace';
  runId: number;
  /**
   * The event trace as JSON lines (one event per line), UTF-8, in pieces of a few MiB: a long run's trace
   * is more text than one string can hold (V8's limit is 512 MiB; ten million events make about 1 GB).
   */
  chunks: Uint8Array[];
}
/** The answer to a request the host cancelled (before or while the worker handled it). */
export interface CancelledReply {
  type: 'cancelled';
  runId: number;
}
export interface WorkerFailure {
  type: 'failure';
  runId: number;
  /** A bug in the simulator or the worker, not in the user's program. */
  message: string;
}
export interface GraphMessage {
  type: 'graph';
  runId: number;
  graph: MemoryGraphSnapshot;
}
export interface CollectionReply {
  type: 'collection';
  runId: number;
  playback: CollectionPlayback;
}
export interface HistoryReply {
  type: 'history';
  runId: number;
  history: ObjectHistory;
}
export interface TimelineReply {
  type: 'timeline';
  runId: number;
  timeline: Timeline;
  switchIntervalNs: number;
  /** The simulated time at each line step (the positions step mode moves through), in ns. */
  stepTimes: number[];
}
/** A lesson's facts, read from the kept run. */
export interface LessonFacts {
  runId: number;
  /** The model the run used: a step about another model waits for a run under it. */
  python: SimulatedPython;
  /** Per lesson step: the position after its lines last ran (as in ViewRequest), null when they never ran. */
  positions: (number | null)[];
  /** Each prediction's outcome evaluated on the run, keyed by `outcomeKey(outcome)`. */
  outcomes: Record<string, OutcomeValue>;
}
export interface LessonFactsReply {
  type: 'lessonFacts';
  runId: number;
  facts: LessonFacts;
}
export interface ComparisonReply {
  type: 'comparison';
  runId: number;
  comparison: Comparison;
}
export type FromWorker =
  | ProgressMessage | RunFinished | ViewMessage | DetailsReply | TraceExport | CancelledReply | WorkerFailure | GraphMessage | CollectionReply | HistoryReply | TimelineReply
  | LessonFactsReply | ComparisonReply;

/** A stable key for an outcome (plain data, so its JSON with the fields in declaration order). */
export function outcomeKey(outcome: object): string {
  return JSON.stringify(outcome);
}

/** Compile-time exhaustiveness: a `switch` over a union ends with `default: return assertNever(x)`. */
export function assertNever(value: never): never {
  throw new Error(`unexpected value ${JSON.stringify(value)}`);
}
