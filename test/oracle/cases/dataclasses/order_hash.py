# order=True compares fields as tuples; eq without frozen makes instances unhashable; unsafe_hash
# and frozen give a __hash__ over the compared fields.
from dataclasses import dataclass, field

@dataclass(order=True)
class Card:
    rank: int
    suit: str = field(compare=False)

cards = [Card(10, "hearts"), Card(2, "spades"), Card(7, "clubs")]
print(sorted(cards))
print(Card(3, "a") == Card(3, "b"), Card(3, "a") <= Card(2, "z"), max(cards))
try:
    hash(cards[0])
except TypeError as e:
    print(e)

@dataclass(unsafe_hash=True)
class Key:
    name: str
    weight: int = field(default=1, hash=False)

print(hash(Key("a")) == hash(Key("a", 5)), len({Key("a"), Key("a"), Key("b")}))

@dataclass(eq=False)
class Plain:
    value: int

print(Plain(1) == Plain(1), hash(Plain(1)) is not None)

@dataclass(order=True)
class Other:
    rank: int

try:
    Card(1, "x") < Other(2)
except TypeError as e:
    print(e)
try:
    @dataclass(order=True, eq=False)
    class Broken:
        a: int
except ValueError as e:
    print(e)
try:
    @dataclass(order=True)
    class Custom:
        a: int
        def __lt__(self, other):
            return True
except TypeError as e:
    print(e)
