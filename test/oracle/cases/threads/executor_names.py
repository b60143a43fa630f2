# Worker names: ThreadPoolExecutor-N_M where N counts only the pools made without a thread_name_prefix;
# concurrent.futures' public names (__all__: 3.13 adds InvalidStateError).
import threading
import concurrent.futures as cf
from concurrent.futures import ThreadPoolExecutor


def name():
    return threading.current_thread().name


for prefix in ("", "named", None, ""):
    kwargs = {} if prefix is None else {"thread_name_prefix": prefix}
    with ThreadPoolExecutor(1, **kwargs) as ex:
        print(ex.submit(name).result())
print(sorted(n for n in cf.__all__ if "Process" not in n))
print(cf.ThreadPoolExecutor.__module__, cf.Future.__module__)
