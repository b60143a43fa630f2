// End-to-end tests of the bundled CLI: spawns `node dist/cli.js` on small temporary .py files.
// Needs `npm run build` first (`npm test` builds before running the unit tests).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runSource, type EventSource, type TraceEvent } from '../../src/core/index';

const cli = path.resolve(__dirname, '..', '..', 'dist', 'cli.js');

interface Outcome {
  stdout: string;
  stderr: string;
  status: number | null;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe('cli (dist/cli.js)', function () {
  let dir = '';

  before(function () {
    assert.ok(existsSync(cli), `${cli} not found: run \`npm run build\` first`);
    dir = mkdtempSync(path.join(os.tmpdir(), 'cpython-lens-cli-'));
  });

  after(function () {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** Writes `source` to <tmp>/<name> and returns its path. */
  function program(name: string, source: string): string {
    const file = path.join(dir, name);
    writeFileSync(file, source);
    return file;
  }

  function cpythonLens(...args: string[]): Outcome {
    const result = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', timeout: 15_000, stdio: ['ignore', 'pipe', 'pipe'] });
    if (result.error) throw result.error;
    return { stdout: result.stdout, stderr: result.stderr, status: result.status };
  }

  /** cpython-lens with `input` piped to its stdin. */
  function piped(input: string, ...args: string[]): Outcome {
    const result = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', timeout: 15_000, input });
    if (result.error) throw result.error;
    return { stdout: result.stdout, stderr: result.stderr, status: result.status };
  }

  it('dies by SIGINT after an unhandled KeyboardInterrupt, as CPython does, its output written first', function () {
    const file = program('interrupted.py', 'print("partial")\nraise KeyboardInterrupt\n');
    const result = spawnSync(process.execPath, [cli, 'run', file], { encoding: 'utf8', timeout: 15_000, stdio: ['ignore', 'pipe', 'pipe'] });
    assert.equal(result.signal, 'SIGINT');
    assert.equal(result.stdout, 'partial\n');
    assert.match(result.stderr, /\nKeyboardInterrupt\n$/);
    // --json reports it as a shell would see it.
    const json = JSON.parse(cpythonLens('run', '--json', file).stdout) as { exitCode: number };
    assert.equal(json.exitCode, 130);
  });

  it('names the script as CPython 3.9+ does: __file__ and tracebacks absolute, sys.argv[0] as typed', function () {
    program('where.py', 'import sys\nprint(sys.argv[0], __file__)\n1 / 0\n');
    const result = spawnSync(process.execPath, [cli, 'run', 'where.py'], { cwd: dir, encoding: 'utf8', timeout: 15_000, stdio: ['ignore', 'pipe', 'pipe'] });
    const absolute = path.join(dir, 'where.py');
    assert.equal(result.stdout, `where.py ${absolute}\n`);
    assert.match(result.stderr, new RegExp(`^  File "${escapeRegExp(absolute)}", line 3, in <module>$`, 'm'));
    assert.equal(result.status, 1);
  });

  it('imports the learner\'s other files from the script\'s folder, named by their absolute path as CPython does', function () {
    const folder = mkdtempSync(path.join(dir, 'two-files-'));
    writeFileSync(path.join(folder, 'helper.py'), 'def half(x):\n    return x / 0\n\nprint("helper runs as", __name__)\n');
    writeFileSync(path.join(folder, 'main.py'), 'import helper\nfrom helper import half\nprint(helper.__file__)\nhalf(4)\n');
    const result = cpythonLens('run', path.join(folder, 'main.py'));
    const helper = path.join(folder, 'helper.py');
    assert.equal(result.stdout, `helper runs as helper\n${helper}\n`);
    assert.match(result.stderr, new RegExp(`^  File "${escapeRegExp(helper)}", line 2, in half\n    return x / 0\n`, 'm'));
    assert.equal(result.status, 1);
    // A file of another folder is not on the path: the import stops as a module CPython Lens does not know.
    const elsewhere = program('alone.py', 'import helper\n');
    assert.match(cpythonLens('run', elsewhere).stderr, /not modelled by CPython Lens: module helper/);
  });

  it('imports the learner\'s packages: a folder with an __init__.py, its submodules, relative imports', function () {
    const folder = mkdtempSync(path.join(dir, 'package-'));
    mkdirSync(path.join(folder, 'shapes'));
    writeFileSync(path.join(folder, 'shapes', '__init__.py'), 'from .circle import Circle\n');
    writeFileSync(path.join(folder, 'shapes', 'circle.py'), 'from . import util\n\nclass Circle:\n    def area(self, r):\n        return util.area(r)\n');
    writeFileSync(path.join(folder, 'shapes', 'util.py'), 'def area(r):\n    return 3 * r * r / 0\n');
    mkdirSync(path.join(folder, 'loose'));
    writeFileSync(path.join(folder, 'loose', 'part.py'), 'X = 1\n');
    writeFileSync(path.join(folder, 'main.py'), 'import shapes\nprint(shapes.__path__, shapes.util.__file__)\nshapes.Circle().area(2)\n');
    const result = cpythonLens('run', path.join(folder, 'main.py'));
    const util = path.join(folder, 'shapes', 'util.py');
    assert.equal(result.stdout, `['${path.join(folder, 'shapes')}'] ${util}\n`);
    assert.match(result.stderr, new RegExp(`^  File "${escapeRegExp(util)}", line 2, in area\n    return 3 \\* r \\* r / 0\n`, 'm'));
    assert.equal(result.status, 1);
    // A folder without __init__.py is a namespace package: the CLI hands over the folder's files all the same.
    const namespace = path.join(folder, 'uses_loose.py');
    writeFileSync(namespace, 'from loose import part\nimport loose\nprint(part.X, loose.__file__, list(loose.__path__))\n');
    assert.deepStrictEqual(cpythonLens('run', namespace), { stdout: `1 None ['${path.join(folder, 'loose')}']\n`, stderr: '', status: 0 });
  });

  it('gives the program its piped stdin, or the --stdin file, for input()', function () {
    const file = program('ask.py', 'name = input("name? ")\nprint("hi", name)\n');
    assert.deepStrictEqual(piped('Ada\n', 'run', file), { stdout: 'name? hi Ada\n', stderr: '', status: 0 });
    const input = program('ask.txt', 'Grace\n');
    assert.deepStrictEqual(piped('ignored\n', 'run', file, '--stdin', input), { stdout: 'name? hi Grace\n', stderr: '', status: 0 });
    // stdin on /dev/null: an empty stdin, as for CPython.
    const eof = cpythonLens('run', file);
    assert.equal(eof.status, 1);
    assert.equal(eof.stdout, 'name? ');
    assert.match(eof.stderr, /EOFError: EOF when reading a line\n$/);
    assert.match(cpythonLens('run', file, '--stdin', path.join(dir, 'missing.txt')).stderr, /cannot read .*missing\.txt: no such file or directory/);
  });

  it('repeats an unseeded random run with --entropy-seed', function () {
    const file = program('dice.py', 'import random\nprint([random.randint(1, 6) for _ in range(12)])\n');
    const first = cpythonLens('run', file, '--entropy-seed', '77');
    assert.equal(first.status, 0, first.stderr);
    assert.deepStrictEqual(cpythonLens('run', file, '--entropy-seed', '77'), first);
  });

  it('prints what the program prints and exits 0', function () {
    const file = program('hello.py', 'x = 6 * 7\nprint("hello", x)\n');
    assert.deepStrictEqual(cpythonLens('run', file), { stdout: 'hello 42\n', stderr: '', status: 0 });
  });

  it('accepts --python', function () {
    const file = program('version.py', 'print("ok")\n');
    for (const version of ['3.11', '3.12', '3.13']) {
      assert.deepStrictEqual(cpythonLens('run', file, '--python', version), { stdout: 'ok\n', stderr: '', status: 0 }, version);
    }
  });

  it('an uncaught ZeroDivisionError: exit 1, traceback on stderr naming the file as given', function () {
    const file = program('zero.py', 'def f(x):\n    return 1 / x\n\nprint("before")\nf(0)\nprint("after")\n');
    const { stdout, stderr, status } = cpythonLens('run', file);
    assert.equal(status, 1);
    assert.equal(stdout, 'before\n');
    assert.ok(stderr.startsWith('Traceback (most recent call last):\n'), stderr);
    assert.ok(stderr.includes(`File "${file}", line 5, in <module>`), stderr);
    assert.ok(stderr.includes(`File "${file}", line 2, in f`), stderr);
    assert.ok(stderr.endsWith('ZeroDivisionError: division by zero\n'), stderr);
  });

  it('a syntax error: exit 2, nothing run, file:line:col: on stderr (col 1-based) exactly once', function () {
    const file = program('syntax.py', 'print("never")\nif True\n    pass\n');
    const { stdout, stderr, status } = cpythonLens('run', file);
    assert.equal(status, 2, stderr);
    assert.equal(stdout, '');
    // CPython: SyntaxError: expected ':' at line 2, offset 8 (1-based), just after `if True`.
    const location = new RegExp(`^${escapeRegExp(file)}:2:8: .*SyntaxError`, 'gm');
    assert.equal(stderr.match(location)?.length, 1, stderr);
  });

  it('an infinite loop with --max-steps 1000: exit 3 and file:line:col: on stderr', function () {
    const file = program('forever.py', 'n = 0\nwhile True:\n    n += 1\n');
    const { stdout, stderr, status } = cpythonLens('run', file, '--max-steps', '1000');
    assert.equal(status, 3, stderr);
    assert.equal(stdout, '');
    assert.match(stderr, new RegExp(`^${escapeRegExp(file)}:[23]:\\d+: `, 'm'));
  });

  it('reads a source in the encoding its coding cookie names, as CPython (PEP 263), and refuses what CPython refuses', function () {
    // What python3 3.11 printed for each of these files (checked when this test was written).
    const bytes = (...parts: (string | number[])[]) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));
    const cases: [string, Buffer, Outcome][] = [
      ['latin1.py', bytes('# -*- coding: latin-1 -*-\nprint("caf', [0xe9], '")\n'), { stdout: 'café\n', stderr: '', status: 0 }],
      ['cp1252.py', bytes('# coding: cp1252\nprint("', [0x80], '")\n'), { stdout: '€\n', stderr: '', status: 0 }],
      ['second-line.py', bytes('#!/usr/bin/env python\n# -*- coding: iso-8859-15 -*-\nprint("', [0xa4], '")\n'), { stdout: '€\n', stderr: '', status: 0 }],
      ['bom.py', bytes([0xef, 0xbb, 0xbf], 'print("', [0xc3, 0xa9], '")\n'), { stdout: 'é\n', stderr: '', status: 0 }],
    ];
    for (const [name, content, expected] of cases) {
      const file = path.join(dir, name);
      writeFileSync(file, content);
      assert.deepStrictEqual(cpythonLens('run', file), expected, name);
    }
    const refused: [string, Buffer, string][] = [
      ['no-cookie.py', bytes('x = 1\n\nprint("a', [0xe9], 'b")\n'), ":3:1: SyntaxError: Non-UTF-8 code starting with '\\xe9' in file FILE on line 3, but no encoding declared; see https://peps.python.org/pep-0263/ for details"],
      // A cookie below a line of code is no cookie.
      ['late-cookie.py', bytes('x = 1\n# coding: latin-1\nprint("', [0xe9], '")\n'), ":3:1: SyntaxError: Non-UTF-8 code starting with '\\xe9' in file FILE on line 3, but no encoding declared; see https://peps.python.org/pep-0263/ for details"],
      ['unknown.py', bytes('# coding: foo\nprint(1)\n'), ':1:1: SyntaxError: encoding problem: foo'],
      ['bom-latin1.py', bytes([0xef, 0xbb, 0xbf], '# coding: latin-1\nprint(1)\n'), ':1:1: SyntaxError: encoding problem: iso-8859-1 with BOM'],
    ];
    for (const [name, content, message] of refused) {
      const file = path.join(dir, name);
      writeFileSync(file, content);
      assert.deepStrictEqual(cpythonLens('run', file), { stdout: '', stderr: `${file}${message.replace('FILE', file)}\n`, status: 2 }, name);
    }
  });

  it('--json: one JSON object with the outputs, exit code, steps and an events array', function () {
    const file = program('json.py', 'xs = [1, 2]\nprint(len(xs))\n');
    const { stdout, stderr, status } = cpythonLens('run', file, '--json');
    assert.equal(status, 0, stderr);
    assert.equal(stderr, '');
    const report = JSON.parse(stdout) as Record<string, unknown>;
    assert.equal(report.stdout, '2\n');
    assert.equal(report.stderr, '');
    assert.equal(report.exitCode, 0);
    assert.ok(typeof report.steps === 'number' && report.steps > 0, `steps: ${String(report.steps)}`);
    assert.ok(Array.isArray(report.events) && report.events.length > 0, 'events must be a non-empty array');
    for (const event of report.events as Array<{ kind?: unknown; step?: unknown }>) {
      assert.equal(typeof event.kind, 'string');
      assert.equal(typeof event.step, 'number');
    }
  });

  it('--json writes a trace of several MiB whole, the same trace the simulator records in process', function () {
    // Past the first 1 MiB block the CLI's trace takes blocks a helper thread faulted in (src/node/
    // prefaulted-blocks.ts), and the JSON goes out in 1 MiB pieces, each written before the next is made.
    this.timeout(60_000);
    const source = 'n = 60_000\nwhile n:\n    n -= 1\nprint(n)\n';
    const file = program('json-long.py', source);
    const result = spawnSync(process.execPath, [cli, 'run', file, '--json'], { encoding: 'utf8', timeout: 50_000, maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'pipe'] });
    if (result.error) throw result.error;
    assert.equal(result.status, 0, result.stderr);
    assert.ok(result.stdout.length > 8 << 20, `${result.stdout.length} bytes of JSON`);
    const report = JSON.parse(result.stdout) as { stdout: string; events: TraceEvent[] };
    assert.equal(report.stdout, '0\n');
    const inProcess = runSource(source, { filename: file, recordTrace: true }).events as EventSource;
    assert.equal(report.events.length, inProcess.length);
    for (const i of [0, 1000, 262_143, 262_144, Math.floor(inProcess.length / 2), inProcess.length - 1]) {
      assert.deepEqual(report.events[i], inProcess.at(i), `event ${i}`);
    }
  });

  it('--json exits with the program\'s exit code', function () {
    const file = program('json-zero.py', 'print(1 / 0)\n');
    const { stdout, status } = cpythonLens('run', file, '--json');
    assert.equal(status, 1);
    const report = JSON.parse(stdout) as { exitCode: number; stderr: string };
    assert.equal(report.exitCode, 1);
    assert.match(report.stderr, /ZeroDivisionError: division by zero\n$/);
  });

  it('--help prints the usage and exits 0', function () {
    const { stdout, status } = cpythonLens('--help');
    assert.equal(status, 0);
    assert.match(stdout, /^usage: cpython-lens run FILE\.py/);
  });

  it('usage errors exit 2 with a message and the usage on stderr', function () {
    for (const args of [[], ['run'], ['run', 'x.py', '--bogus'], ['run', 'x.py', '--python', '2.7']]) {
      const { stdout, stderr, status } = cpythonLens(...args);
      assert.equal(status, 2, JSON.stringify(args));
      assert.equal(stdout, '');
      assert.match(stderr, /^cpython-lens: .+\n\nusage: cpython-lens run FILE\.py/, JSON.stringify(args));
    }
  });

  it('a file that cannot be read: exit 2, cpython-lens: cannot read FILE: reason', function () {
    const missing = path.join(dir, 'does-not-exist.py');
    assert.deepStrictEqual(cpythonLens('run', missing), {
      stdout: '',
      stderr: `cpython-lens: cannot read ${missing}: no such file or directory\n`,
      status: 2,
    });
    assert.deepStrictEqual(cpythonLens('run', dir), {
      stdout: '',
      stderr: `cpython-lens: cannot read ${dir}: is a directory\n`,
      status: 2,
    });
  });

  it('--timeline and --trace name each thread as threading does; no speedup for one thread doing nothing', function () {
    const file = program('one_thread.py', 'import threading\ndef work():\n    pass\nt = threading.Thread(target=work)\nt.start()\nt.join()\nu = threading.Thread(target=work, name="helper")\nu.start()\nu.name = "renamed"\nu.join()\n');
    const trace = path.join(dir, 'one_thread.json');
    const { stdout, stderr, status } = cpythonLens('run', file, '--timeline', '--trace', trace);
    assert.deepEqual([stdout, status], ['', 0]);
    const lanes = stderr.split('\n').filter((l) => l.includes('|')).map((l) => l.split('|')[0].trim());
    assert.deepEqual(lanes, ['MainThread', 'Thread-1 (work)', 'renamed', 'GIL']);
    assert.match(stderr, /^Thread-1 \(work\) +\d\.\d µs /m);
    assert.match(stderr, /no speedup to compute: for [\d.]+ (µs|ms) of it no thread was working/);
    assert.doesNotMatch(stderr, /speedup ×/);
    const names = (JSON.parse(readFileSync(trace, 'utf8')) as { traceEvents: { name: string; tid: number; args?: { name: string } }[] }).traceEvents
      .filter((e) => e.name === 'thread_name' && e.tid < 1000).map((e) => e.args?.name);
    assert.deepEqual(names, ['MainThread', 'Thread-1 (work)', 'renamed']);
  });

  it('--as-processes runs threading.Thread as multiprocessing.Process', function () {
    const file = program('procs.py', 'import threading\nseen = []\nt = threading.Thread(target=seen.append, args=(1,))\nt.start()\nt.join()\nprint(t.name, seen)\n');
    assert.deepStrictEqual(cpythonLens('run', file), { stdout: 'Thread-1 (append) [1]\n', stderr: '', status: 0 });
    assert.deepStrictEqual(cpythonLens('run', file, '--as-processes'), { stdout: 'Process-1 []\n', stderr: '', status: 0 });
  });

  it('--compare prints each model\'s output, the timelines on one axis and the table', function () {
    const file = program('compare.py', 'import threading\ndef work():\n    for i in range(100000):\n        pass\n    print("worker done")\nts = [threading.Thread(target=work) for _ in range(2)]\nfor t in ts:\n    t.start()\nfor t in ts:\n    t.join()\n');
    const { stdout, stderr, status } = cpythonLens('run', file, '--compare');
    assert.equal(stderr, '');
    assert.equal(status, 0);
    const sections = [...stdout.matchAll(/^==== (.*) ====$/gm)].map((m) => m[1]);
    assert.deepEqual(sections, [
      '3.11 (GIL): output', '3.13t (free-threaded, no GIL): output', 'as processes (3.11 in each): output',
      '3.11 (GIL): timeline', '3.13t (free-threaded, no GIL): timeline', 'as processes (3.11 in each): timeline', 'comparison (simulated time)',
    ]);
    assert.equal(stdout.split('worker done\nworker done\n').length, 4, 'each model ran both workers');
    assert.match(stdout, /^model +wall +CPU +GIL wait +speedup vs serial$/m);
    assert.match(stdout, /^3\.11 \(GIL\) +[\d.]+ ms +[\d.]+ ms +[\d.]+ ms +×[\d.]+$/m);
    assert.match(stdout, /^as processes \(3\.11 in each\) +[\d.]+ ms +[\d.]+ ms +0\.00 ms +×[\d.]+$/m);
    assert.ok(stdout.includes('module globals are copied, not shared'));
    assert.match(cpythonLens('run', file, '--compare', '--python', '3.12').stderr, /--compare runs 3\.11, 3\.13t and processes itself/);
  });
});
