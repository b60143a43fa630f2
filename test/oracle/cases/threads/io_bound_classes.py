# The course's I/O-bound claim, with time.sleep standing for the network: waits overlap in threads.
import threading
import time

def download(url):
    time.sleep(0.1)  # the GIL is released while waiting
    return url

urls = ["https://www.python.org", "https://www.google.com", "https://example.org", "https://docs.python.org"]
start = time.perf_counter()
for url in urls:
    download(url)
serial = time.perf_counter() - start

start = time.perf_counter()
threads = [threading.Thread(target=download, args=(url,)) for url in urls]
for t in threads:
    t.start()
for t in threads:
    t.join()
threaded = time.perf_counter() - start
print("four threads vs serial:", "overlapped" if threaded < 0.5 * serial else "not overlapped")
