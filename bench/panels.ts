// The memory graph panel's cost on a heap of about 1,000 live objects: the worker's snapshot (re-running
// the program to the step, then reading the heap), the message size per step, and in Chromium the
// webview's layout + render time. Writes bench/PANELS-RESULTS.md with --write.
//
// Usage: npm run build && npx tsx bench/panels.ts [--write] [--runs=N] (page loads per figure, 3 by default)
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { FixtureRun, root, send, startHarness } from '../test/webview/harness';
import { memoryGraphStrings } from '../src/extension/panels/memory-graph-strings';
import type { MemoryGraphSnapshot } from '../src/shared/memory-graph-protocol';
import type { Page } from 'playwright-core';

// 300 linked instances (each with an int), a list of them, and 120 small dicts of lists: ~1,000 objects.
const PROGRAM = `class Node:
    def __init__(self, i, prev):
        self.i = i * 1000
        self.prev = prev

nodes = []
prev = None
for i in range(300):
    prev = Node(i, prev)
    nodes.append(prev)
table = {}
for i in range(120):
    table["k" + str(i)] = {"pair": [i * 1000 + 1, i * 1000 + 2]}
del prev
done = len(nodes) + len(table)
extra = [nodes[0], nodes[1]]
print(done)
`;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

function time<T>(fn: () => T): [T, number] {
  const t = performance.now();
  const value = fn();
  return [value, performance.now() - t];
}

/** One snapshot's time in the webview, from the message to lit's `updateComplete`, and where it went. */
interface Timing {
  total: number;
  model: number;
  layout: number;
  /** lit's render and the DOM update. */
  draw: number;
  /** ELK layouts the page has run so far. */
  elk: number;
  /** The longest the page's main thread was busy in one go (its longest task; 0 when none took 50 ms). */
  blocked: number;
}

async function rendered(page: Page, snapshot: MemoryGraphSnapshot): Promise<Timing> {
  const position = String(snapshot.position ?? snapshot.lineSteps);
  // Chromium reports each main-thread task of 50 ms or more.
  await page.evaluate(() => {
    const w = window as unknown as { longTasks: number[]; observer?: PerformanceObserver };
    w.longTasks = [];
    w.observer?.disconnect();
    w.observer = new PerformanceObserver((list) => w.longTasks.push(...list.getEntries().map((e) => e.duration)));
    w.observer.observe({ type: 'longtask' });
  });
  await send(page, { type: 'snapshot', snapshot, message: '' });
  await page.waitForFunction((p) => document.querySelector('memory-graph-app')?.getAttribute('data-position') === p, position, { timeout: 60_000 });
  const [total, model, layout, elk] = await page.evaluate(() => {
    const app = document.querySelector('memory-graph-app');
    return ['data-render-ms', 'data-model-ms', 'data-layout-ms', 'data-elk-layouts'].map((a) => Number(app?.getAttribute(a)));
  });
  // Tasks are reported after they end: one more frame for the last.
  const blocked = await page.evaluate(() => new Promise<number>((resolve) => requestAnimationFrame(() => setTimeout(() => {
    resolve(Math.max(0, ...(window as unknown as { longTasks: number[] }).longTasks));
  }, 0))));
  return { total, model, layout, draw: total - model - layout, elk, blocked };
}

interface Scroll {
  /** From setting the scroll position to the frame's update (a new region drawn), and the longest task. */
  total: number;
  blocked: number;
  drawn: number;
}

/** Scrolls the graph two screens down, past what was drawn, and times drawing what comes into view. */
async function scrolled(page: Page): Promise<Scroll> {
  return page.evaluate(async () => {
    const w = window as unknown as { longTasks: number[] };
    w.longTasks = [];
    const app = document.querySelector('memory-graph-app') as HTMLElement & { updateComplete: Promise<boolean> };
    const canvas = app.shadowRoot?.querySelector('.canvas') as HTMLElement;
    // (window.performance: the bench's own `performance` import would be sent along.)
    const start = window.performance.now();
    canvas.scrollTop += 2 * canvas.clientHeight;
    // The scroll event, then the frame in which the app draws the region that came into view.
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await app.updateComplete;
    const total = window.performance.now() - start;
    await new Promise((resolve) => setTimeout(resolve, 0));
    return { total, blocked: Math.max(0, ...w.longTasks), drawn: app.shadowRoot?.querySelectorAll('g.object').length ?? 0 };
  });
}

/** The median run (by total time) of several. */
const medianTiming = (ts: Timing[]): Timing => [...ts].sort((a, b) => a.total - b.total)[Math.floor(ts.length / 2)];
const ms = (x: number) => `${x.toFixed(0)} ms`;
/** Chromium reports tasks of 50 ms or more only. */
const longest = (x: number) => (x ? ms(x) : 'under 50 ms');
const split = (t: Timing) => `${ms(t.total)} (layout ${ms(t.layout)}, draw ${ms(t.draw)}, model ${ms(t.model)}; longest main-thread task ${longest(t.blocked)})`;

async function main(): Promise<void> {
  const write = process.argv.includes('--write');
  const runs = Math.max(1, Number(/^--runs=(\d+)$/.exec(process.argv.find((a) => a.startsWith('--runs=')) ?? '')?.[1] ?? 3));
  // --screenshot=FILE.png: the first snapshot as the learner sees it (to look at, not measured).
  const screenshot = process.argv.find((a) => a.startsWith('--screenshot='))?.slice('--screenshot='.length);
  // The worker's figures, the least of `runs` (the machine may be shared): a fresh run each time.
  const load = os.loadavg();
  let run: FixtureRun | null = null;
  let end: MemoryGraphSnapshot | null = null;
  let [runMs, coldMs, backMs, forwardMs, cachedMs] = Array(5).fill(Infinity) as number[];
  for (let i = 0; i < runs; i++) {
    const [fresh, freshMs] = time(() => new FixtureRun(PROGRAM, '3.12'));
    const lastStep = fresh.lineSteps - 1;
    // Cold: the worker's first snapshot re-runs the whole program.
    const [graph, cold] = time(() => fresh.graph(lastStep));
    const [, back] = time(() => fresh.graph(lastStep - 1));
    const [, forward] = time(() => fresh.graph(lastStep));
    const [, cached] = time(() => fresh.graph(lastStep - 1));
    [run, end] = [fresh, graph];
    [runMs, coldMs, backMs, forwardMs, cachedMs] = [Math.min(runMs, freshMs), Math.min(coldMs, cold), Math.min(backMs, back), Math.min(forwardMs, forward), Math.min(cachedMs, cached)];
  }
  if (!run || !end) throw new Error('--runs must be at least 1');
  const last = run.lineSteps - 1;
  const sizes: number[] = [];
  for (let p = last - 5; p <= last; p++) sizes.push(Buffer.byteLength(JSON.stringify({ type: 'snapshot', snapshot: run.graph(p), message: '' })));
  const small = run.graph(2);
  const smallSize = Buffer.byteLength(JSON.stringify({ type: 'snapshot', snapshot: small, message: '' }));
  const before = run.graph(last - 1);
  const objects = end.objects.length;
  const edges = end.edges.length;
  console.log(`program: ${run.lineSteps} line steps, run ${runMs.toFixed(0)} ms; graph at the end: ${objects} objects, ${edges} references`);
  console.log(`worker snapshot: cold ${coldMs.toFixed(0)} ms, step back ${backMs.toFixed(0)} ms, step forward ${forwardMs.toFixed(0)} ms, cached ${cachedMs.toFixed(1)} ms`);
  console.log(`message per step: median ${kb(median(sizes))} (${objects} objects); a small graph (${small.objects.length} objects): ${kb(smallSize)}`);

  const harness = await startHarness();
  const strings = memoryGraphStrings({ t: (m) => m }, (c) => c);
  const first: Timing[] = [];
  const structural: Timing[] = [];
  const sameShape: Timing[] = [];
  const drawn: number[] = [];
  const scrolls: Scroll[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const page = await harness.open('memory-graph', 'dark', { width: 1400, height: 900 });
      await send(page, { type: 'init', strings });
      first.push(await rendered(page, before));
      if (i === 0 && screenshot) await page.screenshot({ path: screenshot });
      structural.push(await rendered(page, end));
      // Back to a step whose objects were all laid out: the layout is reused.
      sameShape.push(await rendered(page, before));
      // Past DRAW_ALL_UP_TO only the objects near the view are drawn; scrolling draws the next ones.
      drawn.push(await page.evaluate(() => document.querySelector('memory-graph-app')?.shadowRoot?.querySelectorAll('g.object').length ?? 0));
      scrolls.push(await scrolled(page));
      if (!drawn[drawn.length - 1] || drawn[drawn.length - 1] > before.objects.length) throw new Error(`drew ${drawn[drawn.length - 1]} objects`);
      await page.close();
    }
  } finally {
    await harness.close();
  }
  const [f, n, k] = [medianTiming(first), medianTiming(structural), medianTiming(sameShape)];
  console.log(`webview layout + render, ${before.objects.length} objects:\n  first ${split(f)}\n  new objects ${split(n)}\n  known objects ${split(k)}`);
  const all = (ts: Timing[]) => ts.map((t) => `${t.total.toFixed(0)}${t.elk ? `/${t.elk}` : ''}`).join(' ');
  console.log(`  all runs (total ms/ELK layouts so far): first ${all(first)}; new ${all(structural)}; known ${all(sameShape)}`);
  const sc = [...scrolls].sort((a, b) => a.total - b.total)[Math.floor(scrolls.length / 2)];
  console.log(`  objects drawn (near the view): ${median(drawn)} of ${before.objects.length}; scrolling two screens: ${ms(sc.total)} to the next frame's update, longest main-thread task ${longest(sc.blocked)}, ${sc.drawn} objects drawn`);

  if (!write) return;
  const commit = execSync('git rev-parse --short HEAD', { cwd: root }).toString().trim();
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  const report = `# Panels benchmark

Written by \`npx tsx bench/panels.ts --write\` (after \`npm run build\`): the memory graph panel on a program
with about 1,000 live objects (300 linked instances with their ints, a list of them, 120 small dicts of lists;
see PROGRAM in bench/panels.ts).

- node ${process.version}, Debian chromium (headless, --disable-gpu), ${cpu}, ${os.cpus().length} cores, linux ${os.arch()}
- commit ${commit}, ${new Date().toISOString().slice(0, 10)}; load average when the bench started ${load.map((l) => l.toFixed(2)).join(', ')}
  and when it ended ${os.loadavg().map((l) => l.toFixed(2)).join(', ')} (1, 5, 15 min; other work shares the machine)
- webview times: median of ${runs} page loads, each measured from the snapshot message to lit's \`updateComplete\`
  (model + layout + SVG render); worker times: the least of ${runs} measurements

## Webview: layout + render (target ≤ 300 ms)

Up to 150 nodes ELK lays the graph out, in a Web Worker warmed up while the page waits for its first
snapshot. Past 150 nodes (this graph) ELK is not used: the first snapshot is placed in layers on the page
(webview/memory-graph/model/layered-placement.ts: each object one layer right of the first reference into
it, breadth first from the roots, as level with it as its layer allows; the other references are drawn
without routing, clear of the boxes they join). The layout is reused when every object a step shows was laid
out before: steps that free objects, steps back, steps that only change counts. On a graph ELK is slow over
(past 150 nodes, or fewer whose references cross many layers) a step's new objects are placed into the
layout (each in the layer right of its first referrer, at the free place nearest to the reference; nothing
else moves), until placed objects make up a quarter of what was laid out; then the graph is laid out again,
seeded with those places (past 150 nodes by keeping each object's layer and order, relaid-layers.ts). Past
300 nodes only what is near the view is drawn (a screen around it), more on scrolling; the first drawing
opens on the roots.

| graph | objects | references | first snapshot (cold page) | a new object (placed) | only known objects (layout reused) |
| --- | ---: | ---: | ---: | ---: | ---: |
| end of PROGRAM | ${before.objects.length} | ${before.edges.length} | ${ms(f.total)} | ${ms(n.total)} | ${ms(k.total)} |
| of which layout (layers placed on the page, or placing) | | | ${ms(f.layout)} | ${ms(n.layout)} | ${ms(k.layout)} |
| of which drawing (lit + DOM) | | | ${ms(f.draw)} | ${ms(n.draw)} | ${ms(k.draw)} |
| longest main-thread task | | | ${longest(f.blocked)} | ${longest(n.blocked)} | ${longest(k.blocked)} |

Objects drawn near the view: ${median(drawn)} of ${before.objects.length}. Scrolling two screens down (past what was drawn): ${ms(sc.total)} from
setting the scroll position to the next frame's update, longest main-thread task ${longest(sc.blocked)}.

## Worker: snapshot of the heap at a step

The worker re-runs the program (trace off) to the step and reads the heap there; the re-run is kept, so a step
forward only runs the instructions in between, a step back runs from the start; 32 recent graphs are cached.

| program run (trace on) | cold (re-run to the last step) | step back | step forward | cached step |
| ---: | ---: | ---: | ---: | ---: |
| ${runMs.toFixed(0)} ms (${run.lineSteps} line steps) | ${coldMs.toFixed(0)} ms | ${backMs.toFixed(0)} ms | ${forwardMs.toFixed(0)} ms | ${cachedMs.toFixed(1)} ms |

## Message size per step

One full snapshot per step (structured clone of plain data; measured as JSON):

| graph | objects | size |
| --- | ---: | ---: |
| end of PROGRAM (median of the last 6 steps) | ${objects} | ${kb(median(sizes))} |
| early step of PROGRAM | ${small.objects.length} | ${kb(smallSize)} |
`;
  // Hand-written notes (what changed, how the figures read) are kept: `<!-- notes -->…<!-- /notes -->`.
  const resultsFile = path.join(root, 'bench', 'PANELS-RESULTS.md');
  const notes = existsSync(resultsFile) ? /<!-- notes -->[\s\S]*?<!-- \/notes -->/.exec(readFileSync(resultsFile, 'utf8')) : null;
  writeFileSync(resultsFile, notes ? `${report.trimEnd()}\n\n${notes[0]}\n` : report);
  console.log('wrote bench/PANELS-RESULTS.md');
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
