// The panel's graph, built from a snapshot: frames and module globals (roots) on the left, objects on the
// right, one edge per reference labelled by its slot, reference cycles found as strongly connected
// components. Node sizes are estimated from their text so the layout can run before anything is drawn.

import type { GraphObject, GraphRoot, MemoryGraphSnapshot } from '../../../src/shared/memory-graph-protocol';
import { cycles } from './scc';

export type NodeKey = string;

export interface ObjectNode {
  kind: 'object';
  key: NodeKey;
  object: GraphObject;
  /** The cycle (index in `GraphModel.cycles`) the object belongs to, if any. */
  cycle: number | null;
  width: number;
  height: number;
}

export interface RootRow {
  name: string;
  target: NodeKey;
  temporary: boolean;
  /** The port the row's arrow leaves from. */
  port: string;
}

export interface RootNode {
  kind: 'root';
  key: NodeKey;
  root: GraphRoot;
  rows: RootRow[];
  /** Ports the layout gives the node (one per row; at least as many as rows). */
  ports: number;
  width: number;
  height: number;
}

export type ModelNode = ObjectNode | RootNode;

export interface ModelEdge {
  id: string;
  from: NodeKey;
  to: NodeKey;
  /** The slot (`[0]`, `.attr`) for references between objects; the variable's name for roots. */
  label: string;
  /** Set for edges leaving a root's row. */
  port: string | null;
}

export interface GraphModel {
  nodes: ModelNode[];
  edges: ModelEdge[];
  /** Reference cycles, as object node keys. */
  cycles: NodeKey[][];
  /** Identifies the structure (nodes, sizes, edges): equal signatures share one layout. */
  signature: string;
}

export const CHAR_WIDTH = 7;
export const ROW_HEIGHT = 20;
export const ROOT_HEADER = 24;
export const OBJECT_HEIGHT = 56;
const OBJECT_MIN_WIDTH = 96;
const OBJECT_MAX_WIDTH = 240;
const ROOT_MIN_WIDTH = 110;
const WIDTH_STEP = 24;

export const objectKey = (id: number): NodeKey => `o:${id}`;
export const rootKey = (root: GraphRoot, index: number): NodeKey => `r:${root.kind}:${root.frame}:${index}`;

/** The height at which a reference leaves its holder's box: its row for a root's variable, else the middle. */
export function referenceY(e: ModelEdge, from: { y: number; height: number }): number {
  const row = e.port === null ? -1 : Number(/:p(\d+)$/.exec(e.port)?.[1] ?? -1);
  return row >= 0 ? from.y + ROOT_HEADER + row * ROW_HEIGHT + ROW_HEIGHT / 2 : from.y + from.height / 2;
}

/** The first line of an object's box: its label (`list#1`) or type. */
export function objectTitle(o: GraphObject): string {
  return o.label || o.type;
}

/** The second line: its value, unless the title already says it (`None`). */
export function objectValue(o: GraphObject): string {
  return o.value === o.label ? '' : o.value;
}

function objectWidth(o: GraphObject): number {
  const chars = Math.max(objectTitle(o).length + 6, objectValue(o).length, 16);
  // Rounded up, so a value that grows a little keeps its box (and the layout).
  return Math.min(OBJECT_MAX_WIDTH, Math.max(OBJECT_MIN_WIDTH, Math.ceil((chars * CHAR_WIDTH + 20) / WIDTH_STEP) * WIDTH_STEP));
}

export function buildGraphModel(snapshot: MemoryGraphSnapshot, rootNames: { temporary: string }): GraphModel {
  const objects: ObjectNode[] = snapshot.objects.map((o) => ({
    kind: 'object', key: objectKey(o.id), object: o, cycle: null, width: objectWidth(o), height: OBJECT_HEIGHT,
  }));
  const known = new Set(objects.map((n) => n.key));
  const roots: RootNode[] = snapshot.roots.map((root, index) => {
    const key = rootKey(root, index);
    const rows: RootRow[] = root.bindings
      .filter((b) => known.has(objectKey(b.obj)))
      .map((b, i) => ({ name: b.temporary ? rootNames.temporary : b.name, target: objectKey(b.obj), temporary: b.temporary, port: `${key}:p${i}` }));
    // The header names the frame, and its thread when that is not the main thread.
    const title = root.name.length + 2 + (root.thread ? root.thread.length + 10 : 0);
    const chars = Math.max(title, ...rows.map((r) => r.name.length + 2));
    return { kind: 'root', key, root, rows, ports: rows.length, width: Math.max(ROOT_MIN_WIDTH, chars * CHAR_WIDTH + 24), height: ROOT_HEADER + Math.max(1, rows.length) * ROW_HEIGHT + 6 };
  });
  const edges: ModelEdge[] = [];
  for (const root of roots) {
    for (const row of root.rows) edges.push({ id: `${row.port}>${row.target}`, from: root.key, to: row.target, label: row.name, port: row.port });
  }
  const seenIds = new Map<string, number>();
  for (const e of snapshot.edges) {
    const from = objectKey(e.from);
    const to = objectKey(e.to);
    if (!known.has(from) || !known.has(to)) continue;
    const base = `${from}>${e.slot}>${to}`;
    const n = seenIds.get(base) ?? 0;
    seenIds.set(base, n + 1);
    edges.push({ id: n ? `${base}#${n}` : base, from, to, label: e.slot, port: null });
  }
  const successors = new Map<NodeKey, NodeKey[]>();
  for (const e of edges) if (e.port === null) (successors.get(e.from) ?? successors.set(e.from, []).get(e.from) as NodeKey[]).push(e.to);
  const found = cycles(objects.map((n) => n.key), (k) => successors.get(k) ?? []);
  const byKey = new Map(objects.map((n) => [n.key, n]));
  found.forEach((members, i) => members.forEach((k) => ((byKey.get(k) as ObjectNode).cycle = i)));
  const nodes: ModelNode[] = [...roots, ...objects];
  return { nodes, edges, cycles: found, signature: signatureOf(nodes, edges) };
}

function signatureOf(nodes: readonly ModelNode[], edges: readonly ModelEdge[]): string {
  const parts: string[] = [];
  for (const n of nodes) parts.push(`${n.key}/${n.width}/${n.height}`);
  parts.push('|');
  for (const e of edges) parts.push(e.id);
  return parts.join(' ');
}
