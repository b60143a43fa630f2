# Pipe and Queue move pickled copies between processes.
import multiprocessing as mp


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


def echo(conn):
    while True:
        msg = conn.recv()
        if msg is None:
            break
        conn.send(("echo", msg))
    conn.close()


def produce(q, n):
    for i in range(n):
        q.put({"item": i, "square": i * i})
    q.put(Point(n, -n))
    q.put("done")


if __name__ == "__main__":
    parent, child = mp.Pipe()
    p = mp.Process(target=echo, args=(child,))
    p.start()
    shared = [1, 2]
    for msg in [42, "text", [shared, shared], {"k": (1.5, None, True)}, Point(1, 2)]:
        parent.send(msg)
        reply = parent.recv()
        print(reply)
    parent.send([shared, shared])
    tag, back = parent.recv()
    print("shared stays shared:", back[0] is back[1], "but is a copy:", back[0] is shared)
    parent.send(None)
    p.join()
    print("echo exit", p.exitcode)

    q = mp.Queue()
    w = mp.Process(target=produce, args=(q, 3))
    w.start()
    while True:
        item = q.get()
        print("got", item)
        if item == "done":
            break
    w.join()
    print("queue empty:", q.empty())
