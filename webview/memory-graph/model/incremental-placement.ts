// Adds a few objects to a large laid-out graph without running ELK again and without moving anything
// already drawn: each new node goes into the layer right of the first node that refers to it, at the free
// place nearest to that reference's height. On 1,000 objects ELK takes a few hundred milliseconds and shifts
// every node a little; a step that allocates a handful of objects should cost neither.

import { referenceY, type ModelEdge, type ModelNode, type NodeKey } from './graph-model';
import type { Box, GraphLayout } from './layout';

/** Vertical space kept between nodes of one layer, and the gap between layers (ELK's settings in layout.ts). */
export const NODE_SPACING = 30;
export const LAYER_SPACING = 64;
/** ELK's padding around the drawing. */
export const PADDING = 12;

/** A layer of the laid-out drawing: the horizontal extent its nodes share. */
interface Column {
  left: number;
  right: number;
}

/**
 * `world` extended with the nodes of `nodes` it lacks, every node it has left where it was; `null` when that
 * is not possible without moving one (a node grew into its neighbour), and the graph must be laid out again
 * (`grownMayOverlap`: the places are only seeds, for ELK or for re-packing the layers; a grown node may
 * overlap). `edges` are in breadth-first order from the roots, so a new node joins its first referrer.
 */
export function placeNewNodes(world: GraphLayout, nodes: readonly ModelNode[], edges: readonly ModelEdge[], options: { grownMayOverlap?: boolean } = {}): GraphLayout | null {
  const boxes = new Map(world.nodes);
  const fresh = new Map<NodeKey, ModelNode>();
  for (const n of nodes) {
    const box = boxes.get(n.key);
    if (!box) fresh.set(n.key, n);
    else if (n.width > box.width || n.height > box.height) {
      // Grown (a longer value, a frame's new variable): it keeps its corner if the larger box is still free.
      const grown = { ...box, width: Math.max(box.width, n.width), height: Math.max(box.height, n.height) };
      if (!options.grownMayOverlap && collides(grown, boxes, n.key)) return null;
      boxes.set(n.key, grown);
    }
  }
  if (fresh.size === 0) return { ...world, nodes: boxes };
  const columns = columnsOf([...boxes.values()]);
  const hasOutgoing = new Set(edges.map((e) => e.from));

  const place = (n: ModelNode, column: Column, wantedY: number) => {
    // Leaves sit at the layer's left edge, near what refers to them, as ELK aligns them; others centred.
    const centred = hasOutgoing.has(n.key) && n.width < column.right - column.left;
    const x = centred ? (column.left + column.right - n.width) / 2 : column.left;
    const box = { x, y: freeY(x, n.width, n.height, wantedY, boxes), width: n.width, height: n.height };
    boxes.set(n.key, box);
    fresh.delete(n.key);
    if (x + n.width > column.right) column.right = x + n.width;
  };

  // New frames and module globals: below the roots already there.
  const firstRoot = nodes.find((n) => n.kind === 'root' && world.nodes.has(n.key));
  const rootColumn = (firstRoot && columnOf(columns, world.nodes.get(firstRoot.key))) ?? firstColumn(columns);
  for (const n of [...fresh.values()]) {
    if (n.kind === 'root') place(n, rootColumn, bottomOf(boxes, rootColumn) + NODE_SPACING);
  }
  // Objects, breadth first from the placed ones: right of their first referrer, level with the reference.
  let placed = true;
  while (placed && fresh.size > 0) {
    placed = false;
    for (const e of edges) {
      const n = fresh.get(e.to);
      const from = boxes.get(e.from);
      if (!n || !from) continue;
      place(n, columnAfter(columns, from), referenceY(e, from) - n.height / 2);
      placed = true;
    }
  }
  // Objects nothing placed refers to (garbage kept by a new cycle): in the first layer of objects, at the end.
  for (const n of [...fresh.values()]) {
    const column = columnAfter(columns, { x: rootColumn.left, width: rootColumn.right - rootColumn.left });
    place(n, column, bottomOf(boxes, column) + NODE_SPACING);
  }

  let width = world.width;
  let height = world.height;
  for (const b of boxes.values()) {
    width = Math.max(width, b.x + b.width + PADDING);
    height = Math.max(height, b.y + b.height + PADDING);
  }
  return { ...world, nodes: boxes, width, height };
}

/** The layers of a drawing: nodes whose horizontal extents overlap share one. Left to right. */
export function columnsOf(boxes: readonly Box[]): Column[] {
  const sorted = [...boxes].sort((a, b) => a.x - b.x);
  const columns: Column[] = [];
  for (const b of sorted) {
    const last = columns[columns.length - 1];
    if (last && b.x < last.right) last.right = Math.max(last.right, b.x + b.width);
    else columns.push({ left: b.x, right: b.x + b.width });
  }
  return columns;
}

function columnOf(columns: Column[], box: Box | undefined): Column | null {
  return box ? columns.find((c) => box.x >= c.left && box.x < c.right) ?? null : null;
}

function firstColumn(columns: Column[]): Column {
  if (columns.length === 0) columns.push({ left: PADDING, right: PADDING });
  return columns[0];
}

/** The layer right of `box`'s; a new one past the last. */
function columnAfter(columns: Column[], box: Pick<Box, 'x' | 'width'>): Column {
  const right = box.x + box.width;
  const next = columns.find((c) => c.left >= right);
  if (next) return next;
  const column = { left: Math.max(right, ...columns.map((c) => c.right)) + LAYER_SPACING, right: 0 };
  column.right = column.left;
  columns.push(column);
  return column;
}

function bottomOf(boxes: Map<NodeKey, Box>, column: Column): number {
  let bottom = PADDING - NODE_SPACING;
  for (const b of boxes.values()) if (b.x < column.right && b.x + b.width > column.left) bottom = Math.max(bottom, b.y + b.height);
  return bottom;
}

function collides(box: Box, boxes: Map<NodeKey, Box>, self: NodeKey): boolean {
  const gap = NODE_SPACING / 3;
  for (const [k, b] of boxes) {
    if (k === self) continue;
    if (box.x < b.x + b.width && b.x < box.x + box.width && box.y < b.y + b.height + gap && b.y < box.y + box.height + gap) return true;
  }
  return false;
}

/**
 * The top, nearest to `wanted` (and not above the drawing), of a `height`-tall box at `x`..`x + width` that
 * keeps NODE_SPACING from every box it would share a vertical line with.
 */
export function freeY(x: number, width: number, height: number, wanted: number, boxes: Map<NodeKey, Box>): number {
  // Tops the new box may not take: one interval per box in its way, merged.
  const blocked: [number, number][] = [];
  for (const b of boxes.values()) {
    if (b.x >= x + width || x >= b.x + b.width) continue;
    blocked.push([b.y - NODE_SPACING - height, b.y + b.height + NODE_SPACING]);
  }
  blocked.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [lo, hi] of blocked) {
    const last = merged[merged.length - 1];
    if (last && lo <= last[1]) last[1] = Math.max(last[1], hi);
    else merged.push([lo, hi]);
  }
  const top = PADDING;
  let best = Number.POSITIVE_INFINITY;
  const consider = (y: number) => {
    if (y < top) return;
    if (merged.some(([lo, hi]) => y > lo && y < hi)) return;
    if (Math.abs(y - wanted) < Math.abs(best - wanted)) best = y;
  };
  consider(Math.max(top, wanted));
  for (const [lo, hi] of merged) {
    consider(lo);
    consider(hi);
  }
  return best;
}
