# The classic shared counter: four processes each add 1 a thousand times to a multiprocessing.Value
# under its lock (`with counter.get_lock():`), so no update is lost and the parent sees the exact
# total once it has joined them; the child's writes are in shared memory, not in a copy.
import multiprocessing as mp
import sys


def add(counter, times):
    for _ in range(times):
        with counter.get_lock():
            counter.value += 1


def record(total, name):
    with total.get_lock():
        total.value += len(name)


if __name__ == "__main__":
    counter = mp.Value("i", 0)
    print(counter, counter.value, sys.getrefcount(counter))
    workers = [mp.Process(target=add, args=(counter, 1000)) for _ in range(4)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    print(counter.value, [w.exitcode for w in workers])
    print(counter)

    # A plain int global is copied into each child: its changes stay there.
    plain = 0
    total = mp.Value("d", 0.5)
    ps = [mp.Process(target=record, args=(total, n)) for n in ("ab", "cde", "f")]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print(total.value, plain, total)
