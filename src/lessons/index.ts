// The lessons, in course order. Lesson 3 (a hypothetical interpreter without a GIL) needs a model not built yet.

import type { Lesson } from './model';
import { refcountLesson } from './content/01-refcount';
import { cyclesLesson } from './content/02-cycles';
import { cpuBoundLesson } from './content/04-cpu-bound';
import { ioBoundLesson } from './content/05-io-bound';
import { aroundTheGilLesson } from './content/06-around-the-gil';

export type { Lesson, LessonModel, LessonStep, Localized, Outcome, OutcomeValue, Prediction, Claim } from './model';
export { stepModel } from './model';
export { evaluate, type RunView } from './outcomes';

export const LESSONS: readonly Lesson[] = [refcountLesson, cyclesLesson, cpuBoundLesson, ioBoundLesson, aroundTheGilLesson];
export { LessonSession, type LessonProgress, type OutcomeSource, type PredictionResult } from './session';
