// The memory graph's built bundle in real Chromium, fed snapshots that the real worker session computes
// from a fixture program (test/webview/fixtures/cycles.py): DOM (nodes, badges, ARIA), the messages it
// posts, the collection replay, the CSP, and screenshots in light and dark.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { memoryGraphStrings } from '../../src/extension/panels/memory-graph-strings';
import type { FromMemoryGraph, MemoryGraphSnapshot } from '../../src/shared/memory-graph-protocol';
import { FixtureRun, posted, root, send, startHarness, type Harness, type Theme } from './harness';

const screenshots = process.env.UPDATE_SCREENSHOTS
  ? path.join(root, 'test', 'webview', 'screenshots')
  : path.join(root, '.vscode-test', 'screenshots', 'webview');
const strings = memoryGraphStrings({ t: (m) => m }, (c) => c);

/** Waits until the app has drawn the snapshot for `position`. */
async function shown(page: Page, snapshot: MemoryGraphSnapshot): Promise<void> {
  const position = String(snapshot.position ?? snapshot.lineSteps);
  await page.waitForFunction((p) => document.querySelector('memory-graph-app')?.getAttribute('data-position') === p, position);
}

/** Evaluates in the app's shadow root. */
function inApp<T>(page: Page, fn: (root: ShadowRoot) => T): Promise<T> {
  return page.evaluate(`(${fn.toString()})(document.querySelector('memory-graph-app').shadowRoot)`) as Promise<T>;
}

describe('memory graph webview in Chromium (built bundle, fixture snapshots)', function () {
  this.timeout(60_000);
  let harness: Harness;
  let run: FixtureRun;
  let beforeDel: MemoryGraphSnapshot;
  let waiting: MemoryGraphSnapshot;
  let collected: MemoryGraphSnapshot;

  before(async function () {
    mkdirSync(screenshots, { recursive: true });
    run = FixtureRun.fromFile('cycles.py');
    beforeDel = run.graph(run.positionBefore(15));
    waiting = run.graph(run.positionBefore(17));
    collected = run.graph(run.positionBefore(18));
    harness = await startHarness();
  });

  after(async function () {
    await harness?.close();
  });

  async function openWith(theme: Theme, snapshot: MemoryGraphSnapshot): Promise<Page> {
    const page = await harness.open('memory-graph', theme);
    await send(page, { type: 'init', strings });
    await send(page, { type: 'snapshot', snapshot, message: '' });
    await shown(page, snapshot);
    return page;
  }

  it('draws every object with its badge and ARIA label, and the roots with their variables', async function () {
    const page = await openWith('dark', beforeDel);
    const drawn = await inApp(page, (r) => [...r.querySelectorAll('g.object:not(.ghost)')].map((g) => ({
      id: Number(g.getAttribute('data-id')),
      badge: g.querySelector('.badge text')?.textContent ?? '',
      aria: g.getAttribute('aria-label') ?? '',
      focusable: g.getAttribute('tabindex') === '0',
    })));
    assert.equal(drawn.length, beforeDel.objects.length);
    const byId = new Map(drawn.map((d) => [d.id, d]));
    for (const o of beforeDel.objects) {
      const d = byId.get(o.id);
      assert.ok(d, `object ${o.id} (${o.type}) not drawn`);
      assert.ok(d.focusable);
      assert.match(d.aria, new RegExp(o.pythonId));
      if (o.refcount.kind === 'count') assert.equal(d.badge, String(o.refcount.value));
    }
    const list = beforeDel.objects.find((o) => o.type === 'list');
    assert.ok(list, 'the fixture binds a list');
    assert.match(byId.get(list.id)?.aria ?? '', /refs 1/);
    const rows = await inApp(page, (r) => [...r.querySelectorAll('g.root .row text')].map((t) => t.textContent));
    for (const name of ['Node', 'link', 'head', 'items']) assert.ok(rows.includes(name), `no row ${name} in ${rows.join(', ')}`);
    // head → Node ↔ Node: one cycle, drawn as a group.
    assert.equal(await inApp(page, (r) => r.querySelectorAll('g.cycle').length), 1);
    const ringed = await inApp(page, (r) => [...r.querySelectorAll('g.object')].filter((g) => g.querySelector('.cycle-ring')).map((g) => g.querySelector('.title')?.textContent));
    assert.deepEqual(ringed, ['Node', 'Node'], 'only the members are ringed');
    const edgeLabels = await inApp(page, (r) => [...r.querySelectorAll('g.edge:not(.from-root) text')].map((t) => t.textContent));
    for (const slot of ['.next', '.name', '[0]', "['k']"]) assert.ok(edgeLabels.includes(slot), `no edge ${slot} in ${edgeLabels.join(' ')}`);
    assert.deepEqual(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations), []);
    await page.screenshot({ path: path.join(screenshots, 'memory-graph-dark.png') });
    await page.close();
  });

  it('greys the cycle nothing refers to any more as waiting for the collector', async function () {
    const page = await openWith('light', waiting);
    const garbage = waiting.objects.filter((o) => o.unreachable).map((o) => o.id).sort();
    assert.ok(garbage.length >= 2, 'the two Nodes are garbage before gc.collect()');
    const greyed = await inApp(page, (r) => [...r.querySelectorAll('g.object.unreachable')].map((g) => Number(g.getAttribute('data-id'))));
    assert.deepEqual(greyed.sort(), garbage);
    const meta = await inApp(page, (r) => r.querySelector('g.object.unreachable .meta')?.textContent);
    assert.equal(meta, strings.unreachable);
    await page.screenshot({ path: path.join(screenshots, 'memory-graph-light.png') });
    await page.close();
  });

  it("says how many objects an import left for the collector, without drawing them (3.13's `import re`)", async function () {
    const source = 'import gc\nimport re\nclass Node:\n    pass\na = Node()\nb = Node()\na.other = b\nb.other = a\ndel a, b\ngc.collect()\n';
    const withImport = new FixtureRun(source, '3.13');
    const snapshot = withImport.graph(withImport.positionBefore(10));
    assert.equal(snapshot.importGarbage.length, 1);
    const page = await openWith('dark', snapshot);
    const note = await inApp(page, (r) => r.querySelector('.import-garbage')?.textContent ?? '');
    assert.equal(note, strings.importGarbage.replace('{0}', String(snapshot.importGarbage[0].objects)).replace('{1}', 're'));
    const greyed = await inApp(page, (r) => [...r.querySelectorAll('g.object.unreachable .title')].map((t) => t.textContent));
    assert.deepEqual(greyed, ['Node', 'Node']);
    await page.close();
  });

  it('keeps objects in place between steps and fades out the freed ones', async function () {
    const page = await openWith('dark', waiting);
    const before = await inApp(page, (r) => Object.fromEntries([...r.querySelectorAll('g.object')].map((g) => [g.getAttribute('data-id'), g.getAttribute('transform')])));
    await send(page, { type: 'snapshot', snapshot: collected, message: '' });
    await shown(page, collected);
    const after = await inApp(page, (r) => ({
      moved: [...r.querySelectorAll('g.object:not(.ghost)')].map((g) => [g.getAttribute('data-id'), g.getAttribute('transform')]),
      ghosts: r.querySelectorAll('g.object.ghost').length,
      banner: r.querySelector('graph-collection-bar')?.shadowRoot?.textContent ?? '',
    }));
    assert.ok(collected.freed.length >= 2);
    assert.equal(after.ghosts, waiting.objects.filter((o) => collected.freed.includes(o.id)).length);
    const kept = after.moved.filter(([id]) => before[id as string] !== undefined);
    assert.ok(kept.length > 0);
    const xy = (t: string | null) => (t ?? '').match(/-?[\d.]+/g)?.map(Number) ?? [0, 0];
    const still = kept.filter(([id, t]) => {
      const [x0, y0] = xy(before[id as string]);
      const [x1, y1] = xy(t);
      return Math.hypot(x1 - x0, y1 - y0) <= 40;
    }).length;
    assert.ok(still / kept.length >= 0.8, `only ${still}/${kept.length} objects stayed within 40 px`);
    assert.match(after.banner, /collector ran on generation 2/);
    await page.close();
  });

  it('lays a small graph out with ELK in a worker', async function () {
    const page = await openWith('dark', beforeDel);
    assert.equal(page.workers().length, 1, 'ELK runs in a Web Worker');
    const counts = await page.evaluate(() => ['data-elk-layouts', 'data-layouts-without-elk'].map((a) => document.querySelector('memory-graph-app')?.getAttribute(a)));
    assert.deepEqual(counts, ['1', '0']);
    await page.close();
  });

  it('lays a large graph out at once without ELK, every object clear of the others, and places an object new to it without moving them', async function () {
    const large = FixtureRun.fromFile('large-heap.py');
    const before = large.graph(large.positionBefore(6));
    const after = large.graph(large.positionBefore(7));
    assert.ok(before.objects.length > 400, `${before.objects.length} objects`);
    const page = await openWith('dark', before);
    const layouts = () => page.evaluate(() => ['data-elk-layouts', 'data-layouts-without-elk'].map((a) => document.querySelector('memory-graph-app')?.getAttribute(a)));
    assert.deepEqual(await layouts(), ['0', '1'], 'no ELK layout');
    // Fitted, every object is drawn (otherwise only those near the view).
    await page.locator('graph-step-controls vscode-toolbar-button[icon="screen-full"]').click();
    await page.waitForFunction(() => document.querySelector('memory-graph-app')?.shadowRoot?.querySelector('.canvas.fit'));
    const boxes = () => inApp<Record<string, { x: number; y: number; width: number; height: number }>>(page, (r) => Object.fromEntries([...r.querySelectorAll('g.object:not(.ghost)')].map((g) => {
      const box = (g.querySelector('rect.box') as SVGRectElement).getBBox();
      const [x, y] = (g.getAttribute('transform') ?? '').match(/-?[\d.]+/g)?.map(Number) ?? [0, 0];
      return [g.getAttribute('data-id'), { x, y, width: box.width, height: box.height }];
    })));
    const old = await boxes();
    assert.equal(Object.keys(old).length, before.objects.length, 'every object drawn');
    const clear = (a: { x: number; y: number; width: number; height: number }, b: typeof a) => b.x >= a.x + a.width || a.x >= b.x + b.width || b.y >= a.y + a.height || a.y >= b.y + b.height;
    const drawn = Object.entries(old);
    for (let i = 0; i < drawn.length; i++) {
      for (let j = i + 1; j < drawn.length; j++) assert.ok(clear(drawn[i][1], drawn[j][1]), `${drawn[i][0]} overlaps ${drawn[j][0]}`);
    }
    await send(page, { type: 'snapshot', snapshot: after, message: '' });
    await shown(page, after);
    const now = await boxes();
    assert.deepEqual(await layouts(), ['0', '1'], 'no new layout');
    const added = Object.keys(now).filter((id) => !(id in old));
    assert.equal(added.length, 1, 'the list bound to extra');
    for (const [id, box] of Object.entries(old)) assert.deepEqual(now[id], box, `object ${id} moved`);
    const b = now[added[0]];
    for (const [id, o] of Object.entries(now)) {
      if (id !== added[0]) assert.ok(clear(b, o), `the new list overlaps ${id}`);
    }
    await page.close();
  });

  it('says so when the layout worker cannot start (a page without worker-src), rather than waiting', async function () {
    const page = await harness.browser.newPage();
    // The same page with the CSP's worker-src left out: default-src 'none' then forbids the worker.
    await page.route('**/page/memory-graph/dark', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: (await response.text()).replace('; worker-src blob:', '') });
    });
    await page.goto(`${harness.origin}/page/memory-graph/dark`);
    await page.waitForFunction(() => (window as unknown as { __posted: { type: string }[] }).__posted.some((m) => m.type === 'ready'));
    await send(page, { type: 'init', strings });
    await send(page, { type: 'snapshot', snapshot: beforeDel, message: '' });
    const status = page.locator('memory-graph-app .empty');
    await status.waitFor();
    await page.waitForFunction(() => /worker/i.test(document.querySelector('memory-graph-app')?.shadowRoot?.querySelector('.empty')?.textContent ?? ''));
    await page.close();
  });

  it('draws a large graph near the view, opening on its roots, more on scrolling, all when fitted or exported', async function () {
    const large = FixtureRun.fromFile('large-heap.py');
    const snapshot = large.graph(large.positionBefore(7));
    const page = await openWith('light', snapshot);
    const drawn = () => inApp(page, (r) => r.querySelectorAll('g.object').length);
    const near = await drawn();
    assert.ok(near > 0 && near < snapshot.objects.length / 2, `${near} of ${snapshot.objects.length} objects drawn`);
    // The canvas opens on the module's globals.
    const inView = await inApp(page, (r) => {
      const canvas = (r.querySelector('.canvas') as HTMLElement).getBoundingClientRect();
      const root = r.querySelector('g.root')?.getBoundingClientRect();
      return !!root && root.top >= canvas.top && root.bottom <= canvas.bottom;
    });
    assert.ok(inView, 'the roots are in view');
    await page.screenshot({ path: path.join(screenshots, 'memory-graph-large.png') });
    // Scrolled to the end: the objects there are drawn.
    const before = new Set(await inApp(page, (r) => [...r.querySelectorAll('g.object')].map((g) => g.getAttribute('data-id'))));
    await inApp(page, (r) => {
      const canvas = r.querySelector('.canvas') as HTMLElement;
      canvas.scrollTop = canvas.scrollHeight;
    });
    await page.waitForFunction((ids) => [...document.querySelector('memory-graph-app')?.shadowRoot?.querySelectorAll('g.object') ?? []]
      .some((g) => !ids.includes(g.getAttribute('data-id') ?? '')), [...before] as string[]);
    const atEnd = await inApp(page, (r) => {
      const canvas = (r.querySelector('.canvas') as HTMLElement).getBoundingClientRect();
      return [...r.querySelectorAll('g.object')].some((g) => {
        const box = g.getBoundingClientRect();
        return box.top >= canvas.top && box.bottom <= canvas.bottom;
      });
    });
    assert.ok(atEnd, 'objects drawn in view after scrolling');
    // Export writes the whole graph.
    await page.locator('graph-step-controls vscode-toolbar-button[icon="export"]').click();
    await page.waitForFunction(() => (window as unknown as { __posted: { type: string }[] }).__posted.some((m) => m.type === 'exportSvg'));
    const message = (await posted<FromMemoryGraph>(page)).find((m) => m.type === 'exportSvg');
    assert.ok(message && message.type === 'exportSvg');
    assert.equal(message.svg.match(/data-id="/g)?.length, snapshot.objects.length, 'every object exported');
    assert.ok(await drawn() < snapshot.objects.length, 'back to drawing near the view');
    await page.locator('graph-step-controls vscode-toolbar-button[icon="screen-full"]').click();
    await page.waitForFunction((n) => document.querySelector('memory-graph-app')?.shadowRoot?.querySelectorAll('g.object').length === n, snapshot.objects.length);
    await page.close();
  });

  it('posts goTo from the slider and the step buttons, selectObject on click, and shows the details', async function () {
    const page = await openWith('dark', beforeDel);
    const position = beforeDel.position as number;
    await page.locator('graph-step-controls vscode-toolbar-button[icon="debug-step-over"]').click();
    const slider = page.locator('graph-step-controls input[type="range"]');
    assert.equal(await slider.getAttribute('aria-label'), strings.slider);
    await slider.focus();
    await page.keyboard.press('ArrowLeft');
    const list = beforeDel.objects.find((o) => o.type === 'list');
    assert.ok(list);
    await page.locator(`g.object[data-id="${list.id}"]`).click();
    const messages = await posted<FromMemoryGraph>(page);
    assert.deepEqual(messages.filter((m) => m.type === 'goTo'), [{ type: 'goTo', position: position + 1 }, { type: 'goTo', position: position - 1 }]);
    assert.ok(messages.some((m) => m.type === 'selectObject' && m.id === list.id));
    await send(page, { type: 'history', history: run.history(list.id, beforeDel.position) });
    await page.locator('graph-object-details li').first().waitFor();
    const details = (await page.locator('graph-object-details p, graph-object-details li').allInnerTexts()).join('\n');
    assert.match(details, /Allocated at line 14/);
    assert.match(details, /created, refs 1/);
    // Keyboard: Enter on a focused object toggles it; the line link asks the host to reveal the line.
    await page.locator('graph-object-details a').first().click();
    assert.ok((await posted<FromMemoryGraph>(page)).some((m) => m.type === 'revealLine' && m.line === 14));
    await page.locator(`g.object[data-id="${list.id}"]`).focus();
    await page.keyboard.press('Enter');
    assert.equal(await page.locator('graph-object-details').count(), 0);
    await page.close();
  });

  it('replays a collection phase by phase: gc_refs, the unreachable set, freeing', async function () {
    const page = await openWith('dark', collected);
    await page.locator('graph-collection-bar vscode-button').click();
    const request = (await posted<FromMemoryGraph>(page)).find((m) => m.type === 'playCollection');
    assert.ok(request && request.type === 'playCollection');
    const playback = run.collection(request.index);
    await send(page, { type: 'collection', playback });
    const phase = page.locator('graph-collection-bar .phase');
    await phase.waitFor();
    assert.match(await phase.innerText(), /Phase 1\/\d+: objects examined/);
    const next = page.locator('graph-collection-bar vscode-toolbar-button[icon="debug-step-over"]');
    const subtractAt = playback.phases.findIndex((p) => p.phase === 'subtract-refs');
    for (let i = 0; i < subtractAt; i++) await next.click();
    assert.match(await phase.innerText(), /references from inside the set subtracted/);
    const subtract = playback.phases[subtractAt];
    const gcRefs = await inApp(page, (r) => Object.fromEntries([...r.querySelectorAll('g.object')]
      .filter((g) => g.querySelector('.badge.gc-refs')).map((g) => [g.getAttribute('data-id'), g.querySelector('.badge text')?.textContent])));
    const nodes = playback.graph.objects.filter((o) => o.type === 'Node').map((o) => o.id);
    for (const id of nodes) {
      const k = subtract.objects.indexOf(id);
      assert.ok(k >= 0, `Node ${id} examined`);
      assert.equal(gcRefs[String(id)], String(subtract.values[k]));
      assert.equal(subtract.values[k], 0, 'only the cycle refers to each Node');
    }
    await page.screenshot({ path: path.join(screenshots, 'memory-graph-gc-phase.png') });
    const deleteAt = playback.phases.findIndex((p) => p.phase === 'delete');
    for (let i = subtractAt; i < deleteAt; i++) await next.click();
    const deleted = await inApp(page, (r) => [...r.querySelectorAll('g.object.gc-deleted')].map((g) => Number(g.getAttribute('data-id'))));
    assert.deepEqual(deleted.sort(), [...nodes].sort());
    await page.close();
  });

  it('keeps the selection across a reload of the webview (hide/show)', async function () {
    const page = await openWith('light', beforeDel);
    const list = beforeDel.objects.find((o) => o.type === 'list');
    assert.ok(list);
    await page.locator(`g.object[data-id="${list.id}"]`).click();
    await page.reload();
    await page.waitForFunction(() => (window as unknown as { __posted: { type: string }[] }).__posted.some((m) => m.type === 'ready'));
    await send(page, { type: 'snapshot', snapshot: beforeDel, message: '' });
    await send(page, { type: 'init', strings });
    await shown(page, beforeDel);
    assert.equal(await page.locator('g.object.selected').getAttribute('data-id'), String(list.id));
    assert.ok((await posted<FromMemoryGraph>(page)).some((m) => m.type === 'selectObject' && m.id === list.id));
    await page.close();
  });

  it('exports a standalone SVG with the theme colours written in', async function () {
    const page = await openWith('dark', beforeDel);
    await page.locator('graph-step-controls vscode-toolbar-button[icon="export"]').click();
    const message = (await posted<FromMemoryGraph>(page)).find((m) => m.type === 'exportSvg');
    assert.ok(message && message.type === 'exportSvg');
    assert.match(message.svg, /^<\?xml/);
    assert.doesNotMatch(message.svg, /var\(--vscode/);
    assert.match(message.svg, /fill="rgb\(31, 31, 31\)"/, 'the dark editor background');
    await page.close();
  });
});
