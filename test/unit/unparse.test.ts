// unparse (src/core/compile/unparse.ts) against CPython: the string each annotation becomes under
// `from __future__ import annotations`, from test/unit/fixtures/annotation-strings.json, written by
// scripts/regenerate-unparse-fixtures.mjs with the real interpreter.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type * as A from '../../src/core/syntax/ast';
import { parseModule } from '../../src/core/syntax/parse';
import { unparse } from '../../src/core/compile/unparse';

interface AnnotationCase {
  source: string;
  string: string;
}

const cases = JSON.parse(readFileSync(join(__dirname, 'fixtures/annotation-strings.json'), 'utf8')) as AnnotationCase[];

function annotationOf(source: string): A.Expr {
  const parsed = parseModule(`def f(x: ${source}): pass\n`);
  if (!parsed.ok) throw new Error(`does not parse: ${source}: ${parsed.error.message}`);
  const def = parsed.module.body[0] as A.FunctionDef;
  return def.args.args[0].annotation as A.Expr;
}

describe('unparse (PEP 563 annotation strings)', () => {
  it('has fixture cases', () => {
    assert.ok(cases.length > 50);
  });
  for (const c of cases) {
    it(`${c.source} → ${c.string}`, () => {
      assert.equal(unparse(annotationOf(c.source)), c.string);
    });
  }
});
