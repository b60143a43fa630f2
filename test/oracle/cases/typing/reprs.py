# What typing's hints print as: CPython's reprs of the special forms and generic aliases.
from typing import Any, Optional, Union, List, Dict, Tuple, Set, FrozenSet, Callable, Iterable, Iterator
from typing import Sequence, Mapping, Type, Literal, ClassVar, Final
import typing

print(Any, Optional[int], Union[int, str], Union[int, None], Union[None, str])
print(Union[int, str, None], Optional[Union[int, str]], Union[int], Union[int, int, bool])
print(List[int], Dict[str, List[int]], Set[str], FrozenSet[bytes], Type[int])
print(Tuple[int, ...], Tuple[()], Tuple[int, str], Tuple)
print(Callable[[int, str], bool], Callable[..., int], Callable[[], None])
print(Iterable[int], Iterator[str], Sequence[float], Mapping[str, int], List, Dict, Callable)
print(Literal[1, "a", None], ClassVar[int], Final[str])
print(List[int].__origin__, List[int].__args__, Optional[int].__args__, Iterable[int].__origin__)
print(Optional[int] == Union[int, None], Union[int, str] == Union[str, int], List[int] == List[str])
print(type(Optional[int]), type(List[int]))
print(typing.Union[int, list[int]], int | List[int], List[int] | None)
print(Optional[list[int]], Dict[str, int | None])

for bad in ("Optional[int, str]", "List[int, str]", "Dict[str]", "Union[()]", "Any()"):
    try:
        eval(bad)
    except TypeError as e:
        print(bad, "->", e)
