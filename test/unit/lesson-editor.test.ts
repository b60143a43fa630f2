// The editor side of lessons, without VS Code: step → trace position (in the worker), the picker's progress
// labels, the panel state (predict first, then the explanation), the language choice, inline code runs.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { LESSONS, LessonSession, type Lesson } from '../../src/lessons/index';
import { outcomeKey, type FromWorker, type LessonFacts } from '../../src/shared/protocol';
import { SimulationSession } from '../../src/worker/session';
import { positionAfterLines } from '../../src/trace-model/lesson-positions';
import { progressLabel, progressStatus } from '../../src/extension/lessons/lesson-progress-label';
import { lessonPanelState } from '../../src/extension/lessons/lesson-panel-state';
import { lessonLanguage } from '../../src/extension/lessons/lesson-language';
import { inlineCodeRuns } from '../../webview/lesson/inline-code';

const english = { t: (message: string) => message };
const refcount = LESSONS.find((l) => l.id === 'refcount') as Lesson;

/** The worker's facts for a lesson, from a real run of its file (and the view at each position). */
function workerFacts(lesson: Lesson): { facts: LessonFacts; messages: FromWorker[]; session: SimulationSession } {
  const messages: FromWorker[] = [];
  const session = new SimulationSession((m) => messages.push(m));
  const source = readFileSync(path.join(__dirname, '..', '..', 'examples', 'lessons', lesson.file), 'utf8');
  session.handle({ type: 'run', runId: 1, source, filename: lesson.file, python: lesson.python, maxSteps: 5_000_000, maxMillis: 60_000 });
  session.handle({ type: 'lessonFacts', runId: 1, lessonId: lesson.id });
  const reply = messages[messages.length - 1];
  assert.equal(reply.type, 'lessonFacts');
  return { facts: (reply as Extract<FromWorker, { type: 'lessonFacts' }>).facts, messages, session };
}

describe('lessons in the editor', function () {
  describe('step → trace position', function () {
    it('is just after the last run of the step\'s last line', function () {
      // Lines of the line steps: 1 2 3 2 3 4 (a loop over lines 2-3).
      assert.equal(positionAfterLines([1, 2, 3, 2, 3, 4], 2, 3), 5);
      assert.equal(positionAfterLines([1, 2, 3, 2, 3, 4], 4, 4), 6);
    });
    it('falls back to any line of the step, and is null when none ran', function () {
      assert.equal(positionAfterLines([1, 3, 5], 2, 4), 2);
      assert.equal(positionAfterLines([1, 3, 5], 6, 8), null);
    });
    it('positions lesson 1\'s steps where the line after the step is about to run', function () {
      const { facts, messages, session } = workerFacts(refcount);
      assert.equal(facts.positions.length, refcount.steps.length);
      assert.equal(facts.python, '3.11', 'the facts name the model of their run (a step about another waits for its run)');
      // Step 2 is about line 4: after it, line 6 (`b = a`) is about to run.
      const position = facts.positions[1];
      assert.equal(typeof position, 'number');
      session.handle({ type: 'view', runId: 1, position });
      const view = messages[messages.length - 1];
      assert.ok(view.type === 'view');
      assert.equal(view.view.currentLine, 6);
      // The last step (line 12, the program's last line) leaves step mode at the program's end.
      const last = facts.positions[refcount.steps.length - 1];
      const finished = messages.find((m) => m.type === 'finished');
      assert.ok(finished?.type === 'finished');
      assert.equal(last, finished.outcome.lineSteps);
    });
    it('answers each prediction from the run, as the simulation decides', function () {
      const { facts } = workerFacts(refcount);
      const step = refcount.steps[1];
      assert.ok(step.predict);
      assert.equal(facts.outcomes[outcomeKey(step.predict.outcome)], '1. Compteur pour []: 1');
    });
  });

  describe('picker progress labels', function () {
    it('says not started, step k of n, or done', function () {
      const n = refcount.steps.length;
      assert.equal(progressLabel(progressStatus(refcount, undefined), english), 'not started');
      assert.equal(progressLabel(progressStatus(refcount, { lessonId: 'refcount', step: 2, completed: false, predictions: {} }), english), `step 3 of ${n}`);
      assert.equal(progressLabel(progressStatus(refcount, { lessonId: 'refcount', step: n - 1, completed: true, predictions: {} }), english), 'done ✓');
      assert.equal(progressLabel(progressStatus(refcount, { lessonId: 'cycles', step: 2, completed: true, predictions: {} }), english), 'not started');
    });
  });

  describe('panel state', function () {
    const answers = (facts: LessonFacts) => (outcome: object) => facts.outcomes[outcomeKey(outcome)];

    it('hides the explanation until the prediction is answered, then says right or wrong', function () {
      const { facts } = workerFacts(refcount);
      const session = new LessonSession(refcount, answers(facts), { lessonId: 'refcount', step: 1, completed: false, predictions: {} });
      let state = lessonPanelState(session, 'en', 'ready');
      assert.equal(state.stepIndex, 1);
      assert.equal(state.text, null);
      assert.equal(state.canNext, false);
      assert.equal(state.prediction?.answer, null);
      session.predict(0);
      state = lessonPanelState(session, 'en', 'ready');
      assert.match(state.text ?? '', /sys.getrefcount/);
      assert.deepEqual(state.prediction?.answer, { chosen: 0, right: false, actual: '1. Compteur pour []: 1' });
      assert.equal(state.canNext, true);
    });

    it('is in French when asked, and done once the last step is finished', function () {
      const { facts } = workerFacts(refcount);
      const last = refcount.steps.length - 1;
      const session = new LessonSession(refcount, answers(facts), { lessonId: 'refcount', step: last, completed: false, predictions: {} });
      assert.equal(lessonPanelState(session, 'fr', 'ready').title, 'Le comptage de références');
      session.predict(0);
      assert.equal(lessonPanelState(session, 'fr', 'ready').prediction?.answer?.right, true);
      assert.equal(session.next(), false);
      const done = lessonPanelState(session, 'fr', 'ready');
      assert.equal(done.completed, true);
      assert.equal(done.canNext, false);
      assert.equal(progressStatus(refcount, session.progress()).kind, 'done');
    });
  });

  it('shows lessons in French when the editor is in French', function () {
    assert.equal(lessonLanguage('fr'), 'fr');
    assert.equal(lessonLanguage('fr-ca'), 'fr');
    assert.equal(lessonLanguage('en'), 'en');
    assert.equal(lessonLanguage('de'), 'en');
  });

  it('splits backquoted code out of lesson texts', function () {
    assert.deepEqual(inlineCodeRuns('`a = []` binds `a`'), [
      { kind: 'code', text: 'a = []' }, { kind: 'text', text: ' binds ' }, { kind: 'code', text: 'a' },
    ]);
    assert.deepEqual(inlineCodeRuns('an ` alone'), [{ kind: 'text', text: 'an ' }, { kind: 'text', text: ' alone' }]);
  });
});
