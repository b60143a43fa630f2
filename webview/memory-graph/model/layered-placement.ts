// A layered layout computed in a few milliseconds, for a large graph's first drawing: on 1,000 objects ELK
// takes most of a second even in its worker, and the panel would stay empty that long. The drawing follows
// ELK's conventions (layout.ts): roots in a first layer of their own; each object one layer right of the
// first node that refers to it (breadth first from the roots: the first reference into each object shapes
// the layers, as it did for ELK on large graphs; the others are drawn straight); the nodes of a layer in the
// order of what refers to them, so those references do not cross; each object as level as it can be with
// the reference into it. Objects no root reaches (garbage a cycle keeps) get a band of their own below, so a
// garbage cycle is drawn together. A function of the graph alone: the same heap is drawn the same. Steps
// after it place their new objects around it (incremental-placement.ts), nothing moving.

import { referenceY, type ModelEdge, type ModelNode, type NodeKey } from './graph-model';
import { LAYER_SPACING, NODE_SPACING, PADDING } from './incremental-placement';
import { packedTops } from './column-packing';
import type { Box, GraphLayout } from './layout';

interface Placed {
  node: ModelNode;
  /** The reference that put it in its layer (null for a root, or an object no root reaches). */
  via: ModelEdge | null;
}

/** A graph's layers, left to right, each in order: what the roots reach, and the rest. */
export interface Layers {
  reached: Placed[][];
  /** Objects no root reaches, from the first layer of objects (layer 0 is empty). */
  unreached: Placed[][];
}

/**
 * Every node in `nodes` laid out in layers, no two boxes overlapping; references are left unrouted (drawn
 * straight by `restrictLayout`). `edges` in the model's order: the roots' variables first, in order.
 */
export function layeredPlacement(signature: string, nodes: readonly ModelNode[], edges: readonly ModelEdge[]): GraphLayout {
  const { reached, unreached } = layersOf(nodes, edges);
  // One column per layer, as wide as its widest node (reached or not).
  const widths: number[] = [];
  for (const layers of [reached, unreached]) {
    layers.forEach((layer, i) => (widths[i] = Math.max(widths[i] ?? 0, ...layer.map((p) => p.node.width))));
  }
  const lefts: number[] = [];
  widths.reduce((left, w, i) => ((lefts[i] = left), left + w + LAYER_SPACING), PADDING);
  const hasOutgoing = new Set(edges.map((e) => e.from));
  const boxes = new Map<NodeKey, Box>();
  /** Places `layers` from `top` down; returns the bottom of what it placed. */
  const place = (layers: Placed[][], top: number): number => {
    let bottom = top;
    layers.forEach((layer, i) => {
      // Level with the reference into it; a root, or an object nothing placed refers to, packed below the last.
      const wanted = layer.map(({ node, via }) => {
        const from = via && boxes.get(via.from);
        return from && via ? referenceY(via, from) - node.height / 2 : null;
      });
      const tops = packedTops(layer.map((p) => p.node.height), wanted, top);
      layer.forEach(({ node }, k) => {
        // Leaves at the layer's left edge, near what refers to them; others centred (as incremental-placement.ts).
        const x = hasOutgoing.has(node.key) ? lefts[i] + (widths[i] - node.width) / 2 : lefts[i];
        boxes.set(node.key, { x, y: tops[k], width: node.width, height: node.height });
        bottom = Math.max(bottom, tops[k] + node.height);
      });
    });
    return bottom;
  };
  let bottom = place(reached, PADDING);
  if (unreached.length) bottom = place(unreached, bottom + 2 * NODE_SPACING);
  const last = widths.length - 1;
  return { signature, nodes: boxes, edges: new Map(), cycles: [], width: lefts[last] + widths[last] + PADDING, height: bottom + PADDING };
}

/**
 * The layers. Layer 0 holds the roots; an object goes one layer right of the first placed node that refers
 * to it (breadth first, references in `edges` order), after the others its layer holds.
 */
export function layersOf(nodes: readonly ModelNode[], edges: readonly ModelEdge[]): Layers {
  const out = new Map<NodeKey, ModelEdge[]>();
  for (const e of edges) {
    if (e.from === e.to) continue;
    const list = out.get(e.from);
    if (list) list.push(e);
    else out.set(e.from, [e]);
  }
  const byKey = new Map(nodes.map((n) => [n.key, n]));
  const layerOf = new Map<NodeKey, number>();
  const add = (layers: Placed[][], node: ModelNode, layer: number, via: ModelEdge | null) => {
    layerOf.set(node.key, layer);
    while (layers.length <= layer) layers.push([]);
    layers[layer].push({ node, via });
  };
  /** Breadth first from `queue`: a layer is complete, in its parents' order, before the next is started. */
  const visit = (layers: Placed[][], queue: NodeKey[]) => {
    for (let head = 0; head < queue.length; head++) {
      const from = queue[head];
      const layer = (layerOf.get(from) as number) + 1;
      for (const e of out.get(from) ?? []) {
        const to = byKey.get(e.to);
        if (!to || to.kind === 'root' || layerOf.has(e.to)) continue;
        add(layers, to, layer, e);
        queue.push(e.to);
      }
    }
  };
  const reached: Placed[][] = [[]];
  const roots = nodes.filter((n) => n.kind === 'root');
  for (const n of roots) add(reached, n, 0, null);
  visit(reached, roots.map((n) => n.key));
  // The rest from the first of them (in the snapshot's order) not yet placed, and so on: each garbage
  // object starts the first layer of objects, and what it reaches follows it.
  const unreached: Placed[][] = [];
  for (const n of nodes) {
    if (layerOf.has(n.key)) continue;
    add(unreached, n, 1, null);
    visit(unreached, [n.key]);
  }
  return { reached, unreached };
}
