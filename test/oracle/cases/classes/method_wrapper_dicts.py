# classmethod(f) and staticmethod(f) made by a call copy the function's __module__, __name__, __qualname__,
# __doc__ and __annotations__ into a __dict__ of their own (funcobject.c functools_wraps), where other
# attributes go too; the staticmethod a class statement makes of its __new__ has none (type_new_staticmethod).
# Both are objects the collector finds with the class when it is garbage.
import gc


def f(x):
    "doc of f"
    return x


cm = classmethod(f)
print(sorted(cm.__dict__), cm.__doc__, cm.__name__, cm.__qualname__)
sm = staticmethod(f)
sm.extra = 1
print(sorted(sm.__dict__), sm.extra)


class A:
    def __new__(cls):
        return super().__new__(cls)

    @classmethod
    def make(cls):
        return cls()


print(type(A.__dict__['__new__']).__name__, A.__dict__['__new__'].__dict__, type(A.make()).__name__)

gc.collect()


class B:
    def __new__(cls):
        return super().__new__(cls)

    @classmethod
    def make(cls):
        pass

    @staticmethod
    def helper():
        pass


del B
gc.set_debug(gc.DEBUG_SAVEALL)
print(gc.collect(), sorted(type(o).__name__ for o in gc.garbage))
gc.set_debug(0)
