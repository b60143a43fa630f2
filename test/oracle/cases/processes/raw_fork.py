# os.fork directly: the child gets a copy of what is still in sys.stdout's buffer; os._exit
# skips the flush, so that copy (and what the child printed) is lost; waitpid gives the status.
import os

print("buffered before fork")
pid = os.fork()
if pid == 0:
    print("in the child")
    os._exit(7)
_, status = os.waitpid(pid, 0)
print("child exit code", os.waitstatus_to_exitcode(status))

print("flushed before fork", flush=True)
pid = os.fork()
if pid == 0:
    print("second child, normal exit")
else:
    os.waitpid(pid, 0)
    print("parent done")
