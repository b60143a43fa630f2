// The queue module, run by the simulator when first imported: CPython's Lib/queue.py (Queue over a
// deque, PriorityQueue over heapq, LifoQueue over a list, the three conditions sharing one mutex) and
// the C half it imports, Modules/_queuemodule.c (_QUEUE_SOURCE: Empty and SimpleQueue). 3.13 added
// ShutDown and Queue.shutdown. A `# traceback: key` comment marks a line CPython's tracebacks show
// (runtime/stdlib-frames.ts; its line in each version is modules/queue-py-lines.ts').

export const QUEUE_SOURCE = `
import threading
import types
from collections import deque
from heapq import heappush, heappop
from time import monotonic as time
from _queue import SimpleQueue
import sys as _lens_sys

# 3.13 (gh-96471): Queue.shutdown() and the ShutDown its puts and gets then raise.
_lens_has_shutdown = _lens_sys.version_info >= (3, 13)
del _lens_sys

if _lens_has_shutdown:
    __all__ = [
        'Empty',
        'Full',
        'ShutDown',
        'Queue',
        'PriorityQueue',
        'LifoQueue',
        'SimpleQueue',
    ]
else:
    __all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue', 'SimpleQueue']


from _queue import Empty

class Full(Exception):
    'Exception raised by Queue.put(block=0)/put_nowait().'
    pass


if _lens_has_shutdown:
    class ShutDown(Exception):
        '''Raised when put/get with shut-down queue.'''


class Queue:
    '''Create a queue object with a given maximum size.

    If maxsize is <= 0, the queue size is infinite.
    '''

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        self.mutex = threading.Lock()
        self.not_empty = threading.Condition(self.mutex)
        self.not_full = threading.Condition(self.mutex)
        self.all_tasks_done = threading.Condition(self.mutex)
        self.unfinished_tasks = 0
        if _lens_has_shutdown:
            self.is_shutdown = False

    def task_done(self):
        with self.all_tasks_done:
            unfinished = self.unfinished_tasks - 1
            if unfinished <= 0:
                if unfinished < 0:
                    # traceback: queue.Queue.task_done
                    raise ValueError('task_done() called too many times')
                self.all_tasks_done.notify_all()
            self.unfinished_tasks = unfinished

    def join(self):
        with self.all_tasks_done:
            while self.unfinished_tasks:
                self.all_tasks_done.wait()

    def qsize(self):
        with self.mutex:
            return self._qsize()

    def empty(self):
        with self.mutex:
            return not self._qsize()

    def full(self):
        with self.mutex:
            return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        with self.not_full:
            if _lens_has_shutdown and self.is_shutdown:
                # traceback: queue.Queue.put.shutdown
                raise ShutDown
            if self.maxsize > 0:
                if not block:
                    if self._qsize() >= self.maxsize:
                        # traceback: queue.Queue.put.full
                        raise Full
                elif timeout is None:
                    while self._qsize() >= self.maxsize:
                        self.not_full.wait()
                        if _lens_has_shutdown and self.is_shutdown:
                            # traceback: queue.Queue.put.shutdown_waiting
                            raise ShutDown
                elif timeout < 0:
                    # traceback: queue.Queue.put.negative_timeout
                    raise ValueError("'timeout' must be a non-negative number")
                else:
                    endtime = time() + timeout
                    while self._qsize() >= self.maxsize:
                        remaining = endtime - time()
                        if remaining <= 0.0:
                            # traceback: queue.Queue.put.full_after_timeout
                            raise Full
                        self.not_full.wait(remaining)
                        if _lens_has_shutdown and self.is_shutdown:
                            # traceback: queue.Queue.put.shutdown_timed
                            raise ShutDown
            # traceback: queue.Queue.put._put
            self._put(item)
            self.unfinished_tasks += 1
            self.not_empty.notify()

    def get(self, block=True, timeout=None):
        with self.not_empty:
            if _lens_has_shutdown and self.is_shutdown and not self._qsize():
                # traceback: queue.Queue.get.shutdown
                raise ShutDown
            if not block:
                if not self._qsize():
                    # traceback: queue.Queue.get.empty
                    raise Empty
            elif timeout is None:
                while not self._qsize():
                    self.not_empty.wait()
                    if _lens_has_shutdown and self.is_shutdown and not self._qsize():
                        # traceback: queue.Queue.get.shutdown_waiting
                        raise ShutDown
            elif timeout < 0:
                # traceback: queue.Queue.get.negative_timeout
                raise ValueError("'timeout' must be a non-negative number")
            else:
                endtime = time() + timeout
                while not self._qsize():
                    remaining = endtime - time()
                    if remaining <= 0.0:
                        # traceback: queue.Queue.get.empty_after_timeout
                        raise Empty
                    self.not_empty.wait(remaining)
                    if _lens_has_shutdown and self.is_shutdown and not self._qsize():
                        # traceback: queue.Queue.get.shutdown_timed
                        raise ShutDown
            # traceback: queue.Queue.get._get
            item = self._get()
            self.not_full.notify()
            return item

    def put_nowait(self, item):
        # traceback: queue.Queue.put_nowait
        return self.put(item, block=False)

    def get_nowait(self):
        # traceback: queue.Queue.get_nowait
        return self.get(block=False)

    if _lens_has_shutdown:
        def shutdown(self, immediate=False):
            with self.mutex:
                self.is_shutdown = True
                if immediate:
                    while self._qsize():
                        self._get()
                        if self.unfinished_tasks > 0:
                            self.unfinished_tasks -= 1
                    # release all blocked threads in \`join()\`
                    self.all_tasks_done.notify_all()
                # All getters need to re-check queue-empty to raise ShutDown
                self.not_empty.notify_all()
                self.not_full.notify_all()

    # Initialize the queue representation
    def _init(self, maxsize):
        self.queue = deque()

    def _qsize(self):
        return len(self.queue)

    # Put a new item in the queue
    def _put(self, item):
        self.queue.append(item)

    # Get an item from the queue
    def _get(self):
        return self.queue.popleft()

    __class_getitem__ = classmethod(types.GenericAlias)


class PriorityQueue(Queue):
    '''Variant of Queue that retrieves open entries in priority order (lowest first).

    Entries are typically tuples of the form:  (priority number, data).
    '''

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        # traceback: queue.PriorityQueue._put
        heappush(self.queue, item)

    def _get(self):
        # traceback: queue.PriorityQueue._get
        return heappop(self.queue)


class LifoQueue(Queue):
    '''Variant of Queue that retrieves most recently added entries first.'''

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()
`;

/**
 * _queue (Modules/_queuemodule.c): Empty, and SimpleQueue, a C type (no frames of its own in tracebacks)
 * whose items are in a list and whose get() waits on a lock that put() releases.
 */
export const _QUEUE_SOURCE = `
import _thread
import types
from time import monotonic as _time


class Empty(Exception):
    'Exception raised by Queue.get(block=0)/get_nowait().'
    __module__ = '_queue'


class SimpleQueue:
    '''Simple, unbounded, reentrant FIFO queue.'''
    __module__ = '_queue'
    __slots__ = ('_lens_lst', '_lens_lock', '_lens_locked', '__weakref__')

    def __init__(self):
        self._lens_lst = []
        self._lens_lock = _thread.allocate_lock()
        self._lens_locked = False

    def put(self, item, block=True, timeout=None):
        self._lens_lst.append(item)
        if self._lens_locked:
            # A get() may be waiting, wake it up
            self._lens_locked = False
            self._lens_lock.release()

    def put_nowait(self, item):
        self.put(item, False)

    def get(self, block=True, timeout=None):
        if not block:
            timeout = 0
        elif timeout is not None:
            if timeout < 0:
                raise ValueError("'timeout' must be a non-negative number")
            endtime = _time() + timeout
        else:
            timeout = -1
        # put() signals the queue to be non-empty by releasing the lock: try to take it until an item is there.
        while not self._lens_lst:
            got = self._lens_lock.acquire(False)
            if not got and timeout != 0:
                got = self._lens_lock.acquire(True, timeout)
            if not got:
                raise Empty
            self._lens_locked = True
            if timeout > 0:
                timeout = max(endtime - _time(), 0)
        item = self._lens_lst.pop(0)
        if self._lens_locked:
            self._lens_lock.release()
            self._lens_locked = False
        return item

    def get_nowait(self):
        return self.get(False)

    def empty(self):
        return not self._lens_lst

    def qsize(self):
        return len(self._lens_lst)

    __class_getitem__ = classmethod(types.GenericAlias)

_lens_c_types(SimpleQueue)
del _lens_c_types
`;
