// Where a lesson step leaves step mode: the line step just after the step's lines last ran, so the
// annotations, hovers and memory graph show the state once those lines have run. Pure.

import type { EventSource, TraceEvent } from '../core/trace/events';

/** The source line each line step starts (`lineSteps` are the trace indices of the line events). */
export function linesOfSteps(events: EventSource, lineSteps: readonly number[]): number[] {
  return lineSteps.map((index) => {
    const event = events.at(index) as TraceEvent;
    return event.kind === 'line' ? event.line : 0;
  });
}

/**
 * The position (0-based line step; `stepLines.length` means the program's end) just after the last run of
 * line `last`, or, when that line never ran, after the last run of any line in `first..last`. Null when
 * none of those lines ran (a lesson step about code that never executes).
 */
export function positionAfterLines(stepLines: readonly number[], first: number, last: number): number | null {
  const lastIndexWhere = (accepts: (line: number) => boolean): number => {
    for (let k = stepLines.length - 1; k >= 0; k--) if (accepts(stepLines[k])) return k;
    return -1;
  };
  let k = lastIndexWhere((line) => line === last);
  if (k < 0) k = lastIndexWhere((line) => line >= first && line <= last);
  return k < 0 ? null : k + 1;
}
