# gc.get_count(): generation 0 counts tracked allocations minus deallocations since the last collection (free-listed lists are neither); collections bump the next generation's count.
import gc

class Obj:
    pass

gc.disable()
gc.collect()
print("after collect():", gc.get_count())
n = gc.get_count()[0]
keep = [[] for _ in range(10)]
print("10 lists + the outer list:", gc.get_count()[0] - n)
n = gc.get_count()[0]
del keep[5:]
print("after freeing 5 lists (kept on list's free list):", gc.get_count()[0] - n)
again = [[], [], []]
print("4 new lists taken from the free list:", gc.get_count()[0] - n)
n = gc.get_count()[0]
objs = [Obj() for _ in range(6)]
x = 12345 * 1000
s = "not tracked " * 2
print("6 instances + 1 list (free list), an int and a str:", gc.get_count()[0] - n)
n = gc.get_count()[0]
del objs[:]
print("after freeing the 6 instances:", gc.get_count()[0] - n)
gc.collect(0)
print("after collect(0):", gc.get_count())
gc.collect(0)
gc.collect(0)
print("after two more collect(0):", gc.get_count())
gc.collect(1)
print("after collect(1):", gc.get_count())
gc.collect(2)
print("after collect(2):", gc.get_count())
