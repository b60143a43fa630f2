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

/**
 * Lib/concurrent/futures' lines that tracebacks show (the same in 3.11 to 3.13): where a worker calls the
 * submitted function (thread.py), and where Future.result(), Future.exception() and Executor.map's
 * iterator raise or re-raise (_base.py).
 */
export const FUTURES_PY_LINES: Readonly<Record<string, number>> = {
  'concurrent.futures.thread._WorkItem.run': 58,
  'concurrent.futures._base._result_or_cancel': 317,
  'concurrent.futures._base.Future.__get_result': 401,
  'concurrent.futures._base.Future.result.cancelled': 447,
  'concurrent.futures._base.Future.result.finished': 449,
  'concurrent.futures._base.Future.result.cancelled_after_wait': 454,
  'concurrent.futures._base.Future.result.finished_after_wait': 456,
  'concurrent.futures._base.Future.result.timeout': 458,
  'concurrent.futures._base.Future.exception.cancelled': 483,
  'concurrent.futures._base.Future.exception.cancelled_after_wait': 490,
  'concurrent.futures._base.Future.exception.timeout': 494,
  'concurrent.futures._base.Executor.map.result_iterator': 619,
  'concurrent.futures._base.Executor.map.result_iterator.timeout': 621,
};

/** Lib/concurrent/futures/process.py's lines: a ProcessPoolExecutor task's remote traceback, and map's chaining of the chunks. */
export const FUTURES_PROCESS_PY_LINES: Readonly<Record<'3.11' | '3.12' | '3.13', Readonly<Record<string, number>>>> = {
  '3.11': {
    'concurrent.futures.process._process_worker': 261,
    'concurrent.futures.process._process_chunk': 210,
    'concurrent.futures.process._chain_from_iterable_of_lists': 620,
  },
  '3.12': {
    'concurrent.futures.process._process_worker': 263,
    'concurrent.futures.process._process_chunk': 212,
    'concurrent.futures.process._chain_from_iterable_of_lists': 647,
  },
  '3.13': {
    'concurrent.futures.process._process_worker': 253,
    'concurrent.futures.process._process_chunk': 202,
    'concurrent.futures.process._chain_from_iterable_of_lists': 623,
  },
};
