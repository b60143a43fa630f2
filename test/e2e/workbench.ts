// What the end-to-end suites share: Debian's Chromium, where screenshots go, an editor opened in it, and
// finding a webview's frame.
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Frame, type Page } from 'playwright-core';
import { installCodeServer, packageExtension, root, startEditor, type EditorOptions, type EditorServer } from '../../scripts/code-server';

export const CHROMIUM = '/usr/bin/chromium';
/**
 * A row of the open quick pick. The workbench keeps the rows of a pick it hid: without `:visible`, the first
 * row matching a label can be a stale one from an earlier pick, which never becomes visible.
 */
export const QUICK_PICK_ROW = '.quick-input-list .monaco-list-row:visible';

// Each run writes its screenshots under .vscode-test/ (ignored); UPDATE_SCREENSHOTS=1 refreshes the
// committed ones in test/e2e/screenshots/, so running the tests leaves the working tree clean.
export const screenshots = process.env.UPDATE_SCREENSHOTS
  ? path.join(root, 'test', 'e2e', 'screenshots')
  : path.join(root, '.vscode-test', 'screenshots');

/** Debian's Chromium, headless, with nothing that would reach the network. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--disable-quic', '--no-first-run'],
  });
}

/** The document of the webview panel that holds `selector` (webviews are iframes in iframes). */
export async function webviewFrame(page: Page, selector: string): Promise<Frame> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    for (const frame of page.frames()) {
      if (frame.isDetached()) continue;
      if (await frame.$(selector).catch(() => null)) return frame;
    }
    await page.waitForTimeout(250);
  }
  assert.fail(`no webview shows ${selector}`);
}

/** An editor (code-server on a copy of examples/), Chromium on it, the workbench loaded. */
export interface Workbench {
  page: Page;
  /** The workspace folder (a temporary copy of examples/). */
  workspace: string;
  /** Closes the browser, stops the editor, removes the workspace. */
  close(): Promise<void>;
}

/**
 * Installs what the suites need (code-server, the packaged extension), copies examples/ (plus `files`,
 * written before the editor starts: quick open may not list a file created while it runs) to a
 * temporary `prefix`* folder, starts the editor on it and opens the workbench in Chromium.
 */
export async function openWorkbench(prefix: string, options: Omit<EditorOptions, 'folder'>, files: Record<string, string> = {}): Promise<Workbench> {
  assert.ok(existsSync(CHROMIUM), `${CHROMIUM} is missing: apt-get install -y chromium (.ci/run does it)`);
  mkdirSync(screenshots, { recursive: true });
  installCodeServer();
  packageExtension();
  const workspace = mkdtempSync(path.join(os.tmpdir(), prefix));
  cpSync(path.join(root, 'examples'), workspace, { recursive: true });
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(workspace, name)), { recursive: true });
    writeFileSync(path.join(workspace, name), text);
  }
  let editor: EditorServer | null = null;
  let browser: Browser | null = null;
  const close = async () => {
    await browser?.close();
    await editor?.stop();
    rmSync(workspace, { recursive: true, force: true });
  };
  try {
    editor = await startEditor({ ...options, folder: workspace });
    browser = await launchChromium();
    const page = await browser.newPage({ viewport: { width: 1500, height: 900 } });
    await page.goto(editor.folderUrl);
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    return { page, workspace, close };
  } catch (err) {
    await close();
    throw err;
  }
}

/** In an `afterEach`: a screenshot of the page when the test just failed (failure-<prefix><title>.png, ignored by git). */
export async function screenshotIfFailed(test: Mocha.Test | undefined, page: Page | undefined, prefix: string): Promise<void> {
  if (test?.state !== 'failed' || !page) return;
  const name = test.title.replace(/[^a-z0-9]+/gi, '-').slice(0, 40);
  await page.screenshot({ path: path.join(screenshots, `failure-${prefix}${name}.png`) });
}
