# The convoy effect: a loop of short sleeps alone, then next to a CPU-bound thread: ratio = beside / alone.
import sys
import threading
import time

ITERATIONS = 20


def io_loop():
    start = time.perf_counter()
    for _ in range(ITERATIONS):
        time.sleep(0.0001)
    return (time.perf_counter() - start) / ITERATIONS


alone = min(io_loop() for _ in range(3))
stop = False


def spin():
    x = 0
    while not stop:
        x += 1


cpu = threading.Thread(target=spin)
cpu.start()
time.sleep(0.002)
beside = io_loop()
stop = True
cpu.join()
print(f"ratio={beside / alone:.3f}")
