# The collector's view of json once free lists and caches are warm: gc.get_count()'s first generation
# counts the container allocations that no free list served, minus the frees that no free list kept.
# Kept results come from the list and dict free lists; sort_keys's items lists and tuples, indent's
# generators (3.11, 3.12) and object_pairs_hook's pairs show up as CPython's counts.
import gc, json

gc.collect()
gc.disable()

labels, deltas = [], []

def allocated(label, call):
    before = gc.get_count()[0]
    result = call()
    deltas.append(gc.get_count()[0] - before)
    labels.append(label)
    return result

doc = '{"rows": [[1, 2], [3, 4], {"k": [5]}], "meta": {"n": 3}, "name": "x y"}'
kept_all = []
for round in range(5):
    kept = allocated("loads", lambda: json.loads(doc))
    kept_all.append(allocated("loads, result kept", lambda: json.loads(doc)))
    allocated("dumps", lambda: json.dumps(kept))
    allocated("dumps sort_keys", lambda: json.dumps(kept, sort_keys=True))
    allocated("dumps indent", lambda: json.dumps(kept, indent=2))
    allocated("loads object_pairs_hook", lambda: json.loads(doc, object_pairs_hook=dict))
    allocated("dumps default", lambda: json.dumps([{1, 2}], default=sorted))
# The first rounds warm up free lists and caches; printed at the end, so that print's own objects do not mix in.
per_round = len(deltas) // 5
for round in range(3, 5):
    print("round", round)
    for i in range(round * per_round, (round + 1) * per_round):
        print(f"  {labels[i]:26} {deltas[i]:3}")
print(gc.collect() >= 0)
