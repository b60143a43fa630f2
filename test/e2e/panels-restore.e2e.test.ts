// The GIL timeline keeps its mode in a real VS Code: code-server with the packaged extension, driven by
// Playwright in Debian's Chromium. Compare mode on the course's CPU-bound example stays through hide/show
// (another editor in the panel's group, then the panel's tab again) and comes back after a reload of the
// window (the webview's saved state names the file; the serializer compares it again). Saves screenshots.
import assert from 'node:assert/strict';
import path from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { openWorkbench, screenshotIfFailed, screenshots, webviewFrame, type Workbench, QUICK_PICK_ROW } from './workbench';

/** Runs a palette command; right after the window loads the extension's may not be registered yet: tried again. */
async function runCommand(page: Page, title: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible' });
    await input.fill(`>${title}`);
    try {
      await page.locator(QUICK_PICK_ROW, { hasText: title }).first().waitFor({ timeout: 3_000 });
      break;
    } catch (err) {
      await page.keyboard.press('Escape');
      if (Date.now() > deadline) throw err;
    }
  }
  await page.keyboard.press('Enter');
}

/**
 * Opens a file by quick open. A webview that takes the focus as it loads (the panel's tab just clicked) closes
 * quick open under the test's feet: tried again.
 */
async function openFile(page: Page, name: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    await page.keyboard.press('Control+P');
    const input = page.locator('.quick-input-widget input');
    try {
      await input.waitFor({ state: 'visible', timeout: 5_000 });
      await input.fill(name, { timeout: 5_000 });
      await page.locator(QUICK_PICK_ROW, { hasText: name }).first().waitFor({ timeout: 5_000 });
      break;
    } catch (err) {
      await page.keyboard.press('Escape');
      if (Date.now() > deadline) throw err;
    }
  }
  await page.keyboard.press('Enter');
  await page.locator(`.monaco-editor[data-uri$="${name}"] .view-lines`).first().waitFor();
}

/** The models compare mode shows in its table, once the comparison is drawn. */
async function comparedModels(panel: Frame): Promise<string[]> {
  const rows = panel.locator('gil-timeline-app table.models tr');
  await rows.nth(3).waitFor({ timeout: 120_000 });
  return (await rows.allInnerTexts()).slice(1).map((r) => r.split('\t')[0].trim());
}

const MODELS = ['CPython 3.11 (GIL)', 'CPython 3.13t (free-threaded, no GIL)', 'As processes (3.11 in each)'];

describe('The GIL timeline\'s compare mode across hide/show and a reload of the window (code-server + Chromium)', function () {
  let workbench: Workbench | null = null;
  let page: Page;

  before(async function () {
    workbench = await openWorkbench('cpython-lens-e2e-restore-', {
      settings: { 'cpythonLens.live.enabled': false, 'editor.minimap.enabled': false, 'workbench.colorTheme': 'Default Dark Modern' },
    });
    ({ page } = workbench);
  });

  afterEach(async function () {
    await screenshotIfFailed(this.currentTest, page, 'restore-');
  });

  after(async function () {
    await workbench?.close();
  });

  it('keeps compare mode when the panel is hidden and shown again', async function () {
    await page.locator('.monaco-workbench').click({ position: { x: 600, y: 300 } });
    await openFile(page, '04_cpu_bound.py');
    await runCommand(page, 'CPython Lens: Compare: 3.11 / 3.13t / Processes');
    assert.deepEqual(await comparedModels(await webviewFrame(page, 'gil-timeline-app')), MODELS);
    // Another editor in the panel's group hides it (its webview's document is dropped); its tab shows it again.
    const tab = page.locator('.tab', { hasText: 'GIL Timeline' }).first();
    await tab.click();
    await openFile(page, 'refcount.py');
    await page.locator('.tab.active', { hasText: 'refcount.py' }).last().waitFor();
    await tab.click();
    assert.deepEqual(await comparedModels(await webviewFrame(page, 'gil-timeline-app')), MODELS);
  });

  it('comes back in compare mode on the same file after a reload of the window', async function () {
    // VS Code's own reload: the workbench saves its state (open editors, the panels' webview state) on the way.
    await runCommand(page, 'Developer: Reload Window');
    await page.waitForEvent('load', { timeout: 60_000 });
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    const panel = await webviewFrame(page, 'gil-timeline-app');
    assert.deepEqual(await comparedModels(panel), MODELS);
    // The same file's comparison: its own verdict under each model, and the button back to the editor's run.
    const outputs = await panel.locator('gil-timeline-app details pre').allTextContents();
    assert.deepEqual(outputs.map((o) => /Plus rapide avec des threads \? (\w+)/.exec(o)?.[1]), ['non', 'oui', 'oui']);
    await panel.locator('gil-timeline-app .back').waitFor();
    await page.screenshot({ path: path.join(screenshots, '29-compare-restored.png') });
    // Left, compare mode is not restored by the next reload.
    await panel.locator('gil-timeline-app .back').click();
    await panel.locator('gil-timeline-app table.models').waitFor({ state: 'detached', timeout: 30_000 });
    await runCommand(page, 'Developer: Reload Window');
    await page.waitForEvent('load', { timeout: 60_000 });
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    const again = await webviewFrame(page, 'gil-timeline-app .empty');
    assert.equal(await again.locator('gil-timeline-app table.models').count(), 0);
  });
});
