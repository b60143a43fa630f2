# sys.stdin, sys.stdout and sys.stderr are each held by sys's two names (sys.stdout and sys.__stdout__);
# a program's import of threading makes its main thread, which keeps the sys.stderr of then (Thread._stderr).
import sys, io

print(sys.getrefcount(sys.stderr), sys.getrefcount(sys.stdout), sys.getrefcount(sys.stdin))
print(sys.stderr is sys.__stderr__, sys.stdout is sys.__stdout__)
saved = sys.stderr
sys.stderr = io.StringIO()
print(sys.getrefcount(saved), sys.getrefcount(sys.__stderr__))
import threading
print(sys.getrefcount(saved), threading.main_thread()._stderr is saved)
sys.stderr = saved
del saved
print(sys.getrefcount(sys.stderr))
t = threading.Thread(target=print)
print(sys.getrefcount(sys.stderr))
del t
print(sys.getrefcount(sys.stderr))
