// A lesson: the course's code in workspace files, and steps that explain it line by line. Every
// outcome a step states or asks the learner to predict is an `Outcome`: a question put to the
// simulation's result, never a stored answer (lessons/outcomes.ts evaluates them).

/** A text in the course's language and in English (the editor's display language picks one). */
export interface Localized {
  fr: string;
  en: string;
}

/** What the simulation did, asked precisely enough to be computed from its output and trace. */
export type Outcome =
  /** The n-th line the program printed (0-based). */
  | { kind: 'stdout-line'; index: number }
  /** Whether the objects allocated on `allocLine` are freed while `line` runs. */
  | { kind: 'freed-during-line'; allocLine: number; line: number }
  /** How many objects the n-th collection (0-based) found and freed. */
  | { kind: 'collected'; collection: number }
  /** The refcount of the object allocated on `allocLine` once `line` has run. */
  | { kind: 'refcount-after-line'; allocLine: number; line: number }
  /** The most threads running Python code at the same moment (1 under the GIL). */
  | { kind: 'max-threads-running-together' }
  /** Whether two threads were blocked waiting for I/O at the same moment. */
  | { kind: 'io-waits-overlap' };

export type OutcomeValue = string | number | boolean | null;

/** A claim the step's text makes: the test suite checks it holds in the simulation. */
export interface Claim {
  outcome: Outcome;
  expected: OutcomeValue;
}

/** Predict-then-run: the learner picks an answer before the step runs; the simulation decides. */
export interface Prediction {
  question: Localized;
  outcome: Outcome;
  choices: { label: Localized; value: OutcomeValue }[];
}

/** The interpreter models a lesson's file can run under. */
export type LessonModel = '3.11' | '3.12' | '3.13' | '3.13t' | 'nogil-hypothetical';

export interface LessonStep {
  /** Lines of the lesson's file the step is about (1-based, inclusive): highlighted, and the trace position is after the last. */
  lines: [number, number];
  /**
   * The model the step shows the file under, when it is not the lesson's: the file runs again under it (a lesson
   * comparing interpreters), and the step's claims and prediction are about that run.
   */
  python?: LessonModel;
  text: Localized;
  claims?: Claim[];
  predict?: Prediction;
}

export interface Lesson {
  id: string;
  number: number;
  title: Localized;
  /** The lesson's file, under examples/lessons/ (the course's code as written). */
  file: string;
  python: LessonModel;
  steps: LessonStep[];
}

/** The model step `index` of `lesson` runs its file under. */
export function stepModel(lesson: Lesson, index: number): LessonModel {
  return lesson.steps[index]?.python ?? lesson.python;
}
