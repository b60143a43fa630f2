// The lesson panel's host side: keeps the learner's session of one lesson, runs the lesson's file in the
// simulation, and at each step highlights the step's lines and moves step mode to just after them (so the
// annotations, hovers and the memory graph show that state). Predictions are checked against the run's
// answers. The webview is a pure view: it gets the whole state at each change and again when shown.

import * as vscode from 'vscode';
import { LESSONS, LessonSession, stepModel, type Lesson, type LessonModel, type LessonProgress, type Outcome, type OutcomeValue } from '../../lessons/index';
import { assertNever, outcomeKey, type LessonFacts } from '../../shared/protocol';
import type { FromLesson, LessonPanelState, LessonWebviewState, ToLesson } from '../../shared/lesson-protocol';
import type { SimulationController, SimulationResult } from '../controller';
import { WebviewHost, type PanelSpec } from '../panels/webview-host';
import { LessonHighlight } from './lesson-highlight';
import { openLessonDocument } from './lesson-document';
import { lessonLanguage } from './lesson-language';
import { lessonPanelState } from './lesson-panel-state';
import type { LessonProgressStore } from './lesson-progress-store';
import { lessonStrings } from './lesson-strings';

export const LESSON_VIEW_TYPE = 'cpythonLens.lesson';
const REPLACED_WHILE_WAITING = new Set(['state']);
/** Lesson 4 runs its CPU-bound threads for about 3.6 million instructions: more than the default budget. */
const LESSON_BUDGET = { maxSteps: 20_000_000, maxMillis: 120_000 };

/** A lesson being followed on a document, with what the run of that document answered. */
class OpenLesson {
  readonly session: LessonSession;
  facts: LessonFacts | null = null;
  /** The run whose facts are asked for or loaded (each run's are asked once). */
  factsRunId: number | null = null;
  simulation: LessonPanelState['simulation'] = 'running';

  constructor(lesson: Lesson, readonly document: vscode.TextDocument, saved: LessonProgress | undefined) {
    this.session = new LessonSession(lesson, (outcome) => this.answer(outcome), saved);
  }

  /** The run's answer to a lesson question (asked only once the facts are loaded). */
  private answer(outcome: Outcome): OutcomeValue {
    const value = this.facts?.outcomes[outcomeKey(outcome)];
    if (value === undefined) throw new Error('the simulation has not answered this question yet');
    return value;
  }
}

export class LessonPanel implements vscode.Disposable {
  private static current: LessonPanel | null = null;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly highlight = new LessonHighlight();
  private open: OpenLesson | null = null;

  private constructor(
    private readonly host: WebviewHost<ToLesson, FromLesson>,
    private readonly controller: SimulationController,
    private readonly store: LessonProgressStore,
  ) {
    this.disposables.push(
      this.highlight,
      host.onMessage((message) => void this.handle(message)),
      host.onDidDispose(() => this.dispose()),
      controller.onDidFinishRun(({ result }) => void this.runFinished(result)),
    );
  }

  /** Opens (or reveals) the panel beside the editor and starts `lesson` on `document`, resuming saved progress. */
  static async start(
    extensionUri: vscode.Uri, controller: SimulationController, store: LessonProgressStore, lesson: Lesson, document: vscode.TextDocument,
  ): Promise<LessonPanel> {
    let panel = LessonPanel.current;
    if (panel) panel.host.reveal();
    else {
      const host = WebviewHost.create<ToLesson, FromLesson>(extensionUri, spec(), REPLACED_WHILE_WAITING, vscode.ViewColumn.Beside);
      panel = LessonPanel.current = new LessonPanel(host, controller, store);
    }
    await panel.begin(lesson, document);
    return panel;
  }

  /** Restores the panel VS Code kept across a window reload: the lesson is resumed where the learner left it. */
  static serializer(extensionUri: vscode.Uri, controller: SimulationController, store: LessonProgressStore): vscode.WebviewPanelSerializer {
    return {
      deserializeWebviewPanel: async (panel: vscode.WebviewPanel, state: unknown) => {
        LessonPanel.current?.dispose();
        const host = new WebviewHost<ToLesson, FromLesson>(panel, extensionUri, spec(), REPLACED_WHILE_WAITING);
        const restored = (LessonPanel.current = new LessonPanel(host, controller, store));
        const lessonId = (state as Partial<LessonWebviewState> | undefined)?.lessonId;
        const lesson = LESSONS.find((l) => l.id === lessonId);
        if (!lesson) return; // the panel shows that no lesson is open
        const document = await openLessonDocument(lesson, extensionUri);
        await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.One, preview: false, preserveFocus: true });
        await restored.begin(lesson, document);
      },
    };
  }

  static disposeOpen(): void {
    LessonPanel.current?.dispose();
  }

  private async begin(lesson: Lesson, document: vscode.TextDocument): Promise<void> {
    const open = new OpenLesson(lesson, document, this.store.get(lesson.id));
    this.open = open;
    this.postState();
    this.controller.raiseBudget(document.uri, LESSON_BUDGET);
    await this.runUnder(open, stepModel(lesson, open.session.stepIndex));
  }

  /**
   * Runs the lesson's file under `model` and loads that run's answers. The lesson's texts describe one model per
   * step (the course's 3.11 unless a step compares another): the file runs under it whatever the setting.
   */
  private async runUnder(open: OpenLesson, model: LessonModel): Promise<void> {
    const document = open.document;
    this.controller.pinModel(document.uri, model);
    open.simulation = 'running';
    this.postState();
    const result = await this.controller.simulate(document, 'command');
    if (this.open !== open) return;
    if (!result) {
      open.simulation = 'failed';
      this.postState();
      return;
    }
    await this.loadFacts(open, result);
  }

  /** The lesson's file ran again (edited, or another model chosen): its positions and answers are read anew. */
  private async runFinished(result: SimulationResult): Promise<void> {
    const open = this.open;
    if (!open || result.uri.toString() !== open.document.uri.toString() || open.factsRunId === result.runId) return;
    await this.loadFacts(open, result);
  }

  private async loadFacts(open: OpenLesson, result: SimulationResult): Promise<void> {
    if (open.factsRunId === result.runId) return;
    open.factsRunId = result.runId;
    const facts = await this.controller.lessonFacts(result, open.session.lesson.id);
    if (this.open !== open) return;
    if (!facts) return; // a newer run replaced it; runFinished loads that one's
    open.facts = facts;
    // A syntax error, a construct not simulated or a budget used up: the run did not reach the end, its answers
    // would be wrong (a simulated crash is an end the program reached).
    const d = result.outcome.diagnostic;
    open.simulation = d !== null && d.kind !== 'Crash' ? 'failed' : 'ready';
    await this.showStep(open);
  }

  /** Highlights the step's lines, moves step mode after them, saves progress and sends the state. */
  private async showStep(open: OpenLesson): Promise<void> {
    const model = stepModel(open.session.lesson, open.session.stepIndex);
    if (open.facts && open.facts.python !== model) {
      // The step is about another interpreter: its run replaces the current one, then the step is shown.
      open.facts = null;
      await this.runUnder(open, model);
      return;
    }
    const step = open.session.step;
    this.highlight.show(open.document, step.lines);
    const position = open.facts?.positions[open.session.stepIndex];
    if (position !== null && position !== undefined && this.controller.result?.runId === open.facts?.runId) {
      await this.controller.goTo(position);
    }
    await this.save(open);
    this.postState();
  }

  private async handle(message: FromLesson): Promise<void> {
    const open = this.open;
    switch (message.type) {
      case 'ready':
        this.host.post({ type: 'init', strings: lessonStrings(vscode.l10n) });
        this.postState();
        return;
      case 'back':
        if (open?.session.back()) await this.showStep(open);
        return;
      case 'next':
        if (!open) return;
        if (open.session.next()) await this.showStep(open);
        else {
          await this.save(open);
          this.postState();
        }
        return;
      case 'predict':
        if (!open || open.simulation !== 'ready' || !open.session.awaitsPrediction) return;
        open.session.predict(message.choice);
        await this.save(open);
        this.postState();
        return;
      default:
        return assertNever(message);
    }
  }

  private async save(open: OpenLesson): Promise<void> {
    await this.store.save(open.session.progress());
  }

  private postState(): void {
    const open = this.open;
    this.host.post({ type: 'state', state: open ? lessonPanelState(open.session, lessonLanguage(vscode.env.language), open.simulation) : null });
  }

  dispose(): void {
    if (LessonPanel.current === this) LessonPanel.current = null;
    for (const d of this.disposables.splice(0)) d.dispose();
    this.host.dispose();
  }
}

function spec(): PanelSpec {
  return { viewType: LESSON_VIEW_TYPE, bundle: 'lesson', title: vscode.l10n.t('CPython Lens Lesson') };
}
