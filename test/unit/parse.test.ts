// parseModule against CPython 3.11: the syntax tree (ast.dump and node positions) for valid
// code, the SyntaxError/IndentationError (message and position) for invalid code. The expected
// values come from the real interpreter: test/unit/fixtures/ast-dumps.json, written by
// scripts/regenerate-ast-fixtures.mjs. The hand-written tests below cover what CPython has no
// answer for (constructs CPython Lens does not model) and properties of the result.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type * as A from '../../src/core/syntax/ast';
import { parseModule } from '../../src/core/syntax/parse';
import { astDump, astPositions } from './helpers/ast-dump';

interface ValidCase {
  source: string;
  dump: string;
  positions: string;
}

interface ErrorCase {
  name?: string;
  source: string;
  type: string;
  message: string;
  line: number;
  col: number;
  endLine: number | null;
  endCol: number | null;
  checkPosition: boolean;
}

const fixtures = JSON.parse(readFileSync(join(__dirname, 'fixtures', 'ast-dumps.json'), 'utf8')) as {
  python: string;
  valid: ValidCase[];
  errors: ErrorCase[];
};

function title(source: string): string {
  const s = JSON.stringify(source);
  return s.length > 90 ? s.slice(0, 87) + '..."' : s;
}

function parseOk(source: string): A.Module {
  const r = parseModule(source);
  if (!r.ok) assert.fail(`expected ${title(source)} to parse, got ${r.error.kind}: ${r.error.message} at ${r.error.line}:${r.error.col}`);
  return r.module;
}

function parseError(source: string): A.SourceDiagnostic {
  const r = parseModule(source);
  if (r.ok) assert.fail(`expected ${title(source)} to be rejected`);
  return r.error;
}

function onlyExpr(source: string): A.Expr {
  const m = parseOk(source);
  const s = m.body[0];
  assert.equal(m.body.length, 1);
  assert.equal(s.kind, 'Expr');
  return s.value;
}

function constant(source: string): A.ConstantValue {
  const e = onlyExpr(source);
  assert.equal(e.kind, 'Constant');
  return e.value;
}

describe('parseModule', () => {
  it(`has CPython ${fixtures.python} fixtures`, () => {
    assert.match(fixtures.python, /^3\.11\./);
    assert.ok(fixtures.valid.length > 100);
    assert.ok(fixtures.errors.length > 300);
  });

  describe('syntax tree equals CPython ast.dump, node positions included', () => {
    for (const c of fixtures.valid) {
      it(title(c.source), () => {
        const m = parseOk(c.source);
        assert.equal(astDump(m), c.dump);
        assert.equal(astPositions(m), c.positions);
      });
    }
  });

  describe('syntax errors: CPython message and position', () => {
    for (const c of fixtures.errors) {
      it(c.name !== undefined ? `${c.name}: ${title(c.source)}` : title(c.source), () => {
        const e = parseError(c.source);
        // TabError is a subclass of IndentationError; we report the latter
        const kind = c.type === 'TabError' ? 'IndentationError' : c.type;
        assert.equal(e.kind, kind);
        assert.equal(e.message, c.message);
        if (!c.checkPosition) return;
        assert.deepEqual({ line: e.line, col: e.col }, { line: c.line, col: c.col });
        if (c.endCol !== null) {
          assert.deepEqual({ endLine: e.endLine, endCol: e.endCol }, { endLine: c.endLine, endCol: c.endCol });
        } else {
          assert.ok(e.endLine > e.line || (e.endLine === e.line && e.endCol >= e.col), 'end after start');
        }
      });
    }
  });

  describe('constructs CPython Lens does not model', () => {
    const cases: [string, string, { line: number; col: number }][] = [
      ['type alias statements (Python 3.12)', 'type Point = tuple[int, int]\n', { line: 1, col: 0 }],
      ['type parameter lists (Python 3.12)', 'def first[T](xs: list[T]) -> T:\n    return xs[0]\n', { line: 1, col: 9 }],
      ['\\N{...} escapes in string literals', 'x = 1\ns = "\\N{BULLET} item"\n', { line: 2, col: 4 }],
    ];
    for (const [construct, source, at] of cases) {
      it(`${construct}: ${title(source)}`, () => {
        const e = parseError(source);
        assert.equal(e.kind, 'Unsupported');
        assert.equal(e.message, `not modelled by CPython Lens: ${construct}`);
        assert.deepEqual({ line: e.line, col: e.col }, at);
      });
    }

    it('reports a syntax error before an unsupported construct', () => {
      const e = parseError('type P = int\nx = (\n');
      assert.equal(e.kind, 'SyntaxError');
      assert.equal(e.message, "'(' was never closed");
    });

    it("reports CPython's compile-time errors before an unsupported construct", () => {
      const e = parseError('type P = int\nreturn 1\n');
      assert.equal(e.message, "'return' outside function");
    });

    it('converts async code fully before reporting it', () => {
      // (the tree is not returned, but conversion must not stumble on it)
      const e = parseError('async def f(a, *b):\n    async with a as x, b:\n        async for y in x:\n            await y\n    return [z async for z in b]\ntype P = int\n');
      assert.equal(e.kind, 'Unsupported');
      assert.equal(e.message, 'not modelled by CPython Lens: type alias statements (Python 3.12)');
    });
  });

  describe('literal values', () => {
    it('decodes ints of any size as bigint', () => {
      assert.deepEqual(constant('123456789012345678901234567890\n'), { type: 'int', value: 123456789012345678901234567890n });
      assert.deepEqual(constant('0x_FF\n'), { type: 'int', value: 255n });
      assert.deepEqual(constant('0o17\n'), { type: 'int', value: 15n });
      assert.deepEqual(constant('0B1010\n'), { type: 'int', value: 10n });
      assert.deepEqual(constant('1_000_000\n'), { type: 'int', value: 1000000n });
      assert.deepEqual(constant('0\n'), { type: 'int', value: 0n });
    });

    it('decodes floats and imaginary numbers', () => {
      assert.deepEqual(constant('1e10\n'), { type: 'float', value: 1e10 });
      assert.deepEqual(constant('.5\n'), { type: 'float', value: 0.5 });
      assert.deepEqual(constant('1_000.0\n'), { type: 'float', value: 1000 });
      assert.deepEqual(constant('1.\n'), { type: 'float', value: 1 });
      assert.deepEqual(constant('1.e-3\n'), { type: 'float', value: 0.001 });
      assert.deepEqual(constant('1e400\n'), { type: 'float', value: Infinity });
      assert.deepEqual(constant('2j\n'), { type: 'complex', imag: 2 });
      assert.deepEqual(constant('1.5J\n'), { type: 'complex', imag: 1.5 });
    });

    it('decodes string escapes', () => {
      assert.deepEqual(constant("'a\\n\\t\\\\\\'\\x41\\u00e9\\U0001F600\\101\\0\\q'\n"), {
        type: 'str',
        value: "a\n\t\\'A\u00e9\u{1F600}A\0\\q",
      });
      assert.deepEqual(constant("r'\\n\\x'\n"), { type: 'str', value: '\\n\\x' });
      assert.deepEqual(constant("'a\\\nb'\n"), { type: 'str', value: 'ab' });
      assert.deepEqual(constant("u'x' \"y\" '''z\n'''\n"), { type: 'str', value: 'xyz\n' });
    });

    it('decodes bytes to a Uint8Array', () => {
      const v = constant("b'A\\x00\\xff\\n' rb'\\n' B'\\u0041'\n");
      assert.equal(v.type, 'bytes');
      if (v.type !== 'bytes') return;
      assert.ok(v.value instanceof Uint8Array);
      assert.deepEqual([...v.value], [65, 0, 255, 10, 92, 110, 92, 117, 48, 48, 52, 49]);
    });

    it('decodes None, True, False and ...', () => {
      const e = onlyExpr('None, True, False, ...\n');
      assert.equal(e.kind, 'Tuple');
      if (e.kind !== 'Tuple') return;
      assert.deepEqual(
        e.elts.map((x) => (x.kind === 'Constant' ? x.value : null)),
        [{ type: 'None' }, { type: 'bool', value: true }, { type: 'bool', value: false }, { type: 'Ellipsis' }],
      );
    });
  });

  describe('f-strings', () => {
    it('turns {x=} into the constant and the repr CPython produces', () => {
      const e = onlyExpr("f'a{x=}'\n");
      assert.equal(e.kind, 'JoinedStr');
      if (e.kind !== 'JoinedStr') return;
      assert.equal(e.values.length, 2);
      const [text, value] = e.values;
      assert.deepEqual(text.kind === 'Constant' ? text.value : null, { type: 'str', value: 'ax=' });
      assert.equal(value.kind, 'FormattedValue');
      if (value.kind !== 'FormattedValue') return;
      assert.equal(value.conversion, 'r'.charCodeAt(0));
      assert.equal(value.formatSpec, null);
    });

    it('keeps format specs with replacement fields, and conversions', () => {
      const e = onlyExpr("f'{v!s:>{width}.2f}'\n");
      if (e.kind !== 'JoinedStr' || e.values[0].kind !== 'FormattedValue') return assert.fail('expected a FormattedValue');
      const fv = e.values[0];
      assert.equal(fv.conversion, 's'.charCodeAt(0));
      assert.ok(fv.formatSpec !== null);
      assert.deepEqual(
        fv.formatSpec.values.map((x) => x.kind),
        ['Constant', 'FormattedValue', 'Constant'],
      );
    });

    it('puts expressions at their real position', () => {
      const e = onlyExpr('f"""x\n{a +\n b}"""\n');
      if (e.kind !== 'JoinedStr' || e.values[1].kind !== 'FormattedValue') return assert.fail('expected a FormattedValue');
      const { line, col, endLine, endCol } = e.values[1].value;
      assert.deepEqual({ line, col, endLine, endCol }, { line: 2, col: 1, endLine: 3, endCol: 2 });
    });

    it('points errors inside a replacement field at the real source', () => {
      const e = parseError('x = 1\ny = f"{a b}"\n');
      assert.equal(e.message, 'f-string: invalid syntax. Perhaps you forgot a comma?');
      assert.deepEqual({ line: e.line, col: e.col, endCol: e.endCol }, { line: 2, col: 7, endCol: 10 });
    });
  });

  describe('tree details', () => {
    it('keeps parameter and return annotations', () => {
      const m = parseOk('def f(a: int, *b: str) -> bool:\n    pass\n');
      const f = m.body[0];
      if (f.kind !== 'FunctionDef') return assert.fail('expected a def');
      assert.equal(f.args.args[0].annotation?.kind, 'Name');
      assert.equal(f.args.vararg?.annotation?.kind, 'Name');
      assert.equal(f.returns?.kind, 'Name');
    });

    it('gives statements their CPython lines (they drive tracebacks and line events)', () => {
      const source = [
        '# comment',
        '',
        '@decorator',
        'def f(',
        '    a,',
        '):',
        '    x = (1 +',
        '         2)',
        '    return x',
        '',
        'if f(1):',
        '    pass',
        'elif g:',
        '    y = """',
        'text"""; z = 3',
        'else:',
        '    pass',
      ].join('\n');
      const m = parseOk(source);
      const lines: string[] = [];
      const walk = (stmts: readonly A.Stmt[]): void => {
        for (const s of stmts) {
          lines.push(`${s.kind}@${s.line}-${s.endLine}`);
          if (s.kind === 'FunctionDef' || s.kind === 'If') walk(s.body);
          if (s.kind === 'If') walk(s.orelse);
        }
      };
      walk(m.body);
      assert.deepEqual(lines, [
        'FunctionDef@4-9',
        'Assign@7-8',
        'Return@9-9',
        'If@11-17',
        'Pass@12-12',
        'If@13-17',
        'Assign@14-15',
        'Assign@15-15',
        'Pass@17-17',
      ]);
    });

    it('sets Store and Del contexts on targets', () => {
      const m = parseOk('a, [b.c, *d[0]] = x\ndel e, f.g\nfor (h, i) in j: pass\n');
      assert.equal(astDump(m).match(/ctx=Store\(\)/g)?.length, 9);
      assert.equal(astDump(m).match(/ctx=Del\(\)/g)?.length, 2);
    });

    it('reads `not` with the right precedence (lezer nests it too deep)', () => {
      assert.equal(
        astDump(parseOk('not a and b or not c == d\n')),
        "Module(body=[Expr(value=BoolOp(op=Or(), values=[BoolOp(op=And(), values=[UnaryOp(op=Not(), operand=Name(id='a', ctx=Load())), Name(id='b', ctx=Load())]), UnaryOp(op=Not(), operand=Compare(left=Name(id='c', ctx=Load()), ops=[Eq()], comparators=[Name(id='d', ctx=Load())]))]))], type_ignores=[])",
      );
    });

    it('accepts `print` used as a name, and Python 2 `print >>f` (a runtime TypeError)', () => {
      parseOk('print = log\nmap(print, xs)\nprint, x = 1, 2\n');
      parseOk("import sys\nprint >>sys.stderr, 'x'\n");
    });
  });

  describe('source text', () => {
    it('treats \\r\\n and \\r as newlines, and ignores a BOM', () => {
      const lf = astPositions(parseOk('x = 1\nif x:\n    y = 2\n'));
      assert.equal(astPositions(parseOk('x = 1\r\nif x:\r\n    y = 2\r\n')), lf);
      assert.equal(astPositions(parseOk('x = 1\rif x:\r    y = 2\r')), lf);
      assert.equal(astPositions(parseOk('\ufeffx = 1\nif x:\n    y = 2')), lf);
    });

    it('accepts empty input, blank lines and comments only', () => {
      assert.deepEqual(parseOk('').body, []);
      assert.deepEqual(parseOk('\n\n   \n# nothing\n  # indented comment\n').body, []);
    });

    it('parses a long module (lezer alone breaks after a few hundred statements)', () => {
      const source = Array.from({ length: 1500 }, (_, i) => `v${i} = [${i}, "${i}"]\nif v${i}:\n    print(v${i})\n`).join('');
      assert.equal(parseOk(source).body.length, 3000);
    });

    it('never throws, and always gives a position inside the source', () => {
      let seed = 7;
      const random = (): number => {
        seed = (seed * 1103515245 + 12345) & 0x7fffffff;
        return seed / 0x7fffffff;
      };
      const alphabet = 'ab x=()[]{}:,.+-*/%\'"\\\n\t #@!0129_fjrbu<>|&^~;';
      const base = 'def f(a, b=1):\n    """doc"""\n    for i in range(a):\n        yield f"{i!r:>{b}}"\n    return [x for x in a if x]\n';
      for (let n = 0; n < 1500; n++) {
        let s: string;
        if (n % 2 === 0) {
          s = '';
          const len = Math.floor(random() * 40);
          for (let k = 0; k < len; k++) s += alphabet[Math.floor(random() * alphabet.length)];
        } else {
          const at = Math.floor(random() * base.length);
          s = base.slice(0, at) + alphabet[Math.floor(random() * alphabet.length)] + base.slice(at + Math.floor(random() * 3));
        }
        const r = parseModule(s);
        if (r.ok) continue;
        const lines = s.replace(/\r\n?/g, '\n').split('\n').length + 1;
        const e = r.error;
        assert.ok(e.line >= 1 && e.line <= lines && e.col >= 0, `bad position for ${title(s)}: ${JSON.stringify(e)}`);
        assert.ok(e.endLine > e.line || (e.endLine === e.line && e.endCol >= e.col), `end before start for ${title(s)}`);
        assert.ok(e.message.length > 0);
      }
    });
  });
});
