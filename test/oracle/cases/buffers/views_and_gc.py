# A memoryview and its managed buffer are both objects the cyclic collector tracks.
import gc

gc.collect()
gc.disable()
data = bytearray(b"collector")
print(gc.is_tracked(data), gc.is_tracked(memoryview(data)), gc.is_tracked(memoryview(b"bytes")))
inner = gc.get_referents(memoryview(data))
print([type(o).__name__ for o in inner])
view = memoryview(data)
buffer, = gc.get_referents(view)
print(type(buffer).__name__, gc.is_tracked(buffer), [o is data for o in gc.get_referents(buffer)])
view.release()
print("released buffer:", gc.is_tracked(buffer), gc.get_referents(buffer))
del view, buffer

before = gc.get_count()[0]
views = [memoryview(data) for _ in range(5)]
after = gc.get_count()[0]
print("five views:", after - before - 1)
del views
print("deleted:", gc.get_count()[0] - after)

cycle = [memoryview(data)]
cycle.append(cycle)
del cycle
try:
    data.append(1)
except BufferError:
    print("the cycle's view still exports")
print("collected:", gc.collect())
data.append(1)
print(data)
