# An exception in a done-callback does not stop the others: concurrent.futures logs "exception calling
# callback for <Future ...>" and the traceback to sys.stderr (logging's last-resort handler), whether the
# future finishes later or is already done when the callback is added.
import io
import re
import sys
from concurrent.futures import Future, ThreadPoolExecutor


def bad_callback(f):
    raise ValueError("callback broke")


buffer = io.StringIO()
sys.stderr = buffer
f = Future()
f.add_done_callback(bad_callback)
f.add_done_callback(lambda g: print("second callback still runs", g.result()))
f.set_result(5)
f.add_done_callback(bad_callback)
with ThreadPoolExecutor(1) as ex:
    g = ex.submit(int, "7")
    g.add_done_callback(bad_callback)
    print(g.result())
sys.stderr = sys.__stderr__
text = re.sub(r"0x[0-9a-f]+", "0x...", buffer.getvalue())
print([line for line in text.splitlines() if not line.startswith(" ")])
frames = [line.split('"')[1].rsplit("/", 1)[-1] + line.split('"')[2] for line in text.splitlines() if line.startswith("  File")]
print(frames)
