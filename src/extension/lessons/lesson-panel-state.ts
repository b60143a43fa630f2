// The lesson panel's state from a lesson session, in one language. Pure: unit-tested.

import type { LessonSession, Localized, OutcomeValue, Prediction } from '../../lessons/index';
import type { LessonPanelState, PredictionView } from '../../shared/lesson-protocol';
import type { LessonLanguage } from './lesson-language';

export function lessonPanelState(session: LessonSession, language: LessonLanguage, simulation: LessonPanelState['simulation']): LessonPanelState {
  const step = session.step;
  const pick = (text: Localized) => text[language];
  const prediction = step.predict ? predictionView(step.predict, session, pick) : null;
  const awaits = session.awaitsPrediction;
  return {
    lessonId: session.lesson.id,
    lessonNumber: session.lesson.number,
    title: pick(session.lesson.title),
    stepIndex: session.stepIndex,
    stepCount: session.lesson.steps.length,
    text: awaits ? null : pick(step.text),
    prediction,
    simulation,
    canBack: session.stepIndex > 0,
    canNext: !awaits && !(session.isLast && session.isCompleted),
    isLast: session.isLast,
    completed: session.isCompleted,
  };
}

function predictionView(predict: Prediction, session: LessonSession, pick: (text: Localized) => string): PredictionView {
  const result = session.result();
  return {
    question: pick(predict.question),
    choices: predict.choices.map((c) => pick(c.label)),
    answer: result
      ? { chosen: predict.choices.findIndex((c) => c.value === result.chosen), right: result.right, actual: describeValue(predict, result.actual, pick) }
      : null,
  };
}

/** The simulation's value as the learner saw it among the choices, else as plain text. */
function describeValue(predict: Prediction, value: OutcomeValue, pick: (text: Localized) => string): string {
  const choice = predict.choices.find((c) => c.value === value);
  return choice ? pick(choice.label) : String(value);
}
