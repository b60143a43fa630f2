// The worker's work, without the thread: runs a file in the simulator in slices (reporting progress),
// keeps the last trace, and answers view and export requests from it. Unit-tested in plain Node.

import { startRun, type RunResult, type StaticObject } from '../core/index';
import type { EventSource, TraceEvent } from '../core/trace/events';
import { assertNever, type FromWorker, type RunOutcome, type RunRequest, type ToWorker, type TraceView, type ViewRequest, type ExportRequest } from '../shared/protocol';
import { buildView, lineStepIndices, programEnd } from '../trace-model/walk';

/** Instructions per slice: small enough to report progress often, large enough to cost nothing. */
const SLICE = 100_000;
const PROGRESS_INTERVAL_MS = 200;

interface KeptTrace {
  runId: number;
  events: EventSource;
  statics: StaticObject[];
  sourceLines: string[];
  end: number;
  lineSteps: number[];
}

export class SimulationSession {
  private kept: KeptTrace | null = null;

  constructor(private readonly post: (message: FromWorker) => void, private readonly now: () => number = Date.now) {}

  handle(message: ToWorker): void {
    try {
      switch (message.type) {
        case 'run':
          return this.run(message);
        case 'view':
          return this.view(message);
        case 'export':
          return this.exportTrace(message);
        default:
          return assertNever(message);
      }
    } catch (err) {
      this.post({ type: 'failure', runId: message.runId, message: err instanceof Error ? (err.stack ?? err.message) : String(err) });
    }
  }

  private run(req: RunRequest): void {
    this.kept = null;
    const started = this.now();
    const full = this.simulate(req, req.source, started);
    let traced = full;
    let prefixBefore: number | null = null;
    const d = full.result.diagnostic;
    if (full.result.exitCode === 2 && d && (d.kind === 'SyntaxError' || d.kind === 'IndentationError') && d.line > 1) {
      // Nothing of the file ran: run the lines above the error alone, so what the learner typed so far is annotated.
      const prefix = this.simulate(req, blankFrom(req.source, d.line), started);
      if (prefix.result.exitCode !== 2) {
        traced = prefix;
        prefixBefore = d.line;
      }
    }
    const events = traced.result.events ?? [];
    const end = programEnd(events);
    const kept: KeptTrace = {
      runId: req.runId, events, statics: traced.statics, sourceLines: req.source.split(/\r?\n/), end, lineSteps: lineStepIndices(events, end),
    };
    this.kept = kept;
    const result = full.result;
    const outcome: RunOutcome = {
      python: req.python,
      stdout: result.stdout,
      stderr: result.stderr,
      exitCode: exitCodeOf(result.exitCode),
      diagnostic: result.diagnostic,
      steps: traced.result.steps,
      elapsedMs: this.now() - started,
      lineSteps: kept.lineSteps.length,
      prefixBefore,
      prefixStdout: prefixBefore === null ? '' : traced.result.stdout,
    };
    this.post({ type: 'finished', runId: req.runId, outcome, view: this.viewAt(kept, null) });
  }

  private simulate(req: RunRequest, source: string, started: number): { result: RunResult; statics: StaticObject[] } {
    let lastProgress = this.now();
    const run = startRun(source, {
      python: req.python, filename: req.filename, maxSteps: req.maxSteps, maxMillis: req.maxMillis, recordTrace: true,
    });
    while (run.advance(SLICE)) {
      const now = this.now();
      if (now - lastProgress >= PROGRESS_INTERVAL_MS) {
        lastProgress = now;
        this.post({ type: 'progress', runId: req.runId, steps: run.steps, elapsedMs: now - started });
      }
    }
    return { result: run.result(), statics: run.staticObjects() };
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
  private viewAt(kept: KeptTrace, position: number | null): TraceView {
    const inRange = position !== null && position >= 0 && position < kept.lineSteps.length;
    const endIndex = inRange ? kept.lineSteps[position] : kept.end;
    return buildView(kept.events, {
      endIndex, position: inRange ? position : null, sourceLines: kept.sourceLines, statics: kept.statics,
    });
  }

  private exportTrace(req: ExportRequest): void {
    const kept = this.kept;
    if (!kept || kept.runId !== req.runId) {
      this.post({ type: 'failure', runId: req.runId, message: `run ${req.runId} is no longer kept` });
      return;
    }
    const lines: string[] = [];
    for (let i = 0; i < kept.events.length; i++) lines.push(JSON.stringify(kept.events.at(i) as TraceEvent));
    this.post({ type: 'trace', runId: req.runId, jsonLines: lines.join('\n') + '\n' });
  }
}

function exitCodeOf(code: number): RunOutcome['exitCode'] {
  if (code === 0 || code === 1 || code === 2 || code === 3) return code;
  throw new Error(`unexpected exit code ${code}`);
}

/** The source with every line from `line` on emptied (line numbers stay the same). */
export function blankFrom(source: string, line: number): string {
  const lines = source.split(/\r?\n/);
  return lines.map((text, i) => (i + 1 >= line ? '' : text)).join('\n');
}
