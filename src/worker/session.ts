// The worker's work, without the thread: runs a file in the simulator in slices (reporting progress,
// stopping when the host cancels the request), keeps the last trace, and answers view and export requests
// from it. Unit-tested in plain Node.

import { startRun, type RunResult, type StaticObject, type ChildProcessRun, type SteppedRun } from '../core/index';
import type { EventSource, TraceEvent } from '../core/trace/events';
import {
  assertNever, type FromWorker, type RunOutcome, type RunRequest, type ToWorker, type EditorView, type ViewRequest, type ExportRequest,
  type DetailsRequest, type ObjectDetails,
  type GraphRequest, type CollectionRequest, type HistoryRequest, type TimelineRequest, type LessonFactsRequest, type LessonFacts, outcomeKey,
  type CompareRequest,
} from '../shared/protocol';
import { COMPARED_MODELS, compareRunOptions, comparedRun, comparison } from '../trace-model/comparison';
import { LESSONS, evaluate, type OutcomeValue } from '../lessons/index';
import { linesOfSteps, positionAfterLines } from '../trace-model/lesson-positions';
import type { MemoryGraphSnapshot } from '../shared/memory-graph-protocol';
import { buildView, lineStepIndices, programEnd } from '../trace-model/walk';
import { collectionPhases, collectionStarts, collectionsBetween, freedBetween, objectHistory } from '../trace-model/graph-trace';
import { GraphReplay } from './graph-replay';
import { jsonLineChunks } from './trace-export';
import { toSnapshot } from './graph-snapshot';
import { buildTimeline } from '../trace-model/timeline';

/** Instructions per slice: between two slices the run reads the cancel mark and may report progress. Small
 *  enough that a newer edit waits a few milliseconds at most, large enough that the checks cost nothing. */
const SLICE = 10_000;
const PROGRESS_INTERVAL_MS = 200;

interface KeptTrace {
  runId: number;
  events: EventSource;
  statics: StaticObject[];
  sourceLines: string[];
  end: number;
  lineSteps: number[];
  /** What the memory graph needs, made on its first request. */
  graph: GraphSupport | null;
  /** The source the trace comes from (the lines above a syntax error, when only those ran). */
  tracedSource: string;
  /** What the traced run printed (lessons' questions about output read it). */
  stdout: string;
  /** The processes the program forked (their timelines), if it did. */
  processes: ChildProcessRun[] | undefined;
  /** The traced run's simulated os.urandom seed: a re-run with it draws the same unseeded random numbers. */
  entropySeed: number;
  request: RunRequest;
  /** The hover details of the view last sent (the editor asks for them one object at a time). */
  shown: { position: number | null; details: ObjectDetails[] } | null;
}

interface GraphSupport {
  replay: GraphReplay;
  staticsById: Map<number, StaticObject>;
  collectionStarts: number[];
}

/** Thrown out of a run whose request the host cancelled. */
class RunCancelled extends Error {}

export class SimulationSession {
  private kept: KeptTrace | null = null;

  /**
   * @param isCancelled whether the host cancelled request `seq` (the worker reads its CancelMark); requests
   *   handled without a number (seq 0, as unit tests do) are never cancelled.
   */
  constructor(
    private readonly post: (message: FromWorker) => void,
    private readonly now: () => number = Date.now,
    private readonly isCancelled: (seq: number) => boolean = () => false,
  ) {}

  handle(message: ToWorker, seq = 0): void {
    if (seq > 0 && this.isCancelled(seq)) {
      // Given up before it started (a newer edit came while the worker was busy): answer at once.
      this.post({ type: 'cancelled', runId: message.runId });
      return;
    }
    try {
      switch (message.type) {
        case 'run':
          return this.run(message, seq);
        case 'view':
          return this.view(message);
        case 'details':
          return this.details(message);
        case 'export':
          return this.exportTrace(message);
        case 'graph':
          return this.graph(message);
        case 'collection':
          return this.collection(message);
        case 'history':
          return this.history(message);
        case 'timeline':
          return this.timeline(message);
        case 'lessonFacts':
          return this.lessonFacts(message);
        case 'compare':
          return this.compare(message, seq);
        default:
          return assertNever(message);
      }
    } catch (err) {
      if (err instanceof RunCancelled) {
        this.post({ type: 'cancelled', runId: message.runId });
        return;
      }
      this.post({ type: 'failure', runId: message.runId, message: err instanceof Error ? (err.stack ?? err.message) : String(err) });
    }
  }

  private run(req: RunRequest, seq: number): void {
    // The previous trace stays kept until this run finishes: a cancelled run leaves it answering (its memory
    // graph's paused re-run goes on numbering objects as before: each run keeps its own counters).
    const started = this.now();
    const full = this.simulate(req, req.source, started, seq);
    let traced = full;
    let prefixBefore: number | null = null;
    const d = full.result.diagnostic;
    if (full.result.exitCode === 2 && d && (d.kind === 'SyntaxError' || d.kind === 'IndentationError') && d.line > 1) {
      // Nothing of the file ran: run the lines above the error alone, so what the learner typed so far is annotated.
      const prefix = this.simulate(req, blankFrom(req.source, d.line), started, seq, full.result.entropySeed);
      if (prefix.result.exitCode !== 2) {
        traced = prefix;
        prefixBefore = d.line;
      }
    }
    const events = traced.result.events ?? [];
    const end = programEnd(events);
    const kept: KeptTrace = {
      runId: req.runId, events, statics: traced.statics, sourceLines: req.source.split(/\r?\n/), end, lineSteps: lineStepIndices(events, end),
      graph: null, tracedSource: prefixBefore === null ? req.source : blankFrom(req.source, prefixBefore), stdout: traced.result.stdout,
      processes: traced.result.processes, entropySeed: traced.result.entropySeed, request: req, shown: null,
    };
    this.kept = kept;
    const result = full.result;
    const outcome: RunOutcome = {
      python: req.python,
      stdout: result.stdout,
      stderr: result.stderr,
      exitCode: result.exitCode,
      diagnostic: result.diagnostic,
      steps: traced.result.steps,
      elapsedMs: this.now() - started,
      lineSteps: kept.lineSteps.length,
      prefixBefore,
      prefixStdout: prefixBefore === null ? '' : traced.result.stdout,
    };
    this.post({ type: 'finished', runId: req.runId, outcome, view: this.viewAt(kept, null) });
  }

  private simulate(req: RunRequest, source: string, started: number, seq: number, entropySeed?: number): { result: RunResult; statics: StaticObject[] } {
    const run = startRun(source, {
      python: req.python, filename: req.filename, maxSteps: req.maxSteps, maxMillis: req.maxMillis, recordTrace: true, stdin: req.stdin, localModules: req.localModules, entropySeed,
    });
    this.runToEnd(run, req.runId, started, seq);
    return { result: run.result(), statics: run.staticObjects() };
  }

  /** Advances `run` in slices to its end, reporting progress and stopping when the host cancels request `seq`. */
  private runToEnd(run: SteppedRun, runId: number, started: number, seq: number): void {
    let lastProgress = this.now();
    // Parsing and compiling (in startRun) are not sliced: the mark is read once they are done, between
    // slices, and before the view is built.
    this.throwIfCancelled(seq);
    while (run.advance(SLICE)) {
      this.throwIfCancelled(seq);
      const now = this.now();
      if (now - lastProgress >= PROGRESS_INTERVAL_MS) {
        lastProgress = now;
        this.post({ type: 'progress', runId, steps: run.steps, elapsedMs: now - started });
      }
    }
    this.throwIfCancelled(seq);
  }

  /** Compare mode: the file under each compared model, one after the other, cancellable between slices. */
  private compare(req: CompareRequest, seq: number): void {
    const started = this.now();
    const runs = COMPARED_MODELS.map((model) => {
      const run = startRun(req.source, { filename: req.filename, maxSteps: req.maxSteps, maxMillis: req.maxMillis, stdin: req.stdin, localModules: req.localModules, ...compareRunOptions(model) });
      this.runToEnd(run, req.runId, started, seq);
      return comparedRun(model, run.result());
    });
    this.post({ type: 'comparison', runId: req.runId, comparison: comparison(runs) });
  }

  private throwIfCancelled(seq: number): void {
    if (seq > 0 && this.isCancelled(seq)) throw new RunCancelled();
  }

  private view(req: ViewRequest): void {
    const kept = this.kept;
    if (!kept || kept.runId !== req.runId) {
      this.post({ type: 'failure', runId: req.runId, message: `run ${req.runId} is no longer kept` });
      return;
    }
    this.post({ type: 'view', runId: req.runId, view: this.viewAt(kept, req.position) });
  }

  /** Position p shows the state just before the p-th line step runs; null or past the last, the program's end. */
  private viewAt(kept: KeptTrace, position: number | null): EditorView {
    const inRange = position !== null && position >= 0 && position < kept.lineSteps.length;
    const endIndex = inRange ? kept.lineSteps[position] : kept.end;
    const { objects, ...view } = buildView(kept.events, {
      endIndex, position: inRange ? position : null, sourceLines: kept.sourceLines, statics: kept.statics,
    });
    kept.shown = { position: view.position, details: objects };
    return { ...view, objects: objects.map((d) => d.object) };
  }

  private details(req: DetailsRequest): void {
    const kept = this.keptFor(req.runId);
    if (!kept) return;
    const inRange = req.position !== null && req.position >= 0 && req.position < kept.lineSteps.length;
    if (kept.shown?.position !== (inRange ? req.position : null)) this.viewAt(kept, req.position);
    const details = kept.shown?.details.find((d) => d.object.id === req.objectId) ?? null;
    this.post({ type: 'details', runId: req.runId, details });
  }

  private keptFor(runId: number): KeptTrace | null {
    const kept = this.kept;
    if (kept && kept.runId === runId) return kept;
    this.post({ type: 'failure', runId, message: `run ${runId} is no longer kept` });
    return null;
  }

  private graphSupport(kept: KeptTrace): GraphSupport {
    return (kept.graph ??= {
      replay: new GraphReplay({
        source: kept.tracedSource, filename: kept.request.filename, python: kept.request.python, stdin: kept.request.stdin, localModules: kept.request.localModules, entropySeed: kept.entropySeed,
      }),
      staticsById: new Map(kept.statics.map((s) => [s.id, s])),
      collectionStarts: collectionStarts(kept.events),
    });
  }

  /** The event index a position shows the state before (the end of the program when out of range). */
  private endIndexOf(kept: KeptTrace, position: number | null): number {
    return position !== null && position >= 0 && position < kept.lineSteps.length ? kept.lineSteps[position] : kept.end;
  }

  /** The graph just before the event at `endIndex` (a line event, or the module frame's exit). */
  private snapshotBefore(kept: KeptTrace, endIndex: number, position: number | null, previousIndex: number): MemoryGraphSnapshot {
    const support = this.graphSupport(kept);
    const at = kept.events.at(endIndex) as TraceEvent | undefined;
    // The event's instruction is the one about to run: the heap after the instructions before it.
    // Past the last event (a run stopped by its budget): the heap as the run left it.
    const instructions = at ? at.step - 1 : ((kept.events.at(kept.events.length - 1) as TraceEvent | undefined)?.step ?? 0);
    const graph = support.replay.graphAfter(instructions);
    const inRange = position !== null && position >= 0 && position < kept.lineSteps.length;
    return toSnapshot(graph, support.staticsById, {
      runId: kept.runId,
      position: inRange ? position : null,
      lineSteps: kept.lineSteps.length,
      currentLine: inRange && at?.kind === 'line' ? at.line : null,
      freed: freedBetween(kept.events, previousIndex, endIndex),
      collections: collectionsBetween(kept.events, support.collectionStarts, previousIndex, endIndex),
    });
  }

  private graph(req: GraphRequest): void {
    const kept = this.keptFor(req.runId);
    if (!kept) return;
    const endIndex = this.endIndexOf(kept, req.position);
    const inRange = req.position !== null && req.position >= 0 && req.position < kept.lineSteps.length;
    const previous = inRange ? (req.position as number) - 1 : kept.lineSteps.length - 1;
    const previousIndex = previous >= 0 ? kept.lineSteps[previous] : 0;
    this.post({ type: 'graph', runId: req.runId, graph: this.snapshotBefore(kept, endIndex, req.position, previousIndex) });
  }

  private collection(req: CollectionRequest): void {
    const kept = this.keptFor(req.runId);
    if (!kept) return;
    const support = this.graphSupport(kept);
    const startIndex = support.collectionStarts[req.index];
    if (startIndex === undefined) {
      this.post({ type: 'failure', runId: req.runId, message: `no collection ${req.index}` });
      return;
    }
    const [summary] = collectionsBetween(kept.events, support.collectionStarts, startIndex, startIndex + 1);
    // The heap before the instruction during which the collection ran.
    const graph = this.snapshotBefore(kept, startIndex, null, startIndex);
    const position = kept.lineSteps.findIndex((index) => index > startIndex);
    this.post({
      type: 'collection', runId: req.runId,
      playback: { runId: req.runId, summary, graph: { ...graph, position: position < 0 ? null : position, freed: [] }, phases: collectionPhases(kept.events, startIndex) },
    });
  }

  private timeline(req: TimelineRequest): void {
    const kept = this.keptFor(req.runId);
    if (!kept) return;
    // CPython's default switch interval (sys.setswitchinterval changes it per run; the panel marks the default).
    // The clock at each line step: the latest thread or GIL event before it (threads' events carry the time).
    const stepTimes: number[] = [];
    let now = 0;
    let next = 0;
    for (let i = 0; i < kept.events.length && next < kept.lineSteps.length; i++) {
      while (next < kept.lineSteps.length && kept.lineSteps[next] === i) {
        stepTimes.push(now);
        next++;
      }
      const e = kept.events.at(i);
      if (e && (e.kind === 'thread' || e.kind === 'gil')) now = e.timeNs;
    }
    while (stepTimes.length < kept.lineSteps.length) stepTimes.push(now);
    this.post({ type: 'timeline', runId: req.runId, timeline: buildTimeline(kept.events, kept.processes), switchIntervalNs: 5_000_000, stepTimes });
  }

  private history(req: HistoryRequest): void {
    const kept = this.keptFor(req.runId);
    if (!kept) return;
    const endIndex = this.endIndexOf(kept, req.position);
    const known = this.graphSupport(kept).staticsById.get(req.objectId);
    const facts = known ? { type: known.type, preview: known.preview, startup: true, static: true, immortal: known.immortal } : undefined;
    this.post({ type: 'history', runId: req.runId, history: objectHistory(kept.events, req.objectId, endIndex, facts, req.runId) });
  }

  private lessonFacts(req: LessonFactsRequest): void {
    const kept = this.keptFor(req.runId);
    if (!kept) return;
    const lesson = LESSONS.find((l) => l.id === req.lessonId);
    if (!lesson) {
      this.post({ type: 'failure', runId: req.runId, message: `no lesson ${req.lessonId}` });
      return;
    }
    const stepLines = linesOfSteps(kept.events, kept.lineSteps);
    const run = { stdout: kept.stdout, events: kept.events };
    const outcomes: Record<string, OutcomeValue> = {};
    for (const step of lesson.steps) if (step.predict) outcomes[outcomeKey(step.predict.outcome)] = evaluate(run, step.predict.outcome);
    const facts: LessonFacts = {
      runId: req.runId,
      python: kept.request.python,
      positions: lesson.steps.map((step) => positionAfterLines(stepLines, step.lines[0], step.lines[1])),
      outcomes,
    };
    this.post({ type: 'lessonFacts', runId: req.runId, facts });
  }

  private exportTrace(req: ExportRequest): void {
    const kept = this.kept;
    if (!kept || kept.runId !== req.runId) {
      this.post({ type: 'failure', runId: req.runId, message: `run ${req.runId} is no longer kept` });
      return;
    }
    this.post({ type: 'trace', runId: req.runId, chunks: jsonLineChunks(kept.events) });
  }
}

/** The source with every line from `line` on emptied (line numbers stay the same). */
export function blankFrom(source: string, line: number): string {
  const lines = source.split(/\r?\n/);
  return lines.map((text, i) => (i + 1 >= line ? '' : text)).join('\n');
}

