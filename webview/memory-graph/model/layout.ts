// Lays the graph out with ELK's layered algorithm (elkjs): roots in the first layer, references pointing
// right, each reference cycle a group box. Stable between steps: a structure already laid out reuses its
// layout, and a new structure is laid out with ELK's interactive strategies seeded with the positions the
// objects had, so objects keep their order instead of jumping.

import type { ElkExtendedEdge, ElkNode, ElkPoint } from 'elkjs/lib/elk-api';
import { ROOT_HEADER, ROW_HEIGHT, type GraphModel, type ModelNode, type NodeKey } from './graph-model';

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

const CYCLE_PADDING = 14;
/** Past this many nodes the cheaper strategies keep the layout within the panel's time budget. */
const LARGE_GRAPH = 150;

function layoutOptions(model: GraphModel, seeded: boolean): Record<string, string> {
  const large = model.nodes.length > LARGE_GRAPH;
  return {
    'elk.algorithm': 'layered',
    'elk.direction': 'RIGHT',
    'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
    'elk.edgeRouting': 'POLYLINE',
    'elk.spacing.nodeNode': '18',
    'elk.layered.spacing.nodeNodeBetweenLayers': '56',
    'elk.spacing.edgeNode': '12',
    'elk.layered.crossingMinimization.strategy': seeded || large ? 'INTERACTIVE' : 'LAYER_SWEEP',
    'elk.layered.nodePlacement.strategy': large ? 'SIMPLE' : 'BRANDES_KOEPF',
    'elk.layered.thoroughness': large ? '1' : '7',
    'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  };
}

function elkNode(n: ModelNode, seed: Box | undefined): ElkNode {
  const node: ElkNode = { id: n.key, width: n.width, height: n.height };
  if (seed) {
    node.x = seed.x;
    node.y = seed.y;
  }
  if (n.kind === 'root') {
    node.layoutOptions = { 'elk.portConstraints': 'FIXED_POS', 'elk.layered.layering.layerConstraint': 'FIRST' };
    node.ports = n.rows.map((row, i) => ({ id: row.port, x: n.width, y: ROOT_HEADER + i * ROW_HEIGHT + ROW_HEIGHT / 2, width: 0, height: 0 }));
  }
  return node;
}

/** The ELK graph for `model`; cycles become group nodes holding their members. */
export function toElkGraph(model: GraphModel, previous: GraphLayout | null): ElkNode {
  const cycleOf = new Map<NodeKey, number>();
  model.cycles.forEach((members, i) => members.forEach((k) => cycleOf.set(k, i)));
  const groups: ElkNode[] = model.cycles.map((_, i) => ({
    id: `c:${i}`, children: [],
    layoutOptions: { 'elk.padding': `[top=${CYCLE_PADDING + 8},left=${CYCLE_PADDING},bottom=${CYCLE_PADDING},right=${CYCLE_PADDING}]` },
  }));
  const top: ElkNode[] = [];
  for (const n of model.nodes) {
    const node = elkNode(n, previous?.nodes.get(n.key));
    const group = cycleOf.get(n.key);
    if (group === undefined) top.push(node);
    else (groups[group].children as ElkNode[]).push(node);
  }
  const edges: ElkExtendedEdge[] = model.edges.map((e) => ({ id: e.id, sources: [e.port ?? e.from], targets: [e.to] }));
  return { id: 'graph', layoutOptions: layoutOptions(model, previous !== null), children: [...top, ...groups], edges };
}

/** Reads ELK's result back as absolute boxes and polylines. */
export function fromElkGraph(model: GraphModel, laid: ElkNode): GraphLayout {
  const nodes = new Map<NodeKey, Box>();
  const offsets = new Map<string, Point>([['graph', { x: 0, y: 0 }]]);
  const cycles: Box[] = model.cycles.map(() => ({ x: 0, y: 0, width: 0, height: 0 }));
  const visit = (node: ElkNode, origin: Point) => {
    for (const child of node.children ?? []) {
      const box = { x: origin.x + (child.x ?? 0), y: origin.y + (child.y ?? 0), width: child.width ?? 0, height: child.height ?? 0 };
      offsets.set(child.id, { x: box.x, y: box.y });
      if (child.id.startsWith('c:')) {
        cycles[Number(child.id.slice(2))] = box;
        visit(child, box);
      } else {
        nodes.set(child.id, box);
      }
    }
  };
  visit(laid, { x: 0, y: 0 });
  const edges = new Map<string, Point[]>();
  for (const e of (laid.edges ?? []) as (ElkExtendedEdge & { container?: string })[]) {
    const section = e.sections?.[0];
    if (!section) continue;
    // Coordinates are relative to the edge's container (the lowest group holding both ends).
    const origin = offsets.get(e.container ?? 'graph') ?? { x: 0, y: 0 };
    const shift = (p: ElkPoint): Point => ({ x: p.x + origin.x, y: p.y + origin.y });
    edges.set(e.id, [shift(section.startPoint), ...(section.bendPoints ?? []).map(shift), shift(section.endPoint)]);
  }
  return { signature: model.signature, nodes, edges, cycles, width: laid.width ?? 0, height: laid.height ?? 0 };
}

export async function computeLayout(model: GraphModel, engine: LayoutEngine, previous: GraphLayout | null): Promise<GraphLayout> {
  const laid = await engine.layout(toElkGraph(model, previous));
  return fromElkGraph(model, laid);
}

const CACHE_SIZE = 24;

/**
 * Layouts by structure: a step that changes only counts reuses the layout; a new structure is seeded with
 * the latest layout's positions. Concurrent requests for one structure share one computation.
 */
export class LayoutCache {
  private readonly layouts = new Map<string, Promise<GraphLayout>>();
  private latest: GraphLayout | null = null;

  constructor(private readonly engine: LayoutEngine) {}

  layoutFor(model: GraphModel): Promise<GraphLayout> {
    const known = this.layouts.get(model.signature);
    if (known) return known;
    const pending = computeLayout(model, this.engine, this.latest).then((layout) => {
      this.latest = layout;
      return layout;
    });
    this.layouts.set(model.signature, pending);
    pending.catch(() => this.layouts.delete(model.signature));
    if (this.layouts.size > CACHE_SIZE) this.layouts.delete(this.layouts.keys().next().value as string);
    return pending;
  }

  /** Whether `model`'s structure was laid out already (a step then costs no layout). */
  has(model: GraphModel): boolean {
    return this.layouts.has(model.signature);
  }
}
