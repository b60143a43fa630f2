# The convoy effect (bpo-7946): an I/O thread that sleeps briefly must win the GIL back from a
# CPU-bound thread each time, which takes up to a switch interval.
import sys
import threading
import time

sys.setswitchinterval(0.001)
ITERATIONS = 8

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
beside_cpu = io_loop()
stop = True
cpu.join()
print("sleep(0.0001) loop next to a CPU-bound thread:", "convoy slowdown" if beside_cpu > 2.5 * alone else "no slowdown")
