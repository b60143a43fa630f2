// Strongly connected components (Tarjan's algorithm, iterative so deep chains do not overflow the stack):
// the reference cycles the panel groups and highlights.

/** The components of the graph with `nodes` and `successors`, each in discovery order; singletons included. */
export function stronglyConnectedComponents<T>(nodes: readonly T[], successors: (node: T) => readonly T[]): T[][] {
  const index = new Map<T, number>();
  const low = new Map<T, number>();
  const onStack = new Set<T>();
  const stack: T[] = [];
  const components: T[][] = [];
  let counter = 0;
  for (const start of nodes) {
    if (index.has(start)) continue;
    // Each work item: a node and the position of the next successor to look at.
    const work: { node: T; next: number; succ: readonly T[] }[] = [];
    const enter = (node: T) => {
      index.set(node, counter);
      low.set(node, counter);
      counter++;
      stack.push(node);
      onStack.add(node);
      work.push({ node, next: 0, succ: successors(node) });
    };
    enter(start);
    while (work.length) {
      const top = work[work.length - 1];
      if (top.next < top.succ.length) {
        const child = top.succ[top.next++];
        if (!index.has(child)) enter(child);
        else if (onStack.has(child)) low.set(top.node, Math.min(low.get(top.node) as number, index.get(child) as number));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.node, Math.min(low.get(parent.node) as number, low.get(top.node) as number));
      if (low.get(top.node) === index.get(top.node)) {
        const component: T[] = [];
        let member: T;
        do {
          member = stack.pop() as T;
          onStack.delete(member);
          component.push(member);
        } while (member !== top.node);
        components.push(component.reverse());
      }
    }
  }
  return components;
}

/** The reference cycles: components of two or more objects, or one object that refers to itself. */
export function cycles<T>(nodes: readonly T[], successors: (node: T) => readonly T[]): T[][] {
  return stronglyConnectedComponents(nodes, successors).filter((c) => c.length > 1 || successors(c[0]).includes(c[0]));
}
