// multiprocessing's managers.py for CPython Lens (see multiprocessing-source.ts): Manager() starts a
// SyncManager whose server is a process of its own (`SyncManager-N`), holding the shared objects
// (dict, list, Value, Array, Namespace, Queue, Event, Lock, RLock, Semaphore, BoundedSemaphore,
// Condition, Barrier); the
// proxies in every process call their methods there, one server thread per connection as in CPython.
// A connection is a pair of the machine's mailboxes (a request one and a reply one, by id, through which
// objects cross pickled: processes/channel-natives.ts) that each process and thread opens on first use,
// where CPython connects a socket. Simplified: no authentication, no reference counting of the
// referents (they live until the manager shuts down), no Pool proxy, custom
// BaseManager subclasses with register() work but are not otherwise checked against CPython; a
// manager left running is shut down at exit (CPython's finalizer does it, or the garbage collector's).

export const MULTIPROCESSING_MANAGERS_SOURCE = `
# ---- managers.py -----------------------------------------------------------------------------

class Token(object):
    __module__ = 'multiprocessing.managers'
    __slots__ = ('typeid', 'address', 'id')

    def __init__(self, typeid, address, id):
        (self.typeid, self.address, self.id) = (typeid, address, id)

    def __repr__(self):
        return '%s(typeid=%r, address=%r, id=%r)' % \\
               (self.__class__.__name__, self.typeid, self.address, self.id)


class RemoteError(Exception):
    __module__ = 'multiprocessing.managers'

    def __str__(self):
        return ('\\n' + '-'*75 + '\\n' + str(self.args[0]) + '-'*75)


def convert_to_error(kind, result):
    if kind == '#ERROR':
        return result
    elif kind in ('#TRACEBACK', '#UNSERIALIZABLE'):
        if not isinstance(result, str):
            raise TypeError(
                "Result {0!r} (kind '{1}') type is {2}, not str".format(
                    result, kind, type(result)))
        if kind == '#UNSERIALIZABLE':
            return RemoteError('Unserializable message: %s\\n' % result)
        else:
            return RemoteError(result)
    else:
        return ValueError('Unrecognized message type {!r}'.format(kind))


_manager_connections = {}


def _manager_connection(address, name=None):
    # One connection per process and thread (CPython: a socket kept in the proxy's thread-local).
    import threading
    key = (address, os.getpid(), threading.get_ident())
    conn = _manager_connections.get(key)
    if conn is None:
        conn = (_lens_channel_new(), _lens_channel_new())
        _lens_channel_send(address, conn)
        _manager_connections[key] = conn
    return conn


def dispatch(c, id, methodname, args=(), kwds={}):
    request, reply = c
    _lens_channel_send(request, (id, methodname, args, kwds))
    kind, result = _lens_channel_recv(reply)
    if kind == '#RETURN':
        return result
    raise convert_to_error(kind, result)


def all_methods(obj):
    temp = []
    for name in dir(obj):
        # (The simulator's objects list __reduce__ and __getstate__ in dir() without having them.)
        func = getattr(obj, name, None)
        if callable(func):
            temp.append(name)
    return temp


def public_methods(obj):
    return [name for name in all_methods(obj) if name[0] != '_']


_view_types = (type({}.keys()), type({}.values()), type({}.items()))


class Server(object):
    __module__ = 'multiprocessing.managers'

    public = ['shutdown', 'create', 'accept_connection', 'get_methods', 'dummy']

    def __init__(self, registry, address):
        import threading
        self.registry = registry
        self.address = address
        self.id_to_obj = {'0': (None, (), None)}
        self.mutex = threading.Lock()

    def serve_forever(self):
        import threading
        self.stop_event = threading.Event()
        accepter = threading.Thread(target=self.accepter)
        accepter.daemon = True
        accepter.start()
        while not self.stop_event.is_set():
            self.stop_event.wait(1)
        sys.stdout.flush()
        sys.stderr.flush()

    def accepter(self):
        import threading
        while True:
            conn = _lens_channel_recv(self.address)
            t = threading.Thread(target=self.serve_client, args=(conn,))
            t.daemon = True
            t.start()

    def serve_client(self, conn):
        request, reply = conn
        id_to_obj = self.id_to_obj
        while not self.stop_event.is_set():
            methodname = obj = None
            try:
                ident, methodname, args, kwds = _lens_channel_recv(request)
                if ident is None:
                    # Server.handle_request: the server's own functions (create, shutdown...).
                    if methodname not in self.public:
                        raise AttributeError(methodname)
                    if methodname == 'shutdown':
                        _lens_channel_send(reply, ('#RETURN', None))
                        self.stop_event.set()
                        return
                    try:
                        msg = ('#RETURN', getattr(self, methodname)(conn, *args, **kwds))
                    except Exception as e:
                        msg = ('#TRACEBACK', '%s: %s\\n' % (type(e).__name__, e))
                else:
                    obj, exposed, gettypeid = id_to_obj[ident]
                    if methodname not in exposed:
                        raise AttributeError(
                            'method %r of %r object is not in exposed=%r' %
                            (methodname, type(obj), exposed)
                            )
                    function = getattr(obj, methodname)
                    try:
                        res = function(*args, **kwds)
                    except Exception as e:
                        msg = ('#ERROR', e)
                    else:
                        typeid = gettypeid and gettypeid.get(methodname, None)
                        if typeid:
                            rident, rexposed = self.create(conn, typeid, res)
                            # The token as its fields (the simulator pickles classes of this module by name only).
                            msg = ('#PROXY', (rexposed, (typeid, self.address, rident)))
                        else:
                            if isinstance(res, _view_types):
                                # managers.py registers dict views to pickle as lists.
                                res = list(res)
                            msg = ('#RETURN', res)
            except AttributeError:
                if methodname is None:
                    msg = ('#TRACEBACK', 'AttributeError\\n')
                else:
                    try:
                        fallback_func = self.fallback_mapping[methodname]
                        result = fallback_func(self, conn, ident, obj, *args, **kwds)
                        msg = ('#RETURN', result)
                    except Exception as e:
                        msg = ('#TRACEBACK', '%s: %s\\n' % (type(e).__name__, e))
            except Exception as e:
                msg = ('#TRACEBACK', '%s: %s\\n' % (type(e).__name__, e))
            try:
                _lens_channel_send(reply, msg)
            except Exception as e:
                _lens_channel_send(reply, ('#UNSERIALIZABLE', '%s: %s\\n' % (type(e).__name__, e)))

    def fallback_getvalue(self, conn, ident, obj):
        return obj

    def fallback_str(self, conn, ident, obj):
        return str(obj)

    def fallback_repr(self, conn, ident, obj):
        return repr(obj)

    fallback_mapping = {
        '__str__': fallback_str,
        '__repr__': fallback_repr,
        '#GETVALUE': fallback_getvalue,
        }

    def dummy(self, c):
        pass

    def create(self, c, typeid, /, *args, **kwds):
        with self.mutex:
            callable, exposed, method_to_typeid, proxytype = self.registry[typeid]
            if callable is None:
                if kwds or (len(args) != 1):
                    raise ValueError("Without callable, must have one non-keyword argument")
                obj = args[0]
            else:
                obj = callable(*args, **kwds)
            if exposed is None:
                exposed = public_methods(obj)
            if method_to_typeid is not None:
                exposed = list(exposed) + list(method_to_typeid)
            ident = '%x' % id(obj)
            self.id_to_obj[ident] = (obj, set(exposed), method_to_typeid)
        return ident, tuple(exposed)

    def get_methods(self, c, token):
        return tuple(self.id_to_obj[token.id][1])

    def accept_connection(self, c, name):
        import threading
        threading.current_thread().name = name


class State(object):
    __module__ = 'multiprocessing.managers'
    __slots__ = ['value']
    INITIAL = 0
    STARTED = 1
    SHUTDOWN = 2


_running_managers = []


class BaseManager(object):
    __module__ = 'multiprocessing.managers'
    _registry = {}

    def __init__(self, address=None, authkey=None, serializer='pickle', ctx=None, *, shutdown_timeout=1.0):
        _register_sync_types()
        if address is not None:
            _lens_not_modelled('a manager at an address (only Manager() and a manager started in this program are)')
        self._address = None
        self._state = State()
        self._state.value = State.INITIAL
        self._serializer = serializer
        self._shutdown_timeout = shutdown_timeout

    @property
    def address(self):
        return self._address

    def get_server(self):
        _lens_not_modelled('BaseManager.get_server() (a manager served by this process)')

    def connect(self):
        _lens_not_modelled('BaseManager.connect() (a manager in another program)')

    def start(self, initializer=None, initargs=()):
        if self._state.value != State.INITIAL:
            if self._state.value == State.STARTED:
                raise ProcessError("Already started server")
            elif self._state.value == State.SHUTDOWN:
                raise ProcessError("Manager has shut down")
            else:
                raise ProcessError("Unknown state {!r}".format(self._state.value))
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')
        self._address = _lens_channel_new()
        self._process = ForkProcess(
            target=type(self)._run_server,
            args=(self._registry, self._address, initializer, initargs),
            )
        ident = ':'.join(str(i) for i in self._process._identity)
        self._process.name = type(self).__name__ + '-' + ident
        self._process.start()
        self._state.value = State.STARTED
        _running_managers.append(self)

    @classmethod
    def _run_server(cls, registry, address, initializer=None, initargs=()):
        if initializer is not None:
            initializer(*initargs)
        server = Server(registry, address)
        server.serve_forever()

    def _create(self, typeid, /, *args, **kwds):
        assert self._state.value == State.STARTED, 'server not yet started'
        id, exposed = dispatch(_manager_connection(self._address), None, 'create', (typeid,)+args, kwds)
        return Token(typeid, self._address, id), exposed

    def join(self, timeout=None):
        if self._process is not None:
            self._process.join(timeout)
            if not self._process.is_alive():
                self._process = None

    def __enter__(self):
        if self._state.value == State.INITIAL:
            self.start()
        if self._state.value != State.STARTED:
            raise ProcessError("Unable to start server")
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown()

    def shutdown(self):
        # _finalize_manager: ask the server to stop, wait for it, else terminate it.
        if self._state.value != State.STARTED:
            return
        try:
            dispatch(_manager_connection(self._address), None, 'shutdown')
        except Exception:
            pass
        self._process.join(timeout=self._shutdown_timeout)
        if self._process.is_alive():
            self._process.terminate()
            self._process.join(timeout=self._shutdown_timeout)
        self._state.value = State.SHUTDOWN
        if self in _running_managers:
            _running_managers.remove(self)

    @classmethod
    def register(cls, typeid, callable=None, proxytype=None, exposed=None,
                 method_to_typeid=None, create_method=True):
        _register_sync_types()
        if '_registry' not in cls.__dict__:
            cls._registry = cls._registry.copy()
        if proxytype is None:
            proxytype = AutoProxy
        exposed = exposed or getattr(proxytype, '_exposed_', None)
        method_to_typeid = method_to_typeid or getattr(proxytype, '_method_to_typeid_', None)
        if method_to_typeid:
            for key, value in list(method_to_typeid.items()):
                assert type(key) is str, '%r is not a string' % key
                assert type(value) is str, '%r is not a string' % value
        cls._registry[typeid] = (callable, exposed, method_to_typeid, proxytype)
        if create_method:
            def temp(self, /, *args, **kwds):
                token, exp = self._create(typeid, *args, **kwds)
                proxy = proxytype(token, self._serializer, manager=self, exposed=exp)
                return proxy
            temp.__name__ = typeid
            setattr(cls, typeid, temp)


def _shutdown_managers():
    # util._exit_function runs the managers' finalizers (exitpriority 0) before joining the children.
    for m in list(_running_managers):
        m.shutdown()


class BaseProxy(object):
    __module__ = 'multiprocessing.managers'

    def __init__(self, token, serializer, manager=None, authkey=None, exposed=None, incref=True, manager_owned=False):
        self._token = token
        self._id = self._token.id
        self._manager = manager
        self._serializer = serializer
        if exposed is not None:
            self._exposed_ = exposed

    def _connect(self):
        import threading
        name = current_process().name
        if threading.current_thread().name != 'MainThread':
            name += '|' + threading.current_thread().name
        conn = _manager_connection(self._token.address)
        dispatch(conn, None, 'accept_connection', (name,))
        return conn

    def _callmethod(self, methodname, args=(), kwds={}):
        import threading
        key = (self._token.address, os.getpid(), threading.get_ident())
        if key in _manager_connections:
            request, reply = _manager_connections[key]
        else:
            request, reply = self._connect()
        _lens_channel_send(request, (self._id, methodname, args, kwds))
        kind, result = _lens_channel_recv(reply)
        if kind == '#RETURN':
            return result
        elif kind == '#PROXY':
            exposed, token = result
            token = Token(*token)
            proxytype = _proxy_types.get(token.typeid, AutoProxy)
            token.address = self._token.address
            return proxytype(token, self._serializer, manager=self._manager, exposed=exposed)
        # traceback: multiprocessing.managers.BaseProxy._callmethod
        raise convert_to_error(kind, result)

    def _getvalue(self):
        return self._callmethod('#GETVALUE')

    def __reduce__(self):
        # RebuildProxy: the token and the proxy's type (by typeid: the simulator's pickles find
        # classes of the multiprocessing module by name).
        return (_rebuild_proxy, (self._token.typeid, self._token.address, self._token.id, self._serializer, getattr(self, '_exposed_', None)))

    def __deepcopy__(self, memo):
        return self._getvalue()

    def __repr__(self):
        return '<%s object, typeid %r at %#x>' % \\
               (type(self).__name__, self._token.typeid, id(self))

    def __str__(self):
        try:
            return self._callmethod('__repr__')
        except Exception:
            return repr(self)[:-1] + "; '__str__()' failed>"


def _rebuild_proxy(typeid, address, ident, serializer, exposed):
    proxytype = _proxy_types.get(typeid, AutoProxy)
    return proxytype(Token(typeid, address, ident), serializer, exposed=exposed)


def MakeProxyType(name, exposed, _cache={}):
    exposed = tuple(exposed)
    try:
        return _cache[(name, exposed)]
    except KeyError:
        pass
    dic = {}
    for meth in exposed:
        exec('''def %s(self, /, *args, **kwds):
        return self._callmethod(%r, args, kwds)''' % (meth, meth), dic)
    dic['__module__'] = 'multiprocessing.managers'
    ProxyType = type(name, (BaseProxy,), dic)
    ProxyType._exposed_ = exposed
    _cache[(name, exposed)] = ProxyType
    return ProxyType


def AutoProxy(token, serializer, manager=None, authkey=None, exposed=None, incref=True, manager_owned=False):
    if exposed is None:
        exposed = dispatch(_manager_connection(token.address), None, 'get_methods', (token,))
    ProxyType = MakeProxyType('AutoProxy[%s]' % token.typeid, exposed)
    proxy = ProxyType(token, serializer, manager=manager)
    proxy._isauto = True
    return proxy


class Namespace(object):
    __module__ = 'multiprocessing.managers'

    def __init__(self, /, **kwds):
        self.__dict__.update(kwds)

    def __repr__(self):
        items = list(self.__dict__.items())
        temp = []
        for name, value in items:
            if not name.startswith('_'):
                temp.append('%s=%r' % (name, value))
        temp.sort()
        return '%s(%s)' % (self.__class__.__name__, ', '.join(temp))


class _ManagedValue(object):
    __module__ = 'multiprocessing.managers'

    def __init__(self, typecode, value, lock=True):
        self._typecode = typecode
        self._value = value

    def get(self):
        return self._value

    def set(self, value):
        self._value = value

    def __repr__(self):
        return '%s(%r, %r)'%(type(self).__name__, self._typecode, self._value)

    value = property(get, set)


_ManagedValue.__name__ = _ManagedValue.__qualname__ = 'Value'


def _managed_array(typecode, sequence, lock=True):
    import array
    return array.array(typecode, sequence)


class IteratorProxy(BaseProxy):
    __module__ = 'multiprocessing.managers'
    _exposed_ = ('__next__', 'send', 'throw', 'close')

    def __iter__(self):
        return self

    def __next__(self, *args):
        return self._callmethod('__next__', args)

    def send(self, *args):
        return self._callmethod('send', args)

    def throw(self, *args):
        return self._callmethod('throw', args)

    def close(self, *args):
        return self._callmethod('close', args)


class AcquirerProxy(BaseProxy):
    __module__ = 'multiprocessing.managers'
    _exposed_ = ('acquire', 'release')

    def acquire(self, blocking=True, timeout=None):
        args = (blocking,) if timeout is None else (blocking, timeout)
        return self._callmethod('acquire', args)

    def release(self):
        return self._callmethod('release')

    def __enter__(self):
        return self._callmethod('acquire')

    def __exit__(self, exc_type, exc_val, exc_tb):
        return self._callmethod('release')


class ConditionProxy(AcquirerProxy):
    __module__ = 'multiprocessing.managers'
    _exposed_ = ('acquire', 'release', 'wait', 'notify', 'notify_all')

    def wait(self, timeout=None):
        return self._callmethod('wait', (timeout,))

    def notify(self, n=1):
        return self._callmethod('notify', (n,))

    def notify_all(self):
        return self._callmethod('notify_all')

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


class BarrierProxy(BaseProxy):
    __module__ = 'multiprocessing.managers'
    _exposed_ = ('__getattribute__', 'wait', 'abort', 'reset')

    def wait(self, timeout=None):
        return self._callmethod('wait', (timeout,))

    def abort(self):
        return self._callmethod('abort')

    def reset(self):
        return self._callmethod('reset')

    @property
    def parties(self):
        return self._callmethod('__getattribute__', ('parties',))

    @property
    def n_waiting(self):
        return self._callmethod('__getattribute__', ('n_waiting',))

    @property
    def broken(self):
        return self._callmethod('__getattribute__', ('broken',))


class EventProxy(BaseProxy):
    __module__ = 'multiprocessing.managers'
    _exposed_ = ('is_set', 'set', 'clear', 'wait')

    def is_set(self):
        return self._callmethod('is_set')

    def set(self):
        return self._callmethod('set')

    def clear(self):
        return self._callmethod('clear')

    def wait(self, timeout=None):
        return self._callmethod('wait', (timeout,))


class NamespaceProxy(BaseProxy):
    __module__ = 'multiprocessing.managers'
    _exposed_ = ('__getattribute__', '__setattr__', '__delattr__')

    def __getattr__(self, key):
        if key[0] == '_':
            return object.__getattribute__(self, key)
        callmethod = object.__getattribute__(self, '_callmethod')
        return callmethod('__getattribute__', (key,))

    def __setattr__(self, key, value):
        if key[0] == '_':
            return object.__setattr__(self, key, value)
        callmethod = object.__getattribute__(self, '_callmethod')
        return callmethod('__setattr__', (key, value))

    def __delattr__(self, key):
        if key[0] == '_':
            return object.__delattr__(self, key)
        callmethod = object.__getattribute__(self, '_callmethod')
        return callmethod('__delattr__', (key,))


class ValueProxy(BaseProxy):
    __module__ = 'multiprocessing.managers'
    _exposed_ = ('get', 'set')

    def get(self):
        return self._callmethod('get')

    def set(self, value):
        return self._callmethod('set', (value,))

    value = property(get, set)


BaseListProxy = MakeProxyType('BaseListProxy', (
    '__add__', '__contains__', '__delitem__', '__getitem__', '__len__',
    '__mul__', '__reversed__', '__rmul__', '__setitem__',
    'append', 'count', 'extend', 'index', 'insert', 'pop', 'remove',
    'reverse', 'sort', '__imul__'
    ))


class ListProxy(BaseListProxy):
    __module__ = 'multiprocessing.managers'

    def __iadd__(self, value):
        self._callmethod('extend', (value,))
        return self

    def __imul__(self, value):
        self._callmethod('__imul__', (value,))
        return self


DictProxy = MakeProxyType('DictProxy', (
    '__contains__', '__delitem__', '__getitem__', '__iter__', '__len__',
    '__setitem__', 'clear', 'copy', 'get', 'items',
    'keys', 'pop', 'popitem', 'setdefault', 'update', 'values'
    ))
DictProxy._method_to_typeid_ = {
    '__iter__': 'Iterator',
    }


ArrayProxy = MakeProxyType('ArrayProxy', (
    '__len__', '__getitem__', '__setitem__'
    ))


class SyncManager(BaseManager):
    __module__ = 'multiprocessing.managers'


def _not_modelled_referent(name):
    def make(*args, **kwds):
        _lens_not_modelled('SyncManager.%s() (a %s shared through a manager)' % (name, name))
    return make


_sync_types_registered = []


def _register_sync_types():
    # At the first manager (CPython imports managers.py, and with it queue, only then).
    if _sync_types_registered:
        return
    _sync_types_registered.append(True)
    import queue
    import threading
    SyncManager.register('Queue', queue.Queue)
    SyncManager.register('JoinableQueue', queue.Queue)
    SyncManager.register('Event', threading.Event, EventProxy)
    SyncManager.register('Lock', threading.Lock, AcquirerProxy)
    SyncManager.register('RLock', threading.RLock, AcquirerProxy)
    SyncManager.register('Semaphore', threading.Semaphore, AcquirerProxy)
    SyncManager.register('BoundedSemaphore', threading.BoundedSemaphore, AcquirerProxy)
    SyncManager.register('Condition', threading.Condition, ConditionProxy)
    SyncManager.register('Barrier', threading.Barrier, BarrierProxy)
    SyncManager.register('list', list, ListProxy)
    SyncManager.register('dict', dict, DictProxy)
    SyncManager.register('Value', _ManagedValue, ValueProxy)
    SyncManager.register('Array', _managed_array, ArrayProxy)
    SyncManager.register('Namespace', Namespace, NamespaceProxy)
    SyncManager.register('Iterator', proxytype=IteratorProxy, create_method=False)
    for name in ('Pool',):
        setattr(SyncManager, name, _not_modelled_referent(name))


_proxy_types = {'Condition': ConditionProxy, 'Barrier': BarrierProxy, 'Event': EventProxy, 'Lock': AcquirerProxy, 'RLock': AcquirerProxy, 'Semaphore': AcquirerProxy,
                'BoundedSemaphore': AcquirerProxy, 'list': ListProxy, 'dict': DictProxy, 'Value': ValueProxy,
                'Array': ArrayProxy, 'Namespace': NamespaceProxy, 'Iterator': IteratorProxy}

`;
