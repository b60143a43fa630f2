// The extension in French in a real VS Code: code-server started with `--locale fr` and a profile whose
// languagepacks.json declares French (test/e2e/language-pack-fr: it translates none of VS Code's own strings,
// so the workbench stays English while `vscode.env.language` is 'fr' and the extension's French bundles are
// used). Starts lesson 1 from the palette in French, walks it to the end, then reloads the window: the lesson
// panel comes back where the learner left it. Saves screenshots.
import assert from 'node:assert/strict';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { openWorkbench, screenshotIfFailed, screenshots, webviewFrame, type Workbench, QUICK_PICK_ROW } from './workbench';
import { root } from '../../scripts/code-server';


/**
 * The rows of the palette after typing `text` (the French title and, under it, VS Code's English alias). Right
 * after the window loads, the extension's commands may not be registered yet: the palette is opened again.
 */
async function paletteRows(page: Page, text: string, expected: string): Promise<string[]> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible' });
    await input.fill(`>${text}`);
    try {
      await page.locator(QUICK_PICK_ROW, { hasText: expected }).first().waitFor({ timeout: 3_000 });
      return (await page.locator(QUICK_PICK_ROW).allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
    } catch (err) {
      await page.keyboard.press('Escape');
      if (Date.now() > deadline) throw err;
    }
  }
}

describe('CPython Lens in French in VS Code for the web (code-server --locale fr + Chromium)', function () {
  let workbench: Workbench | null = null;
  let page: Page;

  before(async function () {
    workbench = await openWorkbench('cpython-lens-e2e-fr-', {
      locale: 'fr',
      coreTranslations: path.join(root, 'test', 'e2e', 'language-pack-fr', 'main.i18n.json'),
      settings: { 'cpythonLens.live.enabled': false, 'editor.minimap.enabled': false, 'workbench.colorTheme': 'Default Light Modern' },
    });
    ({ page } = workbench);
  });

  afterEach(async function () {
    await screenshotIfFailed(this.currentTest, page, 'fr-');
  });

  after(async function () {
    await workbench?.close();
  });

  it('lists the commands with their French titles', async function () {
    const rows = await paletteRows(page, 'CPython Lens', 'Commencer une leçon');
    for (const title of ['Commencer une leçon…', 'Ouvrir le graphe mémoire', 'Ouvrir la chronologie du GIL', 'Choisir le modèle Python…']) {
      assert.ok(rows.some((r) => r.includes(`CPython Lens: ${title}`)), `${title} in ${JSON.stringify(rows)}`);
    }
    await page.keyboard.press('Escape');
  });

  it('walks lesson 1 in French from the palette to its end', async function () {
    await paletteRows(page, 'CPython Lens: Commencer une leçon', 'Commencer une leçon');
    await page.keyboard.press('Enter');
    const lessonRow = page.locator(QUICK_PICK_ROW, { hasText: 'Le comptage de références' });
    await lessonRow.first().waitFor({ timeout: 15_000 });
    const rows = (await page.locator(QUICK_PICK_ROW).allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
    assert.ok(rows.some((r) => /^1\. Le comptage de références\s*pas commencée/.test(r)), JSON.stringify(rows));
    await lessonRow.first().click();
    await page.locator('.monaco-editor[data-uri$="lessons/01_refcount.py"] .view-lines').waitFor({ timeout: 15_000 });

    const panel = await webviewFrame(page, 'lesson-app');
    const app = panel.locator('lesson-app');
    const say = async (text: string) => app.filter({ hasText: text }).waitFor({ timeout: 30_000 });
    await say('Leçon 1 · Le comptage de références');
    await say('Étape 1 / 5');
    await say('Chaque objet Python porte un compteur');
    await page.locator('.tab', { hasText: 'Leçon CPython Lens' }).first().waitFor();
    await page.screenshot({ path: path.join(screenshots, '14-lesson-fr-step-1.png') });

    const next = app.locator('nav vscode-button').nth(1);
    assert.equal((await next.innerText()).trim(), 'Suivant');
    await next.click();
    await say('Étape 2 / 5');
    await say("Qu'affichera la ligne 4 ?");
    await app.locator('.choices vscode-button', { hasText: 'Compteur pour []: 1' }).click();
    await say('Exact !');
    await say('renvoie le compteur… plus un');
    await page.screenshot({ path: path.join(screenshots, '15-lesson-fr-prediction.png') });

    await next.click();
    await say('Étape 3 / 5');
    await app.locator('.choices vscode-button').nth(2).click(); // "3": wrong, the simulation says 2
    await say('Pas tout à fait.');
    await say('La simulation : 2');
    await next.click();
    await say('Étape 4 / 5');
    await next.click();
    await say('Étape 5 / 5');
    await app.locator('.choices vscode-button', { hasText: 'Oui, tout de suite' }).click();
    await say('Exact !');
    assert.equal((await next.innerText()).trim(), 'Terminer');
    await next.click();
    await say('Leçon terminée ✓');
    await page.screenshot({ path: path.join(screenshots, '16-lesson-fr-done.png') });
  });

  it('restores the lesson panel with the window, where the learner left it', async function () {
    // VS Code's own reload: the workbench saves its state (open editors, panels' webview state) on the way.
    await paletteRows(page, 'Developer: Reload Window', 'Reload Window');
    await Promise.all([page.waitForEvent('load', { timeout: 60_000 }), page.keyboard.press('Enter')]);
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    const panel = await webviewFrame(page, 'lesson-app');
    await panel.locator('lesson-app').filter({ hasText: 'Leçon terminée ✓' }).filter({ hasText: 'Étape 5 / 5' }).waitFor({ timeout: 60_000 });
    await page.screenshot({ path: path.join(screenshots, '17-lesson-fr-restored.png') });
  });
});
