# Measures the collector's state a program starts with (run as the oracle goldens are made:
# `python -X utf8 gc-startup.py`, PYTHONHASHSEED=0; see scripts/measure-gc-startup.mjs).
# start: gc.get_count() after `import gc`; objects: startup objects per generation; stats;
# then, per kind, (count after the first allocation, index where allocations start to be
# counted, counted allocations over the run): the index tells how many the free list held.
import gc
c0 = gc.get_count()
gc.disable()
get = gc.get_count
N = 2100
def run(make):
    keep = [None] * N
    r = [0] * N
    for i in range(N):
        keep[i] = make(i)
        r[i] = get()[0]
    first = next((i for i in range(1, N) if r[i] != r[i-1]), None)
    return r[0], first, r[-1] - r[0]
out = {}
out['start'] = c0
out['objects'] = [len(gc.get_objects(g)) for g in range(3)]
out['stats'] = [(s['collections'], s['collected']) for s in gc.get_stats()]
out['list'] = run(lambda i: [])
out['dict'] = run(lambda i: {})
out['slice'] = run(lambda i: slice(i, 5))
for n in range(1, 20):
    out[f't{n}'] = run(lambda i: (i,) * n if n > 1 else (i,))
for k, v in out.items(): print(k, v)
