// input() and the run's stdin (runtime/stdin.ts, builtins/input.ts): the text given, read lazily; what
// forked and multiprocessing children read; the worker passing the editor's setting on.
import assert from 'node:assert/strict';
import { runSource } from '../../src/core/index';
import { SimulationSession } from '../../src/worker/session';
import type { FromWorker } from '../../src/shared/protocol';

describe('input() and stdin', function () {
  it('reads the given text line by line, the prompt on stdout, EOFError at its end', function () {
    const r = runSource('a = input("a? ")\nb = input()\nprint([a, b])\ninput("more? ")\n', { stdin: 'x y\r\nlast', filename: 'in.py' });
    assert.equal(r.stdout, "a? ['x y\\r', 'last']\nmore? ");
    assert.equal(r.exitCode, 1);
    assert.match(r.stderr, /EOFError: EOF when reading a line\n$/);
  });

  it('asks a stdin function for its text only when the program first reads, and once', function () {
    let calls = 0;
    const stdin = () => {
      calls++;
      return '1\n2\n';
    };
    assert.equal(runSource('print("no input")\n', { stdin }).stdout, 'no input\n');
    assert.equal(calls, 0);
    assert.equal(runSource('print(int(input()) + int(input()))\n', { stdin }).stdout, '3\n');
    assert.equal(calls, 1);
  });

  it('gives a forked child a copy of what its parent had left to read, and a multiprocessing child /dev/null', function () {
    const source = [
      'import os, multiprocessing as mp',
      'def work():',
      '    try:',
      '        input()',
      '    except EOFError as e:',
      "        print('child:', e, flush=True)",
      "if __name__ == '__main__':",
      "    print('parent:', input(), flush=True)",
      '    p = mp.Process(target=work)',
      '    p.start(); p.join()',
      '    pid = os.fork()',
      '    if pid == 0:',
      "        print('forked child:', input(), flush=True)",
      '        os._exit(0)',
      '    os.waitpid(pid, 0)',
      "    print('parent again:', input(), flush=True)",
      '',
    ].join('\n');
    const r = runSource(source, { stdin: 'one\ntwo\n', filename: 'fork_in.py' });
    assert.equal(r.exitCode, 0, r.stderr);
    assert.equal(r.stdout, 'parent: one\nchild: EOF when reading a line\nforked child: two\nparent again: two\n');
  });

  it('is what the worker passes from the editor\'s setting', function () {
    const out: FromWorker[] = [];
    const s = new SimulationSession((m) => out.push(m));
    s.handle({ type: 'run', runId: 1, source: 'print(input("> ") * 2)\n', filename: 'w.py', python: '3.12', maxSteps: 100_000, maxMillis: 10_000, stdin: 'ab\n' });
    const finished = out.pop();
    assert.ok(finished && finished.type === 'finished');
    assert.equal(finished.outcome.stdout, '> abab\n');
  });
});
