# id() of class instances after a free: the small-object allocator gives a freed instance's block to the next
# instance of its size. 3.11 and 3.12 allocate the attribute values apart; a list's item array is a block of that
# allocator too and can take the block in between. A 3.13 instance holds its values, one slot fewer for each
# instance its class made, so the next one can be of another size class.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

print(id(Point(1, 2)) == id(Point(3, 4)))
p = Point(0, 0)
address = id(p)
del p
q = Point(5, 6)
print(id(q) == address)

class Empty:
    pass

seen = [id(Empty()) for _ in range(6)]
print([s == seen[0] for s in seen])
