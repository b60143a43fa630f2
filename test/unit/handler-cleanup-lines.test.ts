// The exception bound by `except ... as e` is released by the handler's hidden `e = None; del e`, which
// has no line of its own in CPython: the trace puts its free on the line CPython reports for it (the
// handler's last line run, checked with sys._getframe(1).f_lineno in a __del__ on 3.11.7/3.12.1/3.13.0),
// not on the `except` line.
import { strict as assert } from 'node:assert';
import { traceOf } from './helpers/trace-of';

/** The line of each free of a ValueError instance. */
function valueErrorFrees(source: string, python: '3.11' | '3.12' | '3.13'): number[] {
  const events = traceOf(source, { filename: 'p.py', python });
  const errors = new Set(events.filter((e) => e.kind === 'alloc' && e.type === 'ValueError').map((e) => (e as { obj: number }).obj));
  return events.flatMap((e) => (e.kind === 'free' && errors.has(e.obj) ? [e.line] : []));
}

describe('the line of the release of an exception bound by `as`', () => {
  const fallThrough = 'def f():\n    try:\n        raise ValueError(1)\n    except ValueError as e:\n        print("handled")\n        print("still")\n    print("after")\n\nf()\n';
  for (const python of ['3.11', '3.12', '3.13'] as const) {
    it(`is the handler body's last line when the body falls through (${python})`, () => {
      assert.deepEqual(valueErrorFrees(fallThrough, python), [6]);
    });
  }

  const branches = 'x = 0\ntry:\n    raise ValueError(1)\nexcept ValueError as e:\n    if x:\n        print("yes")\n    else:\n        print("no")\nprint("end")\n';
  it('is the branch run last under 3.13, which copies the cleanup into each branch', () => {
    assert.deepEqual(valueErrorFrees(branches, '3.13'), [8]);
  });
  it('stays on the last line run under 3.11, where CPython reports no line (f_lineno None)', () => {
    assert.deepEqual(valueErrorFrees(branches, '3.11'), [8]);
    const f = traceOf('import sys\nclass D:\n    def __del__(self):\n        print(sys._getframe(1).f_lineno)\n' + branches.replace('ValueError(1)', 'ValueError(D())'), { filename: 'p.py', python: '3.11' });
    const stdout = f.map((e) => (e.kind === 'output' && e.stream === 'stdout' ? e.text : '')).join('');
    assert.equal(stdout, 'no\nNone\nend\n');
  });
});
