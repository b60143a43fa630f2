# best_base (Objects/typeobject.c): a class's tp_base is the base whose instance layout extends every
# other base's (__base__ names it, not always the first base); two bases with unrelated layouts (slots
# in both, or two built-in types) make "multiple bases have instance lay-out conflict".
class Mixin:
    pass

class Slotted:
    __slots__ = ("a",)

class Other:
    __slots__ = ("b",)

class Both(Mixin, Slotted):
    pass

print(Both.__base__.__name__, [c.__name__ for c in Both.__mro__])
b = Both(); b.a = 1; b.c = 2
print(b.a, vars(b))

for bases in [(Slotted, Other), (list, dict), (Slotted, list), (int, str)]:
    try:
        type("X", bases, {})
    except TypeError as e:
        print([c.__name__ for c in bases], "TypeError:", e)

class ListMixin(Mixin, list):
    pass

print(ListMixin.__base__.__name__, ListMixin([1, 2]) + [3])

class E1:
    __slots__ = ()

class E2:
    __slots__ = ()

class Fine(E1, E2, Slotted):
    __slots__ = ("v",)

f = Fine(); f.v = 1; f.a = 2
print(Fine.__base__.__name__, f.v, f.a)
