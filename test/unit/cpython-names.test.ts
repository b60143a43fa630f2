// Names real CPython has that the simulator lacks (runtime/cpython-names.ts): the run stops with a
// "not modelled" diagnostic at the learner's line instead of a NameError or AttributeError CPython would
// never raise; names CPython lacks too keep CPython's errors, and the version decides (itertools.batched).

import assert from 'node:assert/strict';
import { runSource } from '../../src/core/index';
import type { PythonVersion } from '../../src/core/versions';

function diagnostic(source: string, python: PythonVersion = '3.11'): { exitCode: number; message?: string; line?: number; stderr: string } {
  const result = runSource(source, { filename: 'names.py', python });
  return { exitCode: result.exitCode, message: result.diagnostic?.message, line: result.diagnostic?.line, stderr: result.stderr };
}

describe('names CPython has and the simulator does not', () => {
  it('stops with "not modelled" at the line using them', () => {
    for (const [source, what, line] of [
      ['print(1)\nhelp(len)\n', 'builtin help', 2],
      ['f = open("data.txt", "w")\nf.reconfigure(line_buffering=True)\n', '_io.TextIOWrapper.reconfigure', 2],
      ['import io\nbuffer = io.BufferedRWPair\n', 'io.BufferedRWPair', 2],
      ['exit()\n', 'builtin exit', 1],
      ['import math\nprint(math.lgamma(3))\n', 'math.lgamma', 2],
      ['from math import lgamma\n', 'math.lgamma', 1],
      ['x = 1.5\nprint(int.real)\n', 'int.real', 2],
      ['import math\nprint(math.erf(0.5))\n', 'math.erf', 2],
      ['import math\nx = 1.0\nprint(math.expm1(x))\n', 'math.expm1', 3],
    ] as const) {
      const result = diagnostic(source);
      assert.equal(result.exitCode, 2, source);
      assert.equal(result.message, `not modelled by CPython Lens: ${what}`, source);
      assert.equal(result.line, line, source);
    }
  });

  it('stops with "not modelled" where CPython\'s C type has a protocol the simulator\'s lacks', () => {
    // staticmethod objects are callable since 3.10 (sm_call); the simulator's are not.
    const result = diagnostic('def f():\n    return 1\nsm = staticmethod(f)\nprint(sm())\n');
    assert.equal(result.exitCode, 2);
    assert.equal(result.message, 'not modelled by CPython Lens: staticmethod.__call__');
    assert.equal(result.line, 4);
    for (const [source, error] of [
      ['len(5)\n', "TypeError: object of type 'int' has no len()"],
      ['x = 5\nx[0]\n', "TypeError: 'int' object is not subscriptable"],
      ['iter(5)\n', "TypeError: 'int' object is not iterable"],
      ['class A:\n    pass\nwith A():\n    pass\n', "TypeError: 'A' object does not support the context manager protocol"],
    ] as const) {
      const result = diagnostic(source);
      assert.equal(result.exitCode, 1, source);
      assert.ok(result.stderr.trimEnd().endsWith(error), result.stderr);
    }
  });

  it('keeps CPython\'s NameError and AttributeError for names CPython lacks too', () => {
    for (const [source, error] of [
      ['print(opn)\n', "NameError: name 'opn' is not defined. Did you mean: 'open'?"],
      ['import math\nmath.nope\n', "AttributeError: module 'math' has no attribute 'nope'"],
      ['class Point:\n    pass\nPoint().hex\n', "AttributeError: 'Point' object has no attribute 'hex'"],
      ['class Floaty(float):\n    pass\nFloaty.nope\n', "AttributeError: type object 'Floaty' has no attribute 'nope'"],
    ] as const) {
      const result = diagnostic(source);
      assert.equal(result.exitCode, 1, source);
      assert.ok(result.stderr.trimEnd().endsWith(error), result.stderr);
    }
  });

  it('follows the modelled version', () => {
    const source = 'import itertools\nprint(itertools.batched)\n';
    assert.equal(diagnostic(source, '3.11').exitCode, 1);
    assert.ok(diagnostic(source, '3.11').stderr.includes("AttributeError: module 'itertools' has no attribute 'batched'"));
    assert.equal(runSource(source, { filename: 'names.py', python: '3.12' }).stdout, "<class 'itertools.batched'>\n");
  });

  it('lets a program catch the AttributeError of its own classes and of names CPython lacks', () => {
    const result = runSource('try:\n    [].nope\nexcept AttributeError as e:\n    print(e)\nprint(hasattr([], "nope"))\n', { filename: 'names.py' });
    assert.equal(result.stdout, "'list' object has no attribute 'nope'\nFalse\n");
  });
});
