// The GIL timeline's saved webview state read back after a reload of the window: compare mode is restored
// on the file it names, and only from a well-formed state (it may come from an older webview, or none).
import assert from 'node:assert/strict';
import { restoredComparison } from '../../src/extension/panels/gil-timeline-state';
import type { GilTimelineState } from '../../src/shared/gil-timeline-protocol';

describe('GIL timeline state across a reload of the window', function () {
  it('restores compare mode on the file the saved state names', function () {
    const comparing: GilTimelineState = { window: { from: 10, to: 20 }, compare: { uri: 'file:///work/cpu.py', file: 'cpu.py' } };
    assert.deepEqual(restoredComparison(comparing), { uri: 'file:///work/cpu.py', file: 'cpu.py' });
    // Through JSON, as VS Code keeps it.
    assert.deepEqual(restoredComparison(JSON.parse(JSON.stringify(comparing))), { uri: 'file:///work/cpu.py', file: 'cpu.py' });
  });

  it('leaves the panel on the editor\'s run when the state shows a run, is missing, or is not one it wrote', function () {
    const showingRun: GilTimelineState = { window: { from: 0, to: 5 }, compare: null };
    assert.equal(restoredComparison(showingRun), null);
    // Written before compare mode was kept (only the window), or nothing saved at all.
    assert.equal(restoredComparison({ window: { from: 0, to: 5 } }), null);
    for (const state of [undefined, null, 'compare', 42, {}, { compare: 'file:///x.py' }, { compare: { uri: 7, file: 'x.py' } }, { compare: { uri: '', file: 'x.py' } }, { compare: { uri: 'file:///x.py' } }]) {
      assert.equal(restoredComparison(state), null, JSON.stringify(state));
    }
  });
});
