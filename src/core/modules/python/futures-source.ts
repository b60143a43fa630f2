// concurrent.futures, run by the simulator: written for CPython Lens after the behaviour of
// CPython 3.11's Lib/concurrent/futures/_base.py, thread.py and process.py — Future, a
// ThreadPoolExecutor whose workers take work items from a queue and are named
// `ThreadPoolExecutor-N_M`, a ProcessPoolExecutor whose `ForkProcess-N` workers (forked all at
// the first submit, as with the fork start method) take pickled calls from a pipe while a
// management thread sets the futures from their results, map, as_completed, wait.

export const FUTURES_SOURCE = `
import os as _os
import threading
import time
import queue as _queue
import itertools

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'

_PENDING = 'PENDING'
_RUNNING = 'RUNNING'
_CANCELLED = 'CANCELLED'
_CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'
_FINISHED = 'FINISHED'


class Error(Exception):
    """Base class for all future-related exceptions."""
    __module__ = 'concurrent.futures._base'


class CancelledError(Error):
    """The Future was cancelled."""
    __module__ = 'concurrent.futures._base'


TimeoutError = TimeoutError


class BrokenExecutor(RuntimeError):
    """Raised when an executor has become non-functional."""
    __module__ = 'concurrent.futures._base'


class Future:
    """Represents the result of an asynchronous computation."""
    __module__ = 'concurrent.futures._base'

    def __init__(self):
        self._condition = threading.Condition()
        self._state = _PENDING
        self._result = None
        self._exception = None
        self._done_callbacks = []

    def _invoke_callbacks(self):
        for callback in self._done_callbacks:
            callback(self)

    def __repr__(self):
        with self._condition:
            state = 'cancelled' if self._state == _CANCELLED_AND_NOTIFIED else self._state.lower()
            if self._state == _FINISHED:
                if self._exception:
                    return '<%s at %#x state=finished raised %s>' % (self.__class__.__name__, id(self), self._exception.__class__.__name__)
                return '<%s at %#x state=finished returned %s>' % (self.__class__.__name__, id(self), self._result.__class__.__name__)
            return '<%s at %#x state=%s>' % (self.__class__.__name__, id(self), state)

    def cancel(self):
        with self._condition:
            if self._state in [_RUNNING, _FINISHED]:
                return False
            if self._state in [_CANCELLED, _CANCELLED_AND_NOTIFIED]:
                return True
            self._state = _CANCELLED
            self._condition.notify_all()
        self._invoke_callbacks()
        return True

    def cancelled(self):
        with self._condition:
            return self._state in [_CANCELLED, _CANCELLED_AND_NOTIFIED]

    def running(self):
        with self._condition:
            return self._state == _RUNNING

    def done(self):
        with self._condition:
            return self._state in [_CANCELLED, _CANCELLED_AND_NOTIFIED, _FINISHED]

    def __get_result(self):
        if self._exception:
            try:
                # traceback: concurrent.futures._base.Future.__get_result
                raise self._exception
            finally:
                # Break a reference cycle with the exception in self._exception
                self = None
        else:
            return self._result

    def add_done_callback(self, fn):
        with self._condition:
            if self._state not in [_CANCELLED, _CANCELLED_AND_NOTIFIED, _FINISHED]:
                self._done_callbacks.append(fn)
                return
        fn(self)

    def result(self, timeout=None):
        try:
            with self._condition:
                if self._state in [_CANCELLED, _CANCELLED_AND_NOTIFIED]:
                    # traceback: concurrent.futures._base.Future.result.cancelled
                    raise CancelledError()
                elif self._state == _FINISHED:
                    # traceback: concurrent.futures._base.Future.result.finished
                    return self.__get_result()

                self._condition.wait(timeout)

                if self._state in [_CANCELLED, _CANCELLED_AND_NOTIFIED]:
                    # traceback: concurrent.futures._base.Future.result.cancelled_after_wait
                    raise CancelledError()
                elif self._state == _FINISHED:
                    # traceback: concurrent.futures._base.Future.result.finished_after_wait
                    return self.__get_result()
                else:
                    # traceback: concurrent.futures._base.Future.result.timeout
                    raise TimeoutError()
        finally:
            # Break a reference cycle with the exception in self._exception
            self = None

    def exception(self, timeout=None):
        with self._condition:
            if self._state in [_CANCELLED, _CANCELLED_AND_NOTIFIED]:
                # traceback: concurrent.futures._base.Future.exception.cancelled
                raise CancelledError()
            elif self._state == _FINISHED:
                return self._exception

            self._condition.wait(timeout)

            if self._state in [_CANCELLED, _CANCELLED_AND_NOTIFIED]:
                # traceback: concurrent.futures._base.Future.exception.cancelled_after_wait
                raise CancelledError()
            elif self._state == _FINISHED:
                return self._exception
            else:
                # traceback: concurrent.futures._base.Future.exception.timeout
                raise TimeoutError()

    def set_running_or_notify_cancel(self):
        with self._condition:
            if self._state == _CANCELLED:
                self._state = _CANCELLED_AND_NOTIFIED
                return False
            self._state = _RUNNING
            return True

    def set_result(self, result):
        with self._condition:
            self._result = result
            self._state = _FINISHED
            self._condition.notify_all()
        self._invoke_callbacks()

    def set_exception(self, exception):
        with self._condition:
            self._exception = exception
            self._state = _FINISHED
            self._condition.notify_all()
        self._invoke_callbacks()


class _WorkItem:
    __module__ = 'concurrent.futures.thread'
    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self):
        if not self.future.set_running_or_notify_cancel():
            return
        try:
            # traceback: concurrent.futures.thread._WorkItem.run
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:
            self.future.set_exception(exc)
            # Break a reference cycle with the exception 'exc'
            self = None
        else:
            self.future.set_result(result)


_shutdown = False
_queues = []
_process_executors = []


def _python_exit():
    global _shutdown
    _shutdown = True
    for executor in _process_executors:
        executor.shutdown(wait=True)
    for work_queue, workers in _queues:
        work_queue.put(None)
    for work_queue, workers in _queues:
        for t in list(workers):
            t.join()


threading._register_atexit(_python_exit)


def _worker(executor, work_queue):
    while True:
        work_item = work_queue.get(block=True)
        if work_item is not None:
            work_item.run()
            del work_item
            executor._idle_semaphore.release()
            continue
        # None: the executor or the interpreter is shutting down; wake the next worker too.
        work_queue.put(None)
        return


def _result_or_cancel(fut, timeout=None):
    try:
        try:
            # traceback: concurrent.futures._base._result_or_cancel
            return fut.result(timeout)
        finally:
            fut.cancel()
    finally:
        # Break a reference cycle with the exception in self._exception
        del fut


class Executor:
    __module__ = 'concurrent.futures._base'
    # _base.Executor: what both pools share.
    def map(self, fn, *iterables, timeout=None, chunksize=1):
        if timeout is not None:
            end_time = timeout + time.monotonic()

        fs = [self.submit(fn, *args) for args in zip(*iterables)]

        # Yield must be hidden in closure so that the futures are submitted
        # before the first iterator value is required.
        def result_iterator():
            try:
                # reverse to keep finishing order
                fs.reverse()
                while fs:
                    # Careful not to keep a reference to the popped future
                    if timeout is None:
                        # traceback: concurrent.futures._base.Executor.map.result_iterator
                        yield _result_or_cancel(fs.pop())
                    else:
                        # traceback: concurrent.futures._base.Executor.map.result_iterator.timeout
                        yield _result_or_cancel(fs.pop(), end_time - time.monotonic())
            finally:
                for future in fs:
                    future.cancel()
        return result_iterator()

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False


class ThreadPoolExecutor(Executor):
    __module__ = 'concurrent.futures.thread'
    _counter = 0

    def __init__(self, max_workers=None, thread_name_prefix=''):
        if max_workers is None:
            max_workers = min(32, (_os.cpu_count() or 1) + 4)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        self._max_workers = max_workers
        self._work_queue = _queue.SimpleQueue()
        self._idle_semaphore = threading.Semaphore(0)
        self._threads = set()
        self._shutdown = False
        self._shutdown_lock = threading.Lock()
        self._thread_name_prefix = thread_name_prefix or ("ThreadPoolExecutor-%d" % ThreadPoolExecutor._counter)
        ThreadPoolExecutor._counter += 1
        _queues.append((self._work_queue, self._threads))

    def submit(self, fn, /, *args, **kwargs):
        with self._shutdown_lock:
            if self._shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if _shutdown:
                raise RuntimeError('cannot schedule new futures after interpreter shutdown')
            f = Future()
            self._work_queue.put(_WorkItem(f, fn, args, kwargs))
            self._adjust_thread_count()
            return f

    def _adjust_thread_count(self):
        # An idle worker takes the new item; else start one more, up to max_workers.
        if self._idle_semaphore.acquire(timeout=0):
            return
        num_threads = len(self._threads)
        if num_threads < self._max_workers:
            t = threading.Thread(name='%s_%d' % (self._thread_name_prefix, num_threads), target=_worker, args=(self, self._work_queue))
            t.start()
            self._threads.add(t)

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._shutdown_lock:
            self._shutdown = True
            if cancel_futures:
                while True:
                    try:
                        work_item = self._work_queue.get_nowait()
                    except _queue.Empty:
                        break
                    if work_item is not None:
                        work_item.future.cancel()
            self._work_queue.put(None)
        if wait:
            for t in list(self._threads):
                t.join()



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
    __module__ = 'concurrent.futures.process'
    # As CPython's, a Thread subclass made without a target: its name is a plain \`Thread-N\`.
    def __init__(self, executor):
        self._executor = executor
        super().__init__(daemon=True)

    def run(self):
        _process_manager(self._executor)


# ---- process.py's worker side -----------------------------------------------------------------

class _RemoteTraceback(Exception):
    __module__ = 'concurrent.futures.process'

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


class ProcessPoolExecutor(Executor):
    __module__ = 'concurrent.futures.process'
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
            if _shutdown:
                raise RuntimeError('cannot schedule new futures after interpreter shutdown')
            f = Future()
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



def as_completed(fs, timeout=None):
    fs = list(fs)
    done = _queue.Queue()
    for f in fs:
        f.add_done_callback(done.put)
    for _ in range(len(fs)):
        try:
            yield done.get(timeout=timeout)
        except _queue.Empty:
            raise TimeoutError('%d (of %d) futures unfinished' % (len(fs) - _, len(fs))) from None


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    fs = list(fs)
    finished = threading.Event()
    def check(_f=None):
        completed = [f for f in fs if f.done()]
        if return_when == FIRST_COMPLETED and completed:
            finished.set()
        elif return_when == FIRST_EXCEPTION and any(not f.cancelled() and f.exception() is not None for f in completed):
            finished.set()
        elif len(completed) == len(fs):
            finished.set()
    for f in fs:
        f.add_done_callback(check)
    check()
    finished.wait(timeout)
    done = set(f for f in fs if f.done())
    return (done, set(fs) - done)
`;
