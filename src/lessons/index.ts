// The lessons, in course order. Lessons 3–6 (the GIL) arrive with the threads model.

import type { Lesson } from './model';
import { refcountLesson } from './content/01-refcount';
import { cyclesLesson } from './content/02-cycles';

export type { Lesson, LessonStep, Localized, Outcome, OutcomeValue, Prediction, Claim } from './model';
export { evaluate, type RunView } from './outcomes';

export const LESSONS: readonly Lesson[] = [refcountLesson, cyclesLesson];
export { LessonSession, type LessonProgress, type PredictionResult } from './session';
