# Checks the wait status of a forked child that an unhandled KeyboardInterrupt ends: it dies by
# SIGINT (status 2, no exit code), while a child ending by sys.exit(3) exits with 3 (status 768).
import os
import sys

pid = os.fork()
if pid == 0:
    print("child 1 interrupted")
    sys.stdout.flush()
    raise KeyboardInterrupt
_, status = os.waitpid(pid, 0)
print("child 1 status", status)
sys.stdout.flush()

pid = os.fork()
if pid == 0:
    print("child 2 exits")
    sys.stdout.flush()
    sys.exit(3)
_, status = os.waitpid(pid, 0)
print("child 2 status", status, status >> 8)
