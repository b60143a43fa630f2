// The memory graph's layout between steps, in Node with the real elkjs: what must not move (a step that only
// changes counts, a step that adds a few objects to a large graph), how far things may move when the graph
// is laid out again, where a new object is placed without ELK, and a large graph's layout without ELK.
import assert from 'node:assert/strict';
import { objectKey, type NodeKey } from '../../webview/memory-graph/model/graph-model';
import { LARGE_GRAPH, LayoutCache, straightRoute, type Box, type GraphLayout } from '../../webview/memory-graph/model/layout';
import { crossedLayers, LAYERED_BUDGET, overLayeredBudget } from '../../webview/memory-graph/model/layout-cost';
import { freeY, NODE_SPACING, placeNewNodes } from '../../webview/memory-graph/model/incremental-placement';
import { assertNoOverlap, bigHeap, CountingElk, model, movement, type Spec } from './helpers/graph-specs';

describe('memory graph layout between steps (elkjs)', function () {
  this.timeout(60_000);

  it('keeps every position when a step only changes refcounts (no new layout)', async function () {
    for (const spec of [
      { objects: [{ id: 1 }, { id: 2 }, { id: 3 }], edges: [[1, 2, '[0]'], [2, 3, '.x']] as Spec['edges'], roots: [['a', 1]] as Spec['roots'] },
      bigHeap(LARGE_GRAPH),
    ]) {
      const engine = new CountingElk();
      const cache = new LayoutCache(engine);
      const first = await cache.layoutFor(model(spec), 1);
      const recounted = model({ ...spec, objects: spec.objects.map((o) => ({ ...o, refs: 7 })) });
      const second = await cache.layoutFor(recounted, 1);
      assert.equal(engine.runs + cache.laidOutWithoutElk, 1, 'one layout for both steps');
      assert.equal(cache.extended, 0);
      assert.deepEqual([...second.nodes], [...first.nodes]);
      assert.deepEqual([...second.edges], [...first.edges]);
    }
  });

  it('places a new object into a large graph without ELK and without moving any other', async function () {
    const n = LARGE_GRAPH;
    const engine = new CountingElk();
    const cache = new LayoutCache(engine);
    const before = await cache.layoutFor(model(bigHeap(n)), 1);
    // One more list in xs, holding one more int; and a second variable bound to a list already there.
    const grown = model(bigHeap(n, [{ id: 500 }, { id: 501, type: 'int' }], [[1, 500, `[${n}]`], [500, 501, '[0]']]));
    const after = await cache.layoutFor(grown, 1);
    assert.equal(engine.runs, 0, 'no ELK run');
    assert.equal(cache.laidOutWithoutElk, 1, 'one layout, the first');
    assert.equal(cache.extended, 1);
    const moved = movement(before, after, before.nodes.keys()).filter((d) => d > 0);
    assert.deepEqual(moved, [], 'nothing that was drawn moves');
    assertNoOverlap(after);
    const [list, sibling, int, holder] = [objectKey(500), objectKey(2), objectKey(501), objectKey(1)].map((k) => after.nodes.get(k) as Box);
    assert.ok(list.x >= holder.x + holder.width, 'the new list is right of the list holding it');
    assert.ok(Math.abs(list.x + list.width / 2 - (sibling.x + sibling.width / 2)) < 1, 'in the same layer as its siblings');
    assert.ok(int.x >= list.x + list.width, 'its int right of it');
    assert.ok(Math.abs(int.y - list.y) < NODE_SPACING + list.height, 'level with it');
    assert.ok(after.width >= int.x + int.width && after.height >= int.y + int.height, 'the drawing grows to hold them');
    // The new references are drawn: straight, from the holder's side to the new object's.
    const edge = grown.edges.find((e) => e.to === objectKey(500));
    assert.ok(edge);
    const route = after.edges.get(edge.id);
    assert.ok(route && route[0].x === holder.x + holder.width && route[route.length - 1].x === list.x);
    // Another run (the file edited): laid out again, without ELK, each object where it was.
    const rerun = await cache.layoutFor(grown, 2);
    assert.equal(engine.runs, 0);
    assert.equal(cache.laidOutWithoutElk, 2);
    assert.deepEqual(movement(after, rerun, after.nodes.keys()).filter((d) => d > 0), [], 'nothing moves');
  });

  it('lays a graph ELK is quick over out again with ELK, seeded so objects stay near', async function () {
    // 1 + 1 + 2 × 60 nodes, no reference crossing a layer: within ELK's budget.
    const n = 60;
    const engine = new CountingElk();
    const cache = new LayoutCache(engine);
    const before = await cache.layoutFor(model(bigHeap(n)), 1);
    const more = 10;
    const after = await cache.layoutFor(model(bigHeap(n + more)), 1);
    assert.ok(after.nodes.size <= LARGE_GRAPH);
    assert.equal(engine.runs, 2);
    assert.equal(cache.extended, 0);
    assertNoOverlap(after);
    // Seeded with the old places (the new objects at the ends of their layers), each object keeps its height
    // and its place in its layer. Layers may shift sideways: ELK widens the gap a fan of references crosses.
    const dy = [...before.nodes].map(([k, p]) => Math.abs((after.nodes.get(k) as Box).y - p.y)).sort((a, b) => a - b);
    assert.ok(dy[Math.floor(dy.length * 0.9)] < 60, `90th percentile of vertical movement: ${dy[Math.floor(dy.length * 0.9)]}`);
    const order = (layout: GraphLayout, keys: NodeKey[]) => [...keys].sort((a, b) => (layout.nodes.get(a) as Box).y - (layout.nodes.get(b) as Box).y);
    const lists = Array.from({ length: n }, (_, i) => objectKey(2 + i));
    assert.deepEqual(order(after, lists), order(before, lists), 'the lists keep their order');
    const layerX = (layout: GraphLayout, keys: NodeKey[]) => keys.map((k) => (layout.nodes.get(k) as Box).x);
    const [root, list, first, int] = ['r:globals:1:0', objectKey(1), objectKey(2), objectKey(1001)];
    for (const layout of [before, after]) {
      const xs = layerX(layout, [root, list, first, int]);
      assert.deepEqual(xs, [...xs].sort((a, b) => a - b), 'layers keep their left-to-right order');
    }
  });

  it('counts the layers references cross, to tell when ELK would be too slow to run on every step', function () {
    // xs → list; the list → each of n chained nodes; each node → the previous one: n layers, n long references.
    const chain = (n: number): Spec => {
      const objects: Spec['objects'] = [{ id: 1 }];
      const edges: Spec['edges'] = [];
      for (let i = 0; i < n; i++) {
        objects.push({ id: 2 + i, type: 'Node' });
        edges.push([1, 2 + i, `[${i}]`]);
        if (i > 0) edges.push([2 + i, 1 + i, '.prev']);
      }
      return { objects, edges, roots: [['xs', 1]] };
    };
    const ten = model(chain(10));
    // Node 9 is one layer right of the list, node 0 ten layers: the list's references cross 0 + 1 + ... + 9.
    assert.equal(crossedLayers(ten.nodes, ten.edges), 45);
    assert.equal(overLayeredBudget(ten.nodes, ten.edges), false);
    const forty = model(chain(40));
    assert.ok(forty.nodes.length < LAYERED_BUDGET && overLayeredBudget(forty.nodes, forty.edges), 'a 40-node chain is over the budget');
    // A reference cycle is turned round, not counted as a layer per lap.
    const cycle = model({ objects: [{ id: 1 }, { id: 2 }, { id: 3 }], edges: [[1, 2, '.a'], [2, 3, '.b'], [3, 1, '.c']], roots: [['x', 1]] });
    assert.equal(crossedLayers(cycle.nodes, cycle.edges), 1, 'only the reference closing the cycle crosses a layer');
  });

  it('draws references the layout did not route without crossing their ends', function () {
    const edge = { id: 'e', from: 'a', to: 'b', label: '.x', port: null };
    const a = { x: 100, y: 0, width: 100, height: 40 };
    assert.deepEqual(straightRoute(edge, a, { x: 300, y: 100, width: 100, height: 40 }), [{ x: 200, y: 20 }, { x: 300, y: 120 }], 'right: side to side');
    assert.deepEqual(straightRoute(edge, a, { x: 0, y: 100, width: 50, height: 40 }), [{ x: 100, y: 20 }, { x: 50, y: 120 }], 'left: from its left side');
    const below = straightRoute(edge, a, { x: 110, y: 100, width: 80, height: 40 });
    assert.equal(below.length, 3, 'same layer: out to the right and back');
    assert.ok(below[1].x > 200 && below[0].x === 200 && below[2].x === 190);
    const loop = straightRoute({ ...edge, to: 'a' }, a, a);
    assert.ok(loop.length === 4 && loop.every((p) => p.x >= 200), 'to itself: a loop on its right');
  });

  it('places new objects without ELK on a small graph ELK is slow over (long chains), and not on an easy one', async function () {
    const chained = (n: number): Spec => {
      const objects: Spec['objects'] = [{ id: 1 }];
      const edges: Spec['edges'] = [];
      for (let i = 0; i < n; i++) {
        objects.push({ id: 2 + i, type: 'Node' });
        edges.push([1, 2 + i, `[${i}]`]);
        if (i > 0) edges.push([2 + i, 1 + i, '.prev']);
      }
      return { objects, edges, roots: [['xs', 1]] };
    };
    for (const [spec, more, elkRuns] of [[chained(30), chained(31), 1], [bigHeap(20), bigHeap(21), 2]] as const) {
      const engine = new CountingElk();
      const cache = new LayoutCache(engine);
      const first = model(spec);
      assert.ok(first.nodes.length < LARGE_GRAPH);
      await cache.layoutFor(first, 1);
      await cache.layoutFor(model(more), 1);
      assert.equal(engine.runs, elkRuns);
    }
  });

  it('lays the graph out again when a node grows into its neighbour, and not when it has room', function () {
    const world: GraphLayout = {
      signature: 'w', edges: new Map(), cycles: [], width: 400, height: 400,
      nodes: new Map([[objectKey(1), { x: 100, y: 12, width: 144, height: 56 }], [objectKey(2), { x: 100, y: 98, width: 144, height: 56 }]]),
    };
    const resized = (key: NodeKey, size: { width?: number; height?: number }) => model({ objects: [{ id: 1 }, { id: 2 }], edges: [], roots: [] }).nodes
      .filter((x) => x.kind === 'object')
      .map((x) => (x.key === key ? { ...x, ...size } : x));
    const wider = placeNewNodes(world, resized(objectKey(2), { width: 192 }), []);
    assert.deepEqual(wider?.nodes.get(objectKey(2)), { x: 100, y: 98, width: 192, height: 56 }, 'a wider box keeps its corner');
    assert.equal(placeNewNodes(world, resized(objectKey(1), { height: 80 }), []), null, 'a taller box would reach the next one');
  });

  it('finds the free place nearest to where a new box wants to be', function () {
    const boxes = new Map<NodeKey, Box>([['a', { x: 0, y: 100, width: 100, height: 50 }], ['b', { x: 0, y: 300, width: 100, height: 50 }], ['far', { x: 500, y: 0, width: 100, height: 1000 }]]);
    // A 40-px box keeps NODE_SPACING (30) from a and b: its top may be in ..30, 180..230 or 380.. .
    assert.equal(freeY(0, 100, 40, 200, boxes), 200, 'free where it wants to be');
    assert.equal(freeY(0, 100, 40, 160, boxes), 180, 'just below a');
    assert.equal(freeY(0, 100, 40, 90, boxes), 30, 'just above a');
    assert.equal(freeY(0, 100, 40, 290, boxes), 230, 'just above b');
    assert.equal(freeY(0, 100, 40, 330, boxes), 380, 'just below b');
    assert.equal(freeY(0, 100, 120, 200, boxes), 380, 'too tall for the gap');
    assert.equal(freeY(200, 100, 40, 160, boxes), 160, 'nothing in its way');
    assert.equal(freeY(0, 100, 40, -50, boxes), 12, 'never above the drawing');
  });
});
