# An import allocates (3.12's `import json` some 3,500 objects, net): it takes count[0] past threshold 0 and the
# automatic collections that follow run in the middle of it. They find the program's own cycles made before,
# and what the import left before them; the next gc.collect() finds what it left after the last one.
import gc

collected = []
gc.collect()
gc.callbacks.append(lambda phase, info: collected.append((info['generation'], info['collected'])) if phase == 'stop' else None)


class Node:
    pass


for i in range(150):
    a = Node()
    b = Node()
    a.peer, b.peer = b, a
del a, b
import json
automatic = list(collected)
print('automatic collections:', len(automatic), 'found', sum(n for _, n in automatic))
print('generations:', sorted({g for g, _ in automatic}))
print('then gc.collect():', gc.collect())
