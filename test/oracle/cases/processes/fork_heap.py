# fork copies the parent's memory: the child sees the parent's objects and counts, and its
# changes stay in the child.
import multiprocessing as mp
import sys

data = [1, 2, 3]
alias = data
counter = {"n": 0}


def child():
    print("child sees", data, "refs", sys.getrefcount(data))
    data.append(4)
    counter["n"] += 1
    print("child now", data, counter)


if __name__ == "__main__":
    counter["n"] = 10
    p = mp.Process(target=child)
    p.start()
    p.join()
    print("parent still", data, counter, "refs", sys.getrefcount(data))
