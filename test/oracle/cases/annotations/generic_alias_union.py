# list[int] is a types.GenericAlias, int | None a types.UnionType: objects of their own, with reprs
# that read like the annotation.
import types

nums = list[int]
print(nums, type(nums), nums.__origin__, nums.__args__)
print(dict[str, list[int]], tuple[int, ...], tuple[()])
print(nums([1, 2, 3]), nums == list[int], nums == list[str])

maybe = int | None
print(maybe, type(maybe), maybe.__args__)
print(int | str | int, int | int, list[int] | None, str | None == None | str)
print(isinstance(3, int | str), isinstance(2.5, int | str), isinstance(None, int | None))
print(types.GenericAlias is type(nums), types.UnionType is type(maybe))

class Tree:
    pass

print(Tree | None, list[Tree])

def lookup(key: str, table: dict[str, int] | None = None) -> int | None:
    return (table or {}).get(key)

print(lookup.__annotations__)
print(lookup("a", {"a": 1}))

for bad in ("int[str]", "int | 'str'", "Tree[int]"):
    try:
        eval(bad)
    except TypeError as e:
        print(bad, "->", e)
