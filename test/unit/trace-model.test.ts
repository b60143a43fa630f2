// The editor's view of a trace (src/trace-model): per-line annotations, names for hovers, object details.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { runSource, startRun } from '../../src/core/index';
import type { PythonVersion } from '../../src/core/versions';
import type { AnnotationItem, TraceView } from '../../src/shared/protocol';
import { identifiersOnLine } from '../../src/trace-model/identifiers';
import { annotationText, hoverMarkdown } from '../../src/trace-model/text';
import { englishWords } from './helpers/english-words';
import { buildView, lineStepIndices, programEnd } from '../../src/trace-model/walk';

const refcountExample = readFileSync(path.resolve(__dirname, '..', '..', 'examples', 'refcount.py'), 'utf8');


function view(source: string, python: PythonVersion = '3.11', position: number | null = null): TraceView {
  const run = startRun(source, { recordTrace: true, filename: 'test.py', python });
  while (run.advance(10_000));
  const events = run.result().events ?? [];
  const steps = lineStepIndices(events, programEnd(events));
  const endIndex = position === null ? programEnd(events) : steps[position];
  return buildView(events, { endIndex, position, sourceLines: source.split('\n'), statics: run.staticObjects() });
}

function textOf(v: TraceView, line: number): string | null {
  const annotation = v.lines.find((l) => l.line === line);
  return annotation ? annotationText(annotation, 'compact', englishWords) : null;
}

function lineOf(source: string, fragment: string): number {
  const index = source.split('\n').findIndex((l) => l.startsWith(fragment));
  assert.ok(index >= 0, `no line starts with ${fragment}`);
  return index + 1;
}

describe('trace model: annotations', function () {
  it('follows the course refcount example line by line (3.11)', function () {
    const v = view(refcountExample);
    const at = (fragment: string) => textOf(v, lineOf(refcountExample, fragment));
    // sys.modules and the name, and each of sys's functions (m_self: modules/module-functions.ts).
    // (sys's count depends on how many of its functions the simulator has: each holds the module.)
    assert.match(at('import sys') ?? '', /^sys → module#1 · refs \d+$/);
    assert.equal(at('a = []'), 'a → list#1 · refs 1');
    assert.equal(at('b = a'), 'b → list#1 · refs 2');
    assert.equal(at('b = None'), 'b → None · refs large; list#1 · refs 1');
    assert.equal(at('a = None'), 'a → None · refs large; list#1 freed');
    // getrefcount's temporary +1/−1 is not a change a line keeps.
    assert.equal(at('print(f"1.'), null);
  });

  it('says "immortal" for None from 3.12 on (PEP 683)', function () {
    const v = view(refcountExample, '3.12');
    assert.equal(textOf(v, lineOf(refcountExample, 'b = None')), 'b → None · immortal; list#1 · refs 1');
  });

  it('shows container slots changing a named object, and the cycle surviving del until gc.collect()', function () {
    const source = ['import gc', 'a = {}', 'b = {}', "a['b_ref'] = b", "b['a_ref'] = a", 'del a', 'del b', 'gc.collect()', ''].join('\n');
    const v = view(source);
    assert.equal(textOf(v, 4), 'dict#2 · refs 2');
    assert.equal(textOf(v, 6), 'del a; dict#1 · refs 1');
    assert.equal(textOf(v, 8), 'dict#1 freed; dict#2 freed');
  });

  it('annotates the last run of a loop line, and counts runs in detailed mode', function () {
    const source = ['xs = []', 'for i in range(3):', '    xs.append([i])', ''].join('\n');
    const v = view(source);
    const loop = v.lines.find((l) => l.line === 2);
    assert.ok(loop);
    assert.equal(loop.runs, 4); // three iterations and the exhausted iterator
    assert.equal(annotationText(loop, 'detailed', englishWords), '×4; i → int#3 = 2 · refs large');
    assert.equal(annotationText(loop, 'off', englishWords), null);
  });

  it('keeps a function frame\'s names apart from globals with the same name', function () {
    const source = ['x = [1]', 'def f(x):', '    return len(x)', 'f("abc")', ''].join('\n');
    const v = view(source);
    const names = v.names.find((n) => n.line === 3);
    // `x` in f is the parameter (no bind event): never the global list.
    assert.equal(names?.names.x, undefined);
  });

  it('shows the state before a given line step, with that line current', function () {
    const source = refcountExample;
    const stepped = view(source, '3.11', 3); // lines: import, a = [], print, b = a
    assert.equal(stepped.currentLine, lineOf(source, 'b = a'));
    assert.equal(textOf(stepped, lineOf(source, 'a = []')), 'a → list#1 · refs 1');
    assert.equal(textOf(stepped, lineOf(source, 'b = a')), null);
    const list = stepped.objects.find((o) => o.object.label === 'list#1');
    assert.deepEqual(list?.refcount, { kind: 'count', value: 1 });
  });
});

describe('trace model: object details (hovers)', function () {
  it('gives the history of every +1/−1 with cause and line, and who refers to the object', function () {
    const source = ['a = []', 'b = a', 'c = [a]', ''].join('\n');
    const v = view(source);
    const list = v.objects.find((o) => o.object.label === 'list#1');
    assert.ok(list);
    assert.equal(list.type, 'list');
    assert.deepEqual(list.refcount, { kind: 'count', value: 3 });
    assert.deepEqual(list.history.map((h) => [h.event, h.line, h.delta, h.cause]), [
      ['alloc', 1, 0, null],
      ['ref', 2, 1, 'stack'],
      ['ref', 3, 1, 'stack'],
    ]);
    assert.deepEqual(list.referrers.map((r) => (r.kind === 'name' ? r.name : r.holder)), ['a', 'b']);
    // The list display's slot took the stack reference over without an event: the trace cannot name it.
    assert.equal(list.otherReferences, 1);
    assert.equal(list.pythonId, runSource(source + 'print(id(a))\n', { python: '3.11' }).stdout.trim(), 'the id() the program sees');
  });

  it('marks the changes another thread made in the shared count (3.13t)', function () {
    const source = 'import threading\nbox = [1]\ndef use(b):\n    n = len(b)\nt = threading.Thread(target=use, args=(box,))\nt.start()\nt.join()\n';
    const v = view(source, '3.13t');
    const box = v.objects.find((o) => o.object.label === 'list#1');
    assert.ok(box);
    const md = hoverMarkdown(box, englishWords, (line, text) => `[${text}](go:${line})`);
    assert.match(md, /\[line 4\]\(go:4\): \*\*\+1\*\* stack \(shared\) → refs \d/);
    assert.doesNotMatch(md, /\[line 2\]\(go:2\)[^\n]*\(shared\)/);
  });

  it('renders hover markdown with a link per history line and the freed state', function () {
    const v = view(refcountExample);
    const list = v.objects.find((o) => o.object.label === 'list#1');
    assert.ok(list);
    const md = hoverMarkdown(list, englishWords, (line, text) => `[${text}](go:${line})`);
    assert.match(md, /^\*\*list\\#1: list\*\*/);
    assert.match(md, /\[line 3\]\(go:3\): created → refs 1/);
    assert.match(md, /\[line 6\]\(go:6\): \*\*\+1\*\* stack → refs 2/);
    assert.match(md, /\[line 9\]\(go:9\): \*\*−1\*\* name `b` → refs 1/);
    assert.match(md, /\*\*freed\*\* — \[line 12\]\(go:12\)/);
  });
});

describe('trace model: identifiers', function () {
  it('skips strings and comments but keeps f-string fields', function () {
    assert.deepEqual([...identifiersOnLine('print(f"1. Compteur {sys.getrefcount(a) - 1}") # a b c')], ['print', 'sys', 'getrefcount', 'a']);
    assert.deepEqual([...identifiersOnLine("x = 'a b' + y  # z")], ['x', 'y']);
  });

  it('lists only annotation items it knows', function () {
    const kinds: AnnotationItem['kind'][] = ['bound', 'deleted', 'released', 'changed', 'freed'];
    assert.equal(kinds.length, 5);
  });
});
