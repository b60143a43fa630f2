// The GIL timeline's compare mode in real Chromium (built bundle), fed the comparison the real worker session
// makes of a CPU-bound file: a group of lanes per model (3.11 with its GIL lane, 3.13t and the processes
// without), pixels checked in each group's lanes, one shared time axis (a shorter run's lanes end before the
// longest's), hover naming the model, keyboard zoom, PNG and SVG exports, the table and the note on memory,
// and compare mode kept in the webview's state across a reload (what the host's serializer reads back).
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { gilTimelineStrings } from '../../src/extension/panels/gil-timeline-strings';
import type { FromGilTimeline, GilTimelineState } from '../../src/shared/gil-timeline-protocol';
import { restoredComparison } from '../../src/extension/panels/gil-timeline-state';
import type { FromWorker } from '../../src/shared/protocol';
import type { Comparison } from '../../src/trace-model/comparison';
import { SimulationSession } from '../../src/worker/session';
import { LANE_HEIGHT, fitWindow, xOf, type Layout } from '../../webview/gil-timeline/view-model';
import { comparisonLayout } from '../../webview/gil-timeline/comparison-layout';
import { posted, root, send, startHarness, type Harness, type Theme } from './harness';

const screenshots = process.env.UPDATE_SCREENSHOTS
  ? path.join(root, 'test', 'webview', 'screenshots')
  : path.join(root, '.vscode-test', 'screenshots', 'webview');
const strings = gilTimelineStrings({ t: (m) => m });
const WIDTH = 1100;
const CPU_URI = 'file:///work/examples/cpu.py';

/** The course's CPU-bound example, smaller: a serial call, then two threads. */
const program = `import threading

def work():
    total = 0
    for i in range(30000):
        total += i * i
    return total

work()
threads = [threading.Thread(target=work) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("done")
`;

function inApp<T>(page: Page, fn: (root: ShadowRoot) => T): Promise<T> {
  return page.evaluate(`(${fn.toString()})(document.querySelector('gil-timeline-app').shadowRoot)`) as Promise<T>;
}

describe('GIL timeline compare mode in Chromium (built bundle, the worker\'s comparison)', function () {
  this.timeout(120_000);
  let harness: Harness;
  let comparison: Comparison;
  let layout: Layout;

  before(async function () {
    mkdirSync(screenshots, { recursive: true });
    const out: FromWorker[] = [];
    new SimulationSession((m) => out.push(m)).handle({ type: 'compare', runId: 1, source: program, filename: 'cpu.py', maxSteps: 5_000_000, maxMillis: 60_000 });
    const reply = out[out.length - 1];
    assert.ok(reply?.type === 'comparison', JSON.stringify(reply).slice(0, 300));
    comparison = reply.comparison;
    for (const run of comparison.runs) assert.equal(run.exitCode, 0, run.stderr);
    layout = comparisonLayout(comparison, strings);
    harness = await startHarness();
  });

  after(async function () {
    await harness?.close();
  });

  async function openWith(theme: Theme): Promise<Page> {
    const page = await harness.open('gil-timeline', theme, { width: WIDTH, height: 900 });
    await send(page, { type: 'init', strings });
    await send(page, { type: 'comparison', comparison, file: 'cpu.py', uri: CPU_URI, message: '' });
    await page.waitForFunction(() => !!document.querySelector('gil-timeline-app')?.shadowRoot?.querySelector('canvas'));
    await page.waitForTimeout(100);
    return page;
  }

  /** What the webview saved with setState (VS Code's webview state; the harness keeps it in sessionStorage). */
  const savedState = (page: Page) => page.evaluate(() => JSON.parse(sessionStorage.getItem('state') ?? 'null') as unknown);

  async function canvasWidth(page: Page): Promise<number> {
    return inApp(page, (r) => (r.querySelector('canvas') as HTMLCanvasElement).clientWidth);
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

  /** The middle of lane `lane` of group `group` (its row in the layout). */
  function laneY(group: number, lane: number): number {
    const row = layout.rows.find((r) => r.kind === 'lane' && r.group === group && r.lane === lane);
    assert.ok(row);
    return Math.round(row.top + LANE_HEIGHT / 2);
  }

  function holderY(group: number): number | null {
    const row = layout.rows.find((r) => r.kind === 'holder' && r.group === group);
    return row ? Math.round(row.top + LANE_HEIGHT / 2) : null;
  }

  const GREEN = '#89d185';
  const YELLOW = '#cca700';
  const BACKGROUND = '#1f1f1f';

  it('draws a group per model: 3.11 with its GIL lane, 3.13t and the processes without one', function () {
    assert.deepEqual(layout.groups.map((g) => [g.title, g.holderLabel]), [
      ['CPython 3.11 (GIL)', 'GIL holder'], ['CPython 3.13t (free-threaded, no GIL)', null], ['As processes (3.11 in each)', null],
    ]);
    assert.deepEqual(layout.groups[2].timeline.threads.map((l) => l.name), ['MainProcess', 'Process-1', 'Process-2']);
  });

  it('colours each group\'s lanes: 3.11\'s threads take turns, 3.13t\'s and the processes run at the same moment (dark)', async function () {
    const page = await openWith('dark');
    const width = await canvasWidth(page);
    const w = fitWindow(comparison);
    // 3.11: while Thread-1 runs, the main thread waits for the GIL (to start Thread-2), which Thread-1 holds.
    const gil = comparison.runs[0].timeline;
    const waitingAt = (ns: number) => gil.threads[0].intervals.find((iv) => iv.from <= ns && ns < iv.to)?.state === 'gil-wait';
    const running = gil.threads[1].intervals.find((iv) => iv.state === 'running' && iv.to - iv.from > gil.endNs / 40 && waitingAt((iv.from + iv.to) / 2));
    assert.ok(running, 'a long enough running interval of Thread-1 under 3.11, the main thread waiting meanwhile');
    const at = (running.from + running.to) / 2;
    const x = Math.round(xOf(at, w, width));
    assert.equal(await pixel(page, x, laneY(0, 1)), GREEN);
    assert.equal(await pixel(page, x, laneY(0, 0)), YELLOW);
    const holder = await pixel(page, x, holderY(0) as number);
    assert.ok(!['#1f1f1f', GREEN, YELLOW].includes(holder), `the GIL lane shows a holder's colour, got ${holder}`);
    // 3.13t and the processes: the middle of the first worker's run, both workers green.
    for (const group of [1, 2]) {
      const t = comparison.runs[group].timeline;
      const first = t.threads[1].intervals.find((iv) => iv.state === 'running' && iv.to - iv.from > t.endNs / 10);
      assert.ok(first, `group ${group}: a long running interval`);
      const mid = Math.round(xOf((first.from + first.to) / 2, w, width));
      assert.equal(await pixel(page, mid, laneY(group, 1)), GREEN, `group ${group} worker 1`);
      assert.equal(await pixel(page, mid, laneY(group, 2)), GREEN, `group ${group} worker 2`);
    }
    await page.screenshot({ path: path.join(screenshots, 'gil-timeline-compare-dark.png'), fullPage: true });
    await page.close();
  });

  it('puts the three runs on one time axis: a run that ends earlier stops before the longest one\'s end', async function () {
    const page = await openWith('dark');
    const width = await canvasWidth(page);
    const w = fitWindow(comparison);
    assert.equal(w.to, Math.max(...comparison.runs.map((r) => r.stats.wallNs)));
    const shortest = comparison.runs.reduce((a, b) => (a.stats.wallNs <= b.stats.wallNs ? a : b));
    const group = comparison.runs.indexOf(shortest);
    assert.ok(shortest.stats.wallNs < 0.95 * w.to, 'the runs end at different times');
    // The main thread (or process) runs or waits until its run's end, then nothing is drawn in its lane.
    const before = Math.round(xOf(shortest.stats.wallNs * 0.98, w, width));
    const after = Math.round(xOf((shortest.stats.wallNs + w.to) / 2, w, width));
    assert.notEqual(await pixel(page, before, laneY(group, 0)), BACKGROUND);
    assert.equal(await pixel(page, after, laneY(group, 0)), BACKGROUND);
    // The same instant is the same x in every group: each main thread starts at 0, at the lanes' left edge.
    for (let g = 0; g < 3; g++) assert.equal(await pixel(page, Math.round(xOf(w.to * 0.01, w, width)), laneY(g, 0)), GREEN, `group ${g} starts at 0`);
    await page.close();
  });

  it('names the model in the hover, zooms with the keyboard, and exports PNG and SVG with the groups', async function () {
    const page = await openWith('dark');
    const canvas = await page.evaluateHandle(() => document.querySelector('gil-timeline-app')?.shadowRoot?.querySelector('canvas'));
    const box = await canvas.asElement()?.boundingBox();
    assert.ok(box);
    const w = fitWindow(comparison);
    const t = comparison.runs[1].timeline;
    const first = t.threads[1].intervals.find((iv) => iv.state === 'running' && iv.to - iv.from > t.endNs / 10);
    assert.ok(first);
    await page.mouse.move(box.x + xOf((first.from + first.to) / 2, w, box.width), box.y + laneY(1, 1));
    await page.waitForTimeout(50);
    const tip = await inApp(page, (r) => r.querySelector('.tip')?.textContent ?? '');
    assert.match(tip, /^CPython 3\.13t \(free-threaded, no GIL\) · Thread-1 \(work\): running · [\d.]+ ms – [\d.]+ ms/);
    const shownWindow = () => page.evaluate(() => JSON.parse(sessionStorage.getItem('state') ?? '{}').window as { from: number; to: number });
    const full = await shownWindow();
    assert.deepEqual(full, { from: 0, to: comparison.endNs });
    await inApp(page, (r) => (r.querySelector('.chart') as HTMLElement).focus());
    await page.keyboard.press('+');
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(50);
    const zoomed = await shownWindow();
    assert.ok(zoomed.to - zoomed.from < 0.9 * full.to && zoomed.from > 0, JSON.stringify(zoomed));
    await page.keyboard.press('0');
    await page.waitForTimeout(50);
    assert.deepEqual(await shownWindow(), full);

    await inApp(page, (r) => ([...r.querySelectorAll('.bar button')] as HTMLButtonElement[]).find((b) => b.textContent === 'Export as PNG')?.click());
    await page.locator('gil-timeline-app .export-svg').click();
    const messages = await posted<FromGilTimeline>(page);
    const png = messages.find((m) => m.type === 'exportPng');
    assert.ok(png && png.type === 'exportPng' && png.dataUrl.startsWith('data:image/png;base64,') && png.dataUrl.length > 5000);
    const svg = messages.find((m) => m.type === 'exportSvg');
    assert.ok(svg && svg.type === 'exportSvg');
    for (const title of ['CPython 3.11 (GIL)', 'CPython 3.13t (free-threaded, no GIL)', 'As processes (3.11 in each)', 'MainProcess', 'Process-2']) {
      assert.ok(svg.svg.includes(`>${title}</text>`), title);
    }
    assert.equal(svg.svg.split('>GIL holder</text>').length, 2, 'one GIL lane: 3.11\'s');
    const speedup = comparison.runs[2].stats.speedup?.toFixed(2);
    assert.ok(svg.svg.includes(`speedup ×${speedup}</text>`), 'each group\'s figures are in its header');
    await page.locator('gil-timeline-app .export-trace').click();
    assert.ok((await posted<FromGilTimeline>(page)).some((m) => m.type === 'exportChromeTrace'));
    await page.close();
  });

  it('lists the models\' figures, the note on copied globals and each output; Back posts showRun (light)', async function () {
    const page = await openWith('light');
    const rows = await inApp(page, (r) => [...r.querySelectorAll('table.models tr')].slice(1).map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim())));
    assert.equal(rows.length, 3);
    comparison.runs.forEach((run, i) => {
      assert.equal(rows[i][0], layout.groups[i].title);
      assert.equal(rows[i][4], `×${run.stats.speedup?.toFixed(2)}`);
    });
    const note = await inApp(page, (r) => r.querySelector('.note.memory')?.textContent ?? '');
    assert.equal(note, 'As processes: each thread’s work runs in its own process; module globals are copied, not shared.');
    const outputs = await inApp(page, (r) => [...r.querySelectorAll('details pre')].map((p) => p.textContent));
    assert.deepEqual(outputs, ['done\n', 'done\n', 'done\n']);
    const width = await canvasWidth(page);
    const t = comparison.runs[2].timeline;
    // The process's work (its start-up, shown as starting, is cut by a few µs of bytecode between its two parts).
    const work = t.threads[1].intervals.filter((iv) => iv.state === 'running').sort((a, b) => (b.to - b.from) - (a.to - a.from))[0];
    assert.ok(work);
    const green = await page.evaluate(() => getComputedStyle(document.body).getPropertyValue('--vscode-charts-green').trim().toLowerCase());
    assert.equal(await pixel(page, Math.round(xOf((work.from + work.to) / 2, fitWindow(comparison), width)), laneY(2, 1)), green);
    await page.screenshot({ path: path.join(screenshots, 'gil-timeline-compare-light.png'), fullPage: true });
    await page.locator('gil-timeline-app .back').click();
    assert.ok((await posted<FromGilTimeline>(page)).some((m) => m.type === 'showRun'));
    await page.close();
  });

  it('shows why a model stopped, in its header, and a run\'s timeline again on `timeline`', async function () {
    const out: FromWorker[] = [];
    new SimulationSession((m) => out.push(m)).handle({
      type: 'compare', runId: 2, source: 'import threading\nlock = threading.Lock()\nprint("ok")\n', filename: 'lock.py', maxSteps: 1_000_000, maxMillis: 20_000,
    });
    const reply = out[out.length - 1];
    assert.ok(reply?.type === 'comparison');
    const page = await harness.open('gil-timeline', 'dark', { width: WIDTH, height: 600 });
    await send(page, { type: 'init', strings });
    await send(page, { type: 'comparison', comparison: reply.comparison, file: 'lock.py', uri: 'file:///work/lock.py', message: '' });
    await page.locator('gil-timeline-app .export-svg').click();
    const svg = (await posted<FromGilTimeline>(page)).find((m) => m.type === 'exportSvg');
    assert.ok(svg && svg.type === 'exportSvg');
    assert.match(svg.svg, /stopped: not comparable as processes: threading\.Lock/);
    const cells = await inApp(page, (r) => [...r.querySelectorAll('table.models tr')].slice(1).map((tr) => tr.querySelector('td:last-child')?.textContent?.trim()));
    assert.equal(cells[2], 'stopped: Unsupported');
    // The host leaves compare mode with the editor's run's timeline: the compare button is back.
    await send(page, { type: 'timeline', timeline: comparison.runs[0].timeline, switchIntervalNs: 5_000_000, message: '' });
    await page.waitForTimeout(50);
    assert.equal(await inApp(page, (r) => r.querySelector('table.models')), null);
    await page.locator('gil-timeline-app .compare').click();
    assert.ok((await posted<FromGilTimeline>(page)).some((m) => m.type === 'compare'));
    await page.close();
  });

  it('comes back in compare mode after a reload: the state names the file for the host, the zoom returns with the comparison', async function () {
    const page = await openWith('dark');
    await inApp(page, (r) => (r.querySelector('.chart') as HTMLElement).focus());
    await page.keyboard.press('+');
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(50);
    const before = await savedState(page) as GilTimelineState;
    assert.deepEqual(before.compare, { uri: CPU_URI, file: 'cpu.py' });
    assert.ok(before.window && before.window.to - before.window.from < 0.9 * comparison.endNs && before.window.from > 0, JSON.stringify(before.window));
    // The host's serializer reads the file back from that state: compare mode is restored on it.
    assert.deepEqual(restoredComparison(before), { uri: CPU_URI, file: 'cpu.py' });

    // A reload of the window: a new page with the saved state. The host says init, then restores compare
    // mode (its "running" message first, then the comparison): the state is kept meanwhile.
    await page.reload();
    await page.waitForFunction(() => (window as unknown as { __posted: { type: string }[] }).__posted.some((m) => m.type === 'ready'));
    await send(page, { type: 'init', strings });
    await page.waitForTimeout(50);
    assert.deepEqual(await savedState(page), before, 'init alone leaves the saved state');
    await send(page, { type: 'comparison', comparison: null, file: 'cpu.py', uri: CPU_URI, message: 'Running cpu.py under 3.11, 3.13t and as processes…' });
    await page.waitForTimeout(50);
    assert.equal(await inApp(page, (r) => r.querySelector('.back') !== null), true, 'in compare mode while it runs');
    assert.deepEqual(await savedState(page), before);
    await send(page, { type: 'comparison', comparison, file: 'cpu.py', uri: CPU_URI, message: '' });
    await page.waitForFunction(() => !!document.querySelector('gil-timeline-app')?.shadowRoot?.querySelector('canvas'));
    await page.waitForTimeout(50);
    assert.deepEqual((await savedState(page) as GilTimelineState).window, before.window, 'the same zoom');
    assert.equal(await inApp(page, (r) => r.querySelectorAll('table.models tr').length), 4, 'the three models');
    await page.screenshot({ path: path.join(screenshots, 'gil-timeline-compare-restored.png'), fullPage: true });

    // Another file's comparison is not shown with this one's zoom.
    await send(page, { type: 'comparison', comparison, file: 'other.py', uri: 'file:///work/other.py', message: '' });
    await page.waitForTimeout(50);
    assert.deepEqual((await savedState(page) as GilTimelineState).window, fitWindow(comparison));
    // Back to the editor's run: nothing to restore in compare mode.
    await send(page, { type: 'timeline', timeline: comparison.runs[0].timeline, switchIntervalNs: 5_000_000, message: '' });
    await page.waitForTimeout(50);
    const after = await savedState(page);
    assert.equal((after as GilTimelineState).compare, null);
    assert.equal(restoredComparison(after), null);
    await page.close();
  });
});
