# With fork the child starts as a copy of the parent at start(): module-level code is not run
# again in the child (the __main__ guard matters for the spawn start method, not for fork).
import multiprocessing as mp

print("module level runs once, name:", __name__)
settings = {"mode": "fast"}


def job(n):
    print("job", n, "sees", settings, "in", mp.current_process().name)


if __name__ == "__main__":
    settings["mode"] = "changed before start"
    procs = [mp.Process(target=job, args=(i,)) for i in range(2)]
    for p in procs:
        p.start()
        p.join()
    print("cpu_count is an int:", isinstance(mp.cpu_count(), int))
