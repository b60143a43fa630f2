// Every outcome a lesson states is what the simulation produces; every prediction has exactly one
// right answer among its choices, decided by the simulation.

import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { runSource } from '../../src/core/index';
import { LESSONS, evaluate, LessonSession, stepModel, type Lesson, type LessonModel } from '../../src/lessons/index';

const lessonsDir = path.join(__dirname, '..', '..', 'examples', 'lessons');

const runs = new Map<string, ReturnType<typeof runOnce>>();
/**
 * Each lesson's program runs once per model its steps show, for all the checks (lesson 4 runs a few million
 * instructions); `step` picks the run of that step's model (the lesson's own by default).
 */
function run(lesson: Lesson, step = 0) {
  const model = stepModel(lesson, step);
  const key = `${lesson.id}@${model}`;
  let r = runs.get(key);
  if (!r) runs.set(key, (r = runOnce(lesson, model)));
  return r;
}

function runOnce(lesson: Lesson, model: LessonModel) {
  const file = path.join(lessonsDir, lesson.file);
  const source = readFileSync(file, 'utf8');
  // The wall-clock budget is not under test here: on a loaded machine lesson 6 (13 M events) can pass 30 s.
  const result = runSource(source, { python: model, filename: lesson.file, recordTrace: true, maxMillis: 10 * 60_000 });
  assert.equal(result.exitCode, 0, result.stderr);
  assert.ok(result.events);
  return { source, view: { stdout: result.stdout, events: result.events } };
}

describe('lessons', function () {
  // A lesson's first check runs its program with the trace (lesson 6: 13 M events): minutes on a loaded machine.
  this.timeout(10 * 60_000);
  it('are numbered in course order, with their files present', function () {
    const numbers = LESSONS.map((l) => l.number);
    assert.deepEqual(numbers, [...numbers].sort((x, y) => x - y));
    assert.equal(new Set(numbers).size, numbers.length);
    for (const lesson of LESSONS) assert.ok(existsSync(path.join(lessonsDir, lesson.file)), lesson.file);
  });

  for (const lesson of LESSONS) {
    describe(`${lesson.number}. ${lesson.title.en}`, function () {
      it('has every text in French and English, and steps within the file', function () {
        const { source } = run(lesson);
        const lineCount = source.split('\n').length;
        for (const step of lesson.steps) {
          assert.ok(step.text.fr.trim() && step.text.en.trim());
          assert.ok(step.lines[0] >= 1 && step.lines[0] <= step.lines[1] && step.lines[1] <= lineCount, `${step.lines}`);
          if (step.predict) {
            assert.ok(step.predict.question.fr && step.predict.question.en);
            for (const c of step.predict.choices) assert.ok(c.label.fr && c.label.en);
          }
        }
      });

      it('states only outcomes the simulation produces', function () {
        let checked = 0;
        for (const [index, step] of lesson.steps.entries()) {
          const { view } = run(lesson, index);
          for (const claim of step.claims ?? []) {
            assert.deepEqual(evaluate(view, claim.outcome), claim.expected, `lines ${step.lines}: ${JSON.stringify(claim.outcome)}`);
            checked++;
          }
        }
        assert.ok(checked > 0);
      });

      it('asks predictions the simulation answers with exactly one of the choices', function () {
        for (const [index, step] of lesson.steps.entries()) {
          if (!step.predict) continue;
          const { view } = run(lesson, index);
          const answer = evaluate(view, step.predict.outcome);
          const right = step.predict.choices.filter((c) => c.value === answer);
          assert.equal(right.length, 1, `lines ${step.lines}: the simulation says ${JSON.stringify(answer)}`);
        }
      });
    });
  }
});

describe('a lesson session', function () {
  const lesson = LESSONS[0];
  const view = () => run(lesson).view;

  it('waits for a prediction, checks it against the simulation, then moves on', function () {
    const session = new LessonSession(lesson, view());
    while (!session.step.predict) assert.ok(session.next());
    assert.ok(session.awaitsPrediction);
    assert.equal(session.next(), false, 'cannot skip an unanswered prediction');
    const choices = session.step.predict?.choices ?? [];
    const wrong = choices.findIndex((c) => c.value !== evaluate(view(), session.step.predict!.outcome));
    const result = session.predict(wrong);
    assert.equal(result.right, false);
    assert.notEqual(result.actual, result.chosen);
    assert.ok(session.next());
  });

  it('completes at the last step and resumes from saved progress', function () {
    const session = new LessonSession(lesson, view());
    for (;;) {
      if (session.awaitsPrediction) session.predict(0);
      if (!session.next()) break;
    }
    assert.ok(session.isCompleted && session.isLast);
    const saved = JSON.parse(JSON.stringify(session.progress()));
    const resumed = new LessonSession(lesson, view(), saved);
    assert.equal(resumed.stepIndex, lesson.steps.length - 1);
    assert.ok(resumed.isCompleted);
    assert.deepEqual(resumed.result(1), session.result(1));
  });
});
