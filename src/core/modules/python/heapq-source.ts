// Lib/heapq.py, run by the simulator when `heapq` is first imported: CPython Lens's version of it (the
// file is the same in 3.11 to 3.13). Its heap functions come from the C module _heapq
// (modules/heapq/heapq-module.ts), as CPython's `from _heapq import *` replaces the Python ones; merge,
// nsmallest and nlargest are Python there too, written here with the same statements in the same order,
// so they compare, call keys and hold references as CPython's do. A line marked `# traceback: key` is one
// CPython's tracebacks show, written as in CPython's file (runtime/stdlib-frames.ts; its line numbers are
// data, modules/heapq/heapq-py-lines.ts).

export const HEAPQ_SOURCE = String.raw`"""Heap queue algorithm (a.k.a. priority queue)."""

# CPython Lens's version of Lib/heapq.py. The heap operations are the C module's; merge, nsmallest
# and nlargest run over them as CPython's do. Lines a traceback can show are written as CPython's and
# marked '# traceback: key' (runtime/stdlib-frames.ts).

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']

from _heapq import *
from _heapq import _heapreplace_max, _heapify_max, _heappop_max


def merge(*iterables, key=None, reverse=False):
    '''Merge multiple sorted inputs into a single sorted output.'''
    # Each heap entry is a list [value or key, order, (value,) next]: the order breaks ties between
    # inputs and keeps the merge stable; entries are updated in place and put back with _heapreplace.
    h = []
    h_append = h.append

    # traceback: heapq.merge.reverse
    if reverse:
        _heapify = _heapify_max
        _heappop = _heappop_max
        _heapreplace = _heapreplace_max
        direction = -1
    else:
        _heapify = heapify
        _heappop = heappop
        _heapreplace = heapreplace
        direction = 1

    if key is None:
        # traceback: heapq.merge.iterables
        for order, it in enumerate(map(iter, iterables)):
            try:
                next = it.__next__
                # traceback: heapq.merge.first
                h_append([next(), order * direction, next])
            except StopIteration:
                pass
        # traceback: heapq.merge.heapify
        _heapify(h)
        while len(h) > 1:
            try:
                while True:
                    value, order, next = s = h[0]
                    yield value
                    # traceback: heapq.merge.next
                    s[0] = next()           # raises StopIteration when exhausted
                    # traceback: heapq.merge.replace
                    _heapreplace(h, s)      # restore heap condition
            except StopIteration:
                # traceback: heapq.merge.pop
                _heappop(h)                 # remove empty iterator
        if h:
            # The last input left is passed through as it is.
            value, order, next = h[0]
            yield value
            # traceback: heapq.merge.rest
            yield from next.__self__
        return

    # traceback: heapq.merge.key_iterables
    for order, it in enumerate(map(iter, iterables)):
        try:
            next = it.__next__
            # traceback: heapq.merge.key_first_next
            value = next()
            # traceback: heapq.merge.key_first
            h_append([key(value), order * direction, value, next])
        except StopIteration:
            pass
    # traceback: heapq.merge.key_heapify
    _heapify(h)
    while len(h) > 1:
        try:
            while True:
                key_value, order, value, next = s = h[0]
                yield value
                # traceback: heapq.merge.key_next
                value = next()
                # traceback: heapq.merge.key_key
                s[0] = key(value)
                s[2] = value
                # traceback: heapq.merge.key_replace
                _heapreplace(h, s)
        except StopIteration:
            # traceback: heapq.merge.key_pop
            _heappop(h)
    if h:
        key_value, order, value, next = h[0]
        yield value
        # traceback: heapq.merge.key_rest
        yield from next.__self__


def nsmallest(n, iterable, key=None):
    """Find the n smallest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key)[:n]
    """
    # n == 1 is min(); n at least the length (when there is one) is sorted().
    # traceback: heapq.nsmallest.one
    if n == 1:
        # traceback: heapq.nsmallest.one_iter
        it = iter(iterable)
        sentinel = object()
        # traceback: heapq.nsmallest.one_min
        result = min(it, default=sentinel, key=key)
        return [] if result is sentinel else [result]

    try:
        # traceback: heapq.nsmallest.len
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        # traceback: heapq.nsmallest.n_size
        if n >= size:
            # traceback: heapq.nsmallest.sorted
            return sorted(iterable, key=key)[:n]

    # Otherwise a max-heap of the n smallest so far, as (elem, order) or (key, order, elem) tuples:
    # the order makes equal elements keep their input order and never compares two elements' payloads.
    if key is None:
        # traceback: heapq.nsmallest.iter
        it = iter(iterable)
        # range(n) comes first, so zip() takes no element past the n-th.
        # traceback: heapq.nsmallest.first
        result = [(elem, i) for i, elem in zip(range(n), it)]
        if not result:
            return result
        # traceback: heapq.nsmallest.heapify
        _heapify_max(result)
        top = result[0][0]
        order = n
        _heapreplace = _heapreplace_max
        # traceback: heapq.nsmallest.rest
        for elem in it:
            # traceback: heapq.nsmallest.compare
            if elem < top:
                # traceback: heapq.nsmallest.replace
                _heapreplace(result, (elem, order))
                top, _order = result[0]
                order += 1
        # traceback: heapq.nsmallest.sort
        result.sort()
        return [elem for (elem, order) in result]

    # traceback: heapq.nsmallest.key_iter
    it = iter(iterable)
    # traceback: heapq.nsmallest.key_first
    result = [(key(elem), i, elem) for i, elem in zip(range(n), it)]
    if not result:
        return result
    # traceback: heapq.nsmallest.key_heapify
    _heapify_max(result)
    top = result[0][0]
    order = n
    _heapreplace = _heapreplace_max
    # traceback: heapq.nsmallest.key_rest
    for elem in it:
        # traceback: heapq.nsmallest.key
        k = key(elem)
        # traceback: heapq.nsmallest.key_compare
        if k < top:
            # traceback: heapq.nsmallest.key_replace
            _heapreplace(result, (k, order, elem))
            top, _order, _elem = result[0]
            order += 1
    # traceback: heapq.nsmallest.key_sort
    result.sort()
    return [elem for (k, order, elem) in result]


def nlargest(n, iterable, key=None):
    """Find the n largest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key, reverse=True)[:n]
    """
    # As nsmallest, mirrored: max(), sorted(reverse=True), then a min-heap of the n largest so far
    # whose orders count down, so that equal elements still keep their input order.
    # traceback: heapq.nlargest.one
    if n == 1:
        # traceback: heapq.nlargest.one_iter
        it = iter(iterable)
        sentinel = object()
        # traceback: heapq.nlargest.one_max
        result = max(it, default=sentinel, key=key)
        return [] if result is sentinel else [result]

    try:
        # traceback: heapq.nlargest.len
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        # traceback: heapq.nlargest.n_size
        if n >= size:
            # traceback: heapq.nlargest.sorted
            return sorted(iterable, key=key, reverse=True)[:n]

    if key is None:
        # traceback: heapq.nlargest.iter
        it = iter(iterable)
        # traceback: heapq.nlargest.first
        result = [(elem, i) for i, elem in zip(range(0, -n, -1), it)]
        if not result:
            return result
        # traceback: heapq.nlargest.heapify
        heapify(result)
        top = result[0][0]
        order = -n
        _heapreplace = heapreplace
        # traceback: heapq.nlargest.rest
        for elem in it:
            # traceback: heapq.nlargest.compare
            if top < elem:
                # traceback: heapq.nlargest.replace
                _heapreplace(result, (elem, order))
                top, _order = result[0]
                order -= 1
        # traceback: heapq.nlargest.sort
        result.sort(reverse=True)
        return [elem for (elem, order) in result]

    # traceback: heapq.nlargest.key_iter
    it = iter(iterable)
    # traceback: heapq.nlargest.key_first
    result = [(key(elem), i, elem) for i, elem in zip(range(0, -n, -1), it)]
    if not result:
        return result
    # traceback: heapq.nlargest.key_heapify
    heapify(result)
    top = result[0][0]
    order = -n
    _heapreplace = heapreplace
    # traceback: heapq.nlargest.key_rest
    for elem in it:
        # traceback: heapq.nlargest.key
        k = key(elem)
        # traceback: heapq.nlargest.key_compare
        if top < k:
            # traceback: heapq.nlargest.key_replace
            _heapreplace(result, (k, order, elem))
            top, _order, _elem = result[0]
            order -= 1
    # traceback: heapq.nlargest.key_sort
    result.sort(reverse=True)
    return [elem for (k, order, elem) in result]
`;
