// A program's whole trace as plain events, for tests that read what a run recorded.
import assert from 'node:assert/strict';
import { runSource, type RunOptions } from '../../../src/core/index';
import type { TraceEvent } from '../../../src/core/trace/events';

/** Runs `source` with the trace recorded (it must exit 0) and returns every event in order. */
export function traceOf(source: string, options: RunOptions = {}): TraceEvent[] {
  const result = runSource(source, { ...options, recordTrace: true });
  assert.equal(result.exitCode, 0, result.stderr);
  const events = result.events;
  assert.ok(events);
  const out: TraceEvent[] = [];
  for (let i = 0; i < events.length; i++) out.push(events.at(i) as TraceEvent);
  return out;
}
