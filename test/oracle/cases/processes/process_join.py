# A Process runs its target in a child; join waits for it; exitcode tells how it ended.
import multiprocessing as mp
import sys


def greet(who, punctuation="!"):
    print("hello", who + punctuation, "from", mp.current_process().name)


def fail():
    raise ValueError("bad input")


def leave(code):
    sys.exit(code)


if __name__ == "__main__":
    print("main is", mp.current_process().name)
    p = mp.Process(target=greet, args=("world",), kwargs={"punctuation": "?"})
    print(p.name, p.exitcode, p.is_alive())
    p.start()
    p.join()
    print(p.name, p.exitcode, p.is_alive())
    for target, args in [(fail, ()), (leave, (3,)), (leave, (None,)), (leave, ("bye",))]:
        q = mp.Process(target=target, args=args)
        q.start()
        q.join()
        print(q.name, "exitcode", q.exitcode)
    named = mp.Process(target=greet, args=("named",), name="worker", daemon=False)
    named.start()
    named.join()
    print(named.name, named.daemon, named.exitcode)
