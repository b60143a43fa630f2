import functools, sys

base_two = functools.partial(int, base=2)
print(repr(base_two))
print(base_two("1011"), base_two.func, base_two.args, base_two.keywords)

config = {"name": "a dict held by a partial"}
def greet(settings, who, punctuation="!"):
    return "hello " + who + punctuation + " from " + settings["name"]

hello = functools.partial(greet, config)
print("after partial", sys.getrefcount(config), sys.getrefcount(greet))
print(hello("ann"), hello("bob", punctuation="?"))
loud = functools.partial(hello, punctuation="!!!")
# a partial of a partial is flattened: loud holds greet and config itself
print(loud.func is greet, loud.args == (config,), loud.keywords)
print("two partials", sys.getrefcount(config), sys.getrefcount(greet))
del hello, loud
print("partials gone", sys.getrefcount(config), sys.getrefcount(greet))
print(type(base_two))
try:
    functools.partial(42)
except TypeError as e:
    print("TypeError:", e)
functools.partial()
