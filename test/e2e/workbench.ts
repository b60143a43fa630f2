// What the end-to-end suites share: Debian's Chromium, where screenshots go, and finding a webview's frame.
import assert from 'node:assert/strict';
import path from 'node:path';
import { chromium, type Browser, type Frame, type Page } from 'playwright-core';
import { root } from '../../scripts/code-server';

export const CHROMIUM = '/usr/bin/chromium';

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
