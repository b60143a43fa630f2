# The calls a Thread and a multiprocessing.Process share: target, args, kwargs, name, daemon, start,
# join, is_alive, a subclass overriding run(). Each worker is joined before the next starts, so the
# output's order is fixed. What a worker appends to a module global, it appends to its own copy when
# it is a process: the main program's list stays empty.
import threading

log = []


def work(label, times, sep="-"):
    log.append(label)
    print(label, sep.join(["x"] * times), "| log:", log, "| in", threading.current_thread().name)


class Worker(threading.Thread):
    def __init__(self, label):
        super().__init__(name="worker-" + label)
        self.label = label

    def run(self):
        log.append(self.label)
        print("run() of", self.name, "| log:", log)


if __name__ == "__main__":
    a = threading.Thread(target=work, args=("a", 3), kwargs={"sep": "+"}, name="alpha")
    b = threading.Thread(target=work, args=("b", 2), daemon=False)
    print(a.name, a.daemon, a.is_alive(), b.daemon, type(a).__name__)
    a.start()
    a.join()
    print(a.name, a.is_alive())
    b.start()
    b.join()
    print(b.name, b.is_alive())
    w = Worker("c")
    w.start()
    w.join()
    print(w.name, w.is_alive(), isinstance(w, threading.Thread))
    print("log in the main program:", log)
