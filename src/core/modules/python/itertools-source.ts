// The itertools module, run by the simulator when `itertools` is first imported. In CPython every
// itertools type is C (Modules/itertoolsmodule.c); here each is a class with __slots__ written for
// CPython Lens after that file: it keeps the references the C struct keeps (the iterator of its
// argument, the saved items, the pools, the last result tuple), so what sys.getrefcount shows for an
// object an iterator holds is CPython's, and it has the C reprs and messages. The classes' frames
// are library code, left out of tracebacks like C frames. `_HAS_BATCHED` and `_BATCHED_STRICT`
// come from the version's data (modules/itertools.ts).

export const ITERTOOLS_SOURCE = `
# Each class keeps the references its C struct keeps (Modules/itertoolsmodule.c), so the counts a
# program sees through sys.getrefcount are CPython's; reprs and error messages are the C ones.

import sys as _sys


def _no_keywords(name, kwargs):
    if kwargs:
        raise TypeError(name + '() takes no keyword arguments')


def _check_positional(name, n, low, high):
    # _PyArg_CheckPositional: "islice expected at least 2 arguments, got 1"
    if n < low:
        raise TypeError('%s expected %s%d argument%s, got %d'
                        % (name, '' if low == high else 'at least ', low, '' if low == 1 else 's', n))
    if n > high:
        raise TypeError('%s expected %s%d argument%s, got %d'
                        % (name, '' if low == high else 'at most ', high, '' if high == 1 else 's', n))


def _index(value):
    # PyNumber_AsSsize_t as Argument Clinic calls it.
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    index = getattr(type(value), '__index__', None)
    if index is None:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)
    return index(value)


def _is_number(value):
    # PyNumber_Check: int, float, complex, or a type with __index__, __int__ or __float__.
    if isinstance(value, (int, float, complex)):
        return True
    t = type(value)
    return hasattr(t, '__index__') or hasattr(t, '__int__') or hasattr(t, '__float__')


def _parse(name, args, kwargs, names, required):
    # Argument Clinic's keyword parser for the few functions that take keywords.
    if len(args) + len(kwargs) > len(names):
        raise TypeError('%s() takes at most %d argument%s (%d given)'
                        % (name, len(names), '' if len(names) == 1 else 's', len(args) + len(kwargs)))
    values = list(args) + [_missing] * (len(names) - len(args))
    for key in kwargs:
        if key not in names:
            raise TypeError("%s() got an unexpected keyword argument '%s'" % (name, key))
        position = names.index(key)
        if position < len(args):
            raise TypeError("argument for %s() given by name ('%s') and position (%d)" % (name, key, position + 1))
        values[position] = kwargs[key]
    for i in range(required):
        if values[i] is _missing:
            raise TypeError("%s() missing required argument '%s' (pos %d)" % (name, names[i], i + 1))
    return values


_missing = object()


class count:
    __slots__ = ('_cnt', '_step')

    def __init__(self, *args, **kwargs):
        start, step = _parse('count', args, kwargs, ('start', 'step'), 0)
        if start is _missing:
            start = 0
        if step is _missing:
            step = 1
        if not _is_number(start) or not _is_number(step):
            raise TypeError('a number is required')
        self._cnt = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        returned = self._cnt
        self._cnt = returned + self._step
        return returned

    def __repr__(self):
        step = self._step
        if isinstance(step, int) and step == 1:
            return 'count(%r)' % (self._cnt,)
        return 'count(%r, %r)' % (self._cnt, step)


class cycle:
    __slots__ = ('_it', '_saved', '_index')

    def __init__(self, *args, **kwargs):
        _no_keywords('cycle', kwargs)
        _check_positional('cycle', len(args), 1, 1)
        self._it = iter(args[0])
        self._saved = []
        self._index = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._it is not None:
            item = next(self._it, _missing)
            if item is not _missing:
                self._saved.append(item)
                return item
            self._it = None
        saved = self._saved
        if not saved:
            raise StopIteration
        item = saved[self._index]
        self._index += 1
        if self._index >= len(saved):
            self._index = 0
        return item


class repeat:
    __slots__ = ('_element', '_cnt')

    def __init__(self, *args, **kwargs):
        element, times = _parse('repeat', args, kwargs, ('object', 'times'), 1)
        self._element = element
        if times is _missing:
            self._cnt = -1
        else:
            times = _index(times)
            self._cnt = times if times > 0 else 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._cnt == 0:
            raise StopIteration
        if self._cnt > 0:
            self._cnt -= 1
        return self._element

    def __length_hint__(self):
        if self._cnt == -1:
            raise TypeError('len() of unsized object')
        return self._cnt

    def __repr__(self):
        if self._cnt == -1:
            return 'repeat(%r)' % (self._element,)
        return 'repeat(%r, %d)' % (self._element, self._cnt)


class chain:
    # source: an iterator over the iterables (over the argument tuple for chain(a, b));
    # active: the iterator of the one being read, made when reading reaches it.
    __slots__ = ('_source', '_active')

    def __init__(self, *args, **kwargs):
        _no_keywords('chain', kwargs)
        self._source = iter(args)
        self._active = None

    @classmethod
    def from_iterable(cls, iterable):
        self = cls()
        self._source = iter(iterable)
        return self

    def __iter__(self):
        return self

    def __next__(self):
        while self._source is not None:
            if self._active is None:
                iterable = next(self._source, _missing)
                if iterable is _missing:
                    self._source = None
                    raise StopIteration
                try:
                    self._active = iter(iterable)
                except BaseException:
                    self._source = None
                    raise
                del iterable
            item = next(self._active, _missing)
            if item is not _missing:
                return item
            self._active = None
        raise StopIteration


_STOP_MESSAGE = 'Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.'


def _ssize_or_minus_one(value):
    # PyNumber_AsSsize_t with the error cleared, as islice_new does.
    try:
        return _index(value)
    except TypeError:
        return -1


class islice:
    __slots__ = ('_it', '_next', '_stop', '_step', '_cnt')

    def __init__(self, *args, **kwargs):
        _no_keywords('islice', kwargs)
        _check_positional('islice', len(args), 2, 4)
        start = 0
        stop = -1
        step = 1
        if len(args) == 2:
            if args[1] is not None:
                stop = _ssize_or_minus_one(args[1])
                if stop == -1:
                    raise ValueError(_STOP_MESSAGE)
        else:
            if args[1] is not None:
                start = _ssize_or_minus_one(args[1])
            if args[2] is not None:
                stop = _ssize_or_minus_one(args[2])
                if stop == -1:
                    raise ValueError(_STOP_MESSAGE)
        if start < 0 or stop < -1:
            raise ValueError('Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.')
        if len(args) == 4 and args[3] is not None:
            step = _ssize_or_minus_one(args[3])
        if step < 1:
            raise ValueError('Step for islice() must be a positive integer or None.')
        self._it = iter(args[0])
        self._next = start
        self._stop = stop
        self._step = step
        self._cnt = 0

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        stop = self._stop
        while self._cnt < self._next:
            item = next(it, _missing)
            if item is _missing:
                self._it = None
                raise StopIteration
            del item
            self._cnt += 1
        if stop != -1 and self._cnt >= stop:
            self._it = None
            raise StopIteration
        item = next(it, _missing)
        if item is _missing:
            self._it = None
            raise StopIteration
        self._cnt += 1
        self._next += self._step
        if stop != -1 and self._next > stop:
            self._next = stop
        return item


# product, permutations and combinations keep their pool(s) as tuples, the indices, and the last
# tuple they returned (lz->result) until the next one replaces it.

class product:
    __slots__ = ('_pools', '_indices', '_result', '_stopped')

    def __init__(self, *args, **kwargs):
        repeat = 1
        for key in kwargs:
            if key != 'repeat':
                raise TypeError("product() got an unexpected keyword argument '%s'" % key)
            repeat = _index(kwargs[key])
            if repeat < 0:
                raise ValueError('repeat argument cannot be negative')
        pools = tuple([tuple(a) for a in args]) * repeat
        self._pools = pools
        self._indices = [0] * len(pools)
        self._result = None
        self._stopped = False

    def __iter__(self):
        return self

    def __next__(self):
        if self._stopped:
            raise StopIteration
        pools = self._pools
        indices = self._indices
        if self._result is None:
            for pool in pools:
                if not pool:
                    self._stopped = True
                    raise StopIteration
            self._result = tuple([pool[0] for pool in pools])
            return self._result
        i = len(pools) - 1
        while i >= 0:
            pool = pools[i]
            indices[i] += 1
            if indices[i] == len(pool):
                indices[i] = 0
                i -= 1
            else:
                break
        if i < 0:
            # Every position rolled over to its pool's first item, in place, before the end was seen.
            self._result = tuple([pool[0] for pool in pools])
            self._stopped = True
            raise StopIteration
        self._result = tuple([pools[k][indices[k]] for k in range(len(pools))])
        return self._result


class combinations:
    __slots__ = ('_pool', '_indices', '_result', '_r', '_stopped')

    def __init__(self, *args, **kwargs):
        iterable, r = _parse('combinations', args, kwargs, ('iterable', 'r'), 2)
        r = _index(r)
        if r < 0:
            raise ValueError('r must be non-negative')
        self._pool = tuple(iterable)
        self._indices = list(range(r))
        self._result = None
        self._r = r
        self._stopped = r > len(self._pool)

    def __iter__(self):
        return self

    def __next__(self):
        if self._stopped:
            raise StopIteration
        pool = self._pool
        indices = self._indices
        r = self._r
        n = len(pool)
        if self._result is not None:
            i = r - 1
            while i >= 0 and indices[i] == i + n - r:
                i -= 1
            if i < 0:
                self._stopped = True
                raise StopIteration
            indices[i] += 1
            for j in range(i + 1, r):
                indices[j] = indices[j - 1] + 1
        self._result = tuple([pool[k] for k in indices])
        return self._result


class combinations_with_replacement:
    __slots__ = ('_pool', '_indices', '_result', '_r', '_stopped')

    def __init__(self, *args, **kwargs):
        iterable, r = _parse('combinations_with_replacement', args, kwargs, ('iterable', 'r'), 2)
        r = _index(r)
        if r < 0:
            raise ValueError('r must be non-negative')
        self._pool = tuple(iterable)
        self._indices = [0] * r
        self._result = None
        self._r = r
        self._stopped = len(self._pool) == 0 and r > 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._stopped:
            raise StopIteration
        pool = self._pool
        indices = self._indices
        r = self._r
        n = len(pool)
        if self._result is not None:
            i = r - 1
            while i >= 0 and indices[i] == n - 1:
                i -= 1
            if i < 0:
                self._stopped = True
                raise StopIteration
            index = indices[i] + 1
            for j in range(i, r):
                indices[j] = index
        self._result = tuple([pool[k] for k in indices])
        return self._result


class permutations:
    __slots__ = ('_pool', '_indices', '_cycles', '_result', '_r', '_stopped')

    def __init__(self, *args, **kwargs):
        iterable, r = _parse('permutations', args, kwargs, ('iterable', 'r'), 1)
        pool = tuple(iterable)
        n = len(pool)
        if r is _missing or r is None:
            r = n
        else:
            r = _index(r)
            if r < 0:
                raise ValueError('r must be non-negative')
        self._pool = pool
        self._indices = list(range(n))
        self._cycles = list(range(n, n - r, -1))
        self._result = None
        self._r = r
        self._stopped = r > n

    def __iter__(self):
        return self

    def __next__(self):
        if self._stopped:
            raise StopIteration
        pool = self._pool
        indices = self._indices
        cycles = self._cycles
        r = self._r
        n = len(pool)
        if self._result is not None:
            if n == 0:
                self._stopped = True
                raise StopIteration
            i = r - 1
            while i >= 0:
                cycles[i] -= 1
                if cycles[i] == 0:
                    indices[i:] = indices[i + 1:] + indices[i:i + 1]
                    cycles[i] = n - i
                    i -= 1
                else:
                    j = cycles[i]
                    indices[i], indices[-j] = indices[-j], indices[i]
                    break
            if i < 0:
                self._stopped = True
                raise StopIteration
        self._result = tuple([pool[k] for k in indices[:r]])
        return self._result


class accumulate:
    __slots__ = ('_total', '_it', '_binop', '_initial')

    def __init__(self, *args, **kwargs):
        if len(args) > 2:
            raise TypeError('accumulate() takes at most 3 arguments (%d given)' % (len(args) + len(kwargs)))
        iterable, func, initial = _parse('accumulate', args, kwargs, ('iterable', 'func', 'initial'), 1)
        self._it = iter(iterable)
        self._binop = None if func is _missing or func is None else func
        self._total = None
        self._initial = None if initial is _missing else initial

    def __iter__(self):
        return self

    def __next__(self):
        if self._initial is not None:
            self._total = self._initial
            self._initial = None
            return self._total
        value = next(self._it)
        if self._total is None:
            self._total = value
            return value
        if self._binop is None:
            total = self._total + value
        else:
            total = self._binop(self._total, value)
        del value
        self._total = total
        return total


class groupby:
    # CPython's groupby keeps a borrowed pointer to its current _grouper; a generation number
    # stands for it here, so that neither holds a reference the real objects do not hold.
    __slots__ = ('_it', '_keyfunc', '_tgtkey', '_currkey', '_currvalue', '_generation')

    def __init__(self, *args, **kwargs):
        iterable, key = _parse('groupby', args, kwargs, ('iterable', 'key'), 1)
        self._keyfunc = None if key is _missing else key
        self._it = iter(iterable)
        self._tgtkey = _missing
        self._currkey = _missing
        self._currvalue = _missing
        self._generation = 0

    def __iter__(self):
        return self

    def _step(self):
        value = next(self._it)
        if self._keyfunc is None:
            key = value
        else:
            key = self._keyfunc(value)
        self._currvalue = value
        self._currkey = key

    def __next__(self):
        self._generation += 1
        while True:
            if self._currkey is _missing:
                pass
            elif self._tgtkey is _missing:
                break
            elif not (self._tgtkey is self._currkey or self._tgtkey == self._currkey):
                break
            self._step()
        self._tgtkey = self._currkey
        return (self._currkey, _grouper(self, self._tgtkey))


class _grouper:
    __slots__ = ('_parent', '_tgtkey', '_generation')

    def __init__(self, parent, tgtkey):
        self._parent = parent
        self._tgtkey = tgtkey
        self._generation = parent._generation

    def __iter__(self):
        return self

    def __next__(self):
        parent = self._parent
        if parent._generation != self._generation:
            raise StopIteration
        if parent._currvalue is _missing:
            parent._step()
        if not (self._tgtkey is parent._currkey or self._tgtkey == parent._currkey):
            raise StopIteration
        value = parent._currvalue
        parent._currvalue = _missing
        parent._currkey = _missing
        return value


class zip_longest:
    # Like zip, it refills its result tuple in place while nothing else holds it, and otherwise
    # returns a new tuple without letting go of the one it has.
    __slots__ = ('_iterators', '_numactive', '_result', '_fillvalue')

    def __init__(self, *args, **kwargs):
        fillvalue = None
        for key in kwargs:
            if key != 'fillvalue':
                raise TypeError('zip_longest() got an unexpected keyword argument')
            fillvalue = kwargs[key]
        self._iterators = [iter(a) for a in args]
        self._numactive = len(args)
        self._result = tuple([None] * len(args))
        self._fillvalue = fillvalue

    def __iter__(self):
        return self

    def __next__(self):
        iterators = self._iterators
        if not iterators or self._numactive == 0:
            raise StopIteration
        reuse = _sys.getrefcount(self._result) == 2
        items = list(self._result) if reuse else [None] * len(iterators)
        for i in range(len(iterators)):
            it = iterators[i]
            if it is None:
                item = self._fillvalue
            else:
                item = next(it, _missing)
                if item is _missing:
                    self._numactive -= 1
                    if self._numactive == 0:
                        if reuse:
                            # the items replaced before the end stay in the tuple
                            self._result = tuple(items)
                        del items
                        raise StopIteration
                    item = self._fillvalue
                    iterators[i] = None
            items[i] = item
            del item
        if reuse:
            self._result = tuple(items)
            return self._result
        return tuple(items)


class starmap:
    __slots__ = ('_func', '_it')

    def __init__(self, *args, **kwargs):
        _no_keywords('starmap', kwargs)
        _check_positional('starmap', len(args), 2, 2)
        self._it = iter(args[1])
        self._func = args[0]

    def __iter__(self):
        return self

    def __next__(self):
        args = next(self._it)
        if type(args) is not tuple:
            args = tuple(args)
        return self._func(*args)


class takewhile:
    __slots__ = ('_func', '_it', '_stop')

    def __init__(self, *args, **kwargs):
        _no_keywords('takewhile', kwargs)
        _check_positional('takewhile', len(args), 2, 2)
        self._it = iter(args[1])
        self._func = args[0]
        self._stop = False

    def __iter__(self):
        return self

    def __next__(self):
        if self._stop:
            raise StopIteration
        item = next(self._it)
        if self._func(item):
            return item
        self._stop = True
        raise StopIteration


class dropwhile:
    __slots__ = ('_func', '_it', '_start')

    def __init__(self, *args, **kwargs):
        _no_keywords('dropwhile', kwargs)
        _check_positional('dropwhile', len(args), 2, 2)
        self._it = iter(args[1])
        self._func = args[0]
        self._start = False

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            item = next(self._it)
            if self._start:
                return item
            if not self._func(item):
                self._start = True
                return item


class filterfalse:
    __slots__ = ('_func', '_it')

    def __init__(self, *args, **kwargs):
        _no_keywords('filterfalse', kwargs)
        _check_positional('filterfalse', len(args), 2, 2)
        self._it = iter(args[1])
        self._func = args[0]

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            item = next(self._it)
            if self._func is None:
                ok = item
            else:
                ok = self._func(item)
            if not ok:
                return item


class compress:
    __slots__ = ('_data', '_selectors')

    def __init__(self, *args, **kwargs):
        data, selectors = _parse('compress', args, kwargs, ('data', 'selectors'), 2)
        self._data = iter(data)
        self._selectors = iter(selectors)

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            datum = next(self._data)
            selector = next(self._selectors)
            if selector:
                return datum


class pairwise:
    # 3.13+ keeps a result tuple it refills while nothing else holds it (as zip_longest does).
    __slots__ = ('_it', '_old', '_result')
    _keeps_result = _PAIRWISE_KEEPS_RESULT

    def __init__(self, *args, **kwargs):
        _no_keywords('pairwise', kwargs)
        _check_positional('pairwise', len(args), 1, 1)
        self._it = iter(args[0])
        self._old = _missing
        # a new tuple, not the code's constant (None, None), which more than this iterator holds
        self._result = tuple([None, None]) if self._keeps_result else None

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        if self._old is _missing:
            old = next(it, _missing)
            if old is _missing:
                self._it = None
                raise StopIteration
            self._old = old
            del old
        new = next(it, _missing)
        if new is _missing:
            self._it = None
            self._old = _missing
            raise StopIteration
        if self._keeps_result and _sys.getrefcount(self._result) == 2:
            self._result = (self._old, new)
            result = self._result
        else:
            result = (self._old, new)
        self._old = new
        return result


class batched:
    __slots__ = ('_it', '_n', '_strict')
    _strict_keyword = _BATCHED_STRICT   # 3.13+: batched(iterable, n, *, strict=False)

    def __init__(self, *args, **kwargs):
        strict = False
        if self._strict_keyword and 'strict' in kwargs:
            kwargs = dict(kwargs)
            strict = kwargs.pop('strict')
        iterable, n = _parse('batched', args, kwargs, ('iterable', 'n'), 2)
        n = _index(n)
        if n < 1:
            raise ValueError('n must be at least one')
        self._it = iter(iterable)
        self._n = n
        self._strict = bool(strict)

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        items = []
        for _ in range(self._n):
            item = next(it, _missing)
            if item is _missing:
                break
            items.append(item)
            del item
        if not items:
            self._it = None
            raise StopIteration
        if len(items) < self._n and self._strict:
            self._it = None
            raise ValueError('batched(): incomplete batch')
        return tuple(items)


_LINKCELLS = 57


class _tee_dataobject:
    # A block of up to 57 items read from the shared iterator, linked to the next block: an item
    # stays alive while some tee has not read past its block.
    __slots__ = ('_it', '_values', '_nextlink')

    def __init__(self, it):
        self._it = it
        self._values = []
        self._nextlink = None

    def _getitem(self, i):
        if i < len(self._values):
            return self._values[i]
        value = next(self._it)
        self._values.append(value)
        return value

    def _jumplink(self):
        if self._nextlink is None:
            self._nextlink = _tee_dataobject(self._it)
        return self._nextlink


class _tee:
    __slots__ = ('_dataobj', '_index', '__weakref__')

    def __init__(self, dataobj, index):
        self._dataobj = dataobj
        self._index = index

    def __iter__(self):
        return self

    def __next__(self):
        if self._index >= _LINKCELLS:
            self._dataobj = self._dataobj._jumplink()
            self._index = 0
        value = self._dataobj._getitem(self._index)
        self._index += 1
        return value

    def __copy__(self):
        return _tee(self._dataobj, self._index)


def tee(iterable, n=2, /):
    n = _index(n)
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    it = iter(iterable)
    copy = getattr(type(it), '__copy__', None)
    if copy is None:
        first = _tee(_tee_dataobject(it), 0)
    else:
        first = copy(it)
    del it
    result = [first]
    for _ in range(1, n):
        result.append(first.__copy__())
    return tuple(result)


_lens_c_types(count, cycle, repeat, chain, islice, product, combinations, combinations_with_replacement,
              permutations, accumulate, groupby, _grouper, zip_longest, starmap, takewhile, dropwhile,
              filterfalse, compress, pairwise, batched, _tee_dataobject, _tee)
del _lens_c_types

if not _HAS_BATCHED:
    del batched
del _HAS_BATCHED, _BATCHED_STRICT, _PAIRWISE_KEEPS_RESULT
`;
