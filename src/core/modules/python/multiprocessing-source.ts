// The Python half of multiprocessing, run by the simulator on `import multiprocessing`: written
// for CPython Lens after CPython 3.11's Lib/multiprocessing (process.py, popen_fork.py,
// connection.py, queues.py, pool.py, util.py), with the fork start method (Linux's default up to
// 3.13) and the same names: Process with `Process-N` names and `_bootstrap`'s exit codes and
// "Process Process-N:" traceback, Pipe, Queue, SimpleQueue, Pool (`ForkPoolWorker-N` workers,
// map/starmap/apply_async/imap/imap_unordered, close/join/terminate), and the atexit hook joining
// children. Simplified: no handler threads in Pool (the caller fetches results as it waits), no
// feeder thread in Queue (pipes are unbounded), no authentication or managers. Its natives
// (modules/multiprocessing.ts) pickle objects through the machine's pipes.

export const MULTIPROCESSING_SOURCE = `
import os
import sys
from pickle import PicklingError

TimeoutError = TimeoutError


class ProcessError(Exception):
    pass


class AuthenticationError(ProcessError):
    pass


def _flush_std_streams():
    sys.stdout.flush()
    sys.stderr.flush()


# ---- process.py ----------------------------------------------------------------------------

_process_counter = [0]
_children = set()
_current_process = None
_parent_process = None


def _next_count():
    _process_counter[0] += 1
    return _process_counter[0]


def current_process():
    return _current_process


def parent_process():
    return _parent_process


def active_children():
    _cleanup()
    return list(_children)


def _cleanup():
    for p in list(_children):
        if p._popen.poll() is not None:
            _children.discard(p)


def cpu_count():
    num = os.cpu_count()
    if num is None:
        raise NotImplementedError('cannot determine number of cpus')
    return num


class _Popen:
    method = 'fork'

    def __init__(self, process_obj):
        _flush_std_streams()
        self.returncode = None
        self._launch(process_obj)

    def poll(self, flag=os.WNOHANG):
        if self.returncode is None:
            try:
                pid, sts = os.waitpid(self.pid, flag)
            except OSError:
                return None
            if pid == self.pid:
                self.returncode = os.waitstatus_to_exitcode(sts)
        return self.returncode

    def wait(self, timeout=None):
        if self.returncode is None:
            sts = _lens_wait_child(self.pid, timeout)
            if sts is None:
                return None
            self.returncode = os.waitstatus_to_exitcode(sts)
        return self.returncode

    def _send_signal(self, sig):
        if self.returncode is None:
            try:
                os.kill(self.pid, sig)
            except ProcessLookupError:
                pass

    def terminate(self):
        self._send_signal(15)

    def kill(self):
        self._send_signal(9)

    def _launch(self, process_obj):
        code = 1
        parent_r, child_w = os.pipe()
        child_r, parent_w = os.pipe()
        self.pid = os.fork()
        if self.pid == 0:
            try:
                os.close(parent_r)
                os.close(parent_w)
                code = process_obj._bootstrap(parent_sentinel=child_r)
            finally:
                os._exit(code)
        else:
            os.close(child_w)
            os.close(child_r)
            self.sentinel = parent_r
            self._fds = (parent_r, parent_w)

    def close(self):
        for fd in self._fds:
            os.close(fd)
        self._fds = ()


class BaseProcess:
    def __init__(self, group=None, target=None, name=None, args=(), kwargs={}, *, daemon=None):
        assert group is None, 'group argument must be None for now'
        count = _next_count()
        self._identity = _current_process._identity + (count,)
        self._config = dict(_current_process._config)
        self._parent_pid = os.getpid()
        self._parent_name = _current_process.name
        self._popen = None
        self._closed = False
        self._target = target
        self._args = tuple(args)
        self._kwargs = dict(kwargs)
        self._name = name or type(self).__name__ + '-' + ':'.join(str(i) for i in self._identity)
        if daemon is not None:
            self.daemon = daemon

    def _check_closed(self):
        if self._closed:
            raise ValueError("process object is closed")

    def run(self):
        if self._target:
            self._target(*self._args, **self._kwargs)

    def start(self):
        self._check_closed()
        assert self._popen is None, 'cannot start a process twice'
        assert self._parent_pid == os.getpid(), 'can only start a process object created by current process'
        assert not _current_process._config.get('daemon'), 'daemonic processes are not allowed to have children'
        _cleanup()
        self._popen = _Popen(self)
        self._sentinel = self._popen.sentinel
        del self._target, self._args, self._kwargs
        _children.add(self)

    def terminate(self):
        self._check_closed()
        self._popen.terminate()

    def kill(self):
        self._check_closed()
        self._popen.kill()

    def join(self, timeout=None):
        self._check_closed()
        assert self._parent_pid == os.getpid(), 'can only join a child process'
        assert self._popen is not None, 'can only join a started process'
        res = self._popen.wait(timeout)
        if res is not None:
            _children.discard(self)

    def is_alive(self):
        self._check_closed()
        if self is _current_process:
            return True
        assert self._parent_pid == os.getpid(), 'can only test a child process'
        if self._popen is None:
            return False
        returncode = self._popen.poll()
        if returncode is None:
            return True
        _children.discard(self)
        return False

    def close(self):
        if self._popen is not None:
            if self._popen.poll() is None:
                raise ValueError("Cannot close a process while it is still running. You should first call join() or terminate().")
            self._popen.close()
            self._popen = None
            del self._sentinel
            _children.discard(self)
        self._closed = True

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        assert isinstance(name, str), 'name must be a string'
        self._name = name

    @property
    def daemon(self):
        return self._config.get('daemon', False)

    @daemon.setter
    def daemon(self, daemonic):
        assert self._popen is None, 'process has already started'
        self._config['daemon'] = daemonic

    @property
    def exitcode(self):
        self._check_closed()
        if self._popen is None:
            return self._popen
        return self._popen.poll()

    @property
    def ident(self):
        self._check_closed()
        if self is _current_process:
            return os.getpid()
        else:
            return self._popen and self._popen.pid

    pid = ident

    @property
    def sentinel(self):
        self._check_closed()
        try:
            return self._sentinel
        except AttributeError:
            raise ValueError("process not started") from None

    def __repr__(self):
        exitcode = None
        if self is _current_process:
            status = 'started'
        elif self._closed:
            status = 'closed'
        elif self._parent_pid != os.getpid():
            status = 'unknown'
        elif self._popen is None:
            status = 'initial'
        else:
            exitcode = self._popen.poll()
            if exitcode is not None:
                status = 'stopped'
            else:
                status = 'started'
        info = [type(self).__name__, 'name=%r' % self._name]
        if self._popen is not None:
            info.append('pid=%s' % self._popen.pid)
        info.append('parent=%s' % self._parent_pid)
        info.append(status)
        if exitcode is not None:
            info.append('exitcode=%s' % exitcode)
        if self.daemon:
            info.append('daemon')
        return '<%s>' % ' '.join(info)

    def _bootstrap(self, parent_sentinel=None):
        global _current_process, _parent_process, _process_counter, _children
        try:
            _children = set()
            _process_counter = [0]
            _parent_process = _ParentProcess(self._parent_name, self._parent_pid, parent_sentinel)
            _current_process = self
            _lens_set_process_name(self._name)
            try:
                self.run()
                exitcode = 0
            finally:
                _lens_exit_function()
        except SystemExit as e:
            if e.code is None:
                exitcode = 0
            elif isinstance(e.code, int):
                exitcode = e.code
            else:
                sys.stderr.write(str(e.code) + '\\n')
                exitcode = 1
        except BaseException as e:
            exitcode = 1
            sys.stderr.write('Process %s:\\n' % self.name)
            sys.stderr.write(_lens_format_child_exception(e))
        finally:
            threading = _lens_loaded_module('threading')
            if threading is not None:
                threading._shutdown()
            _flush_std_streams()
        return exitcode


class _MainProcess(BaseProcess):
    def __init__(self):
        self._identity = ()
        self._name = 'MainProcess'
        self._parent_pid = None
        self._popen = None
        self._closed = False
        self._config = {}

    def close(self):
        pass


class _ParentProcess(BaseProcess):
    def __init__(self, name, pid, sentinel):
        self._identity = ()
        self._name = name
        self._pid = pid
        self._parent_pid = None
        self._popen = None
        self._closed = False
        self._sentinel = sentinel
        self._config = {}

    def is_alive(self):
        return not _lens_poll(self._sentinel, 0)

    @property
    def ident(self):
        return self._pid

    pid = ident


_current_process = _MainProcess()


class Process(BaseProcess):
    pass


class ForkProcess(Process):
    pass


def _lens_exit_function():
    # util._exit_function: daemonic children are terminated, the others joined.
    for p in active_children():
        if p.daemon:
            p._popen.terminate()
    for p in active_children():
        p.join()


# ---- what is not modelled ------------------------------------------------------------------

def _not_modelled(name):
    def stub(*args, **kwargs):
        _lens_not_modelled('multiprocessing.' + name)
    stub.__name__ = name
    return stub


for _name in ('Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Event', 'Condition', 'Barrier',
              'Value', 'Array', 'RawValue', 'RawArray', 'Manager', 'SpawnProcess', 'ForkServerProcess'):
    globals()[_name] = _not_modelled(_name)
del _name


def get_start_method(allow_none=False):
    return 'fork'


def get_all_start_methods():
    return ['fork', 'spawn', 'forkserver']


def set_start_method(method, force=False):
    if method != 'fork':
        _lens_not_modelled("the '%s' start method (only fork, Linux's default, is)" % method)


class _ForkContext:
    _name = 'fork'

    def __getattr__(self, name):
        return globals()[name]

    def get_start_method(self, allow_none=False):
        return 'fork'


def get_context(method=None):
    if method not in (None, 'fork'):
        _lens_not_modelled("the '%s' start method (only fork, Linux's default, is)" % method)
    return _ForkContext()


# ---- connection.py ---------------------------------------------------------------------------

class Connection:
    def __init__(self, handle, readable=True, writable=True):
        self._handle = handle
        self._readable = readable
        self._writable = writable

    def _check_closed(self):
        if self._handle is None:
            raise OSError("handle is closed")

    def _check_readable(self):
        if not self._readable:
            raise OSError("connection is write-only")

    def _check_writable(self):
        if not self._writable:
            raise OSError("connection is read-only")

    @property
    def closed(self):
        return self._handle is None

    @property
    def readable(self):
        return self._readable

    @property
    def writable(self):
        return self._writable

    def fileno(self):
        self._check_closed()
        return self._handle

    def close(self):
        if self._handle is not None:
            os.close(self._handle)
            self._handle = None

    def send(self, obj):
        self._check_closed()
        self._check_writable()
        _lens_send(self._handle, obj)

    def recv(self):
        self._check_closed()
        self._check_readable()
        return _lens_recv(self._handle)

    def poll(self, timeout=0.0):
        self._check_closed()
        self._check_readable()
        return _lens_poll(self._handle, timeout)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, exc_tb):
        self.close()


def Pipe(duplex=True):
    if duplex:
        # A socketpair in CPython: two pipes here, one each way.
        r1, w1 = os.pipe()
        r2, w2 = os.pipe()
        c1 = _DuplexConnection(r1, w2)
        c2 = _DuplexConnection(r2, w1)
    else:
        fd1, fd2 = os.pipe()
        c1 = Connection(fd1, writable=False)
        c2 = Connection(fd2, readable=False)
    return c1, c2


class _DuplexConnection(Connection):
    def __init__(self, read_fd, write_fd):
        Connection.__init__(self, read_fd)
        self._write_fd = write_fd

    def send(self, obj):
        self._check_closed()
        _lens_send(self._write_fd, obj)

    def close(self):
        if self._handle is not None:
            os.close(self._handle)
            os.close(self._write_fd)
            self._handle = None


# ---- queues.py -------------------------------------------------------------------------------

class Queue:
    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._reader, self._writer = Pipe(duplex=False)
        self._closed = False

    def put(self, obj, block=True, timeout=None):
        if self._closed:
            raise ValueError(f"Queue {self!r} is closed")
        self._writer.send(obj)

    def get(self, block=True, timeout=None):
        if self._closed:
            raise ValueError(f"Queue {self!r} is closed")
        if block and timeout is None:
            return self._reader.recv()
        if not block:
            timeout = 0
        if not self._reader.poll(max(timeout, 0)):
            import queue
            raise queue.Empty
        return self._reader.recv()

    def put_nowait(self, obj):
        return self.put(obj, False)

    def get_nowait(self):
        return self.get(False)

    def qsize(self):
        return _lens_pending(self._reader._handle)

    def empty(self):
        return not self._reader.poll()

    def full(self):
        return False

    def close(self):
        self._closed = True

    def join_thread(self):
        pass

    def cancel_join_thread(self):
        pass


class SimpleQueue:
    def __init__(self):
        self._reader, self._writer = Pipe(duplex=False)

    def empty(self):
        return not self._reader.poll()

    def get(self):
        return self._reader.recv()

    def put(self, obj):
        self._writer.send(obj)

    def close(self):
        self._reader.close()
        self._writer.close()


class JoinableQueue(Queue):
    pass


# ---- pool.py ---------------------------------------------------------------------------------

def mapstar(args):
    return list(map(*args))


def starmapstar(args):
    return [args[0](*a) for a in args[1]]


class MaybeEncodingError(Exception):
    def __init__(self, exc, value):
        self.exc = repr(exc)
        self.value = repr(value)
        super().__init__(self.exc, self.value)

    def __str__(self):
        return "Error sending result: '%s'. Reason: '%s'" % (self.value, self.exc)


def worker(inqueue, outqueue, initializer=None, initargs=()):
    if initializer is not None:
        initializer(*initargs)
    while True:
        try:
            task = inqueue.get()
        except (EOFError, OSError):
            break
        if task is None:
            break
        job, i, func, args, kwds = task
        try:
            result = (True, func(*args, **kwds))
        except Exception as e:
            result = (False, e)
        try:
            outqueue.put((job, i, result))
        except Exception as e:
            wrapped = MaybeEncodingError(e, result[1])
            outqueue.put((job, i, (False, wrapped)))
        task = job = result = func = args = kwds = None


class ApplyResult:
    def __init__(self, pool, callback, error_callback):
        self._pool = pool
        pool._job_counter += 1
        self._job = pool._job_counter
        self._cache = pool._cache
        self._ready = False
        self._callback = callback
        self._error_callback = error_callback
        self._cache[self._job] = self

    def ready(self):
        return self._ready

    def successful(self):
        if not self.ready():
            raise ValueError("{0!r} not ready".format(self))
        return self._success

    def wait(self, timeout=None):
        if not self._ready:
            self._pool._wait_for(self, timeout)

    def get(self, timeout=None):
        self.wait(timeout)
        if not self.ready():
            raise TimeoutError
        if self._success:
            return self._value
        else:
            raise self._value

    def _set(self, i, obj):
        self._success, self._value = obj
        if self._callback and self._success:
            self._callback(self._value)
        if self._error_callback and not self._success:
            self._error_callback(self._value)
        self._ready = True
        del self._cache[self._job]
        self._pool = None


AsyncResult = ApplyResult


class MapResult(ApplyResult):
    def __init__(self, pool, chunksize, length, callback, error_callback):
        ApplyResult.__init__(self, pool, callback, error_callback=error_callback)
        self._success = True
        self._value = [None] * length
        self._chunksize = chunksize
        if chunksize <= 0:
            self._number_left = 0
            self._ready = True
            del self._cache[self._job]
        else:
            self._number_left = length // chunksize + bool(length % chunksize)

    def _set(self, i, success_result):
        self._number_left -= 1
        success, result = success_result
        if success and self._success:
            self._value[i * self._chunksize:(i + 1) * self._chunksize] = result
            if self._number_left == 0:
                if self._callback:
                    self._callback(self._value)
                del self._cache[self._job]
                self._ready = True
                self._pool = None
        else:
            if not success and self._success:
                self._success = False
                self._value = result
            if self._number_left == 0:
                if self._error_callback:
                    self._error_callback(self._value)
                del self._cache[self._job]
                self._ready = True
                self._pool = None


class IMapIterator:
    def __init__(self, pool, ordered):
        self._pool = pool
        pool._job_counter += 1
        self._job = pool._job_counter
        self._cache = pool._cache
        self._ordered = ordered
        self._items = {}
        self._arrived = []
        self._index = 0
        self._length = None
        self._cache[self._job] = self

    def __iter__(self):
        return self

    def _set(self, i, obj):
        self._items[i] = obj
        self._arrived.append(i)

    def _set_length(self, length):
        self._length = length

    def next(self, timeout=None):
        while True:
            if self._length is not None and self._index >= self._length:
                self._cache.pop(self._job, None)
                raise StopIteration
            key = self._index if self._ordered else (self._arrived[0] if self._arrived else None)
            if key is not None and key in self._items:
                if not self._ordered:
                    self._arrived.pop(0)
                success, value = self._items.pop(key)
                self._index += 1
                if success:
                    return value
                raise value
            self._pool._fetch_one(timeout)

    __next__ = next


def _get_tasks(func, it, size):
    it = iter(it)
    while 1:
        x = tuple(_take(it, size))
        if not x:
            return
        yield (func, x)


def _take(it, size):
    out = []
    for x in it:
        out.append(x)
        if len(out) == size:
            break
    return out


class Pool:
    _wrap_exception = True

    @staticmethod
    def Process(*args, **kwds):
        return ForkProcess(*args, **kwds)

    def __init__(self, processes=None, initializer=None, initargs=(), maxtasksperchild=None, context=None):
        self._pool = []
        self._state = 'INIT'
        self._inqueue = SimpleQueue()
        self._outqueue = SimpleQueue()
        self._cache = {}
        self._job_counter = 0
        if processes is None:
            processes = os.cpu_count() or 1
        if processes < 1:
            raise ValueError("Number of processes must be at least 1")
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')
        self._processes = processes
        self._initializer = initializer
        self._initargs = initargs
        for i in range(processes):
            w = self.Process(target=worker, args=(self._inqueue, self._outqueue, initializer, initargs))
            w.name = w.name.replace('Process', 'PoolWorker')
            w.daemon = True
            w.start()
            self._pool.append(w)
        self._state = 'RUN'

    def __repr__(self):
        cls = self.__class__
        return (f'<{cls.__module__}.{cls.__qualname__} '
                f'state={self._state} '
                f'pool_size={len(self._pool)}>')

    def _check_running(self):
        if self._state != 'RUN':
            raise ValueError("Pool not running")

    def _put_task(self, task, result):
        try:
            self._inqueue.put(task)
        except Exception as e:
            job, idx = task[0], task[1]
            if job in self._cache:
                self._cache[job]._set(idx, (False, e))

    def _fetch_one(self, timeout=None):
        if timeout is not None and not self._outqueue._reader.poll(timeout):
            raise TimeoutError
        job, i, obj = self._outqueue.get()
        result = self._cache.get(job)
        if result is not None:
            result._set(i, obj)

    def _wait_for(self, result, timeout):
        while not result.ready():
            try:
                self._fetch_one(timeout)
            except TimeoutError:
                return

    def apply(self, func, args=(), kwds={}):
        return self.apply_async(func, args, kwds).get()

    def map(self, func, iterable, chunksize=None):
        return self._map_async(func, iterable, mapstar, chunksize).get()

    def starmap(self, func, iterable, chunksize=None):
        return self._map_async(func, iterable, starmapstar, chunksize).get()

    def starmap_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self._map_async(func, iterable, starmapstar, chunksize, callback, error_callback)

    def map_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self._map_async(func, iterable, mapstar, chunksize, callback, error_callback)

    def apply_async(self, func, args=(), kwds={}, callback=None, error_callback=None):
        self._check_running()
        result = ApplyResult(self, callback, error_callback)
        self._put_task((result._job, 0, func, args, kwds), result)
        return result

    def imap(self, func, iterable, chunksize=1):
        return self._imap(func, iterable, chunksize, True)

    def imap_unordered(self, func, iterable, chunksize=1):
        return self._imap(func, iterable, chunksize, False)

    def _imap(self, func, iterable, chunksize, ordered):
        self._check_running()
        if chunksize < 1:
            raise ValueError("Chunksize must be 1+, not {0:n}".format(chunksize))
        result = IMapIterator(self, ordered)
        n = 0
        for i, x in enumerate(iterable):
            self._put_task((result._job, i, func, (x,), {}), result)
            n += 1
        result._set_length(n)
        return result

    def _map_async(self, func, iterable, mapper, chunksize=None, callback=None, error_callback=None):
        self._check_running()
        if not hasattr(iterable, '__len__'):
            iterable = list(iterable)
        if chunksize is None:
            chunksize, extra = divmod(len(iterable), len(self._pool) * 4)
            if extra:
                chunksize += 1
        if len(iterable) == 0:
            chunksize = 0
        result = MapResult(self, chunksize, len(iterable), callback, error_callback=error_callback)
        for i, batch in enumerate(_get_tasks(func, iterable, chunksize)):
            self._put_task((result._job, i, mapper, (batch,), {}), result)
        return result

    def close(self):
        if self._state == 'RUN':
            self._state = 'CLOSE'
            for w in self._pool:
                self._inqueue.put(None)

    def terminate(self):
        self._state = 'TERMINATE'
        for w in self._pool:
            if w.exitcode is None:
                w.terminate()
        for w in self._pool:
            w.join()

    def join(self):
        if self._state == 'RUN':
            raise ValueError("Pool is still running")
        elif self._state not in ('CLOSE', 'TERMINATE'):
            raise ValueError("In unknown state")
        for w in self._pool:
            w.join()

    def __enter__(self):
        self._check_running()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.terminate()
`;
