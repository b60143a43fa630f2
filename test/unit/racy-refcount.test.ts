// The hypothetical interpreter of lesson 3 (no GIL, non-atomic counts): a change within the race window of
// another thread's change to the same object loses it; the true count is kept; a corrupted count reaching 0
// while references remain stops the run as a crash.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { runSource } from '../../src/core/index';
import { RacyRefcounts, RACE_WINDOW_NS } from '../../src/core/runtime/racy-refcount';
import type { PyObject } from '../../src/core/objects/object';

const lesson3 = readFileSync(path.join(__dirname, '..', '..', 'examples', 'lessons', '03_why_the_gil.py'), 'utf8');

describe('racy reference counts (hypothetical interpreter without a GIL)', function () {
  it('loses the other thread\'s change within the window, and keeps the true count', function () {
    const racy = new RacyRefcounts();
    const obj = { rc: 1 } as PyObject;
    obj.rc = racy.change(obj, 1, 0, 1000); // thread 0: read 1, wrote 2
    assert.equal(obj.rc, 2);
    obj.rc = racy.change(obj, -1, 1, 1000 + RACE_WINDOW_NS - 1); // thread 1 read 1 before thread 0's store: writes 0
    assert.equal(obj.rc, 0);
    assert.equal(racy.trueCount(obj), 1, 'one reference is still held: freeing it now would crash');
    assert.equal(racy.lost, 1);
    obj.rc = racy.change(obj, 1, 0, 5000); // long after: an ordinary increment
    assert.equal(obj.rc, 1);
    assert.equal(racy.trueCount(obj), 2);
  });

  it('never races a thread with itself, nor changes further apart than the window', function () {
    const racy = new RacyRefcounts();
    const obj = { rc: 1 } as PyObject;
    obj.rc = racy.change(obj, 1, 0, 0);
    obj.rc = racy.change(obj, 1, 0, 1);
    obj.rc = racy.change(obj, -1, 1, 1 + RACE_WINDOW_NS);
    assert.equal(obj.rc, 2);
    assert.equal(racy.lost, 0);
  });

  it('corrupts lesson 3\'s count on the hypothetical interpreter only, the same way every run', function () {
    const hypothetical = runSource(lesson3, { python: 'nogil-hypothetical', recordTrace: true });
    assert.equal(hypothetical.exitCode, 0, hypothetical.stderr);
    assert.notEqual(hypothetical.stdout, 'Compteur de la liste : 1\n');
    const events = hypothetical.events;
    assert.ok(events);
    let races = 0;
    for (let i = 0; i < events.length; i++) if (events.at(i)?.kind === 'race') races++;
    assert.ok(races > 0, 'lost updates are race events');
    assert.equal(runSource(lesson3, { python: 'nogil-hypothetical' }).stdout, hypothetical.stdout, 'deterministic');
    for (const python of ['3.11', '3.13t'] as const) {
      assert.equal(runSource(lesson3, { python }).stdout, 'Compteur de la liste : 1\n', python);
    }
  });

  it('stops with a crash when a lost increment lets the count reach 0 while the object is in use', function () {
    // Three threads wrapping one list in a new list and dropping it: increments and decrements by the
    // list's item slot race, and in this run the corrupted count reaches 0 with references still held.
    const source = [
      'import threading',
      'shared = []',
      'def work():',
      '    for _ in range(3000):',
      '        x = [shared]',
      '        del x',
      'threads = [threading.Thread(target=work) for _ in range(3)]',
      'for t in threads:',
      '    t.start()',
      'for t in threads:',
      '    t.join()',
      'print(len(shared))',
      '',
    ].join('\n');
    const r = runSource(source, { python: 'nogil-hypothetical' });
    assert.equal(r.diagnostic?.kind, 'Crash', r.stderr);
    assert.equal(r.exitCode, 1);
    assert.equal(r.stdout, '', 'the crash came before the print');
    assert.match(r.stderr, /^Segmentation fault \(hypothetical interpreter without a GIL\): the list object #\d+ was freed while \d+ references? to it remained/m);
    assert.equal(runSource(source, { python: '3.11' }).stdout, '0\n');
  });
});
