// A large graph laid out again without ELK, keeping what the learner saw: another run of the edited file,
// a box grown into its neighbour (a frame's new variable, a longer value), or more new objects at once than
// are placed one by one (incremental-placement.ts). Seeded with places ELK did not compute, ELK spreads the
// layers its own way and every object moves; here each keeps its layer and its order in it.

import type { ModelEdge, ModelNode, NodeKey } from './graph-model';
import { columnsOf, NODE_SPACING, PADDING, placeNewNodes } from './incremental-placement';
import { packedTops } from './column-packing';
import { layeredPlacement } from './layered-placement';
import type { Box, GraphLayout, Point } from './layout';

/**
 * `nodes` laid out from `seed`: each node `seed` has stays in its layer, in its order, as near as it can be
 * to where it was (the least squares of the moves), no two overlapping; a layer a grown box would reach
 * into moves right, with those after it. A new node goes into the layer right of its first referrer, at the
 * free place nearest to the reference. When `seed` has fewer than half of the nodes (a jump far through
 * the run) there is little to keep: laid out afresh (layered-placement.ts).
 */
export function relaidLayers(signature: string, seed: GraphLayout, nodes: readonly ModelNode[], edges: readonly ModelEdge[]): GraphLayout {
  const kept = new Map<NodeKey, Box>();
  for (const n of nodes) {
    const box = seed.nodes.get(n.key);
    if (box) kept.set(n.key, box);
  }
  if (kept.size < nodes.length / 2) return layeredPlacement(signature, nodes, edges);
  // Grown boxes keep their corners, overlapping perhaps; new ones where there is room.
  const placed = (placeNewNodes({ ...seed, nodes: kept }, nodes, edges, { grownMayOverlap: true }) as GraphLayout).nodes;
  // The layers as they were drawn: from the boxes' sizes before they grew.
  const columns = columnsOf(nodes.map((n) => kept.get(n.key) ?? (placed.get(n.key) as Box)));
  const members: NodeKey[][] = columns.map(() => []);
  for (const n of nodes) {
    const x = (placed.get(n.key) as Box).x;
    members[columns.findIndex((c) => x >= c.left && x < c.right)].push(n.key);
  }
  const boxes = new Map<NodeKey, Box>();
  let shift = 0;
  let previousRight = -Infinity;
  let width = 0;
  let height = 0;
  members.forEach((keys) => {
    const order = keys.slice().sort((a, b) => (placed.get(a) as Box).y - (placed.get(b) as Box).y);
    const column = order.map((k) => placed.get(k) as Box);
    const tops = packedTops(column.map((b) => b.height), column.map((b) => b.y));
    // A layer that a grown box of the one before reaches into moves right, and every layer after it.
    const left = Math.min(...column.map((b) => b.x)) + shift;
    if (left < previousRight + NODE_SPACING) shift += previousRight + NODE_SPACING - left;
    let right = -Infinity;
    order.forEach((k, i) => {
      const box = { ...column[i], x: column[i].x + shift, y: tops[i] };
      boxes.set(k, box);
      right = Math.max(right, box.x + box.width);
      width = Math.max(width, right + PADDING);
      height = Math.max(height, box.y + box.height + PADDING);
    });
    previousRight = right;
  });
  // ELK's routes stay for references whose ends did not move; the others are drawn straight.
  const same = (a: Box | undefined, b: Box | undefined) => !!a && !!b && a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;
  const routes = new Map<string, Point[]>();
  for (const e of edges) {
    const route = seed.edges.get(e.id);
    if (route && same(kept.get(e.from), boxes.get(e.from)) && same(kept.get(e.to), boxes.get(e.to))) routes.set(e.id, route);
  }
  return { signature, nodes: boxes, edges: routes, cycles: [], width, height };
}
