// Turns the core's heap graph into the panel's snapshot: counts as a learner reads them ("large",
// "immortal"), `id()` values, plus what the trace says about the step (objects freed, collections run).

import type { HeapGraph, StaticObject } from '../core/index';
import { idValue } from '../core/objects/object';
import type { CollectionSummary, GraphObject, MemoryGraphSnapshot } from '../shared/memory-graph-protocol';
import { refcountValue } from '../trace-model/objects';

export interface SnapshotContext {
  runId: number;
  position: number | null;
  lineSteps: number;
  currentLine: number | null;
  freed: number[];
  collections: CollectionSummary[];
}

export function toSnapshot(graph: HeapGraph, statics: ReadonlyMap<number, StaticObject>, context: SnapshotContext): MemoryGraphSnapshot {
  const objects: GraphObject[] = graph.objects.map((o) => {
    const isStatic = statics.has(o.id);
    return {
      id: o.id,
      label: '',
      type: o.type,
      // `<function f at 0x7f…>`: the id is shown on its own line.
      value: o.preview.replace(/ at 0x[0-9a-f]+>$/, '>'),
      pythonId: idValue(o.address, o.id).toString(),
      refcount: refcountValue(o.refcount, { type: o.type, preview: o.preview, startup: isStatic, static: isStatic, immortal: o.immortal }),
      generation: o.generation,
      unreachable: o.unreachable,
      interpreter: o.interpreter,
    };
  });
  return { ...context, roots: graph.roots, objects, edges: graph.edges, omitted: graph.omitted, importGarbage: graph.importGarbage };
}
