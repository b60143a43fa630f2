# An exception from a __lt__ that nsmallest's loop calls: the traceback goes through heapq.py's lines.
import heapq

class Reading:
    def __init__(self, value):
        self.value = value
    def __lt__(self, other):
        if self.value is None or other.value is None:
            raise ValueError("missing reading")
        return self.value < other.value

readings = [Reading(v) for v in [12, 7, 15, 3, None, 9]]
print([r.value for r in heapq.nsmallest(2, readings[:4])])
print(len(heapq.nsmallest(2, iter(readings))))
