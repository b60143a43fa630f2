# Module and class bodies with annotations get an __annotations__ dict (SETUP_ANNOTATIONS); an
# annotated local inside a function is never evaluated.
count: int = 3
label: str
print(__annotations__)
print("label" in globals())

class Config:
    """Settings."""
    debug: bool = False
    retries: int
    name: "str" = "default name"
    if debug:
        hidden: float = 1.0
    (paren): list = []

print(Config.__annotations__)
print(Config.debug, Config.__doc__, hasattr(Config, "retries"))

def body():
    total: undefined_name_never_evaluated = 10
    unset: also_undefined
    return total

print(body())
print(body.__code__.co_varnames)

class Holder:
    pass

h = Holder()
h.value: int = 5
print(h.value)

class Empty:
    pass

print("__annotations__" in Empty.__dict__)
