// The GIL timeline's built bundle in real Chromium, fed the timeline of a real simulated run of two
// CPU-bound threads: lanes drawn on the canvas in the theme's colours (pixels checked), the
// statistics table, hover text, a click revealing a line, keyboard zoom; screenshots in light and dark.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { runSource } from '../../src/core/index';
import { buildTimeline, statsText, type Timeline } from '../../src/trace-model/timeline';
import { gilTimelineStrings } from '../../src/extension/panels/gil-timeline-strings';
import type { FromGilTimeline } from '../../src/shared/gil-timeline-protocol';
import { LANE_HEIGHT, fitWindow, laneTop, xOf } from '../../webview/gil-timeline/view-model';
import { posted, root, send, startHarness, type Harness, type Theme } from './harness';

const screenshots = process.env.UPDATE_SCREENSHOTS
  ? path.join(root, 'test', 'webview', 'screenshots')
  : path.join(root, '.vscode-test', 'screenshots', 'webview');
const strings = gilTimelineStrings({ t: (m) => m });
const WIDTH = 1000;

const program = `import sys
import threading

sys.setswitchinterval(0.0005)

def work():
    total = 0
    for i in range(40000):
        total += i

threads = [threading.Thread(target=work) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
`;

function inApp<T>(page: Page, fn: (root: ShadowRoot) => T): Promise<T> {
  return page.evaluate(`(${fn.toString()})(document.querySelector('gil-timeline-app').shadowRoot)`) as Promise<T>;
}

describe('GIL timeline webview in Chromium (built bundle, a simulated run)', function () {
  this.timeout(60_000);
  let harness: Harness;
  let timeline: Timeline;

  before(async function () {
    mkdirSync(screenshots, { recursive: true });
    const r = runSource(program, { recordTrace: true, filename: 'gil.py' });
    assert.equal(r.exitCode, 0, r.stderr);
    timeline = buildTimeline(r.events as NonNullable<typeof r.events>);
    harness = await startHarness();
  });

  after(async function () {
    await harness?.close();
  });

  async function openWith(theme: Theme): Promise<Page> {
    const page = await harness.open('gil-timeline', theme, { width: WIDTH, height: 400 });
    await send(page, { type: 'init', strings });
    await send(page, { type: 'timeline', timeline, switchIntervalNs: 500_000, message: '' });
    await page.waitForFunction(() => !!document.querySelector('gil-timeline-app')?.shadowRoot?.querySelector('canvas'));
    await page.waitForTimeout(100);
    return page;
  }

  /** The colour at a css-pixel point of the canvas, as #rrggbb. */
  async function pixel(page: Page, x: number, y: number): Promise<string> {
    return inApp(page, new Function('r', `
      const c = r.querySelector('canvas');
      const ratio = c.width / c.clientWidth;
      const d = c.getContext('2d').getImageData(Math.round(${x} * ratio), Math.round(${y} * ratio), 1, 1).data;
      return '#' + [d[0], d[1], d[2]].map((v) => v.toString(16).padStart(2, '0')).join('');
    `) as (r: ShadowRoot) => string);
  }

  for (const theme of ['dark', 'light'] as const) {
    it(`draws running intervals in the theme's green and GIL waits in its yellow (${theme})`, async function () {
      const page = await openWith(theme);
      const width = await inApp(page, (r) => (r.querySelector('canvas') as HTMLCanvasElement).clientWidth);
      const w = fitWindow(timeline);
      const lane = 1; // Thread-1
      const running = timeline.threads[lane].intervals.find((iv) => iv.state === 'running' && iv.to - iv.from > timeline.endNs / 50);
      const waiting = timeline.threads[lane].intervals.find((iv) => iv.state === 'gil-wait' && iv.to - iv.from > timeline.endNs / 50);
      assert.ok(running && waiting, 'the fixture has long enough intervals');
      const y = laneTop(lane) + LANE_HEIGHT / 2;
      const expected = theme === 'dark' ? { green: '#89d185', yellow: '#cca700' } : await page.evaluate(() => ({
        green: getComputedStyle(document.body).getPropertyValue('--vscode-charts-green').trim().toLowerCase(),
        yellow: getComputedStyle(document.body).getPropertyValue('--vscode-charts-yellow').trim().toLowerCase(),
      }));
      assert.equal(await pixel(page, xOf((running.from + running.to) / 2, w, width), y), expected.green);
      assert.equal(await pixel(page, xOf((waiting.from + waiting.to) / 2, w, width), y), expected.yellow);
      await page.screenshot({ path: path.join(screenshots, `gil-timeline-${theme}.png`) });
    });
  }

  it('exports the drawing as SVG: the same lanes in the same colours, as vector shapes and text', async function () {
    const page = await openWith('dark');
    const width = await inApp(page, (r) => (r.querySelector('canvas') as HTMLCanvasElement).clientWidth);
    await page.locator('gil-timeline-app .export-svg').click();
    const message = (await posted<FromGilTimeline>(page)).find((m) => m.type === 'exportSvg');
    assert.ok(message && message.type === 'exportSvg');
    const svg = message.svg;
    assert.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="\d+" height="\d+"/);
    for (const name of ['MainThread', 'Thread-1 (work)', 'Thread-2 (work)', 'GIL holder']) assert.ok(svg.includes(`>${name}</text>`), name);
    // Drawn as an image in the page, the SVG shows Thread-1's running interval in the theme's green, where the canvas does.
    const w = fitWindow(timeline);
    const running = timeline.threads[1].intervals.find((iv) => iv.state === 'running' && iv.to - iv.from > timeline.endNs / 50);
    assert.ok(running);
    const x = Math.round(xOf((running.from + running.to) / 2, w, width));
    const y = Math.round(laneTop(1) + LANE_HEIGHT / 2);
    const colour = await page.evaluate(async ({ svg, x, y }) => {
      const parsed = new DOMParser().parseFromString(svg, 'image/svg+xml');
      if (parsed.querySelector('parsererror')) return 'parse error';
      const image = new Image();
      image.src = `data:image/svg+xml;base64,${btoa(unescape(encodeURIComponent(svg)))}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
      ctx.drawImage(image, 0, 0);
      const d = ctx.getImageData(x, y, 1, 1).data;
      return '#' + [d[0], d[1], d[2]].map((v) => v.toString(16).padStart(2, '0')).join('');
    }, { svg, x, y });
    assert.equal(colour, '#89d185');
    await page.close();
  });

  it('draws C code running without the GIL in the terminal cyan, explained on hover', async function () {
    // Two threads hashing 4 MB each: both run C code at once, on two of the simulated cores.
    const r = runSource('import hashlib, threading\nts = [threading.Thread(target=hashlib.sha256, args=(b"x" * 4_000_000,)) for _ in range(2)]\nfor t in ts: t.start()\nfor t in ts: t.join()\n', { recordTrace: true, filename: 'hash.py' });
    assert.equal(r.exitCode, 0, r.stderr);
    const hashing = buildTimeline(r.events as NonNullable<typeof r.events>);
    const page = await harness.open('gil-timeline', 'dark', { width: WIDTH, height: 400 });
    await send(page, { type: 'init', strings });
    await send(page, { type: 'timeline', timeline: hashing, switchIntervalNs: 5_000_000, message: '' });
    await page.waitForFunction(() => !!document.querySelector('gil-timeline-app')?.shadowRoot?.querySelector('canvas'));
    await page.waitForTimeout(100);
    const native = hashing.threads[1].intervals.find((iv) => iv.state === 'native');
    assert.ok(native, 'the fixture hashes without the GIL');
    const w = fitWindow(hashing);
    const canvas = await page.evaluateHandle(() => document.querySelector('gil-timeline-app')?.shadowRoot?.querySelector('canvas'));
    const box = await canvas.asElement()?.boundingBox();
    assert.ok(box);
    const x = xOf((native.from + native.to) / 2, w, box.width);
    const y = laneTop(1) + LANE_HEIGHT / 2;
    assert.equal(await pixel(page, x, y), '#11a8cd');
    await page.mouse.move(box.x + x, box.y + y);
    await page.waitForTimeout(50);
    const tip = await inApp(page, (root) => root.querySelector('.tip')?.textContent ?? '');
    assert.match(tip, /^Thread-1 \(openssl_sha256\): C code, GIL released \(hashlib\.sha256\)/);
    const legend = await inApp(page, (root) => root.querySelector('.legend')?.textContent ?? '');
    assert.match(legend, /C code, GIL released \(hashlib, zlib, numpy\)/);
    await page.screenshot({ path: path.join(screenshots, 'gil-timeline-native.png') });
    await page.close();
  });

  it('draws a free-threaded 3.13t run: both workers running at the same moment, no GIL holder', async function () {
    const r = runSource(program, { recordTrace: true, filename: 'gil.py', python: '3.13t' });
    assert.equal(r.exitCode, 0, r.stderr);
    const free = buildTimeline(r.events as NonNullable<typeof r.events>);
    const page = await harness.open('gil-timeline', 'dark', { width: WIDTH, height: 400 });
    await send(page, { type: 'init', strings });
    await send(page, { type: 'timeline', timeline: free, switchIntervalNs: 500_000, message: '' });
    await page.waitForFunction(() => !!document.querySelector('gil-timeline-app')?.shadowRoot?.querySelector('canvas'));
    await page.waitForTimeout(100);
    const width = await inApp(page, (r) => (r.querySelector('canvas') as HTMLCanvasElement).clientWidth);
    // The middle of the first worker's run: the second worker runs then too (both lanes green).
    const first = free.threads[1].intervals.find((iv) => iv.state === 'running');
    assert.ok(first);
    const x = Math.round(xOf((first.from + first.to) / 2, fitWindow(free), width));
    assert.equal(await pixel(page, x, Math.round(laneTop(1) + LANE_HEIGHT / 2)), '#89d185');
    assert.equal(await pixel(page, x, Math.round(laneTop(2) + LANE_HEIGHT / 2)), '#89d185');
    await page.locator('gil-timeline-app .export-svg').click();
    const message = (await posted<FromGilTimeline>(page)).find((m) => m.type === 'exportSvg');
    assert.ok(message && message.type === 'exportSvg');
    assert.ok(message.svg.includes(`>${strings.noGil}</text>`), 'the holder lane says there is no GIL');
    assert.ok(!message.svg.includes('>GIL holder</text>'));
    await page.screenshot({ path: path.join(screenshots, 'gil-timeline-3.13t-dark.png') });
    await page.close();
  });

  it('lists each thread with its CPU time, GIL wait and blocked time', async function () {
    const page = await openWith('dark');
    const rows = await inApp(page, (r) => [...r.querySelectorAll('table tr')].slice(1).map((tr) => tr.textContent?.trim() ?? ''));
    assert.equal(rows.length, 3);
    assert.match(rows[1], /^Thread-1/);
    assert.match(rows[1], /ms/);
    const summary = await inApp(page, (r) => r.querySelector('.summary')?.textContent?.replace(/\s+/g, ' ').trim() ?? '');
    assert.match(summary, /^Elapsed [\d.]+ ms · serial estimate [\d.]+ ms · speedup ×\d+\.\d\d$/);
    await page.locator('gil-timeline-app .export-trace').click();
    assert.deepEqual((await posted<FromGilTimeline>(page)).filter((m) => m.type === 'exportChromeTrace'), [{ type: 'exportChromeTrace' }]);
  });

  it('gives no speedup for one thread that does nothing, in the CLI\'s words and figures', async function () {
    const r = runSource('import threading\ndef work():\n    pass\nt = threading.Thread(target=work)\nt.start()\nt.join()\n', { recordTrace: true, filename: 'idle.py' });
    assert.equal(r.exitCode, 0, r.stderr);
    const idle = buildTimeline(r.events as NonNullable<typeof r.events>);
    const page = await harness.open('gil-timeline', 'dark', { width: WIDTH, height: 300 });
    await send(page, { type: 'init', strings });
    await send(page, { type: 'timeline', timeline: idle, switchIntervalNs: 5_000_000, message: '' });
    await page.waitForFunction(() => !!document.querySelector('gil-timeline-app')?.shadowRoot?.querySelector('.summary'));
    const rows = await inApp(page, (r) => [...r.querySelectorAll('table tr')].slice(1).map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')));
    const summary = await inApp(page, (r) => r.querySelector('.summary')?.textContent?.replace(/\s+/g, ' ').trim() ?? '');
    assert.match(summary, /^Elapsed [\d.]+ ms · serial estimate \d\.\d µs · no speedup to compute: for [\d.]+ (µs|ms) of it no thread was working/);
    // The same figures as `cpython-lens run --timeline` prints.
    const cli = statsText(idle).split('\n');
    assert.deepEqual(rows, cli.slice(1, 3).map((line) => line.split(/ {2,}/).map((cell) => cell.trim())));
    assert.ok(cli[3].includes(summary.slice(summary.indexOf('no speedup'))), cli[3]);
    await page.close();
  });

  it('explains an interval on hover and reveals its line on click; the keyboard zooms', async function () {
    const page = await openWith('dark');
    const chart = await page.evaluateHandle(() => document.querySelector('gil-timeline-app')?.shadowRoot?.querySelector('canvas'));
    const box = await chart.asElement()?.boundingBox();
    assert.ok(box);
    const w = fitWindow(timeline);
    const running = timeline.threads[1].intervals.find((iv) => iv.state === 'running') as NonNullable<ReturnType<typeof timeline.threads[1]['intervals']['find']>>;
    const x = box.x + xOf((running.from + running.to) / 2, w, box.width);
    const y = box.y + laneTop(1) + LANE_HEIGHT / 2;
    await page.mouse.move(x, y);
    await page.waitForTimeout(50);
    const tip = await inApp(page, (r) => r.querySelector('.tip')?.textContent ?? '');
    assert.match(tip, /^Thread-1.*running.*ms.*line \d+/);
    await page.mouse.click(x, y);
    const messages = await posted<{ type: string; line?: number }>(page);
    assert.ok(messages.some((m) => m.type === 'revealLine' && m.line === running.line));
    // The window the panel keeps in its state: two zoom-ins narrow it around the middle, 0 fits it again.
    const shownWindow = () => page.evaluate(() => JSON.parse(sessionStorage.getItem('state') ?? '{}').window as { from: number; to: number });
    const full = await shownWindow();
    await inApp(page, (r) => (r.querySelector('.chart') as HTMLElement).focus());
    await page.keyboard.press('+');
    await page.keyboard.press('+');
    await page.waitForTimeout(50);
    const zoomed = await shownWindow();
    assert.ok(zoomed.to - zoomed.from < 0.7 * (full.to - full.from), `zoomed to ${zoomed.to - zoomed.from} of ${full.to - full.from}`);
    await page.keyboard.press('0');
    await page.waitForTimeout(50);
    assert.deepEqual(await shownWindow(), full);
  });

  it('keeps its zoom across a reload of the webview (hide/show): the host\'s init first, then the timeline', async function () {
    const page = await openWith('light');
    const shownWindow = () => page.evaluate(() => JSON.parse(sessionStorage.getItem('state') ?? '{}').window as { from: number; to: number });
    await inApp(page, (r) => (r.querySelector('.chart') as HTMLElement).focus());
    await page.keyboard.press('+');
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(50);
    const zoomed = await shownWindow();
    assert.ok(zoomed.from > 0 && zoomed.to < timeline.endNs, JSON.stringify(zoomed));
    await page.reload();
    await page.waitForFunction(() => (window as unknown as { __posted: { type: string }[] }).__posted.some((m) => m.type === 'ready'));
    await send(page, { type: 'init', strings });
    await page.waitForTimeout(50);
    await send(page, { type: 'timeline', timeline, switchIntervalNs: 500_000, message: '' });
    await page.waitForFunction(() => !!document.querySelector('gil-timeline-app')?.shadowRoot?.querySelector('canvas'));
    await page.waitForTimeout(50);
    assert.deepEqual(await shownWindow(), zoomed);
    await page.close();
  });

  it('draws the step cursor the host sends (step mode in the editor)', async function () {
    const page = await openWith('dark');
    const width = await inApp(page, (r) => (r.querySelector('canvas') as HTMLCanvasElement).clientWidth);
    const w = fitWindow(timeline);
    const ns = timeline.endNs * 0.37;
    const x = Math.round(xOf(ns, w, width));
    const column = async () => inApp(page, new Function('r', `
      const c = r.querySelector('canvas');
      const ratio = c.width / c.clientWidth;
      const d = c.getContext('2d').getImageData(Math.round(${x} * ratio), 0, 1, c.height).data;
      const out = new Set();
      for (let i = 0; i < d.length; i += 4) out.add('#' + [d[i], d[i + 1], d[i + 2]].map((v) => v.toString(16).padStart(2, '0')).join(''));
      return [...out];
    `) as (r: ShadowRoot) => string[]);
    const foreground = (await page.evaluate(() => getComputedStyle(document.body).getPropertyValue('--vscode-foreground').trim().toLowerCase()));
    assert.ok(!(await column()).includes(foreground), 'no cursor before the host sends one');
    await send(page, { type: 'cursor', ns });
    await page.waitForTimeout(100);
    assert.ok((await column()).includes(foreground), 'a cursor line in the foreground colour');
  });
});
