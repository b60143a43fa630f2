// concurrent.futures.thread, run by the simulator: CPython's Lib/concurrent/futures/thread.py — a
// ThreadPoolExecutor whose workers, named `ThreadPoolExecutor-N_M` (N counted only for pools without a
// thread_name_prefix), take work items from a queue.SimpleQueue; they hold their executor through a weak
// reference, whose callback wakes them when it goes. 3.12 changed when a worker counts itself idle: after
// each item (3.11), or when it finds the queue empty (3.12+). A failing initializer breaks the pool; where
// thread.py logs it, _lens_log writes what logging's last-resort handler would (modules/futures-helpers.ts).
// A `# traceback: key` comment marks a line CPython's tracebacks show (runtime/stdlib-frames.ts).

export const FUTURES_THREAD_SOURCE = `
from concurrent.futures import _base
import itertools
import queue
import threading
import types
import weakref
import os
import sys as _lens_sys

_lens_idle_when_empty = _lens_sys.version_info >= (3, 12)
_lens_process_cpu_count = _lens_sys.version_info >= (3, 13)
del _lens_sys
from concurrent.futures._base import _lens_log

_threads_queues = weakref.WeakKeyDictionary()
_shutdown = False
# Lock that ensures that new workers are not created while the interpreter is
# shutting down. Must be held while mutating _threads_queues and _shutdown.
_global_shutdown_lock = threading.Lock()

def _python_exit():
    global _shutdown
    with _global_shutdown_lock:
        _shutdown = True
    items = list(_threads_queues.items())
    for t, q in items:
        q.put(None)
    for t, q in items:
        t.join()

# Register for \`_python_exit()\` to be called just before joining all
# non-daemon threads. This is used instead of \`atexit.register()\` for
# compatibility with subinterpreters, which no longer support daemon threads.
# See bpo-39812 for context.
threading._register_atexit(_python_exit)


class _WorkItem:
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

    __class_getitem__ = classmethod(types.GenericAlias)


def _worker(executor_reference, work_queue, initializer, initargs):
    if initializer is not None:
        try:
            # traceback: concurrent.futures.thread._worker.initializer
            initializer(*initargs)
        except BaseException as exc:
            _lens_log('Exception in initializer:', exc)
            executor = executor_reference()
            if executor is not None:
                executor._initializer_failed()
            return
    try:
        while True:
            if _lens_idle_when_empty:
                try:
                    work_item = work_queue.get_nowait()
                except queue.Empty:
                    # attempt to increment idle count if queue is empty
                    executor = executor_reference()
                    if executor is not None:
                        executor._idle_semaphore.release()
                    del executor
                    work_item = work_queue.get(block=True)

                if work_item is not None:
                    # traceback: concurrent.futures.thread._worker.run
                    work_item.run()
                    # Delete references to object. See GH-60488
                    del work_item
                    continue
            else:
                work_item = work_queue.get(block=True)
                if work_item is not None:
                    # traceback: concurrent.futures.thread._worker.run
                    work_item.run()
                    # Delete references to object. See issue16284
                    del work_item

                    # attempt to increment idle count
                    executor = executor_reference()
                    if executor is not None:
                        executor._idle_semaphore.release()
                    del executor
                    continue

            executor = executor_reference()
            # Exit if:
            #   - The interpreter is shutting down OR
            #   - The executor that owns the worker has been collected OR
            #   - The executor that owns the worker has been shutdown.
            if _shutdown or executor is None or executor._shutdown:
                # Flag the executor as shutting down as early as possible if it
                # is not gc-ed yet.
                if executor is not None:
                    executor._shutdown = True
                # Notice other workers
                work_queue.put(None)
                return
            del executor
    except BaseException as exc:
        _lens_log('Exception in worker', exc)


class BrokenThreadPool(_base.BrokenExecutor):
    """
    Raised when a worker thread in a ThreadPoolExecutor failed initializing.
    """


class ThreadPoolExecutor(_base.Executor):

    # Used to assign unique thread names when thread_name_prefix is not supplied.
    _counter = itertools.count().__next__

    def __init__(self, max_workers=None, thread_name_prefix='',
                 initializer=None, initargs=()):
        if max_workers is None:
            # ThreadPoolExecutor is often used to:
            # * CPU bound task which releases GIL
            # * I/O bound task (which releases GIL, of course)
            #
            # We use cpu_count + 4 (process_cpu_count + 4 from 3.13) for both types of tasks.
            # But we limit it to 32 to avoid consuming surprisingly large resource
            # on many core machine.
            if _lens_process_cpu_count:
                max_workers = min(32, (os.process_cpu_count() or 1) + 4)
            else:
                max_workers = min(32, (os.cpu_count() or 1) + 4)
        if max_workers <= 0:
            # traceback: concurrent.futures.thread.ThreadPoolExecutor.__init__.max_workers
            raise ValueError("max_workers must be greater than 0")

        if initializer is not None and not callable(initializer):
            # traceback: concurrent.futures.thread.ThreadPoolExecutor.__init__.initializer
            raise TypeError("initializer must be a callable")

        self._max_workers = max_workers
        self._work_queue = queue.SimpleQueue()
        self._idle_semaphore = threading.Semaphore(0)
        self._threads = set()
        self._broken = False
        self._shutdown = False
        self._shutdown_lock = threading.Lock()
        self._thread_name_prefix = (thread_name_prefix or
                                    ("ThreadPoolExecutor-%d" % self._counter()))
        self._initializer = initializer
        self._initargs = initargs

    def submit(self, fn, /, *args, **kwargs):
        with self._shutdown_lock, _global_shutdown_lock:
            if self._broken:
                # traceback: concurrent.futures.thread.ThreadPoolExecutor.submit.broken
                raise BrokenThreadPool(self._broken)

            if self._shutdown:
                # traceback: concurrent.futures.thread.ThreadPoolExecutor.submit.shutdown
                raise RuntimeError('cannot schedule new futures after shutdown')
            if _shutdown:
                # traceback: concurrent.futures.thread.ThreadPoolExecutor.submit.interpreter_shutdown
                raise RuntimeError('cannot schedule new futures after '
                                   'interpreter shutdown')

            f = _base.Future()
            w = _WorkItem(f, fn, args, kwargs)

            self._work_queue.put(w)
            self._adjust_thread_count()
            return f
    submit.__doc__ = _base.Executor.submit.__doc__

    def _adjust_thread_count(self):
        # if idle threads are available, don't spin new threads
        if self._idle_semaphore.acquire(timeout=0):
            return

        # When the executor gets lost, the weakref callback will wake up
        # the worker threads.
        def weakref_cb(_, q=self._work_queue):
            q.put(None)

        num_threads = len(self._threads)
        if num_threads < self._max_workers:
            thread_name = '%s_%d' % (self._thread_name_prefix or self,
                                     num_threads)
            t = threading.Thread(name=thread_name, target=_worker,
                                 args=(weakref.ref(self, weakref_cb),
                                       self._work_queue,
                                       self._initializer,
                                       self._initargs))
            t.start()
            self._threads.add(t)
            _threads_queues[t] = self._work_queue

    def _initializer_failed(self):
        with self._shutdown_lock:
            self._broken = ('A thread initializer failed, the thread pool '
                            'is not usable anymore')
            # Drain work queue and mark pending futures failed
            while True:
                try:
                    work_item = self._work_queue.get_nowait()
                except queue.Empty:
                    break
                if work_item is not None:
                    work_item.future.set_exception(BrokenThreadPool(self._broken))

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._shutdown_lock:
            self._shutdown = True
            if cancel_futures:
                # Drain all work items from the queue, and then cancel their
                # associated futures.
                while True:
                    try:
                        work_item = self._work_queue.get_nowait()
                    except queue.Empty:
                        break
                    if work_item is not None:
                        work_item.future.cancel()

            # Send a wake-up to prevent threads calling
            # _work_queue.get(block=True) from permanently blocking.
            self._work_queue.put(None)
        if wait:
            for t in self._threads:
                t.join()
    shutdown.__doc__ = _base.Executor.shutdown.__doc__
`;
