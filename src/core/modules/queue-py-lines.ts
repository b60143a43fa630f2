// Lines of Lib/queue.py that tracebacks show, by the key the simulator's queue source marks them with
// (modules/python/queue-source.ts, runtime/stdlib-frames.ts): 3.11.7 and 3.12.1 (the same file), 3.13.0.
// No 3.13.5 source was at hand for the 3.13t oracle: it takes 3.13.0's.

type Lines = Readonly<Record<string, number>>;

const QUEUE_3_11: Lines = {
  'queue.Queue.task_done': 75,
  'queue.Queue.put.full': 137,
  'queue.Queue.put.negative_timeout': 142,
  'queue.Queue.put.full_after_timeout': 148,
  'queue.Queue.put._put': 150,
  'queue.Queue.get.empty': 168,
  'queue.Queue.get.negative_timeout': 173,
  'queue.Queue.get.empty_after_timeout': 179,
  'queue.Queue.get._get': 181,
  'queue.Queue.put_nowait': 191,
  'queue.Queue.get_nowait': 199,
  'queue.PriorityQueue._put': 236,
  'queue.PriorityQueue._get': 239,
};

const QUEUE_3_13: Lines = {
  'queue.Queue.task_done': 93,
  'queue.Queue.put.shutdown': 155,
  'queue.Queue.put.full': 159,
  'queue.Queue.put.shutdown_waiting': 164,
  'queue.Queue.put.negative_timeout': 166,
  'queue.Queue.put.full_after_timeout': 172,
  'queue.Queue.put.shutdown_timed': 175,
  'queue.Queue.put._put': 176,
  'queue.Queue.get.shutdown': 196,
  'queue.Queue.get.empty': 199,
  'queue.Queue.get.shutdown_waiting': 204,
  'queue.Queue.get.negative_timeout': 206,
  'queue.Queue.get.empty_after_timeout': 212,
  'queue.Queue.get.shutdown_timed': 215,
  'queue.Queue.get._get': 216,
  'queue.Queue.put_nowait': 226,
  'queue.Queue.get_nowait': 234,
  'queue.PriorityQueue._put': 294,
  'queue.PriorityQueue._get': 297,
};

export const QUEUE_PY_LINES: Readonly<Record<'3.11' | '3.12' | '3.13', Lines>> = {
  '3.11': QUEUE_3_11,
  '3.12': QUEUE_3_11,
  '3.13': QUEUE_3_13,
};
