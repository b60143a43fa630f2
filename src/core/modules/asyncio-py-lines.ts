// The lines of CPython's asyncio files that tracebacks through asyncio.run() show, per version (the
// simulator's asyncio source marks them with `# traceback: key`; runtime/stdlib-frames.ts).

import type { PythonVersion } from '../versions';

/** Lib/asyncio's lines by the key the source marks them with (read off each version's tracebacks). */
export const ASYNCIO_PY_LINES: Readonly<Record<Exclude<PythonVersion, 'nogil-hypothetical'>, Readonly<Record<string, number>>>> = {
  '3.11': { 'asyncio.runners.run': 190, 'asyncio.runners.Runner.run': 118, 'asyncio.base_events.run_until_complete': 653 },
  '3.12': { 'asyncio.runners.run': 194, 'asyncio.runners.Runner.run': 118, 'asyncio.base_events.run_until_complete': 684 },
  '3.13': { 'asyncio.runners.run': 194, 'asyncio.runners.Runner.run': 118, 'asyncio.base_events.run_until_complete': 721 },
  // The free-threaded oracle is 3.13.5.
  '3.13t': { 'asyncio.runners.run': 195, 'asyncio.runners.Runner.run': 118, 'asyncio.base_events.run_until_complete': 725 },
};
