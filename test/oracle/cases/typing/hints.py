# Hints written as strings (forward references) stay strings until typing.get_type_hints evaluates them.
from typing import TYPE_CHECKING, List, Optional, cast, get_type_hints, get_origin, get_args, Dict

if TYPE_CHECKING:
    print("never printed")

class Node:
    value: int
    next: "Optional[Node]" = None

    def children(self) -> "List[Node]":
        return []

def total(nodes: "List[Node]", start: int = 0) -> int:
    return start + sum(n.value for n in nodes)

print(total.__annotations__)
print(get_type_hints(total))
print(Node.__annotations__)
print(get_type_hints(Node))
print(get_type_hints(Node.children))
print(cast(int, "not really an int"), cast("List[int]", [1]))
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(int | str), get_args(int | None), get_origin(int))
print(List["Node"])
