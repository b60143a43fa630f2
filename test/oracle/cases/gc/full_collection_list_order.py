# gc.get_objects() lists objects in the collector's list order. A full collection moves what only
# __main__'s globals reference: from 3.12 it follows the globals dict's order; 3.11 leaves them in place.
import gc

class Item:
    def __init__(self, n):
        self.n = n

def order():
    return [o.n for o in gc.get_objects() if type(o) is Item]

second = None
first = Item(1)
second = Item(2)
nested = [Item(3), Item(4)]
print("before:", order())
gc.collect(0)
print("after a young collection:", order())
gc.collect()
print("after a full collection:", order())
