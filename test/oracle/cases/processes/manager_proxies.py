# multiprocessing.Manager(): the shared objects live in the manager's server process (SyncManager-1);
# children change them through proxies and the parent sees the changes. The proxies' reprs (typeid),
# their str (the referent's repr), the methods of dict, list, Value, Namespace and Queue proxies, a lock
# of the manager around a read-modify-write, and an error coming back from the server as itself.
import multiprocessing as mp


def record(d, results, total, lock, ns, i):
    d[i] = i * i
    results.append(i)
    with lock:
        total.value += i
    ns.last = i


if __name__ == "__main__":
    with mp.Manager() as m:
        print(type(m).__name__, [p.name for p in mp.active_children()])
        d = m.dict()
        results = m.list([100])
        total = m.Value("i", 0)
        lock = m.Lock()
        ns = m.Namespace(label="run")
        for proxy in (d, results, total, lock, ns):
            print(repr(proxy).split(" at ")[0])
        print(d, results, total, ns)
        ps = [mp.Process(target=record, args=(d, results, total, lock, ns, i)) for i in range(1, 5)]
        for p in ps:
            p.start()
        for p in ps:
            p.join()
        print([p.name for p in ps], [p.exitcode for p in ps])
        print(sorted(d.items()), sorted(results), total.value, ns.label, ns.last in (1, 2, 3, 4))
        print(len(d), 3 in d, 7 in d, d.get(7, "none"), sorted(d.keys()), type(d.keys()).__name__)
        print(sorted(d.copy().values()), type(d.copy()).__name__, sorted(dict(d)), sorted(d))
        print(len(results), results[0], sorted(results[1:]), 100 in results, results.count(100))
        results.sort()
        results += [5]
        print(results, results[-1], type(results).__name__)
        total.set(42)
        print(total.get(), total.value, str(total))
        d.update({"a": 1})
        print(d.pop("a"), d.setdefault("b", 2), d["b"])
        try:
            d["missing"]
        except KeyError as e:
            print("KeyError", e)
        try:
            results[99]
        except IndexError as e:
            print("IndexError", e)
        q = m.Queue()
        q.put("job")
        print(q.get(), q.qsize(), repr(q).split(" at ")[0])
        print(lock.acquire(), lock.acquire(False), lock.release())
        e = m.Event()
        print(e.is_set(), e.set(), e.is_set())
        print(m.list([1, [2]]), m.dict(a=1), m.dict({"b": 2}), m.Value("d", 1.5))
    print(mp.active_children())
