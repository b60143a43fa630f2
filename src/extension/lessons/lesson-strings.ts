// Every string the lesson panel shows, localized by the host and sent in its `init`. Takes the localizer, so
// it has no vscode import.

import type { LessonStrings } from '../../shared/lesson-protocol';
import type { Localizer } from '../panels/memory-graph-strings';

export function lessonStrings(l10n: Localizer): LessonStrings {
  return {
    lesson: l10n.t('Lesson {0}'),
    stepOf: l10n.t('Step {0} / {1}'),
    back: l10n.t('Back'),
    next: l10n.t('Next'),
    finish: l10n.t('Finish'),
    predictFirst: l10n.t('Predict first: pick an answer, the simulation then tells.'),
    right: l10n.t('Right!'),
    wrong: l10n.t('Not quite.'),
    simulationSays: l10n.t('The simulation: {0}'),
    simulating: l10n.t('Simulating the lesson’s file…'),
    simulationFailed: l10n.t('The lesson’s file could not be simulated: see the Problems view.'),
    done: l10n.t('Lesson done ✓'),
    empty: l10n.t('Start a lesson from the command palette: CPython Lens: Start Lesson…'),
  };
}
