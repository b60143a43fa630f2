// The Python half of the threading module, run by the simulator when `threading` is first imported,
// after CPython 3.11's Lib/threading.py (same names, same structure, trimmed to what the simulator
// models): Thread with `Thread-N (target)` names, join through the thread's sentinel lock, Condition,
// Event, Semaphore, BoundedSemaphore, Barrier, Timer, local, _shutdown, and the excepthook each Thread
// calls through _make_invoke_excepthook. Where 3.13's file differs (Lock is the _thread.lock type,
// Barrier refuses 0 parties) the source checks sys.version_info. The native half (_thread's locks,
// start_new_thread, get_ident, _excepthook) is modules/thread.ts, put into this namespace first.
// A `# traceback: key` comment marks the line below it as one of CPython's threading.py that tracebacks
// show (runtime/stdlib-frames.ts; its line number in each version is VersionModel.stdlibLines[key]).

export const THREADING_SOURCE = `
import _thread
import sys as _sys
import time as _time_module
_time = _time_module.monotonic
_start_new_thread = _thread.start_new_thread
_allocate_lock = _thread.allocate_lock
_set_sentinel = _thread._set_sentinel
get_ident = _thread.get_ident
get_native_id = _thread.get_native_id
ThreadError = _thread.error
TIMEOUT_MAX = _thread.TIMEOUT_MAX
# 3.13 made _thread.lock a type that can be called; before, a lock came from allocate_lock.
Lock = _thread.LockType if _sys.version_info >= (3, 13) else _allocate_lock
_CRLock = _thread.RLock
_lens_set_thread_name = _thread._lens_set_thread_name
_lens_warn = _thread._lens_warn
del _time_module


_profile_hook = None
_trace_hook = None

def setprofile(func):
    """Set a profile function for all threads started from the threading module."""
    global _profile_hook
    _profile_hook = func

def getprofile():
    """Get the profiler function as set by threading.setprofile()."""
    return _profile_hook

def settrace(func):
    """Set a trace function for all threads started from the threading module."""
    global _trace_hook
    _trace_hook = func

def gettrace():
    """Get the trace function as set by threading.settrace()."""
    return _trace_hook

if _sys.version_info >= (3, 12):
    def setprofile_all_threads(func):
        """Set a profile function for all threads started from the threading module
        and all Python threads that are currently executing."""
        setprofile(func)
        _sys._setprofileallthreads(func)

    def settrace_all_threads(func):
        """Set a trace function for all threads started from the threading module
        and all Python threads that are currently executing."""
        settrace(func)
        _sys._settraceallthreads(func)


def RLock(*args, **kwargs):
    """Factory function that returns a new reentrant lock."""
    return _thread._rlock()


class Condition:
    """Class that implements a condition variable."""

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        try:
            self._release_save = lock._release_save
        except AttributeError:
            pass
        try:
            self._acquire_restore = lock._acquire_restore
        except AttributeError:
            pass
        try:
            self._is_owned = lock._is_owned
        except AttributeError:
            pass
        self._waiters = []

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self._lock, len(self._waiters))

    def _release_save(self):
        self._lock.release()

    def _acquire_restore(self, x):
        self._lock.acquire()

    def _is_owned(self):
        if self._lock.acquire(False):
            self._lock.release()
            return False
        else:
            return True

    def wait(self, timeout=None):
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        waiter = _allocate_lock()
        waiter.acquire()
        self._waiters.append(waiter)
        saved_state = self._release_save()
        gotit = False
        try:
            if timeout is None:
                waiter.acquire()
                gotit = True
            else:
                if timeout > 0:
                    gotit = waiter.acquire(True, timeout)
                else:
                    gotit = waiter.acquire(False)
            return gotit
        finally:
            self._acquire_restore(saved_state)
            if not gotit:
                try:
                    self._waiters.remove(waiter)
                except ValueError:
                    pass

    def wait_for(self, predicate, timeout=None):
        endtime = None
        waittime = timeout
        result = predicate()
        while not result:
            if waittime is not None:
                if endtime is None:
                    endtime = _time() + waittime
                else:
                    waittime = endtime - _time()
                    if waittime <= 0:
                        break
            self.wait(waittime)
            result = predicate()
        return result

    def notify(self, n=1):
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        waiters = self._waiters
        while waiters and n > 0:
            waiter = waiters[0]
            try:
                waiter.release()
            except RuntimeError:
                pass
            else:
                n -= 1
            try:
                waiters.remove(waiter)
            except ValueError:
                pass

    def notify_all(self):
        self.notify(len(self._waiters))

    def notifyAll(self):
        _lens_warn('notifyAll() is deprecated, use notify_all() instead',
                   DeprecationWarning, 2)
        self.notify_all()


class Semaphore:
    """This class implements semaphore objects."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(Lock())
        self._value = value

    def __repr__(self):
        cls = self.__class__
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" value={self._value}>")

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        rc = False
        endtime = None
        with self._cond:
            while self._value == 0:
                if not blocking:
                    break
                if timeout is not None:
                    if endtime is None:
                        endtime = _time() + timeout
                    else:
                        timeout = endtime - _time()
                        if timeout <= 0:
                            break
                self._cond.wait(timeout)
            else:
                self._value -= 1
                rc = True
        return rc

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            self._value += n
            for i in range(n):
                self._cond.notify()

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """Implements a bounded semaphore."""

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def __repr__(self):
        cls = self.__class__
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" value={self._value}/{self._initial_value}>")

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            if self._value + n > self._initial_value:
                raise ValueError("Semaphore released too many times")
            self._value += n
            for i in range(n):
                self._cond.notify()


class Event:
    """Class implementing event objects."""

    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def __repr__(self):
        cls = self.__class__
        status = 'set' if self._flag else 'unset'
        return f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: {status}>"

    def is_set(self):
        return self._flag

    def isSet(self):
        _lens_warn('isSet() is deprecated, use is_set() instead',
                   DeprecationWarning, 2)
        return self.is_set()

    def set(self):
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        with self._cond:
            signaled = self._flag
            if not signaled:
                signaled = self._cond.wait(timeout)
            return signaled


class BrokenBarrierError(RuntimeError):
    pass


class Barrier:
    """Implements a Barrier."""

    def __init__(self, parties, action=None, timeout=None):
        if _sys.version_info >= (3, 13) and parties < 1:
            # traceback: threading.Barrier.__init__.parties
            raise ValueError("parties must be > 0")
        self._cond = Condition(Lock())
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._state = 0
        self._count = 0

    def __repr__(self):
        cls = self.__class__
        if self.broken:
            return f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: broken>"
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" waiters={self.n_waiting}/{self.parties}>")

    def wait(self, timeout=None):
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            self._enter()
            index = self._count
            self._count += 1
            try:
                if index + 1 == self._parties:
                    self._release()
                else:
                    self._wait(timeout)
                return index
            finally:
                self._count -= 1
                self._exit()

    def _enter(self):
        while self._state in (-1, 1):
            self._cond.wait()
        if self._state < 0:
            raise BrokenBarrierError
        assert self._state == 0

    def _release(self):
        try:
            if self._action:
                self._action()
            self._state = 1
            self._cond.notify_all()
        except:
            self._break()
            raise

    def _wait(self, timeout):
        if not self._cond.wait_for(lambda : self._state != 0, timeout):
            self._break()
            raise BrokenBarrierError
        if self._state < 0:
            raise BrokenBarrierError
        assert self._state == 1

    def _exit(self):
        if self._count == 0:
            if self._state in (-1, 1):
                self._state = 0
                self._cond.notify_all()

    def reset(self):
        with self._cond:
            if self._count > 0:
                if self._state == 0:
                    self._state = -1
                elif self._state == -2:
                    self._state = -1
            else:
                self._state = 0
            self._cond.notify_all()

    def abort(self):
        with self._cond:
            self._break()

    def _break(self):
        self._state = -2
        self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        if self._state == 0:
            return self._count
        return 0

    @property
    def broken(self):
        return self._state == -2


_counter = 0
def _newname(name_template):
    global _counter
    _counter += 1
    return name_template % _counter

_active_limbo_lock = RLock()
_active = {}
_limbo = {}
_shutdown_locks_lock = _allocate_lock()
_shutdown_locks = []

def _maintain_shutdown_locks():
    _shutdown_locks[:] = [lock for lock in _shutdown_locks if lock.locked()]


class Thread:
    """A class that represents a thread of control."""

    _initialized = False

    def __init__(self, group=None, target=None, name=None,
                 args=(), kwargs=None, *, daemon=None):
        assert group is None, "group argument must be None for now"
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname("Thread-%d")
            if target is not None:
                try:
                    target_name = target.__name__
                    name += f" ({target_name})"
                except AttributeError:
                    pass

        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        if daemon is not None:
            if daemon and not _thread.daemon_threads_allowed():
                raise RuntimeError('daemon threads are disabled in this (sub)interpreter')
            self._daemonic = daemon
        else:
            self._daemonic = current_thread().daemon
        self._ident = None
        self._native_id = None
        self._tstate_lock = None
        self._started = Event()
        self._is_stopped = False
        self._initialized = True
        # Copy of sys.stderr used by self._invoke_excepthook()
        self._stderr = _sys.stderr
        self._invoke_excepthook = _make_invoke_excepthook()

    def __repr__(self):
        # traceback: threading.Thread.__repr__
        assert self._initialized, "Thread.__init__() was not called"
        status = "initial"
        if self._started.is_set():
            status = "started"
        self.is_alive()
        if self._is_stopped:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)

    def start(self):
        if not self._initialized:
            # traceback: threading.Thread.start.not_initialized
            raise RuntimeError("thread.__init__() not called")
        if self._started.is_set():
            # traceback: threading.Thread.start
            raise RuntimeError("threads can only be started once")
        with _active_limbo_lock:
            _limbo[self] = self
        try:
            _start_new_thread(self._bootstrap, ())
        except Exception:
            with _active_limbo_lock:
                del _limbo[self]
            raise
        self._started.wait()

    def run(self):
        try:
            if self._target is not None:
                # traceback: threading.Thread.run
                self._target(*self._args, **self._kwargs)
        finally:
            del self._target, self._args, self._kwargs

    def _bootstrap(self):
        try:
            # traceback: threading.Thread._bootstrap
            self._bootstrap_inner()
        finally:
            # After run() returns, PyThreadState_Clear drops the thread's threading.local dicts, before
            # the thread's sentinel lock lets join() return.
            _clear_thread_locals()

    def _set_ident(self):
        self._ident = get_ident()

    def _set_native_id(self):
        self._native_id = get_native_id()

    def _set_tstate_lock(self):
        self._tstate_lock = _set_sentinel()
        self._tstate_lock.acquire()
        if not self.daemon:
            with _shutdown_locks_lock:
                _maintain_shutdown_locks()
                _shutdown_locks.append(self._tstate_lock)

    def _bootstrap_inner(self):
        try:
            self._set_ident()
            self._set_tstate_lock()
            self._set_native_id()
            _lens_set_thread_name(self._name)
            self._started.set()
            with _active_limbo_lock:
                _active[self._ident] = self
                del _limbo[self]
            if _trace_hook:
                _sys.settrace(_trace_hook)
            if _profile_hook:
                _sys.setprofile(_profile_hook)
            try:
                # traceback: threading.Thread._bootstrap_inner
                self.run()
            except:
                self._invoke_excepthook(self)
        finally:
            self._delete()

    def _stop(self):
        lock = self._tstate_lock
        if lock is not None:
            assert not lock.locked()
        self._is_stopped = True
        self._tstate_lock = None
        if not self.daemon:
            with _shutdown_locks_lock:
                _maintain_shutdown_locks()

    def _delete(self):
        with _active_limbo_lock:
            del _active[get_ident()]

    def join(self, timeout=None):
        if not self._initialized:
            # traceback: threading.Thread.join.not_initialized
            raise RuntimeError("Thread.__init__() not called")
        if not self._started.is_set():
            # traceback: threading.Thread.join.not_started
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            # traceback: threading.Thread.join.current
            raise RuntimeError("cannot join current thread")
        if timeout is None:
            self._wait_for_tstate_lock()
        else:
            self._wait_for_tstate_lock(timeout=max(timeout, 0))

    def _wait_for_tstate_lock(self, block=True, timeout=-1):
        lock = self._tstate_lock
        if lock is None:
            assert self._is_stopped
            return
        try:
            if lock.acquire(block, timeout):
                lock.release()
                self._stop()
        except:
            if lock.locked():
                lock.release()
                self._stop()
            raise

    @property
    def name(self):
        # traceback: threading.Thread.name
        assert self._initialized, "Thread.__init__() not called"
        return self._name

    @name.setter
    def name(self, name):
        # traceback: threading.Thread.name.setter
        assert self._initialized, "Thread.__init__() not called"
        self._name = str(name)
        if self._ident is not None:
            _lens_set_thread_name(self._name, self._ident)

    @property
    def ident(self):
        # traceback: threading.Thread.ident
        assert self._initialized, "Thread.__init__() not called"
        return self._ident

    @property
    def native_id(self):
        # traceback: threading.Thread.native_id
        assert self._initialized, "Thread.__init__() not called"
        return self._native_id

    def is_alive(self):
        # traceback: threading.Thread.is_alive
        assert self._initialized, "Thread.__init__() not called"
        if self._is_stopped or not self._started.is_set():
            return False
        self._wait_for_tstate_lock(False)
        return not self._is_stopped

    @property
    def daemon(self):
        # traceback: threading.Thread.daemon
        assert self._initialized, "Thread.__init__() not called"
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            # traceback: threading.Thread.daemon.setter.not_initialized
            raise RuntimeError("Thread.__init__() not called")
        if self._started.is_set():
            # traceback: threading.Thread.daemon.setter.active
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        _lens_warn('isDaemon() is deprecated, get the daemon attribute instead',
                   DeprecationWarning, 2)
        return self.daemon

    def setDaemon(self, daemonic):
        _lens_warn('setDaemon() is deprecated, set the daemon attribute instead',
                   DeprecationWarning, 2)
        self.daemon = daemonic

    def getName(self):
        _lens_warn('getName() is deprecated, get the name attribute instead',
                   DeprecationWarning, 2)
        return self.name

    def setName(self, name):
        _lens_warn('setName() is deprecated, set the name attribute instead',
                   DeprecationWarning, 2)
        self.name = name


from _thread import (_excepthook as excepthook,
                     _ExceptHookArgs as ExceptHookArgs)


# Original value of threading.excepthook
__excepthook__ = excepthook


def _make_invoke_excepthook():
    # Create a local namespace to ensure that variables remain alive
    # when _invoke_excepthook() is called, even if it is called late during
    # Python shutdown. It is mostly needed for daemon threads.

    old_excepthook = excepthook
    old_sys_excepthook = _sys.excepthook
    if old_excepthook is None:
        raise RuntimeError("threading.excepthook is None")
    if old_sys_excepthook is None:
        raise RuntimeError("sys.excepthook is None")

    sys_exc_info = _sys.exc_info
    local_print = print
    local_sys = _sys

    def invoke_excepthook(thread):
        global excepthook
        try:
            hook = excepthook
            if hook is None:
                hook = old_excepthook

            args = ExceptHookArgs([*sys_exc_info(), thread])

            # traceback: threading._make_invoke_excepthook.invoke_excepthook
            hook(args)
        except Exception as exc:
            exc.__suppress_context__ = True
            del exc

            if local_sys is not None and local_sys.stderr is not None:
                stderr = local_sys.stderr
            else:
                stderr = thread._stderr

            local_print("Exception in threading.excepthook:",
                        file=stderr, flush=True)

            if local_sys is not None and local_sys.excepthook is not None:
                sys_excepthook = local_sys.excepthook
            else:
                sys_excepthook = old_sys_excepthook

            sys_excepthook(*sys_exc_info())
        finally:
            # Break reference cycle (exception stored in a variable)
            args = None

    return invoke_excepthook


class Timer(Thread):
    """Call a function after a specified number of seconds."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            # traceback: threading.Timer.run
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class _MainThread(Thread):

    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._set_tstate_lock()
        self._started.set()
        self._set_ident()
        self._set_native_id()
        with _active_limbo_lock:
            _active[self._ident] = self


class _DummyThread(Thread):

    def __init__(self):
        Thread.__init__(self, name=_newname("Dummy-%d"), daemon=True)
        self._started.set()
        self._set_ident()
        _lens_set_thread_name(self._name, self._ident)
        with _active_limbo_lock:
            _active[self._ident] = self

    def _stop(self):
        pass

    def is_alive(self):
        return True

    def join(self, timeout=None):
        assert False, "cannot join a dummy thread"


def current_thread():
    """Return the current Thread object."""
    try:
        return _active[get_ident()]
    except KeyError:
        return _DummyThread()

def currentThread():
    _lens_warn('currentThread() is deprecated, use current_thread() instead',
               DeprecationWarning, 2)
    return current_thread()


def active_count():
    """Return the number of Thread objects currently alive."""
    with _active_limbo_lock:
        return len(_active) + len(_limbo)


def activeCount():
    _lens_warn('activeCount() is deprecated, use active_count() instead',
               DeprecationWarning, 2)
    return active_count()


def enumerate():
    """Return a list of all Thread objects currently alive."""
    with _active_limbo_lock:
        return list(_active.values()) + list(_limbo.values())


_main_thread = _MainThread()

stack_size = _thread.stack_size

def main_thread():
    """Return the main thread object."""
    return _main_thread


_threading_atexits = []
_SHUTTING_DOWN = False


def _register_atexit(func, *arg, **kwargs):
    """Register a function to call when the main thread ends, before threads are joined
    (how concurrent.futures stops its workers)."""
    if _SHUTTING_DOWN:
        raise RuntimeError("can't register atexit after shutdown")
    _threading_atexits.append(lambda: func(*arg, **kwargs))


def _shutdown():
    """Wait until the Python thread state of all non-daemon threads get deleted."""
    if _main_thread._is_stopped:
        return
    global _SHUTTING_DOWN
    _SHUTTING_DOWN = True
    # Call registered threading atexit functions before threads are joined, last first.
    for atexit_call in reversed(_threading_atexits):
        atexit_call()
    tlock = _main_thread._tstate_lock
    assert tlock is not None
    assert tlock.locked()
    tlock.release()
    _main_thread._stop()
    while True:
        with _shutdown_locks_lock:
            locks = list(_shutdown_locks)
            _shutdown_locks.clear()
        if not locks:
            break
        for lock in locks:
            lock.acquire()
            lock.release()


_NOT_FOUND = object()
# ident -> the per-thread dict holders (a local's '_local__dicts') a thread made a dict in: cleared when
# the thread ends (_clear_thread_locals).
_thread_local_holders = {}


class local:
    """Thread-local data, after CPython's C type _thread._local (Modules/_threadmodule.c): each thread
    sees its own attribute dict, made the first time the thread touches the object (when a subclass's
    __init__ runs again, in that thread, with the arguments the object was made with); a thread's dicts
    go when the thread ends, as PyThreadState_Clear drops them."""

    def __new__(cls, /, *args, **kw):
        if (args or kw) and cls.__init__ is object.__init__:
            raise TypeError("Initialization arguments are not supported")
        self = object.__new__(cls)
        object.__setattr__(self, '_local__args', (args, kw))
        object.__setattr__(self, '_local__dicts', {})
        # local_new makes the creating thread's dict; type() then runs __init__ as for any object.
        _local_new_dict(self)
        return self

    def __getattribute__(self, name):
        d = _local_dict(self)
        if name == '__dict__':
            return d
        # _PyObject_GenericGetAttrWithDict(self, name, ldict): data descriptors, then the thread's dict,
        # then the class's other attributes.
        cls = type(self)
        attr = _class_attribute(cls, name)
        if attr is not _NOT_FOUND:
            getter = getattr(type(attr), '__get__', None)
            if getter is not None and (hasattr(type(attr), '__set__') or hasattr(type(attr), '__delete__')):
                return getter(attr, self, cls)
        if name in d:
            return d[name]
        if attr is not _NOT_FOUND:
            if getter is not None:
                return getter(attr, self, cls)
            return attr
        raise AttributeError(f"'{_local_type_name(cls)}' object has no attribute '{name}'")

    def __setattr__(self, name, value):
        if name == '__dict__':
            raise AttributeError(f"'{_local_type_name(type(self))}' object attribute '__dict__' is read-only")
        d = _local_dict(self)
        attr = _class_attribute(type(self), name)
        setter = getattr(type(attr), '__set__', None) if attr is not _NOT_FOUND else None
        if setter is not None:
            setter(attr, self, value)
        else:
            d[name] = value

    def __delattr__(self, name):
        if name == '__dict__':
            raise AttributeError(f"'{_local_type_name(type(self))}' object attribute '__dict__' is read-only")
        d = _local_dict(self)
        attr = _class_attribute(type(self), name)
        deleter = getattr(type(attr), '__delete__', None) if attr is not _NOT_FOUND else None
        if deleter is not None:
            deleter(attr, self)
        elif name in d:
            del d[name]
        else:
            raise AttributeError(f"'{_local_type_name(type(self))}' object has no attribute '{name}'")

    def __del__(self):
        # local_clear: the object's dicts, every thread's, go with it.
        object.__getattribute__(self, '_local__dicts').clear()

# The C type's name and module: <class '_thread._local'>.
local.__name__ = local.__qualname__ = '_local'
local.__module__ = '_thread'


def _local_type_name(cls):
    # tp_name: the C type's is dotted, a subclass's is its __name__.
    return '_thread._local' if cls is local else cls.__name__


def _class_attribute(cls, name):
    for base in cls.__mro__:
        if name in base.__dict__:
            return base.__dict__[name]
    return _NOT_FOUND


def _local_new_dict(self):
    ident = get_ident()
    holder = object.__getattribute__(self, '_local__dicts')
    d = holder[ident] = {}
    _thread_local_holders.setdefault(ident, []).append(holder)
    return d


def _local_dict(self):
    """The running thread's dict (_ldict): a thread's first touch makes it and runs a subclass's __init__."""
    d = object.__getattribute__(self, '_local__dicts').get(get_ident())
    if d is None:
        d = _local_new_dict(self)
        cls = type(self)
        if cls.__init__ is not object.__init__:
            args, kw = object.__getattribute__(self, '_local__args')
            cls.__init__(self, *args, **kw)
    return d


def _clear_thread_locals():
    """PyThreadState_Clear (Python/pystate.c) at a thread's end drops its dict in every local."""
    ident = get_ident()
    for holder in _thread_local_holders.pop(ident, ()):
        d = holder.pop(ident, None)
        del d
`;
