// Lines of Lib/concurrent/futures that tracebacks show, by the key the simulator's sources mark them with
// (modules/python/futures-*-source.ts, runtime/stdlib-frames.ts). 3.13t takes 3.13.0's.

type Lines = Readonly<Record<string, number>>;

/**
 * _base.py, the same in 3.11.7 to 3.13.0: where Future.result(), Future.exception() and Executor.map's
 * iterator raise or re-raise, where a Future calls its callbacks, set_result/set_exception's
 * InvalidStateError, as_completed's TimeoutError.
 */
const BASE_LINES: Lines = {
  'concurrent.futures._base._create_and_install_waiters': 169,
  'concurrent.futures._base.as_completed.timeout': 239,
  'concurrent.futures._base._result_or_cancel': 317,
  'concurrent.futures._base.Future._invoke_callbacks': 340,
  'concurrent.futures._base.Future.__get_result': 401,
  'concurrent.futures._base.Future.add_done_callback': 424,
  'concurrent.futures._base.Future.result.cancelled': 447,
  'concurrent.futures._base.Future.result.finished': 449,
  'concurrent.futures._base.Future.result.cancelled_after_wait': 454,
  'concurrent.futures._base.Future.result.finished_after_wait': 456,
  'concurrent.futures._base.Future.result.timeout': 458,
  'concurrent.futures._base.Future.exception.cancelled': 483,
  'concurrent.futures._base.Future.exception.cancelled_after_wait': 490,
  'concurrent.futures._base.Future.exception.timeout': 494,
  'concurrent.futures._base.Future.set_running_or_notify_cancel': 535,
  'concurrent.futures._base.Future.set_result': 544,
  'concurrent.futures._base.Future.set_exception': 559,
  'concurrent.futures._base.Executor.submit': 581,
  'concurrent.futures._base.Executor.map.result_iterator': 619,
  'concurrent.futures._base.Executor.map.result_iterator.timeout': 621,
};

/** thread.py: 3.12 rewrote _worker's loop (three lines more), which moved everything below it. */
const threadLines = (workerRun: number, belowWorker: number): Lines => ({
  'concurrent.futures.thread._WorkItem.run': 58,
  'concurrent.futures.thread._worker.initializer': 72,
  'concurrent.futures.thread._worker.run': workerRun,
  'concurrent.futures.thread.ThreadPoolExecutor.__init__.max_workers': belowWorker,
  'concurrent.futures.thread.ThreadPoolExecutor.__init__.initializer': belowWorker + 3,
  'concurrent.futures.thread.ThreadPoolExecutor.submit.broken': belowWorker + 20,
  'concurrent.futures.thread.ThreadPoolExecutor.submit.shutdown': belowWorker + 23,
  'concurrent.futures.thread.ThreadPoolExecutor.submit.interpreter_shutdown': belowWorker + 25,
});

export const FUTURES_PY_LINES: Readonly<Record<'3.11' | '3.12' | '3.13', Lines>> = {
  '3.11': { ...BASE_LINES, ...threadLines(83, 144) },
  '3.12': { ...BASE_LINES, ...threadLines(92, 147) },
  '3.13': { ...BASE_LINES, ...threadLines(92, 147) },
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
