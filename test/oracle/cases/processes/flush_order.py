# Children that flush as they print: the lines come in the order the processes wrote them out,
# here the order of their sleeps; without flush each child's lines would wait for its exit.
import multiprocessing as mp
import time


def speak(name, delay):
    time.sleep(delay)
    print(name, "woke after", delay, flush=True)
    time.sleep(0.2)
    print(name, "exits")


if __name__ == "__main__":
    ps = [mp.Process(target=speak, args=(n, d)) for n, d in [("a", 1.0), ("b", 0.2), ("c", 0.6)]]
    for p in ps:
        p.start()
    print("parent waits", flush=True)
    for p in ps:
        p.join()
    print([p.exitcode for p in ps])
