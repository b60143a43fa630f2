# Slice assignment frees the items it replaces after the list holds the new ones: a contiguous
# slice (list_ass_slice) releases them last to first, an extended slice (list_ass_subscript) first
# to last; __del__ sees the list already updated.
class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name, "list now", [x.name if isinstance(x, Noisy) else x for x in holder])


holder = [Noisy(c) for c in "abcde"]
holder[1:4] = ["x"]
print("-- contiguous")
holder[0:3] = [Noisy("f"), Noisy("g"), Noisy("h"), Noisy("i")]
print("-- extended")
holder[::2] = [1, 2]
print("-- reversed extended")
holder[::-1] = [4, 5, 6, 7]
print("end")
