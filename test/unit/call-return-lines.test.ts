// After a call returns, what the caller does next is on the caller's line: the release of the call's
// arguments and of the old value a name held are annotated where the call is, not on the callee's last
// line — whether the class's __init__ ran as a frame of its own (CALL_ALLOC_AND_ENTER_INIT) or under
// native code (a class with its own __new__).
import { strict as assert } from 'node:assert';
import { traceOf } from './helpers/trace-of';

/** The line of each free of an instance of `type`, and of each release of the call's arguments. */
function linesAfterInit(source: string, type: string): { frees: number[]; argumentReleases: number[] } {
  const events = traceOf(source, { filename: 'p.py' });
  const instances = new Set(events.filter((e) => e.kind === 'alloc' && e.type === type).map((e) => (e as { obj: number }).obj));
  return {
    frees: events.flatMap((e) => (e.kind === 'free' && instances.has(e.obj) ? [e.line] : [])),
    argumentReleases: events.flatMap((e) => (e.kind === 'ref' && e.cause === 'argument' ? [e.line] : [])),
  };
}

describe('the lines of what follows a call', () => {
  it('puts the end of a class call on the line of the call, with an __init__ run as its own frame', () => {
    const source = 'class Point:\n    def __init__(self, x):\n        self.x = x\n\np = Point(1)\np = Point(2)\nprint(p.x)\n';
    // Line 6 rebinds p: the first Point is freed there; each call releases its argument on its own line.
    const { frees, argumentReleases } = linesAfterInit(source, 'Point');
    assert.deepEqual(frees, [6, 7]);
    assert.ok(argumentReleases.includes(5) && argumentReleases.includes(6) && !argumentReleases.includes(3), String(argumentReleases));
  });

  it('puts the end of a class call whose __init__ raised on the line of the call', () => {
    const source = 'class Point:\n    def __init__(self, x):\n        self.x = x\n        raise ValueError(x)\n\ntry:\n    Point(1)\nexcept ValueError:\n    pass\n';
    // The instance lives on in the traceback (its frame holds self) until the handler is done with it: its
    // POP_EXCEPT, without a location of its own, has the line of `pass` (CPython's dis: line 9).
    const { frees, argumentReleases } = linesAfterInit(source, 'Point');
    assert.deepEqual(frees, [9]);
    // ValueError(x) on line 4 releases its argument there; the call of Point releases its own on line 7.
    assert.deepEqual(argumentReleases.slice(-2), [4, 7]);
  });

  it('puts the end of a class call on the line of the call, with an __init__ run under native code', () => {
    const source = 'class Point:\n    def __new__(cls, x):\n        return super().__new__(cls)\n    def __init__(self, x):\n        self.x = x\n\np = Point(1)\np = Point(2)\nprint(p.x)\n';
    const { frees, argumentReleases } = linesAfterInit(source, 'Point');
    assert.deepEqual(frees, [8, 9]);
    assert.ok(argumentReleases.includes(7) && argumentReleases.includes(8) && !argumentReleases.includes(5), String(argumentReleases));
  });
});
