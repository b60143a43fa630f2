// A large memory graph's layout without ELK, in Node: the first snapshot placed in layers at once (every
// node, none overlapping, cycles drawn together), kept on the steps after it, and laid out again when a box
// grows or another run comes, each object keeping its layer and order.
import assert from 'node:assert/strict';
import { objectKey, type NodeKey } from '../../webview/memory-graph/model/graph-model';
import { LARGE_GRAPH, LayoutCache, type Box, type GraphLayout } from '../../webview/memory-graph/model/layout';
import { layersOf } from '../../webview/memory-graph/model/layered-placement';
import { packedTops } from '../../webview/memory-graph/model/column-packing';
import { assertNoOverlap, bigHeap, CountingElk, model, movement, overlaps, type Spec } from './helpers/graph-specs';

/**
 * Like the panel benchmark's program: `nodes` → 200 linked Nodes, each with an int; `table` → 40 dicts, each
 * → a list of two ints; `pairs` → 20 two-object cycles; and a cycle nothing refers to (garbage), holding one
 * more object.
 */
function heap(extraNodes = 0): Spec {
  const objects: Spec['objects'] = [{ id: 1, type: 'type' }, { id: 2 }, { id: 3, type: 'dict' }, { id: 4 }];
  const edges: Spec['edges'] = [];
  for (let i = 0; i < 200 + extraNodes; i++) {
    objects.push({ id: 100 + i, type: 'Node' }, { id: 2000 + i, type: 'int' });
    edges.push([2, 100 + i, `[${i}]`], [100 + i, 2000 + i, '.val']);
    if (i > 0) edges.push([100 + i, 99 + i, '.prev']);
  }
  for (let k = 0; k < 40; k++) {
    objects.push({ id: 400 + k, type: 'dict' }, { id: 500 + k }, { id: 600 + 2 * k, type: 'int' }, { id: 601 + 2 * k, type: 'int' });
    edges.push([3, 400 + k, `['k${k}']`], [400 + k, 500 + k, "['pair']"], [500 + k, 600 + 2 * k, '[0]'], [500 + k, 601 + 2 * k, '[1]']);
  }
  for (let j = 0; j < 20; j++) {
    objects.push({ id: 700 + j, type: 'A' }, { id: 800 + j, type: 'B' });
    edges.push([4, 700 + j, `[${j}]`], [700 + j, 800 + j, '.b'], [800 + j, 700 + j, '.a']);
  }
  objects.push({ id: 900, type: 'C' }, { id: 901, type: 'D' }, { id: 902 });
  edges.push([900, 901, '.d'], [901, 900, '.c'], [901, 902, '.items']);
  return { objects, edges, roots: [['Node', 1], ['nodes', 2], ['table', 3], ['pairs', 4]] };
}

const box = (layout: GraphLayout, id: number) => layout.nodes.get(objectKey(id)) as Box;
const middle = (b: Box) => b.y + b.height / 2;

describe('memory graph layout of a large graph (without ELK)', function () {
  this.timeout(60_000);

  it('lays out the first snapshot of a large graph at once, without ELK: every node in layers from the roots, none overlapping', async function () {
    const graph = model(heap());
    assert.ok(graph.nodes.length > 3 * LARGE_GRAPH);
    const engine = new CountingElk();
    const cache = new LayoutCache(engine);
    const layout = await cache.layoutFor(graph, 1);
    assert.equal(engine.runs, 0, 'ELK is not asked');
    assert.equal(cache.laidOutWithoutElk, 1);
    assert.deepEqual(graph.nodes.map((n) => n.key).filter((k) => !layout.nodes.has(k)), [], 'every node placed');
    assertNoOverlap(layout);
    for (const b of layout.nodes.values()) assert.ok(b.x >= 0 && b.y >= 0 && b.x + b.width <= layout.width && b.y + b.height <= layout.height, 'inside the drawing');
    // Roots first; each object right of the node whose reference placed it.
    const root = layout.nodes.get(graph.nodes[0].key) as Box;
    for (const n of graph.nodes.slice(1)) assert.ok((layout.nodes.get(n.key) as Box).x > root.x + root.width, `${n.key} right of the roots`);
    const { reached, unreached } = layersOf(graph.nodes, graph.edges);
    for (const layer of [...reached, ...unreached]) {
      for (const { node, via } of layer) {
        if (!via) continue;
        const [from, to] = [layout.nodes.get(via.from) as Box, layout.nodes.get(node.key) as Box];
        assert.ok(to.x >= from.x + from.width, `${via.id} points right`);
      }
    }
    // The Nodes in the list's order, each level with its int.
    const ys = Array.from({ length: 200 }, (_, i) => box(layout, 100 + i).y);
    assert.deepEqual(ys, [...ys].sort((a, b) => a - b), 'in the order of the list');
    for (let i = 0; i < 200; i++) assert.equal(middle(box(layout, 2000 + i)), middle(box(layout, 100 + i)), `Node ${i} level with its int`);
    // Each cycle drawn together: its box holds its members and no other object.
    assert.equal(layout.cycles.length, 21);
    layout.cycles.forEach((cycleBox, c) => {
      const members = new Set<NodeKey>(graph.cycles[c]);
      for (const [key, b] of layout.nodes) {
        const inside = b.x >= cycleBox.x && b.y >= cycleBox.y && b.x + b.width <= cycleBox.x + cycleBox.width && b.y + b.height <= cycleBox.y + cycleBox.height;
        if (members.has(key)) assert.ok(inside, `${key} inside its cycle's box`);
        else assert.ok(!overlaps(b, cycleBox), `${key} clear of the box of cycle ${graph.cycles[c].join(', ')}`);
      }
    });
    // The garbage gets a band below the rest.
    const garbageTop = Math.min(...[900, 901, 902].map((id) => box(layout, id).y));
    for (const n of graph.nodes) {
      if (![900, 901, 902].some((id) => objectKey(id) === n.key)) assert.ok((layout.nodes.get(n.key) as Box).y + n.height < garbageTop, `${n.key} above the garbage`);
    }
  });

  it('keeps that layout on the next steps (a new object placed around it, nothing moving) and draws the same heap the same', async function () {
    const engine = new CountingElk();
    const cache = new LayoutCache(engine);
    const first = await cache.layoutFor(model(heap()), 1);
    const next = await cache.layoutFor(model(heap(1)), 1);
    assert.equal(engine.runs, 0);
    assert.equal(cache.extended, 1, 'placed without a new layout');
    assert.deepEqual(movement(first, next, first.nodes.keys()).filter((d) => d > 0), [], 'nothing moves');
    assertNoOverlap(next);
    const [added, last] = [box(next, 300), box(next, 299)];
    assert.ok(Math.abs(added.x - last.x) < 1, 'the new Node joins the layer of the others');
    // A step back (fewer objects): the same places.
    const back = await cache.layoutFor(model(heap()), 1);
    assert.deepEqual([...back.nodes], [...first.nodes]);
    // Another page (or the panel reopened) lays the same heap out the same.
    const again = await new LayoutCache(new CountingElk()).layoutFor(model(heap()), 7);
    assert.deepEqual([...again.nodes], [...first.nodes]);
  });

  it('lays it out again when a frame grows into the one below: that frame moves down, nothing else', async function () {
    const withFrame = (extraVariables: number): Spec => ({
      ...bigHeap(100),
      roots: [['xs', 1], ...Array.from({ length: extraVariables }, (_, i): [string, number] => [`v${i}`, 2 + i])],
      frames: [{ name: 'work', bindings: [['row', 2], ['other', 3]] }],
    });
    const engine = new CountingElk();
    const cache = new LayoutCache(engine);
    const before = await cache.layoutFor(model(withFrame(0)), 1);
    const globalsKey = 'r:globals:1:0';
    const frameKey = 'r:frame:2:1';
    // Two more variables: the globals box is 40 px taller, into the frame below it.
    const grown = model(withFrame(2));
    const after = await cache.layoutFor(grown, 1);
    assert.equal(engine.runs, 0);
    assert.equal(cache.laidOutWithoutElk, 2, 'laid out again');
    assertNoOverlap(after);
    const [g, f0, f1] = [after.nodes.get(globalsKey) as Box, before.nodes.get(frameKey) as Box, after.nodes.get(frameKey) as Box];
    assert.ok(f1.y >= g.y + g.height, 'the frame below the grown globals');
    assert.equal(f1.x, f0.x);
    assert.ok(f1.y > f0.y && f1.y - f0.y <= 40, `the frame moved down by ${f1.y - f0.y}`);
    const objects = grown.nodes.filter((n) => n.kind === 'object').map((n) => n.key);
    assert.deepEqual(movement(before, after, objects).filter((d) => d > 0), [], 'no object moves');
  });

  it('moves the layers a box grew wider into to the right, keeping every height', async function () {
    const engine = new CountingElk();
    const cache = new LayoutCache(engine);
    const spec = bigHeap(100);
    const before = await cache.layoutFor(model(spec), 1);
    // The list xs (the first layer of objects) gets a long value: 240 px wide instead of 96.
    const wider: Spec = { ...spec, objects: spec.objects.map((o) => (o.id === 1 ? { ...o, value: '[' + 'x, '.repeat(30) + ']' } : o)) };
    const after = await cache.layoutFor(model(wider), 1);
    assert.equal(engine.runs, 0);
    assertNoOverlap(after);
    const list = box(after, 1);
    assert.ok(list.width > box(before, 1).width && list.x === box(before, 1).x, 'the grown list keeps its corner');
    const shifts = new Set<number>();
    for (const [key, b] of before.nodes) {
      const a = after.nodes.get(key) as Box;
      assert.equal(a.y, b.y, `${key} keeps its height`);
      if (b.x > list.x) shifts.add(a.x - b.x);
    }
    assert.equal(shifts.size, 1, 'the layers right of it move together');
    const [shift] = shifts;
    assert.ok(shift > 0 && box(after, 2).x >= list.x + list.width, `moved right by ${shift}`);
  });

  it('lays out a jump far through the run (most objects new) afresh, as a first snapshot', async function () {
    const cache = new LayoutCache(new CountingElk());
    await cache.layoutFor(model(bigHeap(80)), 1);
    const far = await cache.layoutFor(model(bigHeap(200)), 1);
    const fresh = await new LayoutCache(new CountingElk()).layoutFor(model(bigHeap(200)), 1);
    assert.deepEqual([...far.nodes], [...fresh.nodes]);
  });

  it('packs a layer as near as it can to where each box wants to be, NODE_SPACING apart', function () {
    // Three 56-px boxes wanting the same top: centred on it, 86 px apart.
    assert.deepEqual(packedTops([56, 56, 56], [100, 100, 100]), [14, 100, 186]);
    // Not above the drawing's top.
    assert.deepEqual(packedTops([56, 56, 56], [0, 0, 0]), [12, 98, 184]);
    // Far enough apart: where they want; a box without a wish follows the one above.
    assert.deepEqual(packedTops([56, 56, 20], [12, 500, null]), [12, 500, 586]);
    // Two pulling towards each other meet half-way.
    assert.deepEqual(packedTops([50, 50], [100, 90]), [55, 135]);
  });
});
