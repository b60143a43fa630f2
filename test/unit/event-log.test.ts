// The packed trace gives back every event it was given, whatever the order it is read in: generated
// sequences of every kind, with the values the compact rows treat apart (counts near the log's base,
// objects near the previous one, lines past a head's 16 bits, steps that jump, scopes that change
// across checkpoints).
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { EventLog } from '../../src/core/trace/event-log';
import { CAUSE_NAMES, type TraceEvent } from '../../src/core/trace/events';

const BASE = 1_000_000_000;
/** An event of any kind, without its step (Omit of each member of the union). */
type Unstepped = TraceEvent extends infer E ? (E extends TraceEvent ? Omit<E, 'step'> : never) : never;
const count = fc.oneof(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 250, max: 260 }), fc.integer({ min: BASE - 130, max: BASE + 130 }), fc.integer({ min: 0x7ff0, max: 0x8010 }), fc.integer({ min: BASE - 20_000, max: BASE + 20_000 }), fc.constant(-3), fc.constant(2_000_000_000));
// Mostly one line, as a program's events are: a ref row is compact only on its predecessor's line.
const line = fc.oneof({ arbitrary: fc.constant(3), weight: 6 }, fc.integer({ min: 1, max: 12 }), fc.constant(0), fc.integer({ min: 0xfff0, max: 0x10010 }));
const label = fc.constantFrom('', '', '', 'n', 'f_code', 'x[0]', '#17');
const scope = fc.constantFrom('<module>', 'fib', 'f', 'C.method');
const obj = fc.oneof({ arbitrary: fc.integer({ min: 1, max: 3000 }), weight: 4 }, fc.integer({ min: 1, max: 5_000_000 }));

/** One event without its step (the sequence gives steps). */
const ref = fc.record({ kind: fc.constant('ref' as const), obj, from: count, up: fc.boolean(), cause: fc.constantFrom(...CAUSE_NAMES), label, line, shared: fc.oneof({ arbitrary: fc.constant(false), weight: 4 }, fc.constant(true)) })
  .map(({ up, shared, ...e }): Unstepped => ({ ...e, to: e.from + (up ? 1 : -1), label: e.cause === 'owner-freed' ? '#12' : e.label, ...(shared ? { shared: true as const } : {}) }));
const event = fc.oneof(
  { arbitrary: ref, weight: 12 },
  fc.record({ kind: fc.constant('alloc' as const), obj, type: fc.constantFrom('int', 'list'), preview: fc.constantFrom('1', '[]'), line }),
  fc.record({ kind: fc.constant('free' as const), obj, line }),
  fc.record({ kind: fc.constant('line' as const), thread: fc.constantFrom(0, 1, 255, 256, 300), line, scope }),
  fc.record({ kind: fc.constant('bind' as const), frame: fc.nat(100), name: fc.constantFrom('a', 'b'), obj: fc.option(obj, { nil: null }), line }),
  fc.record({ kind: fc.constantFrom('frame-enter' as const, 'frame-exit' as const), frame: fc.nat(100), name: scope, line }),
  fc.record({ kind: fc.constant('output' as const), stream: fc.constantFrom('stdout' as const, 'stderr' as const), text: fc.constantFrom('1\n', 'x') }),
  fc.record({ kind: fc.constant('gc-track' as const), obj, generation: fc.integer({ min: -1, max: 2 }), line }),
  fc.record({ kind: fc.constant('gil' as const), action: fc.constantFrom('take' as const, 'drop' as const), thread: fc.nat(3), timeNs: fc.nat(10_000_000), line }),
  fc.record({ kind: fc.constant('brc' as const), action: fc.constantFrom('queue' as const, 'merge' as const), obj, thread: fc.nat(3), line }),
);
const steps = fc.oneof(fc.constant(0), fc.constant(1), fc.constant(2), fc.integer({ min: 3, max: 1000 }), fc.constant(-1));

/** Steps only grow. */
function withSteps(parts: { e: Unstepped; dStep: number }[]): TraceEvent[] {
  let step = 0;
  return parts.map(({ e, dStep }) => ({ ...e, step: (step = Math.max(0, step + dStep)) }) as TraceEvent);
}

describe('EventLog (the packed trace)', () => {
  it('gives back every event, read in order and at random', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ e: event, dStep: steps }), { minLength: 1, maxLength: 700 }), fc.array(fc.nat(), { maxLength: 60 }), (parts, picks) => {
        const events = withSteps(parts);
        const log = new EventLog(BASE);
        for (const e of events) log.push(e);
        assert.equal(log.length, events.length);
        assert.deepEqual(log.toArray(), events);
        for (const p of picks) {
          const i = p % events.length;
          assert.deepEqual(log.at(i), events[i], `event ${i}`);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('keeps a ref row to one word when its object and count are near the last ones, and a line row to one word', () => {
    const log = new EventLog(BASE);
    const pairs = 1_000_000;
    for (let i = 0; i < pairs; i++) {
      log.push({ kind: 'line', step: 1 + i, thread: 0, line: 3 + (i % 2), scope: 'fib' });
      log.push({ kind: 'ref', step: 1 + i, obj: 225, from: BASE + (i % 2), to: BASE + (i % 2) + (i % 2 ? -1 : 1), cause: 'new', label: '', line: 3 + (i % 2) });
    }
    // Two words a pair fill eight 1 MiB blocks (with ref rows of an object and a count word, and line rows
    // of a line and a scope word, six words a pair: 23 blocks).
    const MiB = 1 << 20;
    assert.ok(log.byteSize < 8 * MiB + MiB / 2, `${(log.byteSize / MiB).toFixed(2)} MiB`);
    assert.deepEqual(log.at(pairs + 1), { kind: 'ref', step: 1 + pairs / 2, obj: 225, from: BASE, to: BASE + 1, cause: 'new', label: '', line: 3 });
  });
});
