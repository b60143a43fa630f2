// The lines of CPython's asyncio files that tracebacks through asyncio.run() show, per version (the
// simulator's asyncio source marks them with `# traceback: key`; runtime/stdlib-frames.ts).

import type { PythonVersion } from '../versions';

/** Lib/asyncio's lines by the key the source marks them with (read off each version's tracebacks). */
export const ASYNCIO_PY_LINES: Readonly<Record<Exclude<PythonVersion, 'nogil-hypothetical'>, Readonly<Record<string, number>>>> = {
  '3.11': { 'asyncio.runners.run': 190, 'asyncio.runners.Runner.run': 118, 'asyncio.base_events.run_until_complete': 653, 'asyncio.taskgroups.TaskGroup.__aexit__': 145, 'asyncio.threads.to_thread': 25 },
  '3.12': { 'asyncio.runners.run': 194, 'asyncio.runners.Runner.run': 118, 'asyncio.base_events.run_until_complete': 684, 'asyncio.taskgroups.TaskGroup.__aexit__': 145, 'asyncio.threads.to_thread': 25 },
  '3.13': { 'asyncio.runners.run': 194, 'asyncio.runners.Runner.run': 118, 'asyncio.base_events.run_until_complete': 721, 'asyncio.taskgroups.TaskGroup.__aexit__': 154, 'asyncio.threads.to_thread': 25 },
  // The free-threaded oracle is 3.13.5, whose TaskGroup raises its group in _aexit (line 173), one frame
  // below the __aexit__ 3.13.0 raises it in: the simulator shows 3.13.0's frames with that line.
  '3.13t': { 'asyncio.runners.run': 195, 'asyncio.runners.Runner.run': 118, 'asyncio.base_events.run_until_complete': 725, 'asyncio.taskgroups.TaskGroup.__aexit__': 173, 'asyncio.threads.to_thread': 25 },
};
