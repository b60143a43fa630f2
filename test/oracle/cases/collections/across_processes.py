import multiprocessing as mp
from collections import Counter, namedtuple, deque, defaultdict, OrderedDict

Point = namedtuple('Point', 'x y')

def count_letters(text):
    return Counter(text)

def shift(p):
    return p._replace(x=p.x + 1)

def describe(obj):
    return f'{type(obj).__name__}: {obj!r}'

if __name__ == '__main__':
    with mp.Pool(2) as pool:
        counts = pool.map(count_letters, ['banana', 'bandana'])
        print(counts, sum(counts, Counter()).most_common(2))
        print(pool.map(shift, [Point(1, 2), Point(3, 4)]))
        print(pool.apply(describe, (deque('abc', maxlen=5),)))
        print(pool.apply(describe, (defaultdict(list, k=[1]),)))
        print(pool.apply(describe, (OrderedDict(b=1, a=2),)))
