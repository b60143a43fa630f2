# threading.setprofile: threads started afterwards run with that profile function ('call', 'return',
# 'c_call', 'c_return' of their own code); the thread that set it is not profiled.
import sys
import threading

events = []

def profiler(frame, event, arg):
    if frame.f_globals.get('__name__') == '__main__':
        what = arg.__name__ if event.startswith('c_') else frame.f_code.co_name
        events.append((threading.current_thread().name, event, what))

def task(items):
    return sorted(items, key=abs)

threading.setprofile(profiler)
print(threading.getprofile() is profiler, sys.getprofile())
t = threading.Thread(target=task, args=([3, -1, 2],), name='sorter')
t.start()
t.join()
threading.setprofile(None)
for e in events:
    print(*e)
