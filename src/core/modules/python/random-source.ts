// Lib/random.py, run by the simulator when `random` is first imported: CPython Lens's version of it
// (3.11 to 3.13), over the C module _random (modules/random/random-core.ts). Written after the behaviour
// CPython's documents and its code does: the same numbers are drawn from the generator in the same order,
// so a seeded program prints what CPython prints. A line marked `# traceback: key` is one CPython's
// tracebacks show, written as in CPython's file (runtime/stdlib-frames.ts; its line numbers in each
// version are data, modules/random/random-py-lines.ts).

export const RANDOM_SOURCE = String.raw`"""Random variable generators."""

# CPython Lens's version of Lib/random.py (3.11 to 3.13): the same methods, drawing the same numbers
# from _random.Random (the Mersenne Twister, modules/random/random-core.ts) in the same order. Lines a
# traceback can show are written as CPython's and marked '# traceback: key' (runtime/stdlib-frames.ts);
# what differs between versions is read from _lens_random (VersionModel.random).

from math import log as _log, exp as _exp, pi as _pi, e as _e, ceil as _ceil
from math import sqrt as _sqrt, acos as _acos, cos as _cos, sin as _sin
from math import tau as TWOPI, floor as _floor, isfinite as _isfinite
from math import fabs as _fabs, log2 as _log2
from os import urandom as _urandom
import os as _os
import _random
from operator import index as _index
from itertools import accumulate as _accumulate, repeat as _repeat
from _lens_random import warn as _warn, lgamma as _lgamma
from _lens_random import INTEGERS_ONLY as _INTEGERS_ONLY
from _lens_random import EMPTY_RANGE_NAMES_ARGUMENTS as _EMPTY_RANGE_NAMES_ARGUMENTS
from _lens_random import SEED_TYPES_BREAK_BEFORE_NONE as _SEED_TYPES_BREAK_BEFORE_NONE
from _lens_random import ZERO_COUNTS_ALLOWED as _ZERO_COUNTS_ALLOWED
from _lens_random import BINOMIALVARIATE as _BINOMIALVARIATE
from _lens_random import EXPOVARIATE_DEFAULT_RATE as _EXPOVARIATE_DEFAULT_RATE

__all__ = [
    "Random",
    "SystemRandom",
    "betavariate",
    "binomialvariate",
    "choice",
    "choices",
    "expovariate",
    "gammavariate",
    "gauss",
    "getrandbits",
    "getstate",
    "lognormvariate",
    "normalvariate",
    "paretovariate",
    "randbytes",
    "randint",
    "random",
    "randrange",
    "sample",
    "seed",
    "setstate",
    "shuffle",
    "triangular",
    "uniform",
    "vonmisesvariate",
    "weibullvariate",
]

if not _BINOMIALVARIATE:
    __all__.remove("binomialvariate")

NV_MAGICCONST = 4 * _exp(-0.5) / _sqrt(2.0)
LOG4 = _log(4.0)
SG_MAGICCONST = 1.0 + _log(4.5)
BPF = 53
RECIP_BPF = 2 ** -BPF
_ONE = 1

# collections.abc.Sequence, for the built-in types registered as sequences.
_Sequence = (list, tuple, str, range, bytes, bytearray, memoryview)


def _bisect(a, x, lo=0, hi=None):
    # bisect.bisect_right.
    if hi is None:
        hi = len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if x < a[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo


class Random(_random.Random):
    """Random number generator base class used by bound module functions."""

    VERSION = 3

    def __init__(self, x=None):
        """Initialize an instance."""
        # traceback: random.Random.__init__.seed
        self.seed(x)
        self.gauss_next = None

    def seed(self, a=None, version=2):
        """Initialize internal state from a seed."""
        if version == 1 and isinstance(a, (str, bytes)):
            a = a.decode('latin-1') if isinstance(a, bytes) else a
            x = ord(a[0]) << 7 if a else 0
            for c in map(ord, a):
                x = ((1000003 * x) ^ c) & 0xFFFFFFFFFFFFFFFF
            x ^= len(a)
            a = -2 if x == -1 else x
        elif version == 2 and isinstance(a, (str, bytes, bytearray)):
            from hashlib import sha512 as _sha512
            if isinstance(a, str):
                a = a.encode()
            a = int.from_bytes(a + _sha512(a).digest())
        elif not isinstance(a, (type(None), int, float, str, bytes, bytearray)):
            if _SEED_TYPES_BREAK_BEFORE_NONE:
                # traceback: random.Random.seed.types
                raise TypeError('The only supported seed types are:\n'
                                'None, int, float, str, bytes, and bytearray.')
            # traceback: random.Random.seed.types
            raise TypeError('The only supported seed types are: None,\n'
                            'int, float, str, bytes, and bytearray.')
        super().seed(a)
        self.gauss_next = None

    def getstate(self):
        """Return internal state; can be passed to setstate() later."""
        return self.VERSION, super().getstate(), self.gauss_next

    def setstate(self, state):
        """Restore internal state from object returned by getstate()."""
        # traceback: random.Random.setstate.version
        version = state[0]
        if version == 3:
            # traceback: random.Random.setstate.unpack3
            version, internalstate, self.gauss_next = state
            # traceback: random.Random.setstate.restore3
            super().setstate(internalstate)
        elif version == 2:
            # traceback: random.Random.setstate.unpack2
            version, internalstate, self.gauss_next = state
            try:
                internalstate = tuple(x % (2 ** 32) for x in internalstate)
            except ValueError as e:
                raise TypeError from e
            # traceback: random.Random.setstate.restore2
            super().setstate(internalstate)
        else:
            # traceback: random.Random.setstate.bad_version
            raise ValueError("state with version %s passed to "
                             "Random.setstate() of version %s" %
                             (version, self.VERSION))

    def __getstate__(self):  # for pickle
        return self.getstate()

    def __setstate__(self, state):  # for pickle
        self.setstate(state)

    def __reduce__(self):
        return self.__class__, (), self.getstate()

    def _randbelow_with_getrandbits(self, n):
        "Return a random int in the range [0,n).  Defined for n > 0."
        getrandbits = self.getrandbits
        k = n.bit_length()
        r = getrandbits(k)
        while r >= n:
            r = getrandbits(k)
        return r

    def _randbelow_without_getrandbits(self, n, maxsize=1<<BPF):
        """Return a random int in the range [0,n).  Defined for n > 0."""
        random = self.random
        if n >= maxsize:
            _warn("Underlying random() generator does not supply \n"
                  "enough bits to choose from a population range this large.\n"
                  "To remove the range limitation, add a getrandbits() method.")
            return _floor(random() * n)
        rem = maxsize % n
        limit = (maxsize - rem) / maxsize
        r = random()
        while r >= limit:
            r = random()
        return _floor(r * maxsize) % n

    def __init_subclass__(cls, /, **kwargs):
        """Control how subclasses generate random integers."""
        # A subclass that defines random() but not getrandbits() draws its integers from random().
        for c in cls.__mro__:
            if '_randbelow' in c.__dict__:
                break
            if 'getrandbits' in c.__dict__:
                cls._randbelow = cls._randbelow_with_getrandbits
                break
            if 'random' in c.__dict__:
                cls._randbelow = cls._randbelow_without_getrandbits
                break

    _randbelow = _randbelow_with_getrandbits

    def randbytes(self, n):
        """Generate n random bytes."""
        # traceback: random.Random.randbytes
        return self.getrandbits(n * 8).to_bytes(n, 'little')

    def randrange(self, start, stop=None, step=_ONE):
        """Choose a random item from range(stop) or range(start, stop[, step])."""
        if _INTEGERS_ONLY:
            # traceback: random.Random.randrange.index_start
            istart = _index(start)
        else:
            try:
                # traceback: random.Random.randrange.index_start
                istart = _index(start)
            except TypeError:
                # traceback: random.Random.randrange.int_start
                istart = int(start)
                if istart != start:
                    _warn('randrange() will raise TypeError in the future',
                          DeprecationWarning, 2)
                    # traceback: random.Random.randrange.non_integer_start
                    raise ValueError("non-integer arg 1 for randrange()")
                _warn('non-integer arguments to randrange() have been deprecated '
                      'since Python 3.10 and will be removed in a subsequent '
                      'version',
                      DeprecationWarning, 2)
        if stop is None:
            if step is not _ONE:
                if _INTEGERS_ONLY:
                    # traceback: random.Random.randrange.missing_stop
                    raise TypeError("Missing a non-None stop argument")
                # traceback: random.Random.randrange.missing_stop
                raise TypeError('Missing a non-None stop argument')
            if istart > 0:
                # traceback: random.Random.randrange.below_start
                return self._randbelow(istart)
            # traceback: random.Random.randrange.empty_start
            raise ValueError("empty range for randrange()")

        if _INTEGERS_ONLY:
            # traceback: random.Random.randrange.index_stop
            istop = _index(stop)
        else:
            try:
                # traceback: random.Random.randrange.index_stop
                istop = _index(stop)
            except TypeError:
                # traceback: random.Random.randrange.int_stop
                istop = int(stop)
                if istop != stop:
                    _warn('randrange() will raise TypeError in the future',
                          DeprecationWarning, 2)
                    # traceback: random.Random.randrange.non_integer_stop
                    raise ValueError("non-integer stop for randrange()")
                _warn('non-integer arguments to randrange() have been deprecated '
                      'since Python 3.10 and will be removed in a subsequent '
                      'version',
                      DeprecationWarning, 2)
        # traceback: random.Random.randrange.width
        width = istop - istart
        if _INTEGERS_ONLY:
            # traceback: random.Random.randrange.index_step
            istep = _index(step)
        else:
            try:
                # traceback: random.Random.randrange.index_step
                istep = _index(step)
            except TypeError:
                # traceback: random.Random.randrange.int_step
                istep = int(step)
                if istep != step:
                    _warn('randrange() will raise TypeError in the future',
                          DeprecationWarning, 2)
                    # traceback: random.Random.randrange.non_integer_step
                    raise ValueError("non-integer step for randrange()")
                _warn('non-integer arguments to randrange() have been deprecated '
                      'since Python 3.10 and will be removed in a subsequent '
                      'version',
                      DeprecationWarning, 2)
        if istep == 1:
            if width > 0:
                # traceback: random.Random.randrange.below_width
                return istart + self._randbelow(width)
            if _EMPTY_RANGE_NAMES_ARGUMENTS:
                # traceback: random.Random.randrange.empty_width
                raise ValueError(f"empty range in randrange({start}, {stop})")
            # traceback: random.Random.randrange.empty_width
            raise ValueError("empty range for randrange() (%d, %d, %d)" % (istart, istop, width))

        if istep > 0:
            n = (width + istep - 1) // istep
        elif istep < 0:
            n = (width + istep + 1) // istep
        else:
            # traceback: random.Random.randrange.zero_step
            raise ValueError("zero step for randrange()")
        if n <= 0:
            if _EMPTY_RANGE_NAMES_ARGUMENTS:
                # traceback: random.Random.randrange.empty_steps
                raise ValueError(f"empty range in randrange({start}, {stop}, {step})")
            # traceback: random.Random.randrange.empty_steps
            raise ValueError("empty range for randrange()")
        # traceback: random.Random.randrange.below_steps
        return istart + istep * self._randbelow(n)

    def randint(self, a, b):
        """Return random integer in range [a, b], including both end points."""
        # traceback: random.Random.randint
        return self.randrange(a, b+1)

    def choice(self, seq):
        """Choose a random element from a non-empty sequence."""
        # traceback: random.Random.choice.len
        if not len(seq):
            # traceback: random.Random.choice.empty
            raise IndexError('Cannot choose from an empty sequence')
        # traceback: random.Random.choice.item
        return seq[self._randbelow(len(seq))]

    def shuffle(self, x):
        """Shuffle list x in place, and return None."""
        randbelow = self._randbelow
        # traceback: random.Random.shuffle.loop
        for i in reversed(range(1, len(x))):
            j = randbelow(i + 1)
            # traceback: random.Random.shuffle.swap
            x[i], x[j] = x[j], x[i]

    def sample(self, population, k, *, counts=None):
        """Chooses k unique random elements from a population sequence."""
        if not isinstance(population, _Sequence):
            # traceback: random.Random.sample.not_sequence
            raise TypeError("Population must be a sequence.  "
                            "For dicts or sets, use sorted(d).")
        n = len(population)
        if counts is not None:
            # traceback: random.Random.sample.cum_counts
            cum_counts = list(_accumulate(counts))
            if len(cum_counts) != n:
                # traceback: random.Random.sample.counts_length
                raise ValueError('The number of counts does not match the population')
            if _ZERO_COUNTS_ALLOWED:
                total = cum_counts.pop() if cum_counts else 0
            else:
                total = cum_counts.pop()
            if not isinstance(total, int):
                # traceback: random.Random.sample.counts_type
                raise TypeError('Counts must be integers')
            if _ZERO_COUNTS_ALLOWED:
                if total < 0:
                    # traceback: random.Random.sample.counts_total
                    raise ValueError('Counts must be non-negative')
            elif total <= 0:
                # traceback: random.Random.sample.counts_total
                raise ValueError('Total of counts must be greater than zero')
            # traceback: random.Random.sample.selections
            selections = self.sample(range(total), k=k)
            bisect = _bisect
            return [population[bisect(cum_counts, s)] for s in selections]
        randbelow = self._randbelow
        # traceback: random.Random.sample.k_range
        if not 0 <= k <= n:
            # traceback: random.Random.sample.too_large
            raise ValueError("Sample larger than population or is negative")
        # traceback: random.Random.sample.result
        result = [None] * k
        setsize = 21
        if k > 5:
            setsize += 4 ** _ceil(_log(k * 3, 4))
        if n <= setsize:
            pool = list(population)
            for i in range(k):
                j = randbelow(n - i)
                result[i] = pool[j]
                pool[j] = pool[n - i - 1]
        else:
            selected = set()
            selected_add = selected.add
            for i in range(k):
                j = randbelow(n)
                while j in selected:
                    j = randbelow(n)
                selected_add(j)
                # traceback: random.Random.sample.pick
                result[i] = population[j]
        return result

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        """Return a k sized list of population elements chosen with replacement."""
        random = self.random
        # traceback: random.Random.choices.len
        n = len(population)
        if cum_weights is None:
            if weights is None:
                floor = _floor
                n += 0.0
                # traceback: random.Random.choices.uniform
                return [population[floor(random() * n)] for i in _repeat(None, k)]
            try:
                # traceback: random.Random.choices.cum_weights
                cum_weights = list(_accumulate(weights))
            except TypeError:
                if not isinstance(weights, int):
                    raise
                k = weights
                # traceback: random.Random.choices.k_positional
                raise TypeError(
                    f'The number of choices must be a keyword argument: {k=}'
                ) from None
        elif weights is not None:
            # traceback: random.Random.choices.both_weights
            raise TypeError('Cannot specify both weights and cumulative weights')
        # traceback: random.Random.choices.weights_length
        if len(cum_weights) != n:
            # traceback: random.Random.choices.weights_mismatch
            raise ValueError('The number of weights does not match the population')
        # traceback: random.Random.choices.total
        total = cum_weights[-1] + 0.0   # convert to float
        if total <= 0.0:
            # traceback: random.Random.choices.total_zero
            raise ValueError('Total of weights must be greater than zero')
        if not _isfinite(total):
            # traceback: random.Random.choices.total_finite
            raise ValueError('Total of weights must be finite')
        bisect = _bisect
        hi = n - 1
        # traceback: random.Random.choices.weighted
        return [population[bisect(cum_weights, random() * total, 0, hi)]
                for i in _repeat(None, k)]

    def uniform(self, a, b):
        "Get a random number in the range [a, b) or [a, b] depending on rounding."
        # traceback: random.Random.uniform
        return a + (b - a) * self.random()

    def triangular(self, low=0.0, high=1.0, mode=None):
        """Triangular distribution."""
        u = self.random()
        try:
            # traceback: random.Random.triangular.c
            c = 0.5 if mode is None else (mode - low) / (high - low)
        except ZeroDivisionError:
            return low
        if u > c:
            u = 1.0 - u
            c = 1.0 - c
            low, high = high, low
        # traceback: random.Random.triangular.result
        return low + (high - low) * _sqrt(u * c)

    def normalvariate(self, mu=0.0, sigma=1.0):
        """Normal distribution."""
        random = self.random
        while True:
            u1 = random()
            u2 = 1.0 - random()
            z = NV_MAGICCONST * (u1 - 0.5) / u2
            zz = z * z / 4.0
            if zz <= -_log(u2):
                break
        # traceback: random.Random.normalvariate.result
        return mu + z * sigma

    def gauss(self, mu=0.0, sigma=1.0):
        """Gaussian distribution."""
        random = self.random
        z = self.gauss_next
        self.gauss_next = None
        if z is None:
            x2pi = random() * TWOPI
            g2rad = _sqrt(-2.0 * _log(1.0 - random()))
            z = _cos(x2pi) * g2rad
            self.gauss_next = _sin(x2pi) * g2rad
        # traceback: random.Random.gauss.result
        return mu + z * sigma

    def lognormvariate(self, mu, sigma):
        """Log normal distribution."""
        # traceback: random.Random.lognormvariate
        return _exp(self.normalvariate(mu, sigma))

    if _EXPOVARIATE_DEFAULT_RATE:
        def expovariate(self, lambd=1.0):
            """Exponential distribution."""
            # traceback: random.Random.expovariate
            return -_log(1.0 - self.random()) / lambd
    else:
        def expovariate(self, lambd):
            """Exponential distribution."""
            # traceback: random.Random.expovariate
            return -_log(1.0 - self.random()) / lambd

    def vonmisesvariate(self, mu, kappa):
        """Circular data distribution."""
        random = self.random
        if kappa <= 1e-6:
            return TWOPI * random()
        s = 0.5 / kappa
        r = s + _sqrt(1.0 + s * s)
        while True:
            u1 = random()
            z = _cos(_pi * u1)
            d = z / (r + z)
            u2 = random()
            if u2 < 1.0 - d * d or u2 <= (1.0 - d) * _exp(d):
                break
        q = 1.0 / r
        f = (q + z) / (1.0 + q * z)
        u3 = random()
        if u3 > 0.5:
            theta = (mu + _acos(f)) % TWOPI
        else:
            theta = (mu - _acos(f)) % TWOPI
        return theta

    def gammavariate(self, alpha, beta):
        """Gamma distribution.  Not the gamma function!"""
        if alpha <= 0.0 or beta <= 0.0:
            # traceback: random.Random.gammavariate.domain
            raise ValueError('gammavariate: alpha and beta must be > 0.0')
        random = self.random
        if alpha > 1.0:
            ainv = _sqrt(2.0 * alpha - 1.0)
            bbb = alpha - LOG4
            ccc = alpha + ainv
            while True:
                u1 = random()
                if not 1e-7 < u1 < 0.9999999:
                    continue
                u2 = 1.0 - random()
                v = _log(u1 / (1.0 - u1)) / ainv
                x = alpha * _exp(v)
                z = u1 * u1 * u2
                r = bbb + ccc * v - x
                if r + SG_MAGICCONST - 4.5 * z >= 0.0 or r >= _log(z):
                    return x * beta
        elif alpha == 1.0:
            return -_log(1.0 - random()) * beta
        else:
            while True:
                u = random()
                b = (_e + alpha) / _e
                p = b * u
                if p <= 1.0:
                    x = p ** (1.0 / alpha)
                else:
                    x = -_log((b - p) / alpha)
                u1 = random()
                if p > 1.0:
                    if u1 <= x ** (alpha - 1.0):
                        break
                elif u1 <= _exp(-x):
                    break
            return x * beta

    def betavariate(self, alpha, beta):
        """Beta distribution."""
        # traceback: random.Random.betavariate.y
        y = self.gammavariate(alpha, 1.0)
        if y:
            # traceback: random.Random.betavariate.ratio
            return y / (y + self.gammavariate(beta, 1.0))
        return 0.0

    def paretovariate(self, alpha):
        """Pareto distribution.  alpha is the shape parameter."""
        u = 1.0 - self.random()
        # traceback: random.Random.paretovariate
        return u ** (-1.0 / alpha)

    def weibullvariate(self, alpha, beta):
        """Weibull distribution."""
        u = 1.0 - self.random()
        # traceback: random.Random.weibullvariate
        return alpha * (-_log(u)) ** (1.0 / beta)

    def binomialvariate(self, n=1, p=0.5):
        """Binomial random variable."""
        if n < 0:
            # traceback: random.Random.binomialvariate.n
            raise ValueError("n must be non-negative")
        if p <= 0.0 or p >= 1.0:
            if p == 0.0:
                return 0
            if p == 1.0:
                return n
            # traceback: random.Random.binomialvariate.p
            raise ValueError("p must be in the range 0.0 <= p <= 1.0")
        random = self.random
        if n == 1:
            return _index(random() < p)
        if p > 0.5:
            return n - self.binomialvariate(n, 1.0 - p)
        if n * p < 10.0:
            x = y = 0
            c = _log2(1.0 - p)
            if not c:
                return x
            while True:
                y += _floor(_log2(random()) / c) + 1
                if y > n:
                    return x
                x += 1
        assert n*p >= 10.0 and p <= 0.5
        setup_complete = False
        spq = _sqrt(n * p * (1.0 - p))
        b = 1.15 + 2.53 * spq
        a = -0.0873 + 0.0248 * b + 0.01 * p
        c = n * p + 0.5
        vr = 0.92 - 4.2 / b
        while True:
            u = random()
            u -= 0.5
            us = 0.5 - _fabs(u)
            k = _floor((2.0 * a / us + b) * u + c)
            if k < 0 or k > n:
                continue
            v = random()
            if us >= 0.07 and v <= vr:
                return k
            if not setup_complete:
                alpha = (2.83 + 5.1 / b) * spq
                lpq = _log(p / (1.0 - p))
                m = _floor((n + 1) * p)
                h = _lgamma(m + 1) + _lgamma(n - m + 1)
                setup_complete = True
            v *= alpha / (a / (us * us) + b)
            if _log(v) <= h - _lgamma(k + 1) - _lgamma(n - k + 1) + (k - m) * lpq:
                return k

    if not _BINOMIALVARIATE:
        del binomialvariate


class SystemRandom(Random):
    """Alternate random number generator using sources provided by the operating system."""

    def random(self):
        """Get the next random number in the range 0.0 <= X < 1.0."""
        return (int.from_bytes(_urandom(7)) >> 3) * RECIP_BPF

    def getrandbits(self, k):
        """getrandbits(k) -> x.  Generates an int with k random bits."""
        if k < 0:
            # traceback: random.SystemRandom.getrandbits
            raise ValueError('number of bits must be non-negative')
        numbytes = (k + 7) // 8
        x = int.from_bytes(_urandom(numbytes))
        return x >> (numbytes * 8 - k)

    def randbytes(self, n):
        """Generate n random bytes."""
        return _urandom(n)

    def seed(self, *args, **kwds):
        "Stub method.  Not used for a system random number generator."
        return None

    def _notimplemented(self, *args, **kwds):
        "Method should not be called for a system random number generator."
        # traceback: random.SystemRandom._notimplemented
        raise NotImplementedError('System entropy source does not have state.')
    getstate = setstate = _notimplemented


_inst = Random()
seed = _inst.seed
random = _inst.random
uniform = _inst.uniform
triangular = _inst.triangular
randint = _inst.randint
choice = _inst.choice
randrange = _inst.randrange
sample = _inst.sample
shuffle = _inst.shuffle
choices = _inst.choices
normalvariate = _inst.normalvariate
lognormvariate = _inst.lognormvariate
expovariate = _inst.expovariate
vonmisesvariate = _inst.vonmisesvariate
gammavariate = _inst.gammavariate
gauss = _inst.gauss
betavariate = _inst.betavariate
if _BINOMIALVARIATE:
    binomialvariate = _inst.binomialvariate
paretovariate = _inst.paretovariate
weibullvariate = _inst.weibullvariate
getstate = _inst.getstate
setstate = _inst.setstate
getrandbits = _inst.getrandbits
randbytes = _inst.randbytes

if hasattr(_os, "fork"):
    _os.register_at_fork(after_in_child=_inst.seed)
`;
