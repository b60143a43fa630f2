// multiprocessing's shared state for CPython Lens (see multiprocessing-source.ts), after CPython
// 3.11's Lib/multiprocessing/synchronize.py, sharedctypes.py and context.py: Lock, RLock, Semaphore,
// BoundedSemaphore over _multiprocessing.SemLock (a semaphore of the machine that every forked
// child shares: a process blocked on it waits for another's release), Condition, Event and Barrier
// over those, and Value, Array, RawValue,
// RawArray over ctypes objects in a block of the machine's shared memory (processes/shared-memory.ts),
// with the Synchronized wrappers. The ctypes types are the few sharedctypes uses (c_int, c_double,
// c_char, ... and their arrays), not the ctypes module.

export const MULTIPROCESSING_SHARED_SOURCE = `
# ---- _multiprocessing.SemLock (Modules/_multiprocessing/semaphore.c) --------------------------

RECURSIVE_MUTEX, SEMAPHORE = list(range(2))
SEM_VALUE_MAX = 2147483647


class _SemLockC:
    __module__ = '_multiprocessing'
    SEM_VALUE_MAX = SEM_VALUE_MAX

    def __init__(self, kind, value, maxvalue, name, unlink):
        self.handle = _lens_semlock_new(kind, value, maxvalue)
        self.kind = kind
        self.maxvalue = maxvalue
        # With the fork start method the semaphore is unlinked at once: it has no name.
        self.name = None

    def acquire(self, block=True, timeout=None):
        return _lens_semlock_acquire(self.handle, bool(block), timeout)

    def release(self):
        _lens_semlock_release(self.handle)

    def __enter__(self):
        return _lens_semlock_acquire(self.handle, True, None)

    def __exit__(self, *args):
        _lens_semlock_release(self.handle)

    def _count(self):
        return _lens_semlock_count(self.handle)

    def _is_mine(self):
        return _lens_semlock_is_mine(self.handle)

    def _get_value(self):
        return _lens_semlock_get_value(self.handle)

    def _is_zero(self):
        return _lens_semlock_get_value(self.handle) == 0


_SemLockC.__name__ = _SemLockC.__qualname__ = 'SemLock'


def _assert_spawning(obj):
    # context.assert_spawning: with fork, these objects reach a child by inheritance only.
    raise RuntimeError('%s objects should only be shared between processes through inheritance' % type(obj).__name__)


# ---- synchronize.py --------------------------------------------------------------------------

class SemLock(object):
    __module__ = 'multiprocessing.synchronize'

    def __init__(self, kind, value, maxvalue, *, ctx):
        self._is_fork_ctx = True
        self._semlock = _SemLockC(kind, value, maxvalue, None, True)
        self._make_methods()

    def _make_methods(self):
        self.acquire = self._semlock.acquire
        self.release = self._semlock.release

    def __enter__(self):
        return self._semlock.__enter__()

    def __exit__(self, *args):
        return self._semlock.__exit__(*args)

    def __reduce__(self):
        _assert_spawning(self)


def _owner_name():
    import threading
    name = current_process().name
    if threading.current_thread().name != 'MainThread':
        name += '|' + threading.current_thread().name
    return name


class _Semaphore(SemLock):
    __module__ = 'multiprocessing.synchronize'

    def __init__(self, value=1, *, ctx):
        SemLock.__init__(self, SEMAPHORE, value, SEM_VALUE_MAX, ctx=ctx)

    def get_value(self):
        return self._semlock._get_value()

    def __repr__(self):
        try:
            value = self._semlock._get_value()
        except Exception:
            value = 'unknown'
        return '<%s(value=%s)>' % (self.__class__.__name__, value)


class _BoundedSemaphore(_Semaphore):
    __module__ = 'multiprocessing.synchronize'

    def __init__(self, value=1, *, ctx):
        SemLock.__init__(self, SEMAPHORE, value, value, ctx=ctx)

    def __repr__(self):
        try:
            value = self._semlock._get_value()
        except Exception:
            value = 'unknown'
        return '<%s(value=%s, maxvalue=%s)>' % \\
               (self.__class__.__name__, value, self._semlock.maxvalue)


class _Lock(SemLock):
    __module__ = 'multiprocessing.synchronize'

    def __init__(self, *, ctx):
        SemLock.__init__(self, SEMAPHORE, 1, 1, ctx=ctx)

    def __repr__(self):
        try:
            if self._semlock._is_mine():
                name = _owner_name()
            elif self._semlock._get_value() == 1:
                name = 'None'
            elif self._semlock._count() > 0:
                name = 'SomeOtherThread'
            else:
                name = 'SomeOtherProcess'
        except Exception:
            name = 'unknown'
        return '<%s(owner=%s)>' % (self.__class__.__name__, name)


class _RLock(SemLock):
    __module__ = 'multiprocessing.synchronize'

    def __init__(self, *, ctx):
        SemLock.__init__(self, RECURSIVE_MUTEX, 1, 1, ctx=ctx)

    def __repr__(self):
        try:
            if self._semlock._is_mine():
                name = _owner_name()
                count = self._semlock._count()
            elif self._semlock._get_value() == 1:
                name, count = 'None', 0
            elif self._semlock._count() > 0:
                name, count = 'SomeOtherThread', 'nonzero'
            else:
                name, count = 'SomeOtherProcess', 'nonzero'
        except Exception:
            name, count = 'unknown', 'unknown'
        return '<%s(%s, %s)>' % (self.__class__.__name__, name, count)


class _Condition(object):
    __module__ = 'multiprocessing.synchronize'

    def __init__(self, lock=None, *, ctx):
        self._lock = lock or ctx.RLock()
        self._sleeping_count = ctx.Semaphore(0)
        self._woken_count = ctx.Semaphore(0)
        self._wait_semaphore = ctx.Semaphore(0)
        self._make_methods()

    def __reduce__(self):
        _assert_spawning(self)

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def _make_methods(self):
        self.acquire = self._lock.acquire
        self.release = self._lock.release

    def __repr__(self):
        try:
            num_waiters = (self._sleeping_count._semlock._get_value() -
                           self._woken_count._semlock._get_value())
        except Exception:
            num_waiters = 'unknown'
        return '<%s(%s, %s)>' % (self.__class__.__name__, self._lock, num_waiters)

    def wait(self, timeout=None):
        assert self._lock._semlock._is_mine(), \
               'must acquire() condition before using wait()'
        self._sleeping_count.release()
        count = self._lock._semlock._count()
        for i in range(count):
            self._lock.release()
        try:
            return self._wait_semaphore.acquire(True, timeout)
        finally:
            self._woken_count.release()
            for i in range(count):
                self._lock.acquire()

    def notify(self, n=1):
        assert self._lock._semlock._is_mine(), 'lock is not owned'
        assert not self._wait_semaphore.acquire(
            False), ('notify: Should not have been able to acquire '
                     + '_wait_semaphore')
        while self._woken_count.acquire(False):
            res = self._sleeping_count.acquire(False)
            assert res, ('notify: Bug in sleeping_count.acquire'
                         + '- res should not be False')
        sleepers = 0
        while sleepers < n and self._sleeping_count.acquire(False):
            self._wait_semaphore.release()
            sleepers += 1
        if sleepers:
            for i in range(sleepers):
                self._woken_count.acquire()
            while self._wait_semaphore.acquire(False):
                pass

    def notify_all(self):
        self.notify(n=sys.maxsize)

    def wait_for(self, predicate, timeout=None):
        import time
        result = predicate()
        if result:
            return result
        if timeout is not None:
            endtime = time.monotonic() + timeout
        else:
            endtime = None
            waittime = None
        while not result:
            if endtime is not None:
                waittime = endtime - time.monotonic()
                if waittime <= 0:
                    break
            self.wait(waittime)
            result = predicate()
        return result


class _Event(object):
    __module__ = 'multiprocessing.synchronize'

    def __init__(self, *, ctx):
        self._cond = ctx.Condition(ctx.Lock())
        self._flag = ctx.Semaphore(0)

    def is_set(self):
        with self._cond:
            if self._flag.acquire(False):
                self._flag.release()
                return True
            return False

    def set(self):
        with self._cond:
            self._flag.acquire(False)
            self._flag.release()
            self._cond.notify_all()

    def clear(self):
        with self._cond:
            self._flag.acquire(False)

    def wait(self, timeout=None):
        with self._cond:
            if self._flag.acquire(False):
                self._flag.release()
            else:
                self._cond.wait(timeout)

            if self._flag.acquire(False):
                self._flag.release()
                return True
            return False

    def __repr__(self):
        set_status = 'set' if self.is_set() else 'unset'
        return f"<{type(self).__qualname__} at {id(self):#x} {set_status}>"


def _barrier_class():
    # synchronize.Barrier: threading.Barrier whose state and count are two C ints of shared memory.
    import threading

    class Barrier(threading.Barrier):
        __module__ = 'multiprocessing.synchronize'

        def __init__(self, parties, action=None, timeout=None, *, ctx):
            wrapper = _RawArray('i', 2)
            cond = ctx.Condition()
            self.__setstate__((parties, action, timeout, cond, wrapper))
            self._state = 0
            self._count = 0

        def __setstate__(self, state):
            (self._parties, self._action, self._timeout,
             self._cond, self._wrapper) = state
            self._array = self._wrapper

        def __reduce__(self):
            _assert_spawning(self)

        @property
        def _state(self):
            return self._array[0]

        @_state.setter
        def _state(self, value):
            self._array[0] = value

        @property
        def _count(self):
            return self._array[1]

        @_count.setter
        def _count(self, value):
            self._array[1] = value

    Barrier.__qualname__ = 'Barrier'
    return Barrier


_barrier_classes = []


for _cls, _name in ((_Semaphore, 'Semaphore'), (_BoundedSemaphore, 'BoundedSemaphore'), (_Lock, 'Lock'), (_RLock, 'RLock'),
                    (_Condition, 'Condition'), (_Event, 'Event')):
    _cls.__name__ = _cls.__qualname__ = _name
del _cls, _name


# ---- the ctypes types sharedctypes uses (Modules/_ctypes) ------------------------------------

class PyCSimpleType(type):
    __module__ = '_ctypes'

    def __mul__(cls, length):
        return _array_type(cls, length)

    __rmul__ = __mul__


class _CData:
    __module__ = '_ctypes'

    def __reduce__(self):
        # sharedctypes.reduce_ctype, registered with multiprocessing's pickler.
        _assert_spawning(self)


class _SimpleCData(_CData, metaclass=PyCSimpleType):
    __module__ = '_ctypes'

    def __new__(cls, *args):
        self = object.__new__(cls)
        self._handle = _lens_shm_new(cls._type_, 1)
        return self

    def __init__(self, *args):
        if len(args) > 1:
            raise TypeError('__init__ expected at most 1 argument, got %d' % len(args))
        if args:
            self.value = args[0]

    @property
    def value(self):
        return _lens_shm_getitem(self._handle, 0)

    @value.setter
    def value(self, value):
        _lens_shm_setitem(self._handle, 0, value)

    def __bool__(self):
        return self.value not in (0, b'\\x00', '\\x00')

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, self.value)


_SimpleCData.__name__ = _SimpleCData.__qualname__ = '_SimpleCData'


class c_char(_SimpleCData):
    __module__ = 'ctypes'
    _type_ = 'c'


class c_wchar(_SimpleCData):
    __module__ = 'ctypes'
    _type_ = 'u'


class c_byte(_SimpleCData):
    __module__ = 'ctypes'
    _type_ = 'b'


class c_ubyte(_SimpleCData):
    __module__ = 'ctypes'
    _type_ = 'B'


class c_short(_SimpleCData):
    __module__ = 'ctypes'
    _type_ = 'h'


class c_ushort(_SimpleCData):
    __module__ = 'ctypes'
    _type_ = 'H'


class c_int(_SimpleCData):
    __module__ = 'ctypes'
    _type_ = 'i'


class c_uint(_SimpleCData):
    __module__ = 'ctypes'
    _type_ = 'I'


class c_long(_SimpleCData):
    __module__ = 'ctypes'
    _type_ = 'l'


class c_ulong(_SimpleCData):
    __module__ = 'ctypes'
    _type_ = 'L'


class c_float(_SimpleCData):
    __module__ = 'ctypes'
    _type_ = 'f'


class c_double(_SimpleCData):
    __module__ = 'ctypes'
    _type_ = 'd'


class _CArray(_CData):
    __module__ = '_ctypes'

    def __new__(cls, *args):
        self = object.__new__(cls)
        self._handle = _lens_shm_new(cls._type_._type_, cls._length_)
        return self

    def __init__(self, *args):
        for i, value in enumerate(args):
            self[i] = value

    def __len__(self):
        return self._length_

    def __getitem__(self, key):
        return _lens_shm_getitem(self._handle, key)

    def __setitem__(self, key, value):
        _lens_shm_setitem(self._handle, key, value)


_CArray.__name__ = _CArray.__qualname__ = 'Array'


class _CharArray(_CArray):
    __module__ = '_ctypes'

    @property
    def value(self):
        return _lens_shm_value(self._handle)

    @value.setter
    def value(self, value):
        _lens_shm_set_value(self._handle, value)

    @property
    def raw(self):
        return _lens_shm_raw(self._handle)

    @raw.setter
    def raw(self, value):
        _lens_shm_set_raw(self._handle, value)


class _WCharArray(_CArray):
    __module__ = '_ctypes'

    @property
    def value(self):
        return _lens_shm_value(self._handle)

    @value.setter
    def value(self, value):
        _lens_shm_set_value(self._handle, value)


_array_types = {}


def _array_type(type_, length):
    # PyCArrayType_from_ctype: one cached class per item type and length, made (and named after
    # its module) where sharedctypes multiplies the type.
    if not isinstance(length, int):
        raise TypeError("can't multiply sequence by non-int of type '%s'" % type(length).__name__)
    if length < 0:
        raise ValueError('Array length must be >= 0, not %d' % length)
    cls = _array_types.get((type_, length))
    if cls is None:
        base = _CharArray if type_ is c_char else _WCharArray if type_ is c_wchar else _CArray
        cls = type('%s_Array_%d' % (type_.__name__, length), (base,),
                   {'_type_': type_, '_length_': length, '__module__': 'multiprocessing.sharedctypes'})
        _array_types[(type_, length)] = cls
    return cls


# ---- sharedctypes.py -------------------------------------------------------------------------

typecode_to_type = {
    'c': c_char,     'u': c_wchar,
    'b': c_byte,     'B': c_ubyte,
    'h': c_short,    'H': c_ushort,
    'i': c_int,      'I': c_uint,
    'l': c_long,     'L': c_ulong,
    'q': c_long,     'Q': c_ulong,
    'f': c_float,    'd': c_double
    }


def _new_value(type_):
    # ctypes.sizeof(type_) first: what is not a ctypes type has no size.
    if not (isinstance(type_, type) and issubclass(type_, _CData) and type_ not in (_SimpleCData, _CArray, _CharArray, _WCharArray)):
        if getattr(type_, '__module__', None) == 'ctypes':
            _lens_not_modelled('sharedctypes of this ctypes type (use a typecode such as "i" or "d")')
        raise TypeError('this type has no size')
    return type_.__new__(type_)


def _shared_type(typecode_or_type):
    # The ctypes module's simple types (ctypes.c_int...) stand for the shared types of the same _type_ code: the
    # same values and reprs, though not the same class objects.
    if getattr(typecode_or_type, '__module__', None) == 'ctypes' and isinstance(getattr(typecode_or_type, '_type_', None), str):
        return typecode_to_type.get(typecode_or_type._type_, typecode_or_type)
    return typecode_to_type.get(typecode_or_type, typecode_or_type)


def _RawValue(typecode_or_type, *args):
    type_ = _shared_type(typecode_or_type)
    obj = _new_value(type_)
    obj.__init__(*args)
    return obj


def _RawArray(typecode_or_type, size_or_initializer):
    type_ = _shared_type(typecode_or_type)
    if isinstance(size_or_initializer, int):
        type_ = type_ * size_or_initializer
        return _new_value(type_)
    else:
        type_ = type_ * len(size_or_initializer)
        result = _new_value(type_)
        result.__init__(*size_or_initializer)
        return result


def _Value(typecode_or_type, *args, lock=True, ctx=None):
    obj = _RawValue(typecode_or_type, *args)
    if lock is False:
        return obj
    if lock in (True, None):
        ctx = ctx or _default_context
        lock = ctx.RLock()
    if not hasattr(lock, 'acquire'):
        raise AttributeError("%r has no method 'acquire'" % lock)
    return synchronized(obj, lock, ctx=ctx)


def _Array(typecode_or_type, size_or_initializer, *, lock=True, ctx=None):
    obj = _RawArray(typecode_or_type, size_or_initializer)
    if lock is False:
        return obj
    if lock in (True, None):
        ctx = ctx or _default_context
        lock = ctx.RLock()
    if not hasattr(lock, 'acquire'):
        raise AttributeError("%r has no method 'acquire'" % lock)
    return synchronized(obj, lock, ctx=ctx)


for _f in (_RawValue, _RawArray, _Value, _Array):
    _f.__name__ = _f.__qualname__ = _f.__name__[1:]
del _f


def synchronized(obj, lock=None, ctx=None):
    assert not isinstance(obj, SynchronizedBase), 'object already synchronized'
    ctx = ctx or _default_context
    if isinstance(obj, _SimpleCData):
        return Synchronized(obj, lock, ctx)
    elif obj._type_ is c_char:
        return SynchronizedString(obj, lock, ctx)
    return SynchronizedArray(obj, lock, ctx)


class SynchronizedBase(object):
    __module__ = 'multiprocessing.sharedctypes'

    def __init__(self, obj, lock=None, ctx=None):
        self._obj = obj
        if lock:
            self._lock = lock
        else:
            ctx = ctx or _default_context
            self._lock = ctx.RLock()
        self.acquire = self._lock.acquire
        self.release = self._lock.release

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __reduce__(self):
        _assert_spawning(self)

    def get_obj(self):
        return self._obj

    def get_lock(self):
        return self._lock

    def __repr__(self):
        return '<%s wrapper for %s>' % (type(self).__name__, self._obj)


# make_property's template (exec'd in CPython): the lock held around the attribute of the ctypes object.
def getvalue(self):
    self.acquire()
    try:
        # traceback: multiprocessing.sharedctypes.template.getvalue
        return self._obj.value
    finally:
        self.release()


def setvalue(self, value):
    self.acquire()
    try:
        # traceback: multiprocessing.sharedctypes.template.setvalue
        self._obj.value = value
    finally:
        self.release()


def getraw(self):
    self.acquire()
    try:
        # traceback: multiprocessing.sharedctypes.template.getraw
        return self._obj.raw
    finally:
        self.release()


def setraw(self, value):
    self.acquire()
    try:
        # traceback: multiprocessing.sharedctypes.template.setraw
        self._obj.raw = value
    finally:
        self.release()




class Synchronized(SynchronizedBase):
    __module__ = 'multiprocessing.sharedctypes'
    value = property(getvalue, setvalue)


class SynchronizedArray(SynchronizedBase):
    __module__ = 'multiprocessing.sharedctypes'

    def __len__(self):
        return len(self._obj)

    def __getitem__(self, i):
        with self:
            # traceback: multiprocessing.sharedctypes.getitem
            return self._obj[i]

    def __setitem__(self, i, value):
        with self:
            # traceback: multiprocessing.sharedctypes.setitem
            self._obj[i] = value

    def __getslice__(self, start, stop):
        with self:
            return self._obj[start:stop]

    def __setslice__(self, start, stop, values):
        with self:
            self._obj[start:stop] = values


class SynchronizedString(SynchronizedArray):
    __module__ = 'multiprocessing.sharedctypes'
    value = property(getvalue, setvalue)
    raw = property(getraw, setraw)


del getvalue, setvalue, getraw, setraw


# ---- context.py: the module's functions are the default context's methods --------------------

class BaseContext(object):
    __module__ = 'multiprocessing.context'

    def Lock(self):
        return _Lock(ctx=self)

    def RLock(self):
        return _RLock(ctx=self)

    def Semaphore(self, value=1):
        return _Semaphore(value, ctx=self)

    def BoundedSemaphore(self, value=1):
        return _BoundedSemaphore(value, ctx=self)

    def Condition(self, lock=None):
        return _Condition(lock, ctx=self)

    def Event(self):
        return _Event(ctx=self)

    def Barrier(self, parties, action=None, timeout=None):
        # The class subclasses threading.Barrier: made when first needed (threading is imported then).
        if not _barrier_classes:
            _barrier_classes.append(_barrier_class())
        return _barrier_classes[0](parties, action, timeout, ctx=self)

    def RawValue(self, typecode_or_type, *args):
        return _RawValue(typecode_or_type, *args)

    def RawArray(self, typecode_or_type, size_or_initializer):
        return _RawArray(typecode_or_type, size_or_initializer)

    def Value(self, typecode_or_type, *args, lock=True):
        return _Value(typecode_or_type, *args, lock=lock, ctx=self)

    def Array(self, typecode_or_type, size_or_initializer, *, lock=True):
        return _Array(typecode_or_type, size_or_initializer, lock=lock, ctx=self)

    def Manager(self):
        m = SyncManager(ctx=self)
        m.start()
        return m


class DefaultContext(BaseContext):
    __module__ = 'multiprocessing.context'


_default_context = DefaultContext()
Lock = _default_context.Lock
RLock = _default_context.RLock
Semaphore = _default_context.Semaphore
BoundedSemaphore = _default_context.BoundedSemaphore
Condition = _default_context.Condition
Event = _default_context.Event
Barrier = _default_context.Barrier
RawValue = _default_context.RawValue
RawArray = _default_context.RawArray
Value = _default_context.Value
Array = _default_context.Array
Manager = _default_context.Manager
`;
