// Compare mode's rows, pure (the browser tests lay the canvas out with it too): a group per model under
// a header with the model's figures, 3.11's with its GIL holder lane, 3.13t's and the processes' without
// (no GIL; a GIL per process).

import type { GilTimelineStrings } from '../../src/shared/gil-timeline-protocol';
import type { ComparedModelId, Comparison } from '../../src/trace-model/comparison';
import { format } from '../shared/format';
import { formatMs, layOut, type Layout } from './view-model';

/** A compared model's title in the panel's language. */
export function modelTitle(model: ComparedModelId, s: GilTimelineStrings): string {
  return model === 'gil' ? s.modelGil : model === 'free-threaded' ? s.modelFreeThreaded : s.modelProcesses;
}

export function comparisonLayout(c: Comparison, s: GilTimelineStrings): Layout {
  return layOut(c.runs.map((run) => ({
    title: modelTitle(run.model, s),
    stats: run.stats.speedup === null
      ? format(s.groupStatsNoSpeedup, formatMs(run.stats.wallNs), formatMs(run.stats.cpuNs), formatMs(run.stats.gilWaitNs))
      : format(s.groupStats, formatMs(run.stats.wallNs), formatMs(run.stats.cpuNs), formatMs(run.stats.gilWaitNs), run.stats.speedup.toFixed(2)),
    note: run.diagnostic ? format(s.stopped, run.diagnostic.message) : '',
    timeline: run.timeline,
    holderLabel: run.model === 'gil' ? s.gilHolder : null,
  })));
}
