# multiprocessing's submodules (synchronize, sharedctypes, managers, pool) give the classes behind the
# package's functions (isinstance checks), and a BaseManager subclass serves a class of the program
# through an AutoProxy: two children call its methods in the manager's process (MyManager-1).
import multiprocessing as mp
from multiprocessing.managers import BaseManager, SyncManager, DictProxy
from multiprocessing.sharedctypes import Synchronized, SynchronizedArray, RawValue
from multiprocessing import synchronize, managers, sharedctypes
import multiprocessing.pool


class Counter:
    def __init__(self):
        self.n = 0

    def bump(self, k=1):
        self.n += k
        return self.n

    def get(self):
        return self.n


class MyManager(BaseManager):
    pass


MyManager.register('Counter', Counter)


def work(c):
    for _ in range(3):
        c.bump()


if __name__ == "__main__":
    v = mp.Value('i', 3)
    print(isinstance(v, Synchronized), isinstance(mp.Array('i', 2), SynchronizedArray), RawValue('d', 2))
    print(synchronize.Lock, type(mp.Lock()) is synchronize.Lock, synchronize.Barrier, managers.SyncManager, sharedctypes.Value.__name__)
    print(multiprocessing.pool.Pool, multiprocessing.pool.RemoteTraceback)
    with MyManager() as m:
        c = m.Counter()
        print(type(c).__name__, repr(c).split(' at ')[0])
        ps = [mp.Process(target=work, args=(c,)) for _ in range(2)]
        for p in ps: p.start()
        for p in ps: p.join()
        print(c.get(), c.bump(10), [p.name for p in mp.active_children()])
    with SyncManager() as s:
        print(type(s.dict()) is DictProxy)
