// Lays the graph out with ELK's layered algorithm (elkjs): roots in a first layer of their own, references
// pointing right, a box drawn around each reference cycle. Stable between steps (LayoutCache below).

import type { ElkExtendedEdge, ElkNode, ElkPoint } from 'elkjs/lib/elk-api';
import { ROOT_HEADER, ROW_HEIGHT, type GraphModel, type ModelEdge, type ModelNode, type NodeKey } from './graph-model';

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
/** Past this many nodes the cheaper strategies keep the layout within the panel's time budget. */
const LARGE_GRAPH = 150;

function layoutOptions(nodes: number, seeded: boolean): Record<string, string> {
  const large = nodes > LARGE_GRAPH;
  return {
    'elk.algorithm': 'layered',
    'elk.direction': 'RIGHT',
    'elk.edgeRouting': 'POLYLINE',
    'elk.spacing.nodeNode': '30',
    'elk.layered.spacing.nodeNodeBetweenLayers': '64',
    'elk.spacing.edgeNode': '12',
    'elk.layered.crossingMinimization.strategy': seeded || large ? 'INTERACTIVE' : 'LAYER_SWEEP',
    'elk.layered.nodePlacement.strategy': large ? 'SIMPLE' : 'BRANDES_KOEPF',
    'elk.layered.thoroughness': large ? '1' : '7',
    // Model order keeps small drawings in the program's order; on a large graph it costs seconds.
    'elk.layered.considerModelOrder.strategy': large ? 'NONE' : 'NODES_AND_EDGES',
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

/** The ELK graph for `nodes` and `edges` (a flat graph: cycles are drawn around their members afterwards). */
export function toElkGraph(nodes: readonly ModelNode[], edges: readonly ModelEdge[], previous: GraphLayout | null): ElkNode {
  const seeds = previous ? seedPositions(nodes, edges, previous) : null;
  return {
    id: 'graph',
    layoutOptions: layoutOptions(nodes.length, previous !== null),
    children: nodes.map((n) => elkNode(n, seeds?.get(n.key))),
    edges: layoutEdges(nodes.length, edges).map((e): ElkExtendedEdge => ({ id: e.id, sources: [e.port ?? e.from], targets: [e.to] })),
  };
}

/**
 * The references the layered layout is computed from. A large heap often holds long chains (a linked list
 * of 300 nodes that a list also points into): every reference would make 300 layers crossed by hundreds of
 * long edges, which ELK takes minutes over. Past LARGE_GRAPH nodes only the first reference into each object
 * (breadth first from the roots: the order of `edges`) shapes the layout; the others are drawn straight.
 */
export function layoutEdges(nodeCount: number, edges: readonly ModelEdge[]): readonly ModelEdge[] {
  if (nodeCount <= LARGE_GRAPH) return edges;
  const reached = new Set<NodeKey>();
  return edges.filter((e) => {
    if (reached.has(e.to) || e.from === e.to) return false;
    reached.add(e.to);
    return true;
  });
}

/** A reference the layout did not route: straight from the holder's right side to the target's left side. */
function straightRoute(from: Box, to: Box): Point[] {
  return [{ x: from.x + from.width, y: from.y + from.height / 2 }, { x: to.x, y: to.y + to.height / 2 }];
}

/** Where each node was, and for a new one a place right of what refers to it (ELK's interactive strategies read them). */
function seedPositions(nodes: readonly ModelNode[], edges: readonly ModelEdge[], previous: GraphLayout): Map<NodeKey, Box> {
  const seeds = new Map<NodeKey, Box>();
  for (const n of nodes) {
    const box = previous.nodes.get(n.key);
    if (box) seeds.set(n.key, box);
  }
  // New nodes, breadth first from the placed ones.
  let added = true;
  while (added) {
    added = false;
    for (const e of edges) {
      const from = seeds.get(e.from);
      if (!from || seeds.has(e.to)) continue;
      seeds.set(e.to, { x: from.x + from.width + 64, y: from.y, width: 0, height: 0 });
      added = true;
    }
  }
  return seeds;
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
    else if (from && to) edges.set(e.id, straightRoute(from, to));
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

export async function computeLayout(model: GraphModel, engine: LayoutEngine, previous: GraphLayout | null = null): Promise<GraphLayout> {
  const laid = await engine.layout(toElkGraph(model.nodes, model.edges, previous));
  return restrictLayout(fromElkGraph(model.signature, laid), model);
}

/**
 * Stable layouts for the steps of one run. The layout covers every object and reference seen so far (the
 * "world"): a step whose objects and references were all seen reuses it as is, so nothing moves when
 * objects are freed or when stepping back; a step with new ones extends the world and lays it out again,
 * seeded with the positions objects had. A world much larger than what is shown starts afresh.
 */
export class LayoutCache {
  private scope: unknown = undefined;
  private readonly nodes = new Map<NodeKey, ModelNode>();
  private readonly edges = new Map<string, ModelEdge>();
  private world: Promise<GraphLayout> | null = null;
  private worldSize = 0;
  /** Layouts computed (the tests and the benchmark read it). */
  computed = 0;

  constructor(private readonly engine: LayoutEngine) {}

  /** `scope` identifies the run: another run starts a new world. */
  async layoutFor(model: GraphModel, scope: unknown): Promise<GraphLayout> {
    if (scope !== this.scope) this.reset(scope);
    if (!this.world || !this.covers(model)) {
      if (this.nodes.size > Math.max(2 * model.nodes.length, model.nodes.length + 200)) this.reset(scope);
      this.extend(model);
      const previous = this.world;
      const nodes = [...this.nodes.values()];
      const edges = [...this.edges.values()];
      this.worldSize = nodes.length;
      this.computed++;
      this.world = (async () => {
        const seed = previous ? await previous.catch(() => null) : null;
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
