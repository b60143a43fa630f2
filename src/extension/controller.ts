// Owns the simulation of the active Python file: runs it in the worker (debounced while typing, cancelled
// when the text changes: cooperatively, the worker stays warm), keeps the last result and the step position, and tells the views when they change.

import type { Timeline } from '../trace-model/timeline';
import type { Comparison } from '../trace-model/comparison';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { EditorView, LessonFacts, ObjectDetails, RunOutcome, SimulatedPython } from '../shared/protocol';
import type { CollectionPlayback, MemoryGraphSnapshot, ObjectHistory } from '../shared/memory-graph-protocol';
import { readSettings } from './settings';
import { WorkerClient } from './worker-client';
import { readLocalModules } from './local-modules';

export interface SimulationResult {
  uri: vscode.Uri;
  documentVersion: number;
  runId: number;
  outcome: RunOutcome;
  view: EditorView;
  /** The line step shown in step mode (0-based), or null when showing the end of the program. */
  position: number | null;
}

export type Activity =
  | { kind: 'idle' }
  | { kind: 'running'; uri: vscode.Uri; steps: number; elapsedMs: number }
  | { kind: 'failed'; uri: vscode.Uri; message: string };

export type RunReason = 'command' | 'live';

/** The most a run may take: VM instructions and wall-clock time. */
export interface RunBudget {
  maxSteps: number;
  maxMillis: number;
}

/** Runs longer than this show a cancellable progress notification. */
const PROGRESS_NOTIFICATION_DELAY_MS = 1000;

/**
 * The least each of a comparison's runs may take: comparing is asked for (not a run while typing), and the
 * course's CPU-bound example runs about 3.6 million instructions per model, more than the default budget.
 */
const COMPARE_BUDGET: RunBudget = { maxSteps: 20_000_000, maxMillis: 60_000 };

export class SimulationController implements vscode.Disposable {
  private readonly client: WorkerClient;
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly finishedRun = new vscode.EventEmitter<{ result: SimulationResult; reason: RunReason }>();
  /** Fired once per completed run (the output channel writes it). */
  readonly onDidFinishRun = this.finishedRun.event;
  private debounce: ReturnType<typeof setTimeout> | undefined;
  private generation = 0;
  result: SimulationResult | null = null;
  activity: Activity = { kind: 'idle' };
  /** Documents whose runs need more than the settings' budget (a lesson's file), by URI. */
  private readonly budgetFloors = new Map<string, RunBudget>();
  /** Documents that run under one model whatever the setting says (a lesson's file: its text describes that model), by URI. */
  private readonly modelPins = new Map<string, SimulatedPython>();

  constructor(extensionPath: string) {
    this.client = new WorkerClient(path.join(extensionPath, 'dist', 'worker.js'), (p) => {
      if (this.activity.kind === 'running') {
        this.activity = { ...this.activity, steps: p.steps, elapsedMs: p.elapsedMs };
        this.changed.fire();
      }
    });
  }

  /** Runs the document now (cancelling any run in flight). Resolves to null when cancelled or failed. */
  async simulate(document: vscode.TextDocument, reason: RunReason): Promise<SimulationResult | null> {
    clearTimeout(this.debounce);
    this.client.cancel();
    const generation = ++this.generation;
    const settings = readSettings();
    this.activity = { kind: 'running', uri: document.uri, steps: 0, elapsedMs: 0 };
    this.changed.fire();
    const floor = this.budgetFloors.get(document.uri.toString());
    const source = document.getText();
    const localModules = await readLocalModules(document, source);
    // A newer run (or an edit) came while the folder was read.
    if (generation !== this.generation) return null;
    const running = this.client.run({
      source,
      filename: displayFilename(document.uri),
      python: this.modelPins.get(document.uri.toString()) ?? settings.python,
      maxSteps: Math.max(settings.maxSteps, floor?.maxSteps ?? 0),
      maxMillis: Math.max(settings.maxMillis, floor?.maxMillis ?? 0),
      stdin: settings.stdin,
      localModules,
    });
    this.showProgressIfLong(running, generation);
    try {
      const finished = await running;
      if (finished === null || generation !== this.generation) return null;
      const result: SimulationResult = {
        uri: document.uri, documentVersion: document.version, runId: finished.runId, outcome: finished.outcome, view: finished.view, position: null,
      };
      this.result = result;
      this.activity = { kind: 'idle' };
      this.changed.fire();
      this.finishedRun.fire({ result, reason });
      return result;
    } catch (err) {
      if (generation !== this.generation) return null;
      this.activity = { kind: 'failed', uri: document.uri, message: err instanceof Error ? err.message : String(err) };
      this.changed.fire();
      return null;
    }
  }

  /**
   * Compare mode: the document under 3.11, 3.13t and as processes, in the worker (the shown result stays).
   * Null when cancelled: by the learner (the notification), a newer run or an edit. Throws when the
   * simulator failed.
   */
  async compare(document: vscode.TextDocument): Promise<Comparison | null> {
    const settings = readSettings();
    const floor = this.budgetFloors.get(document.uri.toString());
    const source = document.getText();
    const localModules = await readLocalModules(document, source);
    const running = this.client.compare({
      source,
      filename: displayFilename(document.uri),
      localModules,
      maxSteps: Math.max(settings.maxSteps, floor?.maxSteps ?? 0, COMPARE_BUDGET.maxSteps),
      maxMillis: Math.max(settings.maxMillis, floor?.maxMillis ?? 0, COMPARE_BUDGET.maxMillis),
      stdin: settings.stdin,
    });
    const timer = setTimeout(() => {
      void vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('CPython Lens: comparing 3.11, 3.13t and processes…'), cancellable: true },
        (_progress, token) => {
          token.onCancellationRequested(() => this.cancel());
          return running.then(() => undefined, () => undefined);
        },
      );
    }, PROGRESS_NOTIFICATION_DELAY_MS);
    const clear = () => clearTimeout(timer);
    running.then(clear, clear);
    return running;
  }

  /** Live mode: the text changed. The run in flight is stale at once; a new one starts after the debounce. */
  documentChanged(document: vscode.TextDocument): void {
    const settings = readSettings();
    if (!settings.live) return;
    this.client.cancel();
    this.generation++;
    clearTimeout(this.debounce);
    this.debounce = setTimeout(() => void this.simulate(document, 'live'), settings.debounceMs);
  }

  /** Every run of `uri` (live ones too) gets at least `budget`, whatever the settings say. */
  raiseBudget(uri: vscode.Uri, budget: RunBudget): void {
    this.budgetFloors.set(uri.toString(), budget);
  }

  /** Every run of `uri` uses `python`, whatever the setting says. */
  pinModel(uri: vscode.Uri, python: SimulatedPython): void {
    this.modelPins.set(uri.toString(), python);
  }

  /** Cancels the run in flight, if any. */
  cancel(): void {
    clearTimeout(this.debounce);
    this.client.cancel();
    this.generation++;
    if (this.activity.kind === 'running') {
      this.activity = { kind: 'idle' };
      this.changed.fire();
    }
  }

  /** Moves step mode to `position` (clamped); `lineSteps` means "after the last line". */
  async goTo(position: number): Promise<boolean> {
    const result = this.result;
    if (!result) return false;
    const target = Math.max(0, Math.min(position, result.outcome.lineSteps));
    const view = await this.client.view(result.runId, target);
    if (!view || this.result !== result) return false;
    this.result = { ...result, view, position: target };
    this.changed.fire();
    return true;
  }

  async step(delta: number): Promise<boolean> {
    const result = this.result;
    if (!result) return false;
    const from = result.position ?? (delta > 0 ? -1 : result.outcome.lineSteps);
    return this.goTo(from + delta);
  }

  /** The memory graph of `result` at its step (null when it is no longer the current result). */
  async graph(result: SimulationResult): Promise<MemoryGraphSnapshot | null> {
    const graph = await this.client.graph(result.runId, result.position);
    return graph && this.result?.runId === result.runId ? graph : null;
  }

  /** A named object's hover details in `result`'s view (null once it is no longer the current result). */
  async details(result: SimulationResult, objectId: number): Promise<ObjectDetails | null> {
    const details = await this.client.details(result.runId, result.position, objectId);
    return details && this.result?.runId === result.runId ? details : null;
  }

  async collection(index: number): Promise<CollectionPlayback | null> {
    return this.result ? this.client.collection(this.result.runId, index) : null;
  }

  async history(objectId: number): Promise<ObjectHistory | null> {
    return this.result ? this.client.history(this.result.runId, objectId, this.result.position) : null;
  }

  async timeline(): Promise<{ timeline: Timeline; switchIntervalNs: number; stepTimes: number[] } | null> {
    return this.result ? this.client.timeline(this.result.runId) : null;
  }

  /** A lesson's step positions and answers, read from `result`'s run (null once it is no longer the current result). */
  async lessonFacts(result: SimulationResult, lessonId: string): Promise<LessonFacts | null> {
    const facts = await this.client.lessonFacts(result.runId, lessonId);
    return facts && this.result?.runId === result.runId ? facts : null;
  }

  async exportTrace(): Promise<Uint8Array[] | null> {
    return this.result ? this.client.exportTrace(this.result.runId) : null;
  }

  /** Clears the shown result (its document was closed). */
  forget(uri: vscode.Uri): void {
    this.budgetFloors.delete(uri.toString());
    if (this.result?.uri.toString() !== uri.toString()) return;
    this.result = null;
    this.changed.fire();
  }

  dispose(): void {
    clearTimeout(this.debounce);
    this.client.dispose();
    this.changed.dispose();
    this.finishedRun.dispose();
  }

  private showProgressIfLong(running: Promise<unknown>, generation: number): void {
    const timer = setTimeout(() => {
      if (generation !== this.generation || this.activity.kind !== 'running') return;
      void vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('CPython Lens: simulating…'), cancellable: true },
        (progress, token) => {
          token.onCancellationRequested(() => {
            if (generation === this.generation) this.cancel();
          });
          const subscription = this.onDidChange(() => {
            if (this.activity.kind === 'running' && generation === this.generation) {
              progress.report({ message: vscode.l10n.t('{0} steps, {1} s', this.activity.steps.toLocaleString(), (this.activity.elapsedMs / 1000).toFixed(1)) });
            }
          });
          const done = () => subscription.dispose();
          return running.then(done, done);
        },
      );
    }, PROGRESS_NOTIFICATION_DELAY_MS);
    const clear = () => clearTimeout(timer);
    running.then(clear, clear);
  }
}

/** What tracebacks call the file: its path on disk, else its name (virtual workspaces, untitled files). */
export function displayFilename(uri: vscode.Uri): string {
  return uri.scheme === 'file' ? uri.fsPath : path.posix.basename(uri.path) || uri.toString();
}
