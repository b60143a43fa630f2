// Export Trace…'s JSON lines come in UTF-8 pieces of a few MiB, each ending at a line's end, so that a long
// run's trace (more text than one string holds) is never put together in one string.
import { strict as assert } from 'node:assert';
import { runSource, type EventSource } from '../../src/core/index';
import { jsonLineChunks } from '../../src/worker/trace-export';

describe('trace export (src/worker/trace-export.ts)', function () {
  this.timeout(60_000);

  it('gives every event once, in order, in pieces that end at a line end', () => {
    const source = 'n = 40_000\nwhile n:\n    n -= 1\ns = "é" * 3\nprint(n, s)\n';
    const events = runSource(source, { filename: 'loop.py', recordTrace: true }).events as EventSource;
    const pieces = jsonLineChunks(events);
    assert.ok(pieces.length >= 3, `${pieces.length} pieces for ${events.length} events`);
    const decoder = new TextDecoder();
    const lines: string[] = [];
    for (const piece of pieces) {
      assert.ok(piece.byteLength <= 9 << 20, `a piece of ${piece.byteLength} bytes`);
      const text = decoder.decode(piece);
      assert.ok(text.endsWith('\n'), 'a piece ends at a line end');
      lines.push(...text.slice(0, -1).split('\n'));
    }
    assert.equal(lines.length, events.length);
    for (const i of [0, 1, Math.floor(events.length / 2), events.length - 1]) assert.deepEqual(JSON.parse(lines[i]), events.at(i));
    assert.ok(lines.some((line) => line.includes('éé')), 'non-ASCII text is UTF-8');
  });

  it('gives no piece for an empty trace', () => {
    assert.deepEqual(jsonLineChunks({ length: 0, at: () => undefined as never }), []);
  });
});
