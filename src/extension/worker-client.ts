// Talks to dist/worker.js. One worker for the extension's lifetime (its compiled code stays warm from run to
// run): requests are numbered and answered in order, progress comes on the side. Cancelling never blocks:
// it raises the shared cancel mark, the pending requests resolve to null at once, and the worker skips them
// or stops the run in flight at its next slice. A worker that has not acknowledged within CANCEL_GRACE_MS
// (stuck inside one long instruction) is terminated; the requests sent since go to a fresh one.
// No `vscode` import: bench/editor.ts drives this same client.

import type { Timeline } from '../trace-model/timeline';
import type { Comparison } from '../trace-model/comparison';
import { Worker } from 'node:worker_threads';
import type {
  CompareRequest, EditorView, FromWorker, LessonFacts, ObjectDetails, ProgressMessage, RunFinished, RunRequest, ToWorker, WorkerEnvelope, WorkerStartData,
} from '../shared/protocol';
import type { CollectionPlayback, MemoryGraphSnapshot, ObjectHistory } from '../shared/memory-graph-protocol';
import { CancelMark } from '../shared/cancel-mark';

type Reply = Exclude<FromWorker, ProgressMessage>;

/** How long a cancelled request may keep the worker busy before the worker is replaced. */
export const CANCEL_GRACE_MS = 1000;

interface Pending {
  seq: number;
  message: ToWorker;
  resolve(reply: Reply | null): void;
  /** Resolved to null already; the worker's answer is dropped. */
  cancelled: boolean;
}

interface Connection {
  worker: Worker;
  mark: CancelMark;
  /** The last request number posted to this worker. */
  seq: number;
}

export class WorkerClient {
  private connection: Connection | null = null;
  private pending: Pending[] = [];
  private nextRunId = 1;
  private watchdog: ReturnType<typeof setTimeout> | undefined;
  /** Workers started so far (the first, plus replacements of stuck or lost ones). */
  workersStarted = 0;

  constructor(private readonly workerPath: string, private readonly onProgress: (progress: ProgressMessage) => void = () => {}) {}

  /** Runs a file; null when cancelled (a newer request or `cancel()`). */
  async run(request: Omit<RunRequest, 'type' | 'runId'>): Promise<RunFinished | null> {
    const runId = this.nextRunId++;
    const reply = await this.send({ type: 'run', runId, ...request });
    if (reply === null) return null;
    if (reply.type === 'finished') return reply;
    if (reply.type === 'failure') throw new Error(reply.message);
    throw new Error(`unexpected reply ${reply.type} to a run`);
  }

  /** Runs a file under the compared models (compare mode); null when cancelled. */
  async compare(request: Omit<CompareRequest, 'type' | 'runId'>): Promise<Comparison | null> {
    const runId = this.nextRunId++;
    const reply = await this.send({ type: 'compare', runId, ...request });
    if (reply === null) return null;
    if (reply.type === 'comparison') return reply.comparison;
    if (reply.type === 'failure') throw new Error(reply.message);
    throw new Error(`unexpected reply ${reply.type} to a comparison`);
  }

  async view(runId: number, position: number | null): Promise<EditorView | null> {
    const reply = await this.send({ type: 'view', runId, position });
    return reply !== null && reply.type === 'view' ? reply.view : null;
  }

  async details(runId: number, position: number | null, objectId: number): Promise<ObjectDetails | null> {
    const reply = await this.send({ type: 'details', runId, position, objectId });
    return reply !== null && reply.type === 'details' ? reply.details : null;
  }

  async graph(runId: number, position: number | null): Promise<MemoryGraphSnapshot | null> {
    const reply = await this.send({ type: 'graph', runId, position });
    return reply !== null && reply.type === 'graph' ? reply.graph : null;
  }

  async collection(runId: number, index: number): Promise<CollectionPlayback | null> {
    const reply = await this.send({ type: 'collection', runId, index });
    return reply !== null && reply.type === 'collection' ? reply.playback : null;
  }

  async history(runId: number, objectId: number, position: number | null): Promise<ObjectHistory | null> {
    const reply = await this.send({ type: 'history', runId, objectId, position });
    return reply !== null && reply.type === 'history' ? reply.history : null;
  }

  async timeline(runId: number): Promise<{ timeline: Timeline; switchIntervalNs: number; stepTimes: number[] } | null> {
    const reply = await this.send({ type: 'timeline', runId });
    return reply !== null && reply.type === 'timeline' ? { timeline: reply.timeline, switchIntervalNs: reply.switchIntervalNs, stepTimes: reply.stepTimes } : null;
  }

  async lessonFacts(runId: number, lessonId: string): Promise<LessonFacts | null> {
    const reply = await this.send({ type: 'lessonFacts', runId, lessonId });
    return reply !== null && reply.type === 'lessonFacts' ? reply.facts : null;
  }

  /** The kept run's trace as JSON lines, in UTF-8 pieces (TraceExport). */
  async exportTrace(runId: number): Promise<Uint8Array[] | null> {
    const reply = await this.send({ type: 'export', runId });
    return reply !== null && reply.type === 'trace' ? reply.chunks : null;
  }

  /** Gives up every request sent so far: they resolve to null now; the worker stays. */
  cancel(): void {
    const live = this.pending.filter((p) => !p.cancelled);
    if (live.length === 0 || !this.connection) return;
    this.connection.mark.cancelUpTo(this.connection.seq);
    for (const p of live) {
      p.cancelled = true;
      p.resolve(null);
    }
    this.watchdog ??= setTimeout(() => this.replaceStuckWorker(), CANCEL_GRACE_MS);
  }

  get busy(): boolean {
    return this.pending.some((p) => !p.cancelled);
  }

  dispose(): void {
    clearTimeout(this.watchdog);
    this.watchdog = undefined;
    const connection = this.connection;
    this.connection = null;
    void connection?.worker.terminate();
    for (const p of this.pending.splice(0)) if (!p.cancelled) p.resolve(null);
  }

  private send(message: ToWorker): Promise<Reply | null> {
    return new Promise<Reply | null>((resolve) => this.post(message, resolve));
  }

  private post(message: ToWorker, resolve: (reply: Reply | null) => void): void {
    const connection = this.ensureWorker();
    const seq = ++connection.seq;
    this.pending.push({ seq, message, resolve, cancelled: false });
    const envelope: WorkerEnvelope = { seq, request: message };
    connection.worker.postMessage(envelope);
  }

  private ensureWorker(): Connection {
    if (this.connection) return this.connection;
    const mark = new CancelMark();
    const startData: WorkerStartData = { cancelMark: mark.buffer };
    const worker = new Worker(this.workerPath, { workerData: startData });
    const connection: Connection = { worker, mark, seq: 0 };
    this.workersStarted++;
    worker.on('message', (message: FromWorker) => {
      if (this.connection !== connection) return;
      if (message.type === 'progress') {
        if (this.pending[0] && !this.pending[0].cancelled) this.onProgress(message);
        return;
      }
      const answered = this.pending.shift();
      if (answered && !answered.cancelled) answered.resolve(message.type === 'cancelled' ? null : message);
      if (!this.pending.some((p) => p.cancelled)) {
        clearTimeout(this.watchdog);
        this.watchdog = undefined;
      }
    });
    const lost = (reason: string) => {
      if (this.connection !== connection) return;
      this.connection = null;
      clearTimeout(this.watchdog);
      this.watchdog = undefined;
      for (const p of this.pending.splice(0)) if (!p.cancelled) p.resolve({ type: 'failure', runId: 0, message: reason });
    };
    worker.on('error', (err) => lost(`the simulation worker failed: ${err.message}`));
    worker.on('exit', (code) => lost(`the simulation worker exited (code ${code})`));
    this.connection = connection;
    return connection;
  }

  /** The worker is still inside a cancelled request: replace it, and send it what came after the cancel. */
  private replaceStuckWorker(): void {
    this.watchdog = undefined;
    if (!this.pending.some((p) => p.cancelled)) return;
    const connection = this.connection;
    this.connection = null;
    void connection?.worker.terminate();
    const resend = this.pending.splice(0).filter((p) => !p.cancelled);
    for (const p of resend) this.post(p.message, p.resolve);
  }
}
