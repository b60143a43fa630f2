// multiprocessing's submodules a program imports by name (`from multiprocessing.managers import
// BaseManager`, `from multiprocessing.sharedctypes import Synchronized`): the simulator writes the
// package as one module (multiprocessing-source.ts), and each of these gives CPython's names of that
// file from it.

export const MULTIPROCESSING_SUBMODULE_SOURCES: Record<string, string> = {
  'multiprocessing.context': `
from multiprocessing import (ProcessError, BufferTooShort, TimeoutError, AuthenticationError, BaseContext,
                             DefaultContext, Process, ForkProcess)
`,
  'multiprocessing.synchronize': `
from multiprocessing import (SemLock, _Semaphore as Semaphore, _BoundedSemaphore as BoundedSemaphore,
                             _Lock as Lock, _RLock as RLock, _Condition as Condition, _Event as Event,
                             RECURSIVE_MUTEX, SEMAPHORE, SEM_VALUE_MAX)
__all__ = ['Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Condition', 'Event']


def __getattr__(name):
    if name == 'Barrier':
        import multiprocessing
        multiprocessing.Barrier(1)
        return multiprocessing._barrier_classes[0]
    raise AttributeError(f"module 'multiprocessing.synchronize' has no attribute '{name}'")
`,
  'multiprocessing.sharedctypes': `
from multiprocessing import (_RawValue as RawValue, _RawArray as RawArray, _Value as Value, _Array as Array,
                             synchronized, SynchronizedBase, Synchronized, SynchronizedArray, SynchronizedString,
                             typecode_to_type)
__all__ = ['RawValue', 'RawArray', 'Value', 'Array', 'copy', 'synchronized']


def copy(obj):
    new_obj = type(obj).__new__(type(obj))
    if isinstance(obj, SynchronizedBase):
        raise TypeError('copy() of a Synchronized wrapper')
    if hasattr(obj, '_length_'):
        new_obj[:] = obj[:]
    else:
        new_obj.value = obj.value
    return new_obj
`,
  'multiprocessing.managers': `
from multiprocessing import (BaseManager, SyncManager, BaseProxy, Token, Namespace, _ManagedValue as Value,
                             IteratorProxy, AcquirerProxy, ConditionProxy, BarrierProxy, EventProxy, NamespaceProxy,
                             ValueProxy, BaseListProxy, ListProxy, DictProxy, ArrayProxy, RemoteError, MakeProxyType,
                             AutoProxy, Server, State, dispatch, convert_to_error, all_methods, public_methods)
__all__ = ['BaseManager', 'SyncManager', 'BaseProxy', 'Token']


def Array(typecode, sequence, lock=True):
    import array
    return array.array(typecode, sequence)
`,
  'multiprocessing.pool': `
from multiprocessing import (Pool, ApplyResult, AsyncResult, MapResult, IMapIterator, RemoteTraceback,
                             ExceptionWithTraceback, MaybeEncodingError, mapstar, starmapstar, worker, rebuild_exc)
__all__ = ['Pool', 'ThreadPool']


def ThreadPool(*args, **kwds):
    _lens_not_modelled('multiprocessing.pool.ThreadPool')
`,
};
