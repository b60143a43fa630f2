// The GIL timeline panel on 100,000 state intervals (4 threads taking turns): in Chromium, the first
// render (message → canvas drawn) and the frame time of zooming and panning (each a full redraw),
// against the 60 fps target (16.7 ms a frame). Writes bench/TIMELINE-RESULTS.md with --write.
//
// Usage: npm run build && npx tsx bench/timeline.ts [--write]
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { root, send, startHarness } from '../test/webview/harness';
import { gilTimelineStrings } from '../src/extension/panels/gil-timeline-strings';
import type { Interval, Timeline } from '../src/trace-model/timeline';

const THREADS = 4;
const INTERVALS = 100_000;

/** Threads taking the GIL in turn, 5 ms each, the others waiting: INTERVALS intervals in all. */
function synthetic(): Timeline {
  const perThread = INTERVALS / THREADS;
  const slice = 5e6;
  const threads = Array.from({ length: THREADS }, (_, thread) => ({ thread, name: thread ? `Thread-${thread} (work)` : 'MainThread', intervals: [] as Interval[] }));
  const gil: Timeline['gil'] = [];
  for (let turn = 0; turn < perThread; turn++) {
    const holder = turn % THREADS;
    const from = turn * slice;
    gil.push({ thread: holder, from, to: from + slice });
    threads.forEach((l) => l.intervals.push({ state: l.thread === holder ? 'running' : 'gil-wait', detail: '', from, to: from + slice, line: 7 }));
  }
  return { threads, gil, dropRequests: gil.map((g) => ({ thread: (g.thread + 1) % THREADS, at: g.to - 1e5 })), forcedSwitches: [], endNs: perThread * slice };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main(): Promise<void> {
  const timeline = synthetic();
  const intervals = timeline.threads.reduce((n, l) => n + l.intervals.length, 0);
  const harness = await startHarness();
  try {
    const firsts: number[] = [];
    const frames: number[] = [];
    for (let run = 0; run < 3; run++) {
      const page = await harness.open('gil-timeline', 'dark', { width: 1200, height: 400 });
      await send(page, { type: 'init', strings: gilTimelineStrings({ t: (m) => m }) });
      const first = await page.evaluate(async (t) => {
        const app = document.querySelector('gil-timeline-app') as HTMLElement & { updateComplete: Promise<unknown> };
        const start = performance.now();
        window.postMessage({ type: 'timeline', timeline: t, switchIntervalNs: 5e6, message: '' }, '*');
        await new Promise((r) => setTimeout(r, 0));
        await app.updateComplete;
        return performance.now() - start;
      }, timeline);
      firsts.push(first);
      // Zoom in step by step, then pan: each input is one full redraw (measured until lit updated).
      const chart = await page.evaluateHandle(() => document.querySelector('gil-timeline-app')?.shadowRoot?.querySelector('.chart') as HTMLElement);
      await chart.asElement()?.focus();
      for (const key of ['+', '+', '+', '+', '+', '+', 'ArrowRight', 'ArrowRight', 'ArrowLeft', '-', '-', '0']) {
        frames.push(await page.evaluate(async (k) => {
          const app = document.querySelector('gil-timeline-app') as HTMLElement & { updateComplete: Promise<unknown> };
          const target = app.shadowRoot?.querySelector('.chart') as HTMLElement;
          const start = performance.now();
          target.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true }));
          await app.updateComplete;
          return performance.now() - start;
        }, key));
      }
      await page.close();
    }
    const frame = median(frames);
    const text = [
      '# GIL timeline benchmark',
      '',
      'Written by `npx tsx bench/timeline.ts --write` (after `npm run build`): the GIL timeline webview in Debian',
      `chromium (headless, --disable-gpu) drawing ${intervals.toLocaleString('en')} state intervals (${THREADS} threads taking the GIL in turn).`,
      '',
      `- node ${process.version}, ${os.cpus()[0]?.model ?? '?'}, ${os.cpus().length} cores, ${os.platform()} ${os.arch()}; ${new Date().toISOString().slice(0, 10)}`,
      '- medians over 3 page loads; a frame is one zoom or pan input until the canvas is redrawn',
      `- load average while measuring: ${os.loadavg()[0].toFixed(1)} (2 cores; other jobs raise the times)`,
      '',
      '| first render | zoom / pan frame (median) | worst frame | frames per second (median) | target |',
      '| ---: | ---: | ---: | ---: | ---: |',
      `| ${median(firsts).toFixed(0)} ms | ${frame.toFixed(1)} ms | ${Math.max(...frames).toFixed(1)} ms | ${(1000 / frame).toFixed(0)} | 60 fps |`,
      '',
    ].join('\n');
    process.stdout.write(text);
    if (process.argv.includes('--write')) writeFileSync(path.join(root, 'bench', 'TIMELINE-RESULTS.md'), text);
  } finally {
    await harness.close();
  }
}

void main();
