# threading.stack_size (_thread.stack_size): 0 (the platform's default) until set; it returns the old size and
# refuses a negative size or one under 32 KiB.
import threading

print(threading.stack_size())
for bad in (1000, -1, 32767):
    try:
        threading.stack_size(bad)
    except ValueError as e:
        print("ValueError:", e)
print(threading.stack_size(256 * 1024), threading.stack_size())
print(threading.stack_size(0), threading.stack_size())
t = threading.Thread(target=print, args=("a thread still starts",))
t.start()
t.join()
