// What each phase of a replayed collection marks on the graph: the objects examined, their tentative
// counts (gc_refs) once copied and once internal references are subtracted, the unreachable set,
// finalizers, resurrections and the garbage freed. Pure: the renderer only reads the result.

import type { GcPhaseStep } from '../../../src/shared/memory-graph-protocol';

export type GcMark = 'examined' | 'unreachable' | 'finalizing' | 'resurrected' | 'deleted' | 'promoted' | 'untracked' | 'weakrefs-cleared';

export interface PhaseOverlay {
  /** Per object: what the collection knows of it so far (later phases refine earlier marks). */
  marks: Map<number, GcMark>;
  /** gc_refs shown instead of the count, from update-refs and subtract-refs. */
  gcRefs: Map<number, number>;
  /** [collected, uncollectable] once the collection stopped. */
  result: [number, number] | null;
}

/** The overlay after phases 0..`upTo` (inclusive) have run. */
export function phaseOverlay(phases: readonly GcPhaseStep[], upTo: number): PhaseOverlay {
  const marks = new Map<number, GcMark>();
  const gcRefs = new Map<number, number>();
  let result: [number, number] | null = null;
  for (let i = 0; i <= upTo && i < phases.length; i++) {
    const p = phases[i];
    switch (p.phase) {
      case 'start':
        for (const id of p.objects) marks.set(id, 'examined');
        break;
      case 'update-refs':
      case 'subtract-refs':
        p.objects.forEach((id, k) => gcRefs.set(id, p.values[k]));
        break;
      case 'unreachable':
        for (const id of p.objects) marks.set(id, 'unreachable');
        // The survivors' tentative counts are no longer the story.
        for (const id of [...gcRefs.keys()]) if (!p.objects.includes(id)) gcRefs.delete(id);
        break;
      case 'untrack':
        for (const id of p.objects) marks.set(id, 'untracked');
        break;
      case 'promote':
        for (const id of p.objects) marks.set(id, 'promoted');
        break;
      case 'weakrefs':
        for (const id of p.objects) marks.set(id, 'weakrefs-cleared');
        break;
      case 'finalize':
        for (const id of p.objects) marks.set(id, 'finalizing');
        break;
      case 'resurrected':
        for (const id of p.objects) marks.set(id, 'resurrected');
        break;
      case 'delete':
        for (const id of p.objects) marks.set(id, 'deleted');
        gcRefs.clear();
        break;
      case 'stop':
        result = [p.values[0] ?? 0, p.values[1] ?? 0];
        break;
      default: {
        const never: never = p.phase;
        throw new Error(`unknown phase ${String(never)}`);
      }
    }
  }
  return { marks, gcRefs, result };
}
