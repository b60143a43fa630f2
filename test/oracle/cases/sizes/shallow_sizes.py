# sys.getsizeof is shallow: a container's size counts its slots, not the objects inside; a total needs a walk that counts shared objects once.
import sys

small = [1] * 3
big = ["x" * 100000] * 3
print("3 small ints vs 3 refs to a 100 kB string:", sys.getsizeof(small), sys.getsizeof(big))
nested = [[[[]]]]
print("nested lists:", sys.getsizeof(nested), sys.getsizeof(nested[0]), sys.getsizeof(nested[0][0]), sys.getsizeof(nested[0][0][0]))

def deep_size(obj, seen=None):
    seen = set() if seen is None else seen
    if id(obj) in seen:
        return 0
    seen.add(id(obj))
    size = sys.getsizeof(obj)
    if isinstance(obj, dict):
        size += sum(deep_size(k, seen) + deep_size(v, seen) for k, v in obj.items())
    elif isinstance(obj, (list, tuple, set)):
        size += sum(deep_size(x, seen) for x in obj)
    return size

print("deep size of [1000, 'some text', (2000, 3000)]:", deep_size([1000, "some text", (2000, 3000)]))
print("deep size of {'name': 'ada lovelace', 'tags': ['math', 'poetry']}:", deep_size({"name": "ada lovelace", "tags": ["math", "poetry"]}))
shared = "shared string value"
print("a shared object is counted once:", deep_size([shared] * 3) == sys.getsizeof([0] * 3) + sys.getsizeof(shared))
