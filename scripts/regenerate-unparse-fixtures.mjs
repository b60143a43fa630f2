#!/usr/bin/env node
// Regenerates test/unit/fixtures/annotation-strings.json, the CPython ground truth that
// test/unit/unparse.test.ts compares src/core/compile/unparse.ts against: for each annotation
// expression, the string `from __future__ import annotations` makes of it (Python/ast_unparse.c).
//
// Usage: node scripts/regenerate-unparse-fixtures.mjs [path/to/python3.11]   (default: the clean 3.11 venv of scripts/pythons.mjs)

import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findInterpreter } from './pythons.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'test/unit/fixtures/annotation-strings.json');
const python = process.argv[2] ?? findInterpreter('3.11')?.exe ?? 'python3';

/** Annotations as learners write them, and the expression forms the unparser must bracket and space. */
const EXPRESSIONS = [
  'int', 'list[int] | None', 'Dict[str,  int]', "'Node'", '"it\'s"', 'Optional["Tree"]', '(1, 2)', '(1,)', '()',
  'lambda x, *a, y=2, **k: x+1', 'lambda: 0', 'lambda a, /, b: a', 'a.b[1:2, ::3]', 'a[::]', 'a[1:]', 'a[(1, 2)]', 'a[1,]',
  'f"{x!r:>3} and {y}"', 'f"{ {1: 2}[1] }"', '1 + 2*3', '(1 + 2) * 3', '2 ** -1', '(-2) ** 2', '-(2 ** 2)', '2 ** 3 ** 4',
  '(2 ** 3) ** 4', 'a - (b - c)', '(a - b) - c', 'not a and (b or c)', 'a or b and c', 'a if b else c',
  '(a if b else c) if d else e', 'x < y <= z is not None', 'a not in b', '[i for i in range(3) if i]',
  '{k: v for k, v in d.items()}', '{x for x in y}', 'f(a, *b, c=1, **d)', 'f(x for x in y)',
  '{1, 2}', '{**a, "b": 1}', '[]', '{}', '...', '1e309', '3.0', '1j', "b'x\\n'", '~x', '+x', 'a @ b', 'a // b % c',
  'a << 1 >> 2', 'a & b ^ c | d', '1 .real', 'None', 'True', '-1', 'Callable[[int, str], bool]', 'Tuple[int, ...]',
  'x.y.z', '"a" "b"', 'typing.List[typing.Dict[str, int]]',
];

const program = `
import json, sys
out = []
for e in json.loads(sys.stdin.read()):
    ns = {}
    body = "def f(x: %s): pass" % e
    exec(compile("from __future__ import annotations\\n" + body + "\\nr = f.__annotations__['x']\\n", "x", "exec"), ns)
    out.append({"source": e, "string": ns["r"]})
print(json.dumps(out, indent=1, ensure_ascii=False))
`;

const json = execFileSync(python, ['-c', program], { input: JSON.stringify(EXPRESSIONS), encoding: 'utf8' });
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, json);
console.log(`wrote ${JSON.parse(json).length} annotation strings to ${out}`);
