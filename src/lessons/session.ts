// A learner going through a lesson: which step is shown, what they predicted, whether the
// simulation proved them right. Pure state, kept per user (the extension stores `progress()`).

import type { Lesson, LessonStep, Outcome, OutcomeValue } from './model';
import { evaluate, type RunView } from './outcomes';

/** Where answers come from: a run's output and trace, or a function that asks them of a run kept elsewhere
 *  (the extension's simulation worker keeps the trace and evaluates the outcomes there). */
export type OutcomeSource = RunView | ((outcome: Outcome) => OutcomeValue);

export interface PredictionResult {
  chosen: OutcomeValue;
  actual: OutcomeValue;
  right: boolean;
}

/** What is kept across sessions: where the learner stopped and which predictions they got right. */
export interface LessonProgress {
  lessonId: string;
  step: number;
  completed: boolean;
  predictions: Record<number, PredictionResult>;
}

export class LessonSession {
  private index = 0;
  private readonly results = new Map<number, PredictionResult>();
  private completed = false;

  constructor(readonly lesson: Lesson, private readonly run: OutcomeSource, saved?: LessonProgress) {
    if (saved && saved.lessonId === lesson.id) {
      this.index = Math.min(Math.max(saved.step, 0), lesson.steps.length - 1);
      this.completed = saved.completed;
      for (const [k, v] of Object.entries(saved.predictions)) this.results.set(Number(k), v);
    }
  }

  get stepIndex(): number {
    return this.index;
  }
  get step(): LessonStep {
    return this.lesson.steps[this.index];
  }
  get isLast(): boolean {
    return this.index === this.lesson.steps.length - 1;
  }
  get isCompleted(): boolean {
    return this.completed;
  }

  /** The current step waits for a prediction before it can be run. */
  get awaitsPrediction(): boolean {
    return !!this.step.predict && !this.results.has(this.index);
  }

  /** The learner's answer, checked against the simulation (never against a stored answer). */
  predict(choiceIndex: number): PredictionResult {
    const predict = this.step.predict;
    if (!predict) throw new Error('this step asks no prediction');
    const choice = predict.choices[choiceIndex];
    if (!choice) throw new Error(`no choice ${choiceIndex}`);
    const actual = typeof this.run === 'function' ? this.run(predict.outcome) : evaluate(this.run, predict.outcome);
    const result = { chosen: choice.value, actual, right: choice.value === actual };
    this.results.set(this.index, result);
    return result;
  }

  result(stepIndex = this.index): PredictionResult | undefined {
    return this.results.get(stepIndex);
  }

  next(): boolean {
    if (this.awaitsPrediction) return false;
    if (this.isLast) {
      this.completed = true;
      return false;
    }
    this.index++;
    return true;
  }

  back(): boolean {
    if (this.index === 0) return false;
    this.index--;
    return true;
  }

  progress(): LessonProgress {
    return { lessonId: this.lesson.id, step: this.index, completed: this.completed, predictions: Object.fromEntries(this.results) };
  }
}
