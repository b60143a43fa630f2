# Threads writing files: each writes its own file inside a with block (the raw writes release the GIL,
# as FileIO's write() does in CPython); once joined, the main thread reads them all back.
import threading

def worker(n):
    with open(f'part{n}.txt', 'w') as f:
        for i in range(200):
            f.write(f'{n}:{i}\n')

threads = [threading.Thread(target=worker, args=(n,)) for n in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()

total = 0
for n in range(4):
    with open(f'part{n}.txt') as f:
        lines = f.read().splitlines()
    total += len(lines)
    print(n, len(lines), lines[0], lines[-1])
print(total)
