// The memory graph webview's pure model, in Node: cycles (SCC), the graph built from a snapshot, the
// collection overlay, the stable layout (elkjs), and the host's ready queue and page.
import assert from 'node:assert/strict';
import ELK from 'elkjs/lib/elk.bundled.js';
import { cycles, stronglyConnectedComponents } from '../../webview/memory-graph/model/scc';
import { buildGraphModel, objectKey } from '../../webview/memory-graph/model/graph-model';
import { LayoutCache } from '../../webview/memory-graph/model/layout';
import { phaseOverlay } from '../../webview/memory-graph/model/gc-playback';
import { ReadyQueue } from '../../src/extension/panels/ready-queue';
import { contentSecurityPolicy, webviewHtml } from '../../src/extension/panels/webview-html';
import type { GraphObject, MemoryGraphSnapshot } from '../../src/shared/memory-graph-protocol';

function object(id: number, type = 'list'): GraphObject {
  return { id, label: '', type, value: '[]', pythonId: String(id), refcount: { kind: 'count', value: 1 }, generation: 0, unreachable: false, interpreter: false };
}

function snapshot(ids: number[], edges: [number, number, string][], roots: [string, number][]): MemoryGraphSnapshot {
  return {
    runId: 1, position: 0, lineSteps: 3, currentLine: 1, omitted: 0, importGarbage: [], freed: [], collections: [],
    roots: [{ kind: 'globals', frame: 1, name: '<module>', thread: null, bindings: roots.map(([name, obj]) => ({ name, obj, temporary: false })) }],
    objects: ids.map((id) => object(id)),
    edges: edges.map(([from, to, slot]) => ({ from, to, slot })),
  };
}

describe('memory graph model (webview, pure)', function () {
  it('finds strongly connected components and the cycles among them (self-references included)', function () {
    const succ: Record<string, string[]> = { a: ['b'], b: ['c', 'a'], c: [], d: ['d'], e: ['c'] };
    const components = stronglyConnectedComponents(Object.keys(succ), (n) => succ[n]);
    assert.deepEqual(components.map((c) => [...c].sort()), [['c'], ['a', 'b'], ['d'], ['e']]);
    assert.deepEqual(cycles(Object.keys(succ), (n) => succ[n]).map((c) => [...c].sort()), [['a', 'b'], ['d']]);
  });

  it('handles a chain of 100,000 references without overflowing the stack', function () {
    const n = 100_000;
    const nodes = Array.from({ length: n }, (_, i) => i);
    assert.equal(stronglyConnectedComponents(nodes, (i) => (i + 1 < n ? [i + 1] : [0])).length, 1);
  });

  it('builds roots with a row and port per variable, slot-labelled edges, and the cycles', function () {
    const model = buildGraphModel(snapshot([1, 2, 3], [[1, 2, '[0]'], [2, 1, '.back'], [1, 3, '[1]'], [1, 3, '[1]']], [['xs', 1], ['gone', 99]]), { temporary: '(temp)' });
    const root = model.nodes.find((n) => n.kind === 'root');
    assert.ok(root && root.kind === 'root');
    assert.deepEqual(root.rows.map((r) => r.name), ['xs'], 'bindings to objects not in the snapshot are left out');
    assert.equal(root.ports, 1);
    assert.deepEqual(model.edges.map((e) => e.label), ['xs', '[0]', '.back', '[1]', '[1]']);
    assert.equal(new Set(model.edges.map((e) => e.id)).size, model.edges.length, 'edge ids are unique');
    assert.deepEqual(model.cycles.map((c) => [...c].sort()), [[objectKey(1), objectKey(2)]]);
    const again = buildGraphModel(snapshot([1, 2, 3], [[1, 2, '[0]'], [2, 1, '.back'], [1, 3, '[1]'], [1, 3, '[1]']], [['xs', 1]]), { temporary: '(temp)' });
    assert.equal(again.signature, model.signature);
  });

  it('overlays the collection phases: gc_refs, then the unreachable set, then the garbage freed', function () {
    const phases = [
      { phase: 'start' as const, objects: [1, 2, 3], values: [] },
      { phase: 'update-refs' as const, objects: [1, 2, 3], values: [2, 1, 1] },
      { phase: 'subtract-refs' as const, objects: [1, 2, 3], values: [1, 0, 0] },
      { phase: 'unreachable' as const, objects: [2, 3], values: [] },
      { phase: 'delete' as const, objects: [2, 3], values: [] },
      { phase: 'stop' as const, objects: [], values: [2, 0] },
    ];
    assert.deepEqual([...phaseOverlay(phases, 1).gcRefs], [[1, 2], [2, 1], [3, 1]]);
    assert.deepEqual([...phaseOverlay(phases, 2).gcRefs], [[1, 1], [2, 0], [3, 0]]);
    const unreachable = phaseOverlay(phases, 3);
    assert.deepEqual([...unreachable.marks], [[1, 'examined'], [2, 'unreachable'], [3, 'unreachable']]);
    assert.deepEqual([...unreachable.gcRefs.keys()], [2, 3]);
    const end = phaseOverlay(phases, 5);
    assert.equal(end.marks.get(2), 'deleted');
    assert.deepEqual(end.result, [2, 0]);
  });

  it('lays out roots left of objects and reuses the layout when a step adds nothing (objects do not move)', async function () {
    const cache = new LayoutCache(new ELK());
    const full = buildGraphModel(snapshot([1, 2, 3, 4], [[1, 2, '[0]'], [2, 3, '.x'], [3, 2, '.y'], [1, 4, '[1]']], [['a', 1], ['b', 4]]), { temporary: 't' });
    const first = await cache.layoutFor(full, 1);
    const rootBox = first.nodes.get(full.nodes[0].key);
    assert.ok(rootBox);
    for (const n of full.nodes.slice(1)) assert.ok((first.nodes.get(n.key)?.x ?? 0) > rootBox.x + rootBox.width, `${n.key} right of the roots`);
    assert.equal(first.cycles.length, 1);
    const cycleBox = first.cycles[0];
    for (const key of full.cycles[0]) {
      const b = first.nodes.get(key);
      assert.ok(b && b.x >= cycleBox.x && b.x + b.width <= cycleBox.x + cycleBox.width, 'the cycle box holds its members');
    }
    // Object 4 freed: same world, same places, no new layout.
    const fewer = buildGraphModel(snapshot([1, 2, 3], [[1, 2, '[0]'], [2, 3, '.x'], [3, 2, '.y']], [['a', 1]]), { temporary: 't' });
    const second = await cache.layoutFor(fewer, 1);
    assert.equal(cache.computed, 1);
    for (const n of fewer.nodes) assert.deepEqual(second.nodes.get(n.key), first.nodes.get(n.key));
    assert.equal(second.nodes.has(objectKey(4)), false);
    // A new object: a new layout, seeded, in which the others stay close to where they were.
    const more = buildGraphModel(snapshot([1, 2, 3, 4, 5], [[1, 2, '[0]'], [2, 3, '.x'], [3, 2, '.y'], [1, 4, '[1]'], [4, 5, '[0]']], [['a', 1], ['b', 4]]), { temporary: 't' });
    const third = await cache.layoutFor(more, 1);
    assert.equal(cache.computed, 2);
    for (const n of full.nodes) {
      const [p, q] = [first.nodes.get(n.key), third.nodes.get(n.key)];
      assert.ok(p && q && Math.hypot(p.x - q.x, p.y - q.y) < 60, `${n.key} moved from ${JSON.stringify(p)} to ${JSON.stringify(q)}`);
    }
    // Another run: a new world.
    await cache.layoutFor(fewer, 2);
    assert.equal(cache.computed, 3);
  });

  it('queues posts until the webview is ready, keeping only the latest snapshot', function () {
    const sent: { type: string; n: number }[] = [];
    const queue = new ReadyQueue<{ type: string; n: number }>((m) => sent.push(m), new Set(['snapshot']));
    queue.post({ type: 'snapshot', n: 1 });
    queue.post({ type: 'init', n: 2 });
    queue.post({ type: 'snapshot', n: 3 });
    assert.equal(sent.length, 0);
    assert.equal(queue.waiting, 2);
    queue.markReady();
    assert.deepEqual(sent.map((m) => m.n), [2, 3]);
    queue.post({ type: 'snapshot', n: 4 });
    assert.deepEqual(sent.map((m) => m.n), [2, 3, 4]);
    queue.markNotReady();
    queue.post({ type: 'snapshot', n: 5 });
    assert.equal(sent.length, 3);
  });

  it('writes a page with a strict CSP: no remote content, the script by nonce, workers only from blobs, no inline styles', function () {
    const csp = contentSecurityPolicy({ cspSource: 'vscode-resource:', nonce: 'n0' });
    assert.equal(csp, "default-src 'none'; script-src 'nonce-n0'; style-src vscode-resource:; font-src vscode-resource:; img-src vscode-resource: data:; worker-src blob:");
    const html = webviewHtml({ cspSource: 'vscode-resource:', scriptUri: 'vscode-resource:/a.js', codiconUri: 'vscode-resource:/c.css', nonce: 'n0', title: 'T<', lang: 'fr' });
    assert.match(html, /<script nonce="n0" src="vscode-resource:\/a.js">/);
    assert.match(html, /id="vscode-codicon-stylesheet"/);
    assert.match(html, /<title>T&#60;<\/title>/);
    assert.doesNotMatch(html, /style=/);
  });
});
