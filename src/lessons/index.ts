// The lessons, in course order.

import type { Lesson } from './model';
import { refcountLesson } from './content/01-refcount';
import { cyclesLesson } from './content/02-cycles';
import { whyTheGilLesson } from './content/03-why-the-gil';
import { cpuBoundLesson } from './content/04-cpu-bound';
import { ioBoundLesson } from './content/05-io-bound';
import { aroundTheGilLesson } from './content/06-around-the-gil';

export type { Lesson, LessonModel, LessonStep, Localized, Outcome, OutcomeValue, Prediction, Claim } from './model';
export { stepModel } from './model';
export { evaluate, type RunView } from './outcomes';

export const LESSONS: readonly Lesson[] = [refcountLesson, cyclesLesson, whyTheGilLesson, cpuBoundLesson, ioBoundLesson, aroundTheGilLesson];
export { LessonSession, type LessonProgress, type OutcomeSource, type PredictionResult } from './session';
