// The GIL timeline's pure geometry: time ↔ pixels, zoom and pan kept inside the run, hit-testing.

import assert from 'node:assert/strict';
import type { Timeline } from '../../src/trace-model/timeline';
import { AXIS_HEIGHT, HEADER_HEIGHT, LABEL_WIDTH, LANE_GAP, LANE_HEIGHT, fitWindow, hitTest, hitTestLayout, laneTop, layOut, pan, runLayout, timeAt, xOf, zoom, tickStep } from '../../webview/gil-timeline/view-model';

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

  it('lays the single run out as before: lanes at laneTop(i), then the holder lane', function () {
    const layout = runLayout(timeline, 'GIL holder');
    assert.deepEqual(layout.rows.map((r) => [r.kind, r.top]), [['lane', laneTop(0)], ['lane', laneTop(1)], ['holder', laneTop(2)]]);
    assert.equal(layout.height, laneTop(3));
  });

  it('lays compare mode out as groups under headers on one axis, and hit-tests each group', function () {
    // Two models: the first with a holder lane, the second (longer, no GIL) without.
    const free: Timeline = { ...timeline, gil: [], dropRequests: [], endNs: 16e6 };
    const layout = layOut([
      { title: '3.11', stats: '', note: '', timeline, holderLabel: 'GIL holder' },
      { title: '3.13t', stats: '', note: '', timeline: free, holderLabel: null },
    ]);
    assert.deepEqual(layout.rows.map((r) => r.kind), ['header', 'lane', 'lane', 'holder', 'header', 'lane', 'lane']);
    const step = LANE_HEIGHT + LANE_GAP;
    assert.deepEqual(layout.rows.map((r) => r.top), [
      AXIS_HEIGHT, AXIS_HEIGHT + HEADER_HEIGHT, AXIS_HEIGHT + HEADER_HEIGHT + step, AXIS_HEIGHT + HEADER_HEIGHT + 2 * step,
      AXIS_HEIGHT + HEADER_HEIGHT + 3 * step, AXIS_HEIGHT + 2 * HEADER_HEIGHT + 3 * step, AXIS_HEIGHT + 2 * HEADER_HEIGHT + 4 * step,
    ]);
    assert.equal(layout.endNs, 16e6, 'the axis spans the longest run');
    const w = fitWindow(layout);
    const middle = (row: number) => layout.rows[row].top + LANE_HEIGHT / 2;
    const second = hitTestLayout(layout, w, WIDTH, xOf(8e6, w, WIDTH), middle(6));
    assert.ok(second && second.kind === 'interval' && second.group === 1 && second.name === 'Thread-1 (work)');
    const gil = hitTestLayout(layout, w, WIDTH, xOf(2e6, w, WIDTH), middle(3));
    assert.ok(gil && gil.kind === 'gil' && gil.group === 0 && gil.name === 'MainThread');
    assert.equal(hitTestLayout(layout, w, WIDTH, xOf(2e6, w, WIDTH), middle(4)), null, 'a header is not a lane');
    assert.equal(hitTestLayout(layout, w, WIDTH, xOf(12e6, w, WIDTH), middle(1)), null, 'after the shorter run ended');
  });
});
