# A daemon thread still sleeping when the program ends is not waited for; a non-daemon one is.
import threading
import time

def forever():
    time.sleep(5)
    print("daemon woke up (never printed)")

def short():
    time.sleep(0.05)
    print("non-daemon finished")

d = threading.Thread(target=forever, daemon=True)
d.start()
n = threading.Thread(target=short)
n.start()
print("main done; daemon alive:", d.is_alive(), "non-daemon alive:", n.is_alive())
