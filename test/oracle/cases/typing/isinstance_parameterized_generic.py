# isinstance and issubclass with a parameterized generic (list[int]) raise, as types.GenericAlias's
# __instancecheck__ does; a union or tuple of classes works; a non-class second argument raises.
print(isinstance([1, 2], list), isinstance(2, int | str), isinstance('a', (int, str)), isinstance(1, (int, list[int])))
print(issubclass(bool, int), issubclass(bool, (str, int)), issubclass(int, str | float), issubclass(bool, int | list))
for attempt in (lambda: isinstance([1, 2], list[str]), lambda: isinstance('a', (int, list[int])),
                lambda: issubclass(list, list[int]), lambda: issubclass(int, 5), lambda: issubclass(int, (str, 5)),
                lambda: issubclass(5, int), lambda: isinstance(1, 5)):
    try:
        print(attempt())
    except TypeError as e:
        print(e)
