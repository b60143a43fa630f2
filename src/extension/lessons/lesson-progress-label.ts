// What the lesson picker says of a learner's progress: not started, step k of n, done. Pure (the localizer
// is passed in: vscode.l10n in the extension, the English text itself in unit tests).

import type { Lesson, LessonProgress } from '../../lessons/index';
import type { Localizer } from '../panels/memory-graph-strings';

export type ProgressStatus =
  | { kind: 'not-started' }
  | { kind: 'in-progress'; step: number; of: number }
  | { kind: 'done' };

export function progressStatus(lesson: Lesson, saved: LessonProgress | undefined): ProgressStatus {
  if (!saved || saved.lessonId !== lesson.id) return { kind: 'not-started' };
  if (saved.completed) return { kind: 'done' };
  const step = Math.min(Math.max(saved.step, 0), lesson.steps.length - 1);
  return { kind: 'in-progress', step: step + 1, of: lesson.steps.length };
}

export function progressLabel(status: ProgressStatus, l10n: Localizer): string {
  switch (status.kind) {
    case 'not-started':
      return l10n.t('not started');
    case 'in-progress':
      return l10n.t('step {0} of {1}').replace('{0}', String(status.step)).replace('{1}', String(status.of));
    case 'done':
      return l10n.t('done ✓');
    default: {
      const unexpected: never = status;
      throw new Error(`unexpected status ${JSON.stringify(unexpected)}`);
    }
  }
}
