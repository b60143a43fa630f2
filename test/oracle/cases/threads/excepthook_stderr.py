# The default threading.excepthook writes to sys.stderr as it is when the thread fails (a StringIO here),
# or, when sys.stderr is None then, to the stderr the thread was made with (nothing if that was None too).
import io
import sys
import threading


def fail():
    raise TypeError("hidden")


buffer = io.StringIO()
sys.stderr = buffer
t = threading.Thread(target=fail, name="captured")
t.start()
t.join()
sys.stderr = sys.__stderr__
lines = buffer.getvalue().splitlines()
print(lines[0], "|", lines[1], "|", lines[-1])

made_with_stderr = threading.Thread(target=fail, name="made-with-stderr")
sys.stderr = None
made_with_none = threading.Thread(target=fail, name="made-with-none")
made_with_stderr.start()
made_with_stderr.join()
made_with_none.start()
made_with_none.join()
sys.stderr = sys.__stderr__
print("done")
