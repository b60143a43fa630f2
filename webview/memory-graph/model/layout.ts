// Lays the graph out in layers: roots in a first layer of their own, references pointing right, a box drawn
// around each reference cycle. ELK's layered algorithm (elkjs) up to LARGE_GRAPH nodes, a cheaper layered
// placement past it (layered-placement.ts). Stable between steps (LayoutCache below).

import type { ElkExtendedEdge, ElkNode, ElkPoint } from 'elkjs/lib/elk-api';
import { ROOT_HEADER, ROW_HEIGHT, referenceY, type GraphModel, type ModelEdge, type ModelNode, type NodeKey } from './graph-model';
import { LAYER_SPACING, NODE_SPACING, placeNewNodes } from './incremental-placement';
import { overLayeredBudget } from './layout-cost';
import { layeredPlacement } from './layered-placement';
import { relaidLayers } from './relaid-layers';

/** What lays out an ELK graph: `new ELK()` from elkjs (the bundled build runs without workers). */
export interface LayoutEngine {
  layout(graph: ElkNode): Promise<ElkNode>;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Point {
  x: number;
  y: number;
}

export interface GraphLayout {
  signature: string;
  /** Absolute boxes of every node. */
  nodes: Map<NodeKey, Box>;
  /** Each edge's polyline, absolute. */
  edges: Map<string, Point[]>;
  /** Each cycle's group box (same order as `GraphModel.cycles`). */
  cycles: Box[];
  width: number;
  height: number;
}

const CYCLE_PADDING = 10;
/**
 * Past this many nodes ELK is not asked: on 1,000 objects it takes most of a second (200 ms on 150), with
 * its cheapest strategies and only the first reference into each object shaping the layers.
 */
export const LARGE_GRAPH = 150;
/**
 * On a graph ELK is slow over (layout-cost.ts), new objects are placed into the last layout
 * (incremental-placement.ts) until they make up this share of it; then the whole graph is laid out again,
 * so the drawing does not drift far from a layered one.
 */
const PLACED_SHARE = 0.25;

function layoutOptions(seeded: boolean): Record<string, string> {
  return {
    'elk.algorithm': 'layered',
    'elk.direction': 'RIGHT',
    'elk.edgeRouting': 'POLYLINE',
    'elk.spacing.nodeNode': String(NODE_SPACING),
    'elk.layered.spacing.nodeNodeBetweenLayers': String(LAYER_SPACING),
    'elk.spacing.edgeNode': '12',
    'elk.layered.crossingMinimization.strategy': seeded ? 'INTERACTIVE' : 'LAYER_SWEEP',
    'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
    'elk.layered.thoroughness': '7',
    // Model order keeps drawings in the program's order.
    'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
    // One layered drawing: the roots stay in the first layer even for objects they no longer reach.
    'elk.separateConnectedComponents': 'false',
    // Seeded with the positions objects had, every phase keeps them: layers from x, order and placement from y.
    ...(seeded ? {
      'elk.layered.layering.strategy': 'INTERACTIVE',
      'elk.layered.cycleBreaking.strategy': 'INTERACTIVE',
      'elk.layered.nodePlacement.strategy': 'INTERACTIVE',
    } : {}),
  };
}

function elkNode(n: ModelNode, seed: Box | undefined): ElkNode {
  const node: ElkNode = { id: n.key, width: n.width, height: n.height };
  if (seed) {
    node.x = seed.x;
    node.y = seed.y;
  }
  if (n.kind === 'root') {
    node.layoutOptions = { 'elk.portConstraints': 'FIXED_POS', 'elk.layered.layering.layerConstraint': 'FIRST_SEPARATE' };
    node.ports = Array.from({ length: n.ports }, (_, i) => ({ id: `${n.key}:p${i}`, x: n.width, y: ROOT_HEADER + i * ROW_HEIGHT + ROW_HEIGHT / 2, width: 0, height: 0 }));
  }
  return node;
}

/**
 * The ELK graph for `nodes` and `edges` (a flat graph: cycles are drawn around their members afterwards), at
 * most LARGE_GRAPH nodes.
 */
export function toElkGraph(nodes: readonly ModelNode[], edges: readonly ModelEdge[], previous: GraphLayout | null): ElkNode {
  const seeds = previous ? seedPositions(nodes, edges, previous) : null;
  return {
    id: 'graph',
    layoutOptions: layoutOptions(previous !== null),
    children: nodes.map((n) => elkNode(n, seeds?.get(n.key))),
    edges: edges.map((e): ElkExtendedEdge => ({ id: e.id, sources: [e.port ?? e.from], targets: [e.to] })),
  };
}

/** How far a reference between two boxes of one layer bends out to their right. */
const SAME_LAYER_BEND = 24;

/**
 * A reference the layout did not route, drawn without crossing its ends: to a box further right, straight
 * from the holder's right side (its row's port for a root) to the target's left side; within one layer, out
 * to their right and back (a loop for a reference to itself); to a box further left, from the holder's left
 * side to the target's right side.
 */
export function straightRoute(e: ModelEdge, from: Box, to: Box): Point[] {
  const fromY = referenceY(e, from);
  const toY = to.y + to.height / 2;
  const right = from.x + from.width;
  // To itself: a loop out of its right side and back.
  if (e.from === e.to) return [{ x: right, y: fromY - 10 }, { x: right + SAME_LAYER_BEND, y: fromY - 10 }, { x: right + SAME_LAYER_BEND, y: fromY + 10 }, { x: right, y: fromY + 10 }];
  if (to.x >= from.x + from.width) return [{ x: from.x + from.width, y: fromY }, { x: to.x, y: toY }];
  if (to.x + to.width <= from.x) return [{ x: from.x, y: fromY }, { x: to.x + to.width, y: toY }];
  const bend = Math.max(from.x + from.width, to.x + to.width) + SAME_LAYER_BEND;
  return [{ x: from.x + from.width, y: fromY }, { x: bend, y: (fromY + toY) / 2 }, { x: to.x + to.width, y: toY }];
}

/**
 * Where each node was, and for a new one the place it would take without ELK (incremental-placement.ts):
 * ELK's interactive strategies read layers from x and the order in a layer from y, so the new nodes join
 * the ends of their layers rather than pushing half of one down.
 */
function seedPositions(nodes: readonly ModelNode[], edges: readonly ModelEdge[], previous: GraphLayout): Map<NodeKey, Box> {
  return placeNewNodes(previous, nodes, edges, { grownMayOverlap: true })?.nodes ?? previous.nodes;
}

/** Reads ELK's result back as absolute boxes and polylines. */
export function fromElkGraph(signature: string, laid: ElkNode): GraphLayout {
  const nodes = new Map<NodeKey, Box>();
  for (const child of laid.children ?? []) {
    nodes.set(child.id, { x: child.x ?? 0, y: child.y ?? 0, width: child.width ?? 0, height: child.height ?? 0 });
  }
  const edges = new Map<string, Point[]>();
  for (const e of laid.edges ?? []) {
    const section = (e as ElkExtendedEdge).sections?.[0];
    if (!section) continue;
    const point = (p: ElkPoint): Point => ({ x: p.x, y: p.y });
    edges.set(e.id, [point(section.startPoint), ...(section.bendPoints ?? []).map(point), point(section.endPoint)]);
  }
  return { signature, nodes, edges, cycles: [], width: laid.width ?? 0, height: laid.height ?? 0 };
}

/** The part of a larger layout that `model` shows, with a box around each of its cycles. */
export function restrictLayout(world: GraphLayout, model: GraphModel): GraphLayout {
  const nodes = new Map<NodeKey, Box>();
  for (const n of model.nodes) {
    const box = world.nodes.get(n.key);
    if (box) nodes.set(n.key, box);
  }
  const edges = new Map<string, Point[]>();
  for (const e of model.edges) {
    const points = world.edges.get(e.id);
    const from = nodes.get(e.from);
    const to = nodes.get(e.to);
    if (points) edges.set(e.id, points);
    else if (from && to) edges.set(e.id, straightRoute(e, from, to));
  }
  const cycles = model.cycles.map((members) => {
    const boxes = members.map((k) => nodes.get(k)).filter((b): b is Box => b !== undefined);
    const left = Math.min(...boxes.map((b) => b.x)) - CYCLE_PADDING;
    const top = Math.min(...boxes.map((b) => b.y)) - CYCLE_PADDING;
    const right = Math.max(...boxes.map((b) => b.x + b.width)) + CYCLE_PADDING;
    // Room for the "reference cycle" label under the members.
    const bottom = Math.max(...boxes.map((b) => b.y + b.height)) + CYCLE_PADDING + 12;
    return { x: left, y: top, width: right - left, height: bottom - top };
  });
  return { signature: model.signature, nodes, edges, cycles, width: world.width, height: world.height };
}

/**
 * Stable layouts for the steps of one run. The layout covers every object and reference seen so far (the
 * "world"): a step whose objects and references were all seen reuses it as is, so nothing moves when
 * objects are freed or when stepping back. A step with new ones extends the world: on a graph ELK is slow
 * over (layout-cost.ts) the few new objects are placed around the others, which stay where they were;
 * otherwise (a small graph, many new objects, or a node grown into its neighbour) the world is laid out
 * again, seeded with the positions objects had: by ELK up to LARGE_GRAPH nodes, past it by re-packing its
 * layers (layered-placement.ts). A world much larger than what is shown starts afresh.
 */
export class LayoutCache {
  private scope: unknown = undefined;
  private readonly nodes = new Map<NodeKey, ModelNode>();
  private readonly edges = new Map<string, ModelEdge>();
  private world: Promise<GraphLayout> | null = null;
  private worldSize = 0;
  /** Nodes in the last layout of the whole world (ELK or layered), and nodes placed into it since. */
  private laidOut = 0;
  private placed = 0;
  /** ELK layouts computed (the tests and the benchmark read it). */
  computed = 0;
  /** Steps whose new nodes were placed into the previous layout without ELK. */
  extended = 0;
  /** Layouts of a world past LARGE_GRAPH nodes, computed without ELK (layered-placement.ts). */
  laidOutWithoutElk = 0;

  constructor(private readonly engine: LayoutEngine) {}

  /** `scope` identifies the run: another run starts a new world. */
  async layoutFor(model: GraphModel, scope: unknown): Promise<GraphLayout> {
    // Another run (the file edited) or a world much larger than what is shown: laid out afresh, seeded with
    // the places objects had.
    let afresh = scope !== this.scope;
    if (afresh) this.reset(scope);
    if (!this.world || !this.covers(model)) {
      if (this.nodes.size > Math.max(2 * model.nodes.length, model.nodes.length + 200)) {
        this.reset(scope);
        afresh = true;
      }
      const before = this.nodes.size;
      this.extend(model);
      const previous = this.world;
      const nodes = [...this.nodes.values()];
      const edges = [...this.edges.values()];
      const added = nodes.length - before;
      this.worldSize = nodes.length;
      const incremental = previous !== null && !afresh && this.placed + added <= PLACED_SHARE * this.laidOut && overLayeredBudget(nodes, edges);
      this.world = (async () => {
        const seed = previous ? await previous.catch(() => null) : null;
        const extended = incremental && seed ? placeNewNodes(seed, nodes, edges) : null;
        if (extended) {
          this.extended++;
          this.placed += added;
          return extended;
        }
        this.laidOut = nodes.length;
        this.placed = 0;
        // Past LARGE_GRAPH nodes, without ELK (layered-placement.ts): at once rather than after ELK's second
        // or so; and seeded with places it did not compute, ELK spreads the layers its own way, moving every
        // object, where this keeps them in their layers and order, near where they were.
        if (nodes.length > LARGE_GRAPH) {
          this.laidOutWithoutElk++;
          const signature = `world:layered:${this.laidOutWithoutElk}`;
          return seed ? relaidLayers(signature, seed, nodes, edges) : layeredPlacement(signature, nodes, edges);
        }
        this.computed++;
        return fromElkGraph(`world:${this.computed}`, await this.engine.layout(toElkGraph(nodes, edges, seed)));
      })();
    }
    return restrictLayout(await this.world, model);
  }
  /** Nodes (roots and objects) in the current world. */
  get size(): number {
    return this.worldSize;
  }

  private reset(scope: unknown): void {
    this.scope = scope;
    this.nodes.clear();
    this.edges.clear();
  }

  private covers(model: GraphModel): boolean {
    for (const n of model.nodes) {
      const known = this.nodes.get(n.key);
      if (!known || known.width < n.width || known.height < n.height || (n.kind === 'root' && known.kind === 'root' && known.ports < n.ports)) return false;
    }
    for (const e of model.edges) if (!this.edges.has(e.id)) return false;
    return true;
  }

  /** Adds the model's nodes and edges; a node keeps the largest size it had (so it rarely forces a new layout). */
  private extend(model: GraphModel): void {
    for (const n of model.nodes) {
      const known = this.nodes.get(n.key);
      if (!known) {
        this.nodes.set(n.key, n);
        continue;
      }
      const width = Math.max(known.width, n.width);
      const height = Math.max(known.height, n.height);
      this.nodes.set(n.key, n.kind === 'root' && known.kind === 'root' ? { ...n, width, height, ports: Math.max(known.ports, n.ports) } : { ...n, width, height } as ModelNode);
    }
    for (const e of model.edges) this.edges.set(e.id, e);
  }
}
