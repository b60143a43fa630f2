// How much work ELK's layered layout has with every reference: a box per node, plus a dummy box for each
// layer a reference crosses. A linked list of 40 nodes that a list also points into makes 40 layers crossed
// by 40 long references, some 800 dummies: ELK then takes a few hundred milliseconds, and would on every step
// that allocates. Past the budget a step's new objects are placed without ELK (incremental-placement.ts).

import type { ModelEdge, ModelNode, NodeKey } from './graph-model';

/** Nodes plus crossed layers past which ELK is too slow to run on every step (about 100 ms on 2 cores). */
export const LAYERED_BUDGET = 150;

/**
 * The layers crossed by the references if every node sits one layer right of its furthest referrer (a
 * longest-path layering, the references that close a cycle turned round as ELK does): an estimate of the
 * dummy boxes ELK would add.
 */
export function crossedLayers(nodes: readonly ModelNode[], edges: readonly ModelEdge[]): number {
  const index = new Map<NodeKey, number>(nodes.map((n, i) => [n.key, i]));
  const out: number[][] = nodes.map(() => []);
  const pairs: [number, number][] = [];
  for (const e of edges) {
    const [from, to] = [index.get(e.from), index.get(e.to)];
    if (from === undefined || to === undefined || from === to) continue;
    out[from].push(to);
    pairs.push([from, to]);
  }
  // Depth-first from each node in order (roots first), iteratively: the finishing order, reversed, is a
  // topological order of the graph without the references that go back to a node still being visited.
  const state = new Uint8Array(nodes.length); // 0 new, 1 on the path, 2 done
  const finished: number[] = [];
  const back = new Set<number>();
  for (let start = 0; start < nodes.length; start++) {
    if (state[start]) continue;
    const stack: [number, number][] = [[start, 0]];
    state[start] = 1;
    while (stack.length) {
      const top = stack[stack.length - 1];
      const [node, next] = top;
      if (next < out[node].length) {
        top[1]++;
        const to = out[node][next];
        if (state[to] === 1) back.add(node * nodes.length + to);
        else if (!state[to]) {
          state[to] = 1;
          stack.push([to, 0]);
        }
      } else {
        state[node] = 2;
        finished.push(node);
        stack.pop();
      }
    }
  }
  const layer = new Int32Array(nodes.length);
  for (let i = finished.length - 1; i >= 0; i--) {
    const node = finished[i];
    for (const to of out[node]) {
      if (!back.has(node * nodes.length + to)) layer[to] = Math.max(layer[to], layer[node] + 1);
    }
  }
  let crossed = 0;
  for (const [from, to] of pairs) crossed += Math.max(0, Math.abs(layer[to] - layer[from]) - 1);
  return crossed;
}

/** Whether ELK is too slow over `nodes` and `edges` to run on every step (see LAYERED_BUDGET). */
export function overLayeredBudget(nodes: readonly ModelNode[], edges: readonly ModelEdge[]): boolean {
  return nodes.length > LAYERED_BUDGET || nodes.length + crossedLayers(nodes, edges) > LAYERED_BUDGET;
}
