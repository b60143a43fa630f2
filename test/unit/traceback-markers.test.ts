// The source lines and PEP 657 position markers of tracebacks where the oracle suite cannot look:
// printers other than the uncaught exception's, and lines with trailing blanks (which editors strip
// from case files). Every expected text is what the real interpreters printed (python3.11.7,
// python3.12.1, python3.13.0), noted beside each test.

import assert from 'node:assert/strict';
import { frameSourceText } from '../../src/core/runtime/traceback-source';
import { runSource } from '../../src/core/index';

const at = (line: number, col: number, endLine: number, endCol: number) => ({ line, col, endLine, endCol });

describe('traceback source lines and position markers', function () {
  it('traceback.c (3.11, 3.12) keeps a line\'s trailing blanks and measures against them', function () {
    // `f() ` with a trailing space, uncaught: 3.11 and 3.12 print `    f() ` then `    ^^^`.
    assert.equal(frameSourceText(['f() '], 1, at(1, 0, 1, 3), 'c-with-markers'), '    f() \n    ^^^\n');
    // Without the blank the call is the whole line: no markers.
    assert.equal(frameSourceText(['f()'], 1, at(1, 0, 1, 3), 'c-with-markers'), '    f()\n');
  });

  it('traceback.py (3.11, 3.12) strips the line and shifts the markers left by its trailing blanks', function () {
    // traceback.format_exc() of `    return f(1) ` (one trailing space) in 3.11 and 3.12.
    assert.equal(frameSourceText(['    return f(1) '], 1, at(1, 11, 1, 15), 'py-first-line'), '    return f(1)\n          ^^^^\n');
    assert.equal(frameSourceText(['f() '], 1, at(1, 0, 1, 3), 'py-first-line'), '    f()\n');
  });

  it('traceback.py (3.13) strips the line, and knows nothing of trailing blanks', function () {
    assert.equal(frameSourceText(['f() '], 1, at(1, 0, 1, 3), 'py-all-lines'), '    f()\n    ~^^\n');
    assert.equal(frameSourceText(['    return f(1) '], 1, at(1, 11, 1, 15), 'py-all-lines'), '    return f(1)\n');
  });

  it('traceback.c of 3.13 prints no markers', function () {
    assert.equal(frameSourceText(['    x = [1][5]'], 1, at(1, 8, 1, 14), 'c-without-markers'), '    x = [1][5]\n');
  });

  it('an exception ignored in __del__ gets markers up to 3.12, none in 3.13 (PyErr_WriteUnraisable prints with traceback.c)', function () {
    const source = 'class C:\n    def __del__(self):\n        x = [1][5]\nc = C()\ndel c\nprint(\'after\')\n';
    const traceback = (python: '3.11' | '3.12' | '3.13') =>
      runSource(source, { python, filename: 'del_exc.py' }).stderr.split('\n').slice(1).join('\n');
    const marked = 'Traceback (most recent call last):\n  File "del_exc.py", line 3, in __del__\n    x = [1][5]\n        ~~~^^^\nIndexError: list index out of range\n';
    assert.equal(traceback('3.11'), marked);
    assert.equal(traceback('3.12'), marked);
    assert.equal(traceback('3.13'), marked.replace('        ~~~^^^\n', ''));
  });

  it('a frame of code run by exec() has no source line to show', function () {
    const { stderr } = runSource("exec('1/0')\n", { python: '3.13', filename: 'exec_str.py' });
    assert.match(stderr, /File "<string>", line \d+, in <module>\nZeroDivisionError: division by zero\n$/);
  });
});
