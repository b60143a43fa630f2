// multiprocessing's pool.py for CPython Lens (see multiprocessing-source.ts): Pool with
// ForkPoolWorker-N workers taking pickled tasks from one pipe, results fetched by the caller while
// it waits (CPython has three handler threads for that), map/starmap/apply_async/imap.

export const MULTIPROCESSING_POOL_SOURCE = `
# ---- pool.py ---------------------------------------------------------------------------------

import itertools


def mapstar(args):
    # traceback: multiprocessing.pool.mapstar
    return list(map(*args))


def starmapstar(args):
    # traceback: multiprocessing.pool.starmapstar
    return list(itertools.starmap(args[0], args[1]))


class RemoteTraceback(Exception):
    __module__ = 'multiprocessing.pool'

    def __init__(self, tb):
        self.tb = tb

    def __str__(self):
        return self.tb


class ExceptionWithTraceback:
    __module__ = 'multiprocessing.pool'

    def __init__(self, exc, tb):
        # traceback.format_exception(type(exc), exc, tb), in the worker.
        tb = _lens_format_exception(exc)
        self.exc = exc
        self.tb = '\\n"""\\n%s"""' % tb

    def __reduce__(self):
        return rebuild_exc, (self.exc, self.tb)


def rebuild_exc(exc, tb):
    exc.__cause__ = RemoteTraceback(tb)
    return exc


class MaybeEncodingError(Exception):
    def __init__(self, exc, value):
        self.exc = repr(exc)
        self.value = repr(value)
        super().__init__(self.exc, self.value)

    def __str__(self):
        return "Error sending result: '%s'. Reason: '%s'" % (self.value, self.exc)


def worker(inqueue, outqueue, initializer=None, initargs=(), wrap_exception=False):
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
            # traceback: multiprocessing.pool.worker
            result = (True, func(*args, **kwds))
        except Exception as e:
            if wrap_exception:
                e = ExceptionWithTraceback(e, e.__traceback__)
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
            # traceback: multiprocessing.pool.ApplyResult.get.timeout
            raise TimeoutError
        if self._success:
            return self._value
        else:
            # traceback: multiprocessing.pool.ApplyResult.get
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
                # traceback: multiprocessing.pool.IMapIterator.next
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
    __module__ = 'multiprocessing.pool'
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
            w = self.Process(target=worker, args=(self._inqueue, self._outqueue, initializer, initargs, self._wrap_exception))
            w.name = w.name.replace('Process', 'PoolWorker')
            w.daemon = True
            w.start()
            self._pool.append(w)
        self._state = 'RUN'

    def __reduce__(self):
        raise NotImplementedError(
              'pool objects cannot be passed between processes or pickled'
              )

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
        # traceback: multiprocessing.pool.Pool.apply
        return self.apply_async(func, args, kwds).get()

    def map(self, func, iterable, chunksize=None):
        # traceback: multiprocessing.pool.Pool.map
        return self._map_async(func, iterable, mapstar, chunksize).get()

    def starmap(self, func, iterable, chunksize=None):
        # traceback: multiprocessing.pool.Pool.starmap
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
