// The lesson panel's built bundle in real Chromium, fed the states the host computes (lessonPanelState over a
// LessonSession whose answers come from the real worker's run of lesson 1): predict first (choices disabled
// while the simulation runs, the explanation hidden, Next disabled), the posted answer, right/wrong
// feedback with the simulation's value, code spans without HTML injection, French, screenshots.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { LESSONS, LessonSession, type Lesson } from '../../src/lessons/index';
import { outcomeKey, type FromWorker, type LessonFacts } from '../../src/shared/protocol';
import type { FromLesson, LessonPanelState } from '../../src/shared/lesson-protocol';
import { SimulationSession } from '../../src/worker/session';
import { lessonStrings } from '../../src/extension/lessons/lesson-strings';
import { lessonPanelState } from '../../src/extension/lessons/lesson-panel-state';
import { posted, root, send, startHarness, type Harness, type Theme } from './harness';

const screenshots = process.env.UPDATE_SCREENSHOTS
  ? path.join(root, 'test', 'webview', 'screenshots')
  : path.join(root, '.vscode-test', 'screenshots', 'webview');
const lesson = LESSONS.find((l) => l.id === 'refcount') as Lesson;
const frenchBundle = JSON.parse(readFileSync(path.join(root, 'l10n', 'bundle.l10n.fr.json'), 'utf8')) as Record<string, string>;

function workerFacts(): LessonFacts {
  const messages: FromWorker[] = [];
  const worker = new SimulationSession((m) => messages.push(m));
  const source = readFileSync(path.join(root, 'examples', 'lessons', lesson.file), 'utf8');
  worker.handle({ type: 'run', runId: 1, source, filename: lesson.file, python: lesson.python, maxSteps: 5_000_000, maxMillis: 60_000 });
  worker.handle({ type: 'lessonFacts', runId: 1, lessonId: lesson.id });
  const reply = messages[messages.length - 1];
  if (reply.type !== 'lessonFacts') throw new Error(`expected lessonFacts, got ${reply.type}`);
  return reply.facts;
}

/** The app's rendered text, its buttons (label, disabled) and code spans. */
function shownPanel(page: Page) {
  return page.evaluate(() => {
    const r = document.querySelector('lesson-app')?.shadowRoot;
    if (!r) throw new Error('no lesson-app');
    return {
      text: (r.textContent ?? '').replace(/\s+/g, ' ').trim(),
      choices: [...r.querySelectorAll('.choices vscode-button')].map((b) => ({ label: (b.textContent ?? '').trim(), disabled: b.hasAttribute('disabled') })),
      nav: [...r.querySelectorAll('nav vscode-button')].map((b) => ({ label: (b.textContent ?? '').trim(), disabled: b.hasAttribute('disabled') })),
      code: [...r.querySelectorAll('.text code')].map((c) => c.textContent),
      feedback: r.querySelector('.feedback')?.className ?? null,
      injected: r.querySelectorAll('.text img, .text b').length,
    };
  });
}

describe('lesson webview in Chromium (built bundle, states from a real run of lesson 1)', function () {
  this.timeout(60_000);
  let harness: Harness;
  let facts: LessonFacts;
  const answers = (outcome: object) => facts.outcomes[outcomeKey(outcome)];
  const atStep = (step: number) => new LessonSession(lesson, answers, { lessonId: lesson.id, step, completed: false, predictions: {} });

  before(async function () {
    mkdirSync(screenshots, { recursive: true });
    facts = workerFacts();
    harness = await startHarness();
  });

  after(async function () {
    await harness?.close();
  });

  async function openWith(theme: Theme, state: LessonPanelState, strings = lessonStrings({ t: (m) => m })): Promise<Page> {
    const page = await harness.open('lesson', theme, { width: 520, height: 560 });
    await send(page, { type: 'init', strings });
    await send(page, { type: 'state', state });
    await page.waitForFunction(() => !!document.querySelector('lesson-app')?.shadowRoot?.querySelector('h1'));
    return page;
  }

  async function showState(page: Page, state: LessonPanelState, expectStep: string): Promise<void> {
    await send(page, { type: 'state', state });
    await page.waitForFunction((t) => (document.querySelector('lesson-app')?.shadowRoot?.textContent ?? '').includes(t), expectStep);
  }

  for (const theme of ['light', 'dark'] as const) {
    it(`asks the prediction first, then says right or wrong with what the simulation printed (${theme})`, async function () {
      const session = atStep(1);
      const page = await openWith(theme, lessonPanelState(session, 'en', 'running'));
      let shown = await shownPanel(page);
      assert.match(shown.text, /Lesson 1 · Reference counting/);
      assert.match(shown.text, /Step 2 \/ 5/);
      assert.match(shown.text, /What will line 4 print\?/);
      assert.match(shown.text, /Simulating the lesson’s file/);
      assert.equal(shown.choices.length, 3);
      assert.ok(shown.choices.every((c) => c.disabled), 'choices wait for the simulation');
      assert.deepEqual(shown.nav.map((b) => b.disabled), [false, true], 'Back enabled, Next disabled before the answer');
      assert.doesNotMatch(shown.text, /getrefcount\(a\)` returns|returns the count/, 'the explanation waits for the answer');

      await showState(page, lessonPanelState(session, 'en', 'ready'), 'Step 2 / 5');
      shown = await shownPanel(page);
      assert.ok(shown.choices.every((c) => !c.disabled), 'choices enabled once the simulation is ready');
      await page.screenshot({ path: path.join(screenshots, `lesson-predict-${theme}.png`) });

      await page.locator('lesson-app .choices vscode-button').nth(0).click();
      const answersPosted = (await posted<FromLesson>(page)).filter((m) => m.type === 'predict');
      assert.deepEqual(answersPosted, [{ type: 'predict', choice: 0 }]);

      // The host checks the answer against the run and sends the new state.
      session.predict(0);
      await showState(page, lessonPanelState(session, 'en', 'ready'), 'Not quite.');
      shown = await shownPanel(page);
      assert.equal(shown.feedback, 'feedback wrong');
      assert.match(shown.text, /Not quite\. The simulation: 1\. Compteur pour \[\]: 1/);
      assert.ok(shown.choices.every((c) => c.disabled), 'answered: choices disabled');
      assert.deepEqual(shown.nav.map((b) => b.disabled), [false, false]);
      assert.ok(shown.code.includes('sys.getrefcount(a)'), `code spans: ${shown.code.join(', ')}`);
      await page.screenshot({ path: path.join(screenshots, `lesson-answered-${theme}.png`) });

      await page.locator('lesson-app nav vscode-button').nth(1).click();
      assert.deepEqual((await posted<FromLesson>(page)).filter((m) => m.type === 'next'), [{ type: 'next' }]);
      await page.close();
    });
  }

  it('says right when the choice is what the simulation produced, and Finish then done on the last step', async function () {
    const session = atStep(lesson.steps.length - 1);
    const page = await openWith('dark', lessonPanelState(session, 'en', 'ready'));
    session.predict(0);
    await showState(page, lessonPanelState(session, 'en', 'ready'), 'Right!');
    let shown = await shownPanel(page);
    assert.equal(shown.feedback, 'feedback right');
    assert.equal(shown.nav[1].label, 'Finish');
    session.next();
    await showState(page, lessonPanelState(session, 'en', 'ready'), 'Lesson done ✓');
    shown = await shownPanel(page);
    assert.equal(shown.nav[1].disabled, true);
    await page.close();
  });

  it('keeps only the lesson id as the state VS Code saves across a window reload', async function () {
    const page = await openWith('light', lessonPanelState(atStep(2), 'en', 'ready'));
    const saved = await page.evaluate(() => JSON.parse(sessionStorage.getItem('state') ?? 'null'));
    assert.deepEqual(saved, { lessonId: 'refcount' });
    await page.close();
  });

  it('renders code spans as text, never as HTML', async function () {
    const state: LessonPanelState = {
      ...lessonPanelState(atStep(0), 'en', 'ready'), text: 'a `<img src=x>` and <b>bold</b> & `x < y`',
    };
    const page = await openWith('light', state);
    const shown = await shownPanel(page);
    assert.equal(shown.injected, 0);
    assert.deepEqual(shown.code, ['<img src=x>', 'x < y']);
    assert.match(shown.text, /<b>bold<\/b> &/);
    await page.close();
  });

  it('shows the lesson in French with the French strings', async function () {
    const french = lessonStrings({ t: (m) => frenchBundle[m] ?? m });
    const page = await openWith('light', lessonPanelState(atStep(1), 'fr', 'ready'), french);
    const shown = await shownPanel(page);
    assert.match(shown.text, /Leçon 1 · Le comptage de références/);
    assert.match(shown.text, /Étape 2 \/ 5/);
    assert.match(shown.text, /Qu'affichera la ligne 4 \?/);
    assert.deepEqual(shown.nav.map((b) => b.label), ['Précédent', 'Suivant']);
    await page.screenshot({ path: path.join(screenshots, 'lesson-predict-fr.png') });
    await page.close();
  });
});
