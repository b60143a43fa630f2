// What the oracle cases cannot see of the re module: how a Python pattern becomes a JS RegExp (the
// pieces whose JS meaning differs from Python's), the features that stop the run as not modelled instead
// of matching differently, and the error of each refusal reaching the learner as a diagnostic.

import assert from 'node:assert/strict';
import { translatePattern, ReTranslateError, ReTranslateUnsupported, FLAG } from '../../src/core/modules/re/re-translate';
import { runSource } from '../../src/core/index';

/** Whether the translation of `pattern` matches all of `text` (as fullmatch would). */
function fullmatches(pattern: string, text: string, flags = 0): boolean {
  const t = translatePattern(pattern, flags);
  return new RegExp(`^(?:${t.source})$`, `u${t.flags & FLAG.IGNORECASE ? 'i' : ''}`).test(text);
}

function refusal(pattern: string, flags = 0): string {
  try {
    translatePattern(pattern, flags);
  } catch (e) {
    if (e instanceof ReTranslateUnsupported) return e.message;
    throw e;
  }
  assert.fail(`${JSON.stringify(pattern)} was translated`);
}

describe('re pattern translation', function () {
  it("writes `.`, `$`, \\w, \\d, \\s as Python's, not JS's", function () {
    assert.equal(fullmatches('a.', 'a\r'), true); // JS's `.` stops at \r
    assert.equal(fullmatches('a.', 'a\n'), false);
    assert.equal(fullmatches('a.', 'a\n', FLAG.DOTALL), true);
    assert.equal(fullmatches('\\w+', 'héllo_٣'), true); // JS's \w is ASCII
    assert.equal(fullmatches('\\w+', 'héllo', FLAG.ASCII), false);
    assert.equal(fullmatches('\\d', '٣'), true);
    assert.equal(fullmatches('\\s', '\x1c'), true); // not in JS's \s
    assert.equal(fullmatches('\\s', '\ufeff'), false); // in JS's \s
    // `$` also matches before a final newline: the lookahead the translation writes.
    assert.match(translatePattern('a$', 0).source, /\(\?=\\n\?\$\)/);
  });

  it('keeps group numbers and names, and numbers hidden groups of atomic groups after them', function () {
    const t = translatePattern('(?P<x>a)(?>b+)(c)', 0);
    assert.equal(t.groups, 2);
    assert.deepEqual(t.groupindex, [['x', 1]]);
    assert.deepEqual(t.jsIndex.slice(1), [1, 3]);
    assert.equal(fullmatches('a++b', 'aab'), true);
    assert.equal(fullmatches('(?>a+)a', 'aaa'), false); // the atomic group gives nothing back
  });

  it('reports re.error with CPython positions', function () {
    const at = (pattern: string) => {
      try {
        translatePattern(pattern, 0);
      } catch (e) {
        if (e instanceof ReTranslateError) return `${e.msg}@${e.pos}`;
        throw e;
      }
      return 'ok';
    };
    assert.equal(at('(ab'), 'missing ), unterminated subpattern@0');
    assert.equal(at('ab)'), 'unbalanced parenthesis@2');
    assert.equal(at('x**'), 'multiple repeat@2');
    assert.equal(at('(?<=a|bc)'), 'look-behind requires fixed-width pattern@null');
    assert.equal(at('x{2,1}'), 'min repeat greater than max repeat@2');
    assert.equal(at('x{,2}'), 'ok');
  });

  it('refuses what a JS RegExp would match differently', function () {
    assert.match(refusal('(?:(a)|b)+'), /a group that may not take part in every repetition/);
    assert.match(refusal('(a)?\\1'), /backreference to a group that may not take part/);
    assert.match(refusal('(?(1)a|b)'), /conditional group/);
    assert.match(refusal('(?-i:a)', FLAG.IGNORECASE), /IGNORECASE pattern/);
    // Always taking part in each repetition is fine: JS keeps the last one, as sre does.
    assert.equal(translatePattern('(?:(a)b)+', 0).groups, 1);
  });

  it('writes a set mixing \\D, \\S or \\W with other items with lookaheads (one character)', function () {
    const all = (pattern: string, text: string) => text.match(new RegExp(translatePattern(pattern, 0).source, 'gu'));
    // [^\d\W]: a word character that is not a digit (textwrap's letter).
    assert.deepEqual(all('[^\\d\\W]+', 'ab1_c d9\u00e9'), ['ab', '_c', 'd', '\u00e9']);
    assert.deepEqual(all('[\\Wx]+', 'ab x!? y'), [' x!? ']);
    assert.deepEqual(all('[^a\\S]+', 'ab c  a'), [' ', '  ']);
    assert.deepEqual(all('[^\\d\\W]{2}', 'abc'), ['ab']);
  });

  it('stops the run with a "not modelled" diagnostic', function () {
    const result = runSource("import re\nre.findall('(?:(a)|b)+', 'ab')\n", { filename: 'r.py' });
    assert.equal(result.exitCode, 2);
    assert.match(result.diagnostic?.message ?? '', /^not modelled by CPython Lens: re pattern feature: a group that may not take part/);
  });
});
