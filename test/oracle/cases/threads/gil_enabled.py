# sys._is_gil_enabled() (3.13+): True in the default build, False in the free-threaded build (3.13t)
# when the GIL was left off; 3.11 and 3.12 do not have it.
import sys

print("sys._is_gil_enabled():", sys._is_gil_enabled() if hasattr(sys, "_is_gil_enabled") else "not in this version")
