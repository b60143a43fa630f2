// Memory graphs for the layout tests, written as lists of objects, references and variables.
import assert from 'node:assert/strict';
import ELK from 'elkjs/lib/elk.bundled.js';
import { buildGraphModel, type GraphModel, type NodeKey } from '../../../webview/memory-graph/model/graph-model';
import type { Box, GraphLayout, LayoutEngine } from '../../../webview/memory-graph/model/layout';
import type { GraphObject, MemoryGraphSnapshot } from '../../../src/shared/memory-graph-protocol';

export interface Spec {
  objects: { id: number; refs?: number; type?: string; value?: string }[];
  edges: [number, number, string][];
  /** The module's variables. */
  roots: [string, number][];
  /** Running functions' frames, below the module's globals. */
  frames?: { name: string; bindings: [string, number][] }[];
}

export function snapshot(spec: Spec): MemoryGraphSnapshot {
  const object = (o: Spec['objects'][number]): GraphObject => ({
    id: o.id, label: '', type: o.type ?? 'list', value: o.value ?? '[]', pythonId: String(1000 + o.id),
    refcount: { kind: 'count', value: o.refs ?? 1 }, generation: 0, unreachable: false, interpreter: false,
  });
  const bindings = (names: [string, number][]) => names.map(([name, obj]) => ({ name, obj, temporary: false }));
  return {
    runId: 1, position: 0, lineSteps: 3, currentLine: 1, omitted: 0, importGarbage: [], freed: [], collections: [],
    roots: [
      { kind: 'globals', frame: 1, name: '<module>', thread: null, bindings: bindings(spec.roots) },
      ...(spec.frames ?? []).map((f, i) => ({ kind: 'frame' as const, frame: 2 + i, name: f.name, thread: null, bindings: bindings(f.bindings) })),
    ],
    objects: spec.objects.map(object),
    edges: spec.edges.map(([from, to, slot]) => ({ from, to, slot })),
  };
}

export const model = (spec: Spec): GraphModel => buildGraphModel(snapshot(spec), { temporary: 't' });

/** `xs` → a list of `n` lists (ids 2..n+1), each holding an int (ids 1001..): a graph past LARGE_GRAPH nodes. */
export function bigHeap(n: number, extra: Spec['objects'] = [], extraEdges: Spec['edges'] = []): Spec {
  const objects: Spec['objects'] = [{ id: 1 }];
  const edges: Spec['edges'] = [];
  for (let i = 0; i < n; i++) {
    objects.push({ id: 2 + i }, { id: 1001 + i, type: 'int' });
    edges.push([1, 2 + i, `[${i}]`], [2 + i, 1001 + i, '[0]']);
  }
  return { objects: [...objects, ...extra], edges: [...edges, ...extraEdges], roots: [['xs', 1]] };
}

/** ELK, counting its runs. */
export class CountingElk implements LayoutEngine {
  runs = 0;
  private readonly elk = new ELK();
  layout(graph: Parameters<LayoutEngine['layout']>[0]) {
    this.runs++;
    return this.elk.layout(graph);
  }
}

export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

export function assertNoOverlap(layout: GraphLayout): void {
  const boxes = [...layout.nodes];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) assert.ok(!overlaps(boxes[i][1], boxes[j][1]), `${boxes[i][0]} overlaps ${boxes[j][0]}`);
  }
}

/** How far each of `keys` moved from `a` to `b`. */
export function movement(a: GraphLayout, b: GraphLayout, keys: Iterable<NodeKey>): number[] {
  const moves: number[] = [];
  for (const k of keys) {
    const [p, q] = [a.nodes.get(k), b.nodes.get(k)];
    if (p && q) moves.push(Math.hypot(p.x - q.x, p.y - q.y));
  }
  return moves;
}
