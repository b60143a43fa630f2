// Talks to dist/worker.js: one request at a time in flight per reply (the worker answers in order),
// progress on the side. Cancelling terminates the worker; the next request starts a fresh one.

import type { Timeline } from '../trace-model/timeline';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import * as vscode from 'vscode';
import type { FromWorker, LessonFacts, ProgressMessage, RunFinished, RunRequest, ToWorker, TraceView } from '../shared/protocol';
import type { CollectionPlayback, MemoryGraphSnapshot, ObjectHistory } from '../shared/memory-graph-protocol';

type Reply = Exclude<FromWorker, ProgressMessage>;

interface Waiter {
  resolve(reply: Reply | null): void;
}

export class WorkerClient implements vscode.Disposable {
  private worker: Worker | null = null;
  private waiters: Waiter[] = [];
  private nextRunId = 1;
  private readonly progressEmitter = new vscode.EventEmitter<ProgressMessage>();
  readonly onProgress = this.progressEmitter.event;

  constructor(private readonly extensionPath: string) {}

  /** Runs a file; null when cancelled (a newer run or `cancel()` terminated the worker). */
  async run(request: Omit<RunRequest, 'type' | 'runId'>): Promise<RunFinished | null> {
    const runId = this.nextRunId++;
    const reply = await this.send({ type: 'run', runId, ...request });
    if (reply === null) return null;
    if (reply.type === 'finished') return reply;
    if (reply.type === 'failure') throw new Error(reply.message);
    throw new Error(`unexpected reply ${reply.type} to a run`);
  }

  async view(runId: number, position: number | null): Promise<TraceView | null> {
    const reply = await this.send({ type: 'view', runId, position });
    if (reply === null || reply.type === 'failure') return null;
    return reply.type === 'view' ? reply.view : null;
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

  async exportTrace(runId: number): Promise<string | null> {
    const reply = await this.send({ type: 'export', runId });
    return reply !== null && reply.type === 'trace' ? reply.jsonLines : null;
  }

  /** Stops whatever the worker is doing; pending requests resolve to null. */
  cancel(): void {
    const worker = this.worker;
    if (!worker) return;
    this.worker = null;
    void worker.terminate();
    this.flush();
  }

  get busy(): boolean {
    return this.waiters.length > 0;
  }

  dispose(): void {
    this.cancel();
    this.progressEmitter.dispose();
  }

  private send(message: ToWorker): Promise<Reply | null> {
    const worker = this.ensureWorker();
    return new Promise<Reply | null>((resolve) => {
      this.waiters.push({ resolve });
      worker.postMessage(message);
    });
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(path.join(this.extensionPath, 'dist', 'worker.js'));
    worker.on('message', (message: FromWorker) => {
      if (message.type === 'progress') this.progressEmitter.fire(message);
      else this.waiters.shift()?.resolve(message);
    });
    const lost = (reason: string) => {
      if (this.worker !== worker) return;
      this.worker = null;
      for (const w of this.waiters.splice(0)) w.resolve({ type: 'failure', runId: 0, message: reason });
    };
    worker.on('error', (err) => lost(`the simulation worker failed: ${err.message}`));
    worker.on('exit', (code) => lost(`the simulation worker exited (code ${code})`));
    this.worker = worker;
    return worker;
  }

  private flush(): void {
    for (const w of this.waiters.splice(0)) w.resolve(null);
  }
}
