// Messages between the extension host and the lesson panel's webview (webview/lesson/). Plain data: the host
// keeps the lesson session and sends the whole panel state each time it changes (and again when a hidden
// panel is shown), so the webview holds nothing that could be lost.

/** Every string the panel shows, localized by the host. `{0}`, `{1}` are filled in by the webview. */
export interface LessonStrings {
  /** "Lesson {0}" */
  lesson: string;
  /** "Step {0} / {1}" */
  stepOf: string;
  back: string;
  next: string;
  finish: string;
  predictFirst: string;
  right: string;
  wrong: string;
  /** "The simulation: {0}" */
  simulationSays: string;
  simulating: string;
  simulationFailed: string;
  done: string;
  empty: string;
}

export interface PredictionView {
  question: string;
  choices: string[];
  /** Null until the learner answered. */
  answer: { chosen: number; right: boolean; actual: string } | null;
}

/** What the panel shows of the lesson, in the editor's language. */
export interface LessonPanelState {
  /** The lesson's id: the webview keeps it so that the panel can be restored with the window. */
  lessonId: string;
  lessonNumber: number;
  title: string;
  /** 0-based. */
  stepIndex: number;
  stepCount: number;
  /** The step's explanation; null while its prediction waits for an answer. Backquoted spans are code. */
  text: string | null;
  prediction: PredictionView | null;
  /** The simulation of the lesson's file: predictions can be answered once it is ready. */
  simulation: 'running' | 'ready' | 'failed';
  canBack: boolean;
  canNext: boolean;
  isLast: boolean;
  completed: boolean;
}

export type ToLesson =
  | { type: 'init'; strings: LessonStrings }
  | { type: 'state'; state: LessonPanelState | null };

/** What VS Code keeps of the panel across a window reload (the webview's setState). */
export interface LessonWebviewState {
  lessonId: string;
}

export type FromLesson =
  | { type: 'ready' }
  | { type: 'back' }
  | { type: 'next' }
  | { type: 'predict'; choice: number };
