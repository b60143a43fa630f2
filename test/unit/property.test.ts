// Generated programs never make the simulator fail internally: every run ends with output, a
// Python exception (exit 1), a diagnostic (exit 2) or a budget stop (exit 3), and the heap's
// books balance (no count below zero — the Heap throws on that).

import assert from 'node:assert/strict';
import fc from 'fast-check';
import { runSource } from '../../src/core/index';

const names = ['a', 'b', 'c', 'xs', 'd', 'obj'];
const name = fc.constantFrom(...names);
const atom = fc.oneof(
  name,
  fc.integer({ min: -3, max: 1_000_000 }).map(String),
  fc.constantFrom("'s'", "'hello world'", 'None', 'True', '1.5', '[]', '{}', '()', '[1, 2]', "{'k': 1}", 'Box()'),
);
const expr: fc.Arbitrary<string> = fc.oneof(
  atom,
  fc.tuple(atom, fc.constantFrom('+', '-', '*', '//', '%', '==', '<', 'is', 'in'), atom).map(([l, op, r]) => `${l} ${op} ${r}`),
  fc.tuple(atom, atom).map(([x, y]) => `[${x}, ${y}]`),
  fc.tuple(atom, atom).map(([x, y]) => `(${x}, ${y})`),
  fc.tuple(name, atom).map(([n, v]) => `f(${n}, ${v})`),
  atom.map((v) => `len(${v})`),
  atom.map((v) => `sys.getrefcount(${v})`),
  fc.tuple(name, fc.integer({ min: -2, max: 3 })).map(([n, i]) => `${n}[${i}]`),
  name.map((n) => `${n}.attr`),
  name.map((n) => `[i for i in ${n}]`),
);
const pattern = fc.constantFrom(
  'a', '[a, *b]', '[a, *_, c]', '(a, b) as t', "{'k': a, **b}", '{}', 'Box(attr=a)', 'Box()', 'int(a) | str(a)',
  "1 | -2 | 'hello world' | 1.5", 'None', '[]', 'list([a])', 'tuple()', '[[a], b] | [b, [a]]',
);
const stmt: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(expr, pattern, fc.option(expr), expr).map(
    ([s, p, g, e]) => `match ${s}:\n    case ${p}${g === null ? '' : ` if ${g}`}:\n        print(${e})\n    case _:\n        print('no match')`,
  ),
  fc.tuple(name, expr).map(([n, e]) => `${n} = ${e}`),
  expr.map((e) => `print(${e})`),
  name.map((n) => `del ${n}`),
  fc.tuple(name, expr).map(([n, e]) => `${n}.attr = ${e}`),
  fc.tuple(name, expr).map(([n, e]) => `${n}.append(${e})`),
  fc.tuple(name, expr).map(([n, e]) => `for i in ${n}:\n    print(i, ${e})`),
  fc.tuple(expr, expr).map(([e1, e2]) => `try:\n    print(${e1})\nexcept Exception as err:\n    print(type(err).__name__, ${e2})`),
  fc.tuple(expr).map(([e]) => `if ${e}:\n    print('yes')\nelse:\n    print('no')`),
  fc.constant('while True:\n    pass'),
);
const program = fc.array(stmt, { minLength: 1, maxLength: 12 }).map((lines) =>
  [
    'import sys',
    'class Box:',
    '    def __del__(self):',
    "        print('freed')",
    'def f(x, y=2):',
    '    z = [x, y]',
    '    return z',
    ...lines,
  ].join('\n') + '\n',
);

describe('property: generated programs never crash the simulator', function () {
  this.timeout(120_000);
  it('ends every run with a documented outcome', function () {
    fc.assert(
      fc.property(program, fc.constantFrom('3.11', '3.12', '3.13' as const), (source, python) => {
        const result = runSource(source, { python, maxSteps: 20_000, filename: 'gen.py' });
        assert.ok([0, 1, 2, 3].includes(result.exitCode), `exit ${result.exitCode}\n${result.stderr}`);
        if (result.exitCode === 1) assert.match(result.stderr, /Traceback \(most recent call last\)|Error|Exception/);
        if (result.exitCode === 3) assert.match(result.stderr, /budget/);
      }),
      { numRuns: 300, seed: 20261125 },
    );
  });
});
