// The worker's session (src/worker/session.ts) without the thread: runs, progress, views, export, partial code.
import assert from 'node:assert/strict';
import type { FromWorker, RunFinished, RunRequest } from '../../src/shared/protocol';
import { SimulationSession, blankFrom } from '../../src/worker/session';

function request(source: string, runId = 1): RunRequest {
  return { type: 'run', runId, source, filename: 'lesson.py', python: '3.11', maxSteps: 1_000_000, maxMillis: 10_000 };
}

function session(now?: () => number): { session: SimulationSession; messages: FromWorker[] } {
  const messages: FromWorker[] = [];
  return { session: new SimulationSession((m) => messages.push(m), now), messages };
}

function finished(messages: FromWorker[]): RunFinished {
  const last = messages[messages.length - 1];
  assert.equal(last?.type, 'finished');
  return last as RunFinished;
}

describe('worker session', function () {
  it('runs a file and sends the outcome with the end-of-program view', function () {
    const { session: s, messages } = session();
    s.handle(request('a = [1]\nb = a\nprint(len(b))\n'));
    const done = finished(messages);
    assert.equal(done.outcome.stdout, '1\n');
    assert.equal(done.outcome.exitCode, 0);
    assert.equal(done.outcome.lineSteps, 3);
    assert.equal(done.view.position, null);
    assert.deepEqual(done.view.lines.map((l) => l.line), [1, 2, 3]);
  });

  it('reports progress on long runs', function () {
    let clock = 0;
    const { session: s, messages } = session(() => (clock += 150));
    s.handle(request('n = 0\nwhile n < 60000:\n    n += 1\n'));
    const progress = messages.filter((m) => m.type === 'progress');
    assert.ok(progress.length >= 2, `${progress.length} progress messages`);
    assert.ok(progress.every((m, i) => i === 0 || (m.type === 'progress' && m.steps > (progress[i - 1] as { steps: number }).steps)));
    assert.equal(finished(messages).outcome.exitCode, 0);
  });

  it('answers a step view and an export for the kept run, and a failure for an older one', function () {
    const { session: s, messages } = session();
    s.handle(request('a = []\nb = a\n', 7));
    s.handle({ type: 'view', runId: 7, position: 1 });
    const view = messages[messages.length - 1];
    assert.equal(view?.type === 'view' && view.view.currentLine, 2);
    s.handle({ type: 'export', runId: 7 });
    const trace = messages[messages.length - 1];
    assert.ok(trace?.type === 'trace');
    const events = Buffer.concat(trace.chunks).toString('utf8').trim().split('\n').map((l) => JSON.parse(l) as { kind: string });
    assert.ok(events.some((e) => e.kind === 'bind'));
    s.handle({ type: 'view', runId: 6, position: 0 });
    assert.equal(messages[messages.length - 1]?.type, 'failure');
  });

  it('annotates the lines above a syntax error (partial code while typing)', function () {
    const { session: s, messages } = session();
    s.handle(request('a = []\nb = a\nc = (\n'));
    const done = finished(messages);
    assert.equal(done.outcome.exitCode, 2);
    assert.equal(done.outcome.diagnostic?.kind, 'SyntaxError');
    assert.equal(done.outcome.prefixBefore, 3);
    assert.deepEqual(done.view.lines.map((l) => l.line), [1, 2]);
  });

  it('passes on the program\'s own exit status: sys.exit(n), an unhandled KeyboardInterrupt (130)', function () {
    for (const [source, status] of [['import sys\nsys.exit(5)\n', 5], ['import sys\nsys.exit(3)\n', 3], ['raise KeyboardInterrupt\n', 130]] as const) {
      const { session: s, messages } = session();
      s.handle(request(source));
      const done = finished(messages);
      assert.equal(done.outcome.exitCode, status, source);
      assert.equal(done.outcome.diagnostic, null, source);
    }
  });

  it('reports a budget overrun with its line', function () {
    const { session: s, messages } = session();
    s.handle({ ...request('while True:\n    pass\n'), maxSteps: 5000 });
    const done = finished(messages);
    assert.equal(done.outcome.exitCode, 3);
    assert.equal(done.outcome.diagnostic?.kind, 'Budget');
    assert.ok(done.outcome.diagnostic.line >= 1);
  });

  it('sends the named objects\' labels with the view and their hover details on request', function () {
    const { session: s, messages } = session();
    s.handle(request('a = []\nb = a\nb = None\n', 5));
    const done = finished(messages);
    const list = done.view.objects.find((o) => o.label === 'list#1');
    assert.ok(list, JSON.stringify(done.view.objects));
    assert.equal('history' in list, false, 'no hover details in the view');
    s.handle({ type: 'details', runId: 5, position: null, objectId: list.id });
    const atEnd = messages[messages.length - 1];
    assert.ok(atEnd?.type === 'details' && atEnd.details);
    assert.equal(atEnd.details.refcount?.kind === 'count' && atEnd.details.refcount.value, 1);
    // Before line 3 runs (position 2), `b` still refers to the list: two references.
    s.handle({ type: 'details', runId: 5, position: 2, objectId: list.id });
    const stepped = messages[messages.length - 1];
    assert.ok(stepped?.type === 'details' && stepped.details);
    assert.equal(stepped.details.refcount?.kind === 'count' && stepped.details.refcount.value, 2);
  });

  it('answers a request cancelled before it started without running it', function () {
    const messages: FromWorker[] = [];
    const s = new SimulationSession((m) => messages.push(m), Date.now, (seq) => seq <= 1);
    s.handle(request('print(1)\n', 3), 1);
    assert.deepEqual(messages, [{ type: 'cancelled', runId: 3 }]);
    s.handle(request('print(2)\n', 4), 2);
    assert.equal(finished(messages).outcome.stdout, '2\n');
  });

  it('stops a run cancelled in flight; the previous run stays kept', function () {
    const messages: FromWorker[] = [];
    let checks = 0;
    // The mark is raised once the second run has read it a few times (a few slices in).
    const s = new SimulationSession((m) => messages.push(m), Date.now, (seq) => seq === 2 && ++checks > 3);
    s.handle(request('a = []\nb = a\n', 1), 1);
    s.handle(request('n = 0\nwhile True:\n    n += 1\n', 2), 2);
    assert.deepEqual(messages[messages.length - 1], { type: 'cancelled', runId: 2 });
    s.handle({ type: 'view', runId: 1, position: 1 }, 3);
    const view = messages[messages.length - 1];
    assert.equal(view?.type === 'view' && view.view.currentLine, 2);
  });

  it('compares a file under 3.11, 3.13t and as processes, leaving the kept run as it is', function () {
    this.timeout(30_000);
    const { session: s, messages } = session();
    s.handle(request('a = []\nb = a\n', 5));
    const source = 'import threading\ndef work():\n    for i in range(2000):\n        pass\nts = [threading.Thread(target=work) for _ in range(2)]\nfor t in ts: t.start()\nfor t in ts: t.join()\nprint("ok")\n';
    s.handle({ type: 'compare', runId: 6, source, filename: 'w.py', maxSteps: 1_000_000, maxMillis: 20_000 });
    const reply = messages[messages.length - 1];
    assert.ok(reply?.type === 'comparison' && reply.runId === 6);
    assert.deepEqual(reply.comparison.runs.map((r) => [r.model, r.stdout, r.exitCode]), [['gil', 'ok\n', 0], ['free-threaded', 'ok\n', 0], ['processes', 'ok\n', 0]]);
    assert.deepEqual(reply.comparison.runs[2].timeline.threads.map((l) => l.name), ['MainProcess', 'Process-1', 'Process-2']);
    // Plain data: it crosses to the extension host by structured clone.
    assert.deepEqual(structuredClone(reply.comparison), reply.comparison);
    s.handle({ type: 'view', runId: 5, position: 1 });
    const view = messages[messages.length - 1];
    assert.equal(view?.type === 'view' && view.view.currentLine, 2);
  });

  it('stops a comparison cancelled in flight', function () {
    const messages: FromWorker[] = [];
    let checks = 0;
    const s = new SimulationSession((m) => messages.push(m), Date.now, (seq) => seq === 1 && ++checks > 3);
    s.handle({ type: 'compare', runId: 2, source: 'n = 0\nwhile True:\n    n += 1\n', filename: 'loop.py', maxSteps: 10_000_000, maxMillis: 60_000 }, 1);
    assert.deepEqual(messages.filter((m) => m.type !== 'progress'), [{ type: 'cancelled', runId: 2 }]);
  });

  it('blanks lines from a given line on, keeping the numbering', function () {
    assert.equal(blankFrom('a\nb\nc\n', 2), 'a\n\n\n');
  });
});
