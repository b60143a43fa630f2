// Library lines the simulator shows as CPython's (runtime/stdlib-frames.ts), and the reference a
// pending write of sys.stdout holds (runtime/text-stream-pending.ts), as the trace records them.

import assert from 'node:assert/strict';
import { runSource, type TraceEvent } from '../../src/core/index';
import { VERSIONS, type PythonVersion } from '../../src/core/versions';
import { markedKeys } from '../../src/core/runtime/stdlib-frames';

const VERSIONS_SHOWN: PythonVersion[] = ['3.11', '3.12', '3.13', '3.13t'];
/** threading.py's `raise ValueError("parties must be > 0")`, which only 3.13 has. */
const BARRIER_PARTIES = 'threading.Barrier.__init__.parties';

describe('frames of CPython\'s library modules in tracebacks', function () {
  it('every line the threading, collections, heapq, contextlib, string, weakref, asyncio, concurrent.futures, json, re, multiprocessing and pprint sources mark has a line number of CPython\'s file in each version, and no other', function () {
    // Loading the modules registers their sources (concurrent.futures imports its executors' modules on first use).
    assert.equal(runSource('import threading\nimport collections\nimport random\nimport heapq\nimport contextlib\nimport string\nimport weakref\nimport asyncio\nimport concurrent.futures.thread\nimport concurrent.futures.process\nimport json\nimport re\nimport multiprocessing\nimport pprint\n', { filename: 'imp.py' }).exitCode, 0);
    // Barrier's check of its parties is 3.13's (checked below).
    const threadingKeys = markedKeys('threading.py').filter((key) => key !== BARRIER_PARTIES);
    const collectionsKeys = [...new Set(markedKeys('collections.py'))];
    const heapqKeys = markedKeys('heapq.py');
    // contextlib marks a line twice where the versions' lines differ (throw's arguments, suppress, ExitStack.__exit__).
    const contextlibKeys = [...new Set(markedKeys('contextlib.py'))];
    assert.ok(threadingKeys.length >= 5, `marked keys: ${threadingKeys.join(', ')}`);
    assert.ok(collectionsKeys.length >= 10, `marked keys: ${collectionsKeys.join(', ')}`);
    assert.ok(heapqKeys.length >= 50, `marked keys: ${heapqKeys.join(', ')}`);
    assert.equal(new Set(heapqKeys).size, heapqKeys.length, 'each heapq line is marked once');
    assert.ok(contextlibKeys.length >= 20, `marked keys: ${contextlibKeys.join(', ')}`);
    const stringKeys = markedKeys('string.py');
    assert.ok(stringKeys.includes('string.capwords') && stringKeys.filter((key) => key.startsWith('string.Template.')).length >= 20, `marked keys: ${stringKeys.join(', ')}`);
    const pprintKeys = markedKeys('pprint.py');
    assert.equal(new Set(pprintKeys).size, pprintKeys.length, 'each pprint line is marked once');
    assert.ok(pprintKeys.length >= 50, `marked keys: ${pprintKeys.join(', ')}`);
    const weakrefKeys = markedKeys('weakref.py');
    // weakref.py's five, and _weakrefset.py's two (WeakSet.pop and remove).
    assert.equal(weakrefKeys.length, 7, `marked keys: ${weakrefKeys.join(', ')}`);
    const asyncioKeys = markedKeys('asyncio.py');
    assert.deepEqual([...asyncioKeys].sort(), ['asyncio.base_events.run_until_complete', 'asyncio.runners.Runner.run', 'asyncio.runners.run', 'asyncio.taskgroups.TaskGroup.__aexit__', 'asyncio.threads.to_thread']);
    // _base.py's, thread.py's and process.py's; thread.py marks the worker's run() once per version of its loop.
    const futuresKeys = [...new Set(['concurrent.futures._base.py', 'concurrent.futures.thread.py', 'concurrent.futures.process.py'].flatMap((file) => markedKeys(file)))];
    assert.deepEqual([...futuresKeys].sort(), [
      'concurrent.futures._base.Executor.map.result_iterator', 'concurrent.futures._base.Executor.map.result_iterator.timeout',
      'concurrent.futures._base.Executor.submit', 'concurrent.futures._base.Future.__get_result',
      'concurrent.futures._base.Future._invoke_callbacks', 'concurrent.futures._base.Future.add_done_callback',
      'concurrent.futures._base.Future.exception.cancelled', 'concurrent.futures._base.Future.exception.cancelled_after_wait',
      'concurrent.futures._base.Future.exception.timeout', 'concurrent.futures._base.Future.result.cancelled',
      'concurrent.futures._base.Future.result.cancelled_after_wait', 'concurrent.futures._base.Future.result.finished',
      'concurrent.futures._base.Future.result.finished_after_wait', 'concurrent.futures._base.Future.result.timeout',
      'concurrent.futures._base.Future.set_exception', 'concurrent.futures._base.Future.set_result',
      'concurrent.futures._base.Future.set_running_or_notify_cancel', 'concurrent.futures._base._create_and_install_waiters',
      'concurrent.futures._base._result_or_cancel', 'concurrent.futures._base.as_completed.timeout',
      'concurrent.futures.process._chain_from_iterable_of_lists', 'concurrent.futures.process._process_chunk',
      'concurrent.futures.process._process_worker', 'concurrent.futures.thread.ThreadPoolExecutor.__init__.initializer',
      'concurrent.futures.thread.ThreadPoolExecutor.__init__.max_workers', 'concurrent.futures.thread.ThreadPoolExecutor.submit.broken',
      'concurrent.futures.thread.ThreadPoolExecutor.submit.interpreter_shutdown', 'concurrent.futures.thread.ThreadPoolExecutor.submit.shutdown',
      'concurrent.futures.thread._WorkItem.run', 'concurrent.futures.thread._worker.initializer', 'concurrent.futures.thread._worker.run',
    ]);
    // json's package: __init__.py, decoder.py and encoder.py (scanner.py has no line a traceback shows).
    const jsonKeys = ['json.py', 'json.decoder.py', 'json.encoder.py'].flatMap((file) => markedKeys(file));
    assert.equal(new Set(jsonKeys).size, jsonKeys.length, 'each json line is marked once');
    assert.ok(jsonKeys.length >= 25, `marked keys: ${jsonKeys.join(', ')}`);
    // re marks sub, subn and split twice (3.13's deprecation of a positional count is a second definition).
    const reKeys = [...new Set(markedKeys('re.py'))];
    assert.deepEqual([...reKeys].sort(), ['compile', 'findall', 'finditer', 'fullmatch', 'match', 'search', 'split', 'sub', 'subn'].map((n) => `re.${n}`));
    // multiprocessing: pool.py's task and caller frames, sharedctypes.py's (and its exec'd template's), managers.py's _callmethod.
    const multiprocessingKeys = markedKeys('multiprocessing.py');
    assert.deepEqual([...multiprocessingKeys].sort(), [
      'multiprocessing.managers.BaseProxy._callmethod', 'multiprocessing.pool.ApplyResult.get', 'multiprocessing.pool.ApplyResult.get.timeout',
      'multiprocessing.pool.IMapIterator.next', 'multiprocessing.pool.Pool.apply', 'multiprocessing.pool.Pool.map', 'multiprocessing.pool.Pool.starmap',
      'multiprocessing.pool.mapstar', 'multiprocessing.pool.starmapstar', 'multiprocessing.pool.worker', 'multiprocessing.sharedctypes.getitem',
      'multiprocessing.sharedctypes.setitem', 'multiprocessing.sharedctypes.template.getraw', 'multiprocessing.sharedctypes.template.getvalue',
      'multiprocessing.sharedctypes.template.setraw', 'multiprocessing.sharedctypes.template.setvalue',
    ]);
    const keys = [...threadingKeys, ...collectionsKeys, ...heapqKeys, ...contextlibKeys, ...stringKeys, ...weakrefKeys, ...asyncioKeys, ...futuresKeys, ...jsonKeys, ...reKeys, ...multiprocessingKeys, ...pprintKeys].sort();
    for (const python of VERSIONS_SHOWN) {
      // random.py's, enum.py's, queue.py's, reprlib.py's and textwrap.py's keys, and Barrier's check, are checked below (a version lacks the lines only another version has).
      const others = Object.keys(VERSIONS[python].stdlibLines).filter((key) => !['random.', 'enum.', 'queue.', 'reprlib.', 'textwrap.'].some((prefix) => key.startsWith(prefix)) && key !== BARRIER_PARTIES);
      assert.deepEqual(others.sort(), keys, python);
    }
    assert.ok(markedKeys('threading.py').includes(BARRIER_PARTIES));
    for (const python of VERSIONS_SHOWN) assert.equal(BARRIER_PARTIES in VERSIONS[python].stdlibLines, python.startsWith('3.13'), python);
  });

  it('every line the queue source marks has a line of CPython\'s queue.py in the versions that have it: 3.13\'s shutdown checks only there', function () {
    assert.equal(runSource('import queue\n', { filename: 'imp.py' }).exitCode, 0);
    const keys = new Set(markedKeys('queue.py'));
    const inVersion = (python: PythonVersion) => Object.keys(VERSIONS[python].stdlibLines).filter((key) => key.startsWith('queue.'));
    for (const python of VERSIONS_SHOWN) {
      for (const key of inVersion(python)) assert.ok(keys.has(key), `${python}: ${key} is marked nowhere`);
      const shutdownKeys = [...keys].filter((key) => key.includes('.shutdown'));
      const others = [...keys].filter((key) => !key.includes('.shutdown'));
      for (const key of others) assert.ok(inVersion(python).includes(key), `${python}: no line for ${key}`);
      for (const key of shutdownKeys) assert.equal(inVersion(python).includes(key), python.startsWith('3.13'), `${python}: ${key}`);
    }
    assert.equal(VERSIONS['3.11'].stdlibLines['queue.Queue.get_nowait'], 199);
    assert.equal(VERSIONS['3.13'].stdlibLines['queue.Queue.get_nowait'], 234);
  });

  it('every line the reprlib and textwrap sources mark has a line of CPython\'s file in the versions whose code runs it: 3.12+\'s Repr._join, 3.13\'s indent loop', function () {
    assert.equal(runSource('import reprlib\nimport textwrap\n', { filename: 'imp.py' }).exitCode, 0);
    for (const [file, only] of [['reprlib.py', { 'reprlib.Repr._join.negative': '3.12', 'reprlib.Repr._join.type': '3.12', 'reprlib.Repr._repr_iterable.join': '3.12', 'reprlib.Repr.repr_dict.join': '3.12' }],
      ['textwrap.py', { 'textwrap.indent.splitlines': '3.13', 'textwrap.indent.predicate': '3.13', 'textwrap.indent.prefixed_lines.splitlines': '-3.12', 'textwrap.indent.prefixed_lines': '-3.12', 'textwrap.indent.join': '-3.12' }]] as const) {
      const keys = markedKeys(file);
      const prefix = file.replace(/py$/, '');
      assert.equal(new Set(keys).size, keys.length, `each ${file} line is marked once`);
      for (const python of VERSIONS_SHOWN) {
        const inVersion = Object.keys(VERSIONS[python].stdlibLines).filter((key) => key.startsWith(prefix));
        // `3.12`: from 3.12 on; `-3.12`: up to 3.12.
        const has = (key: string) => {
          const since = (only as Record<string, string>)[key];
          if (since === undefined) return true;
          return since.startsWith('-') ? python <= since.slice(1) : python >= since;
        };
        assert.deepEqual(inVersion.sort(), keys.filter(has).sort(), `${python} ${file}`);
      }
    }
  });

  it('collections\' frames show as collections/__init__.py with the version\'s line numbers', function () {
    const source = "from collections import namedtuple\nP = namedtuple('P', 'x y')\nP._make([1])\n";
    // Real interpreters: 3.11.7 line 446, 3.13.0 line 451.
    for (const [python, line] of [['3.11', 446], ['3.13', 451]] as const) {
      const stderr = runSource(source, { python, filename: 't.py' }).stderr;
      assert.ok(stderr.includes(`  File "/usr/lib/python${python}/collections/__init__.py", line ${line}, in _make\n`), stderr);
      assert.ok(stderr.endsWith('TypeError: Expected 2 arguments, got 1\n'), stderr);
    }
  });

  it('every line the random source marks has a line of CPython\'s random.py in the versions that have it, and only those', function () {
    const keys = new Set(markedKeys('random.py'));
    assert.ok(keys.size >= 60, `marked keys: ${[...keys].join(', ')}`);
    const inVersion = (python: PythonVersion) => Object.keys(VERSIONS[python].stdlibLines).filter((key) => key.startsWith('random.'));
    for (const python of VERSIONS_SHOWN) {
      for (const key of inVersion(python)) assert.ok(keys.has(key), `${python}: ${key} is marked nowhere`);
    }
    for (const key of keys) assert.ok(VERSIONS_SHOWN.some((python) => inVersion(python).includes(key)), `${key}: no version has its line`);
    // 3.11's int() fallbacks of randrange went in 3.12; binomialvariate came in 3.12.
    assert.ok(inVersion('3.11').includes('random.Random.randrange.int_start'));
    assert.ok(!inVersion('3.12').includes('random.Random.randrange.int_start'));
    assert.ok(!inVersion('3.11').includes('random.Random.binomialvariate.n'));
    assert.equal(VERSIONS['3.13'].stdlibLines['random.Random.randint'], 340);
  });

  it('every line the enum source marks has a line of CPython\'s enum.py in the versions that have it, and only those', function () {
    assert.equal(runSource('import enum\n', { filename: 'imp.py' }).exitCode, 0);
    const keys = new Set(markedKeys('enum.py'));
    assert.ok(keys.size >= 7, `marked keys: ${[...keys].join(', ')}`);
    const inVersion = (python: PythonVersion) => Object.keys(VERSIONS[python].stdlibLines).filter((key) => key.startsWith('enum.'));
    for (const python of VERSIONS_SHOWN) {
      for (const key of inVersion(python)) assert.ok(keys.has(key), `${python}: ${key} is marked nowhere`);
    }
    for (const key of keys) assert.ok(VERSIONS_SHOWN.some((python) => inVersion(python).includes(key)), `${key}: no version has its line`);
    // EnumType.__getattr__ went in 3.12.
    assert.ok(inVersion('3.11').includes('enum.EnumType.__getattr__'));
    assert.ok(!inVersion('3.12').includes('enum.EnumType.__getattr__'));
  });

  it('Color(5) shows enum.py\'s __call__ and __new__ with the version\'s line numbers', function () {
    const source = 'from enum import Enum\nclass Color(Enum):\n    RED = 1\nColor(5)\n';
    // Real interpreters: 3.11.7 lines 712 and 1135, 3.13.0 lines 722 and 1189 (with markers).
    const expected: Record<string, string> = {
      '3.11': '  File "/usr/lib/python3.11/enum.py", line 712, in __call__\n    return cls.__new__(cls, value)\n           ^^^^^^^^^^^^^^^^^^^^^^^\n  File "/usr/lib/python3.11/enum.py", line 1135, in __new__\n    raise ve_exc\nValueError: 5 is not a valid Color\n',
      '3.13': '  File "/usr/lib/python3.13/enum.py", line 722, in __call__\n    return cls.__new__(cls, value)\n           ~~~~~~~~~~~^^^^^^^^^^^^\n  File "/usr/lib/python3.13/enum.py", line 1189, in __new__\n    raise ve_exc\nValueError: 5 is not a valid Color\n',
    };
    for (const python of ['3.11', '3.13'] as const) {
      const stderr = runSource(source, { python, filename: 't.py' }).stderr;
      assert.ok(stderr.endsWith(expected[python]), stderr);
    }
  });

  it('a @contextmanager generator raising after its yield shows contextlib.py\'s __exit__ with the version\'s line number', function () {
    const source = 'from contextlib import contextmanager\n@contextmanager\ndef cm():\n    yield\n    raise KeyError("after")\nwith cm():\n    pass\n';
    // Real interpreters: 3.11.7 and 3.12.1 line 144, 3.13.0 line 148 (with markers).
    const expected: Record<string, string> = {
      '3.11': '  File "/usr/lib/python3.11/contextlib.py", line 144, in __exit__\n    next(self.gen)\n',
      '3.12': '  File "/usr/lib/python3.12/contextlib.py", line 144, in __exit__\n    next(self.gen)\n',
      '3.13': '  File "/usr/lib/python3.13/contextlib.py", line 148, in __exit__\n    next(self.gen)\n    ~~~~^^^^^^^^^^\n',
    };
    for (const python of ['3.11', '3.12', '3.13'] as const) {
      const stderr = runSource(source, { python, filename: 't.py' }).stderr;
      assert.ok(stderr.includes(expected[python] + '  File "t.py", line 5, in cm\n'), stderr);
      assert.ok(stderr.endsWith("KeyError: 'after'\n"), stderr);
    }
  });

  it('a thread\'s uncaught exception shows _bootstrap_inner and run with the version\'s line numbers', function () {
    const source = 'import threading\ndef work():\n    raise ValueError("boom")\nt = threading.Thread(target=work)\nt.start()\nt.join()\n';
    // Real interpreters: 3.11.7 lines 1045/982, 3.13.0 lines 1041/992 (3.13 with markers).
    const expected: Record<string, string> = {
      '3.11': 'Exception in thread Thread-1 (work):\nTraceback (most recent call last):\n'
        + '  File "/usr/lib/python3.11/threading.py", line 1045, in _bootstrap_inner\n    self.run()\n'
        + '  File "/usr/lib/python3.11/threading.py", line 982, in run\n    self._target(*self._args, **self._kwargs)\n'
        + '  File "t.py", line 3, in work\n    raise ValueError("boom")\nValueError: boom\n',
      '3.13': 'Exception in thread Thread-1 (work):\nTraceback (most recent call last):\n'
        + '  File "/usr/lib/python3.13/threading.py", line 1041, in _bootstrap_inner\n    self.run()\n    ~~~~~~~~^^\n'
        + '  File "/usr/lib/python3.13/threading.py", line 992, in run\n    self._target(*self._args, **self._kwargs)\n'
        + '    ~~~~~~~~~~~~^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n'
        + '  File "t.py", line 3, in work\n    raise ValueError("boom")\nValueError: boom\n',
    };
    for (const python of ['3.11', '3.13'] as const) {
      assert.equal(runSource(source, { python, filename: 't.py' }).stderr, expected[python], python);
    }
  });
});

describe('sys.stdout\'s pending pieces', function () {
  function pendingRefs(source: string): { line: number; delta: number }[] {
    const result = runSource(source, { recordTrace: true, filename: 'p.py' });
    assert.equal(result.exitCode, 0, result.stderr);
    const events = result.events;
    assert.ok(events);
    const out: { line: number; delta: number }[] = [];
    for (let i = 0; i < events.length; i++) {
      const e = events.at(i) as TraceEvent;
      if (e.kind === 'ref' && e.label === 'sys.stdout pending write') out.push({ line: e.line, delta: e.to - e.from });
    }
    return out;
  }

  it('holds each written ASCII str from the print until the flush, under its own label', function () {
    const source = "import sys\ns = ''.join(['ab', 'cd'])\nprint(s)\nprint(s, s)\nsys.stdout.flush()\n";
    assert.deepEqual(pendingRefs(source), [
      { line: 3, delta: 1 },
      { line: 4, delta: 1 },
      { line: 4, delta: 1 },
      { line: 5, delta: -1 },
      { line: 5, delta: -1 },
      { line: 5, delta: -1 },
    ]);
  });

  it('holds no reference to a str that is not ASCII (its encoded bytes are kept instead)', function () {
    assert.deepEqual(pendingRefs("s = ''.join(['é', 'cd'])\nprint(s)\n"), []);
  });
});
