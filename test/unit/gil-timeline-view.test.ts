// The GIL timeline's pure geometry: time ↔ pixels, zoom and pan kept inside the run, hit-testing.

import assert from 'node:assert/strict';
import type { Timeline } from '../../src/trace-model/timeline';
import { LABEL_WIDTH, LANE_HEIGHT, fitWindow, hitTest, laneTop, pan, timeAt, xOf, zoom, tickStep } from '../../webview/gil-timeline/view-model';

const timeline: Timeline = {
  threads: [
    { thread: 0, name: 'MainThread', intervals: [{ state: 'running', detail: '', from: 0, to: 4e6, line: 3 }, { state: 'blocked', detail: 'lock', from: 4e6, to: 10e6, line: 9 }] },
    { thread: 1, name: 'Thread-1 (work)', intervals: [{ state: 'gil-wait', detail: '', from: 1e6, to: 4e6, line: 5 }, { state: 'running', detail: '', from: 4e6, to: 10e6, line: 6 }] },
  ],
  gil: [{ thread: 0, from: 0, to: 4e6 }, { thread: 1, from: 4e6, to: 10e6 }],
  dropRequests: [{ thread: 1, at: 3.5e6 }],
  forcedSwitches: [],
  endNs: 10e6,
};
const WIDTH = LABEL_WIDTH + 1000;

describe('GIL timeline view model', function () {
  it('maps times to pixels and back', function () {
    const w = fitWindow(timeline);
    assert.equal(xOf(0, w, WIDTH), LABEL_WIDTH);
    assert.equal(xOf(10e6, w, WIDTH), WIDTH);
    assert.equal(timeAt(xOf(2.5e6, w, WIDTH), w, WIDTH), 2.5e6);
  });

  it('zooms around a time and pans, never past the run', function () {
    const w = fitWindow(timeline);
    const z = zoom(w, 5e6, 0.5, timeline);
    assert.deepEqual(z, { from: 2.5e6, to: 7.5e6 });
    assert.deepEqual(pan(z, 100e6, timeline), { from: 5e6, to: 10e6 });
    assert.deepEqual(pan(z, -100e6, timeline), { from: 0, to: 5e6 });
    assert.deepEqual(zoom(w, 5e6, 4, timeline), w, 'zooming out stops at the whole run');
  });

  it('finds the interval or GIL hold under a point', function () {
    const w = fitWindow(timeline);
    const y = (lane: number) => laneTop(lane) + LANE_HEIGHT / 2;
    const hit = hitTest(timeline, w, WIDTH, xOf(2e6, w, WIDTH), y(1));
    assert.ok(hit && hit.kind === 'interval');
    assert.equal(hit.interval.state, 'gil-wait');
    assert.equal(hit.interval.line, 5);
    const gil = hitTest(timeline, w, WIDTH, xOf(6e6, w, WIDTH), y(2));
    assert.ok(gil && gil.kind === 'gil' && gil.name === 'Thread-1 (work)');
    assert.equal(hitTest(timeline, w, WIDTH, 10, y(0)), null, 'the labels are not a lane');
    assert.equal(hitTest(timeline, w, WIDTH, xOf(0.5e6, w, WIDTH), y(1)), null, 'before the thread started');
  });

  it('spaces axis ticks at 1, 2 or 5 times a power of ten', function () {
    const step = tickStep(fitWindow(timeline), WIDTH);
    assert.ok([1, 2, 5].includes(step / 10 ** Math.floor(Math.log10(step))));
    assert.ok(step >= 1e6 * 0.5 && step <= 2e6);
  });
});
