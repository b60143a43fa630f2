# User generics: TypeVar, Generic[T] as a base (replaced through __mro_entries__), subscripted classes.
from typing import TypeVar, Generic, List, Optional, Dict

T = TypeVar("T")
K = TypeVar("K")
Num = TypeVar("Num", int, float)
Co = TypeVar("Co", covariant=True)
print(T, Num, Co, Num.__constraints__, T.__name__)

class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> Optional[T]:
        return self.items.pop() if self.items else None

print(Stack.__mro__)
print(Stack.__parameters__, Stack.__orig_bases__)
s = Stack[int]()
s.push(1)
s.push(2)
print(s.pop(), s.pop(), s.pop(), s.items)
print(Stack[int], Stack[str] == Stack[str], s.__orig_class__)

class Table(Generic[K, T]):
    pass

print(Table[str, int], Table.__parameters__, List[T], Dict[K, T][str, int])

class IntStack(Stack[int]):
    pass

print(IntStack.__mro__, IntStack.__orig_bases__)
for bad in ("Stack[int, str]", "Generic[int]", "Table[int]"):
    try:
        eval(bad)
    except TypeError as e:
        print(bad, "->", e)
