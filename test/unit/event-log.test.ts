// The packed trace gives back every event it was given, whatever the order it is read in: generated
// sequences of every kind, with the values the compact rows treat apart (counts near the log's base,
// objects near one of the recent ones, lines past a head's 16 bits, steps that jump, scopes that change
// across checkpoints, objects allocated one after another, freed after their last ref, bound just after
// they were made, owners freed just before they release what they hold).
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { CHECKPOINT_ROWS, EventLog } from '../../src/core/trace/event-log';
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
/** Stand-ins `withSteps` replaces by an earlier event's object: the next id, the last ref's object, the last allocated, the last freed. */
const NEXT_ALLOC = -101;
const LAST_REF = -102;
const LAST_ALLOC = -103;
const LAST_FREED = '#last-freed';
const recent = (other: fc.Arbitrary<number>, stand: number) => fc.oneof({ arbitrary: fc.constant(stand), weight: 2 }, other);

/** One event without its step (the sequence gives steps). */
const ref = fc.record({ kind: fc.constant('ref' as const), obj, from: count, up: fc.boolean(), cause: fc.constantFrom(...CAUSE_NAMES), label, line, shared: fc.oneof({ arbitrary: fc.constant(false), weight: 4 }, fc.constant(true)) })
  .chain((e) => fc.constantFrom('#12', '#012', LAST_FREED).map((owner) => ({ ...e, owner })))
  .map(({ up, shared, owner, ...e }): Unstepped => ({ ...e, to: e.from + (up ? 1 : -1), label: e.cause === 'owner-freed' ? owner : e.label, ...(shared ? { shared: true as const } : {}) }));
const event = fc.oneof(
  { arbitrary: ref, weight: 12 },
  fc.record({ kind: fc.constant('alloc' as const), obj: recent(obj, NEXT_ALLOC), type: fc.constantFrom('int', 'list'), preview: fc.constantFrom('1', '-7', '3000000000', '[]', '<Point object>', '<Point object>', '<list>', '<int>'), line }),
  fc.record({ kind: fc.constant('free' as const), obj: recent(obj, LAST_REF), line }),
  fc.record({ kind: fc.constant('line' as const), thread: fc.constantFrom(0, 1, 255, 256, 300), line, scope }),
  fc.record({ kind: fc.constant('bind' as const), frame: fc.nat(100), name: fc.constantFrom('a', 'b'), obj: fc.option(recent(obj, LAST_ALLOC), { nil: null }), line }),
  fc.record({ kind: fc.constantFrom('frame-enter' as const, 'frame-exit' as const), frame: fc.oneof(fc.nat(100), fc.integer({ min: 1, max: 100_000 })), name: scope, line }),
  fc.record({ kind: fc.constant('output' as const), stream: fc.constantFrom('stdout' as const, 'stderr' as const), text: fc.constantFrom('1\n', 'x') }),
  fc.record({ kind: fc.constant('gc-track' as const), obj, generation: fc.integer({ min: -1, max: 2 }), line }),
  fc.record({ kind: fc.constant('gil' as const), action: fc.constantFrom('take' as const, 'drop' as const), thread: fc.nat(3), timeNs: fc.nat(10_000_000), line }),
  fc.record({ kind: fc.constant('brc' as const), action: fc.constantFrom('queue' as const, 'merge' as const), obj, thread: fc.nat(3), line }),
);
const steps = fc.oneof(fc.constant(0), fc.constant(1), fc.constant(2), fc.integer({ min: 3, max: 1000 }), fc.constant(-1));

/** Steps only grow; the stand-ins become the objects they stand for. */
function withSteps(parts: { e: Unstepped; dStep: number }[]): TraceEvent[] {
  let step = 0;
  let lastRef = 7;
  let lastAlloc = 7;
  let lastFreed = 7;
  return parts.map(({ e, dStep }) => {
    const out = { ...e, step: (step = Math.max(0, step + dStep)) } as TraceEvent;
    if (out.kind === 'ref') {
      if (out.label === LAST_FREED) out.label = `#${lastFreed}`;
      lastRef = out.obj;
    } else if (out.kind === 'alloc') {
      if (out.obj === NEXT_ALLOC) out.obj = lastAlloc + 1;
      lastAlloc = out.obj;
    } else if (out.kind === 'free') {
      if (out.obj === LAST_REF) out.obj = lastRef;
      lastFreed = out.obj;
    } else if (out.kind === 'bind' && out.obj === LAST_ALLOC) out.obj = lastAlloc;
    return out;
  });
}

/** As the heap records: an int's preview is given as its number (int32 ones go in a payload word, others aside). */
function record(log: EventLog, e: TraceEvent): void {
  if (e.kind === 'alloc' && /^-?\d+$/.test(e.preview)) log.alloc(e.step, e.obj, e.type, Number(e.preview), e.line);
  else log.push(e);
}

describe('EventLog (the packed trace)', () => {
  it('gives back every event, read in order and at random', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ e: event, dStep: steps }), { minLength: 1, maxLength: 700 }), fc.array(fc.nat(), { maxLength: 60 }), (parts, picks) => {
        const events = withSteps(parts);
        const log = new EventLog(BASE);
        for (const e of events) record(log, e);
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

  it('reads a compact row right after a checkpoint, in order, as it was written (the writer forgot the last object there)', () => {
    // A regression: the reader kept the previous rows' object when it went on past a checkpoint, so the first
    // compact row there came back with another object.
    const log = new EventLog(BASE);
    const events: TraceEvent[] = [];
    for (let i = 0; i < 2 * CHECKPOINT_ROWS + 44; i++) events.push({ kind: 'ref', step: 1, obj: i < CHECKPOINT_ROWS ? 2000 : 5, from: 3, to: 4, cause: 'stack', label: '', line: 1 });
    for (const e of events) log.push(e);
    assert.deepEqual(log.toArray(), events);
  });

  it('keeps to one word the rows of a countdown loop: refs in two regions of ids, an alloc, a bind, a free', () => {
    // `n -= 1` at module level, as the simulator records it: the small int 1 (an old id) and the ints made
    // one after another; the new int bound to n, the old one freed after its last decref.
    const log = new EventLog(BASE);
    const iterations = 100_000;
    let step = 0;
    for (let i = 0; i < iterations; i++) {
      const old = 5000 + i;
      const made = old + 1;
      log.push({ kind: 'ref', step: ++step, obj: old, from: 1, to: 2, cause: 'stack', label: '', line: 3 });
      log.push({ kind: 'ref', step: ++step, obj: 12, from: BASE + 5, to: BASE + 6, cause: 'stack', label: '', line: 3 });
      log.push({ kind: 'alloc', step: ++step, obj: made, type: 'int', preview: String(made), line: 3 });
      log.push({ kind: 'ref', step, obj: old, from: 2, to: 1, cause: 'stack', label: '', line: 3 });
      log.push({ kind: 'ref', step, obj: 12, from: BASE + 6, to: BASE + 5, cause: 'stack', label: '', line: 3 });
      log.push({ kind: 'bind', step: ++step, frame: 1, name: 'n', obj: made, line: 3 });
      log.push({ kind: 'ref', step, obj: old, from: 1, to: 0, cause: 'name', label: 'n', line: 3 });
      log.push({ kind: 'free', step, obj: old, line: 3 });
    }
    // Eight rows an iteration in nine words (the labelled ref takes two): four 1 MiB blocks; with the object
    // of each far ref, of each alloc and bind, and of each free in a word of its own, 22 words took nine.
    const MiB = 1 << 20;
    assert.ok(log.byteSize < 4.5 * MiB, `${(log.byteSize / MiB).toFixed(2)} MiB`);
    assert.deepEqual(log.at(8 * 777 + 2), { kind: 'alloc', step: 4 * 777 + 3, obj: 5778, type: 'int', preview: '5778', line: 3 });
    assert.deepEqual(log.at(8 * 777 + 7), { kind: 'free', step: 4 * 777 + 4, obj: 5777, line: 3 });
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
