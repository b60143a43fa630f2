// The Python half of multiprocessing, run by the simulator on `import multiprocessing`: written
// for CPython Lens after CPython 3.11's Lib/multiprocessing (process.py, popen_fork.py,
// connection.py, queues.py, pool.py, util.py), with the fork start method (Linux's default up to
// 3.13) and the same names: Process with `Process-N` names and `_bootstrap`'s exit codes and
// "Process Process-N:" traceback, Pipe, Queue, SimpleQueue, Pool (`ForkPoolWorker-N` workers,
// map/starmap/apply_async/imap/imap_unordered, close/join/terminate), and the atexit hook joining
// children. Simplified: no handler threads in Pool (the caller fetches results as it waits), no
// feeder thread in Queue (pipes are unbounded), no authentication. Its natives
// (modules/multiprocessing.ts) pickle objects through the machine's pipes; the locks and shared
// memory (multiprocessing-shared-source.ts) are the machine's.

import { MULTIPROCESSING_CONNECTION_SOURCE } from './multiprocessing-connection-source';
import { MULTIPROCESSING_POOL_SOURCE } from './multiprocessing-pool-source';
import { MULTIPROCESSING_SHARED_SOURCE } from './multiprocessing-shared-source';
import { MULTIPROCESSING_MANAGERS_SOURCE } from './multiprocessing-managers-source';

const PROCESS_SOURCE = `
import os
import sys
from pickle import PicklingError

# ---- context.py's exceptions ----------------------------------------------------------------

class ProcessError(Exception):
    __module__ = 'multiprocessing.context'


class BufferTooShort(ProcessError):
    __module__ = 'multiprocessing.context'


class TimeoutError(ProcessError):
    __module__ = 'multiprocessing.context'


class AuthenticationError(ProcessError):
    __module__ = 'multiprocessing.context'


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
        if self is _current_process:
            _lens_set_process_name(name)

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
            _lens_child_bootstrap()
            _children = set()
            _process_counter = [0]
            # util._finalizer_registry.clear(): the parent's managers are not the child's to shut down.
            del _running_managers[:]
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
            _lens_child_exit_work()
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
    # util._exit_function: the finalizers of priority 0 (the managers' shutdown) first, then daemonic
    # children are terminated, the others joined.
    _shutdown_managers()
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


for _name in ('SpawnProcess', 'ForkServerProcess'):
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
`;

/** The module's source: process.py and popen_fork.py, then connection.py and queues.py, then pool.py, then synchronize.py and sharedctypes.py, then managers.py. */
export const MULTIPROCESSING_SOURCE = PROCESS_SOURCE + MULTIPROCESSING_CONNECTION_SOURCE + MULTIPROCESSING_POOL_SOURCE + MULTIPROCESSING_SHARED_SOURCE + MULTIPROCESSING_MANAGERS_SOURCE;
