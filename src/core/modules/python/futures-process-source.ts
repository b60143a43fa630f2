// concurrent.futures.process, run by the simulator: written for CPython Lens after the behaviour of
// CPython's Lib/concurrent/futures/process.py — a ProcessPoolExecutor whose `ForkProcess-N` workers (forked
// all at the first submit, as with the fork start method) take pickled calls from a pipe while a
// management thread sets the futures from their results; map sends chunks of calls.

export const FUTURES_PROCESS_SOURCE = `
import os as _os
import threading
import itertools
from concurrent.futures import _base

_global_shutdown = False
_process_executors = []


def _python_exit():
    # At the main thread's end (threading._register_atexit), before threads are joined: stop the pools.
    global _global_shutdown
    _global_shutdown = True
    for executor in list(_process_executors):
        executor.shutdown(wait=True)


threading._register_atexit(_python_exit)


def _process_manager(executor):
    # _ExecutorManagerThread: results come back from the workers; the futures are set here.
    while True:
        job, _, (success, value) = executor._result_queue.get()
        if job is None:
            return
        f = executor._pending.pop(job, None)
        if f is None:
            continue
        if success:
            f.set_result(value)
        else:
            f.set_exception(value)


class _ExecutorManagerThread(threading.Thread):
    # As CPython's, a Thread subclass made without a target: its name is a plain \`Thread-N\`.
    def __init__(self, executor):
        self._executor = executor
        super().__init__(daemon=True)

    def run(self):
        _process_manager(self._executor)


# ---- process.py's worker side -----------------------------------------------------------------

class _RemoteTraceback(Exception):

    def __init__(self, tb):
        self.tb = tb

    def __str__(self):
        return self.tb


class _ExceptionWithTraceback:
    def __init__(self, exc, tb):
        import multiprocessing
        # ''.join(format_exception(type(exc), exc, tb)), in the worker.
        tb = multiprocessing._lens_format_exception(exc)
        self.exc = exc
        self.exc.__traceback__ = None
        self.tb = '\\n"""\\n%s"""' % tb

    def __reduce__(self):
        return _rebuild_exc, (self.exc, self.tb)


def _rebuild_exc(exc, tb):
    exc.__cause__ = _RemoteTraceback(tb)
    return exc


class _CallItem(object):
    def __init__(self, work_id, fn, args, kwargs):
        self.work_id = work_id
        self.fn = fn
        self.args = args
        self.kwargs = kwargs


def _process_chunk(fn, chunk):
    # traceback: concurrent.futures.process._process_chunk
    return [fn(*args) for args in chunk]


def _process_worker(call_queue, result_queue, initializer, initargs):
    if initializer is not None:
        initializer(*initargs)
    while True:
        call_item = call_queue.get()
        if call_item is None:
            return
        try:
            # traceback: concurrent.futures.process._process_worker
            r = call_item.fn(*call_item.args, **call_item.kwargs)
        except BaseException as e:
            exc = _ExceptionWithTraceback(e, e.__traceback__)
            result_queue.put((call_item.work_id, 0, (False, exc)))
        else:
            try:
                result_queue.put((call_item.work_id, 0, (True, r)))
            except BaseException as e:
                exc = _ExceptionWithTraceback(e, e.__traceback__)
                result_queue.put((call_item.work_id, 0, (False, exc)))
        del call_item


def _get_chunks(*iterables, chunksize):
    it = zip(*iterables)
    while True:
        chunk = tuple(itertools.islice(it, chunksize))
        if not chunk:
            return
        yield chunk


def _chain_from_iterable_of_lists(iterable):
    # traceback: concurrent.futures.process._chain_from_iterable_of_lists
    for element in iterable:
        element.reverse()
        while element:
            yield element.pop()


class ProcessPoolExecutor(_base.Executor):
    def __init__(self, max_workers=None, mp_context=None, initializer=None, initargs=(), *, max_tasks_per_child=None):
        import multiprocessing
        self._mp = multiprocessing
        if max_workers is None:
            max_workers = _os.cpu_count() or 1
        elif max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._max_workers = max_workers
        self._initializer = initializer
        self._initargs = initargs
        self._processes = []
        self._pending = {}
        self._work_ids = 0
        self._shutdown_thread = False
        self._shutdown_lock = threading.Lock()
        self._manager = None
        self._call_queue = multiprocessing.SimpleQueue()
        self._result_queue = multiprocessing.SimpleQueue()

    def _start(self):
        if self._manager is not None:
            return
        for _ in range(self._max_workers):
            p = self._mp.ForkProcess(target=_process_worker, args=(self._call_queue, self._result_queue, self._initializer, self._initargs))
            p.start()
            self._processes.append(p)
        self._manager = _ExecutorManagerThread(self)
        self._manager.start()
        _process_executors.append(self)

    def submit(self, fn, /, *args, **kwargs):
        with self._shutdown_lock:
            if self._shutdown_thread:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if _global_shutdown:
                raise RuntimeError('cannot schedule new futures after interpreter shutdown')
            f = _base.Future()
            self._work_ids += 1
            self._pending[self._work_ids] = f
            self._start()
            try:
                self._call_queue.put(_CallItem(self._work_ids, fn, args, kwargs))
            except Exception as e:
                del self._pending[self._work_ids]
                f.set_exception(e)
            return f

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        if chunksize < 1:
            raise ValueError("chunksize must be >= 1.")
        # CPython submits partial(_process_chunk, fn) for each chunk.
        results = super().map(_process_chunk, itertools.repeat(fn), _get_chunks(*iterables, chunksize=chunksize), timeout=timeout)
        return _chain_from_iterable_of_lists(results)

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._shutdown_lock:
            if self._shutdown_thread:
                return
            self._shutdown_thread = True
        if self._manager is None:
            return
        for _ in self._processes:
            self._call_queue.put(None)
        if wait:
            for p in self._processes:
                p.join()
            self._result_queue.put((None, 0, (True, None)))
            self._manager.join()
        if self in _process_executors:
            _process_executors.remove(self)
`;
