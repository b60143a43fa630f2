# A metaclass written in Python: its __new__, __init__ and __call__ run in CPython's order, the class
# statement's keywords reach them and __init_subclass__, and the metaclass's methods and properties
# are the class's attributes (not its instances').
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", mcls.__name__, name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith('__')), kw)
        cls = super().__new__(mcls, name, bases, ns)
        cls.registered = True
        return cls

    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name, kw)
        super().__init__(name, bases, ns)

    def __call__(cls, *args, **kwargs):
        print("Meta.__call__", cls.__name__, args)
        inst = super().__call__(*args, **kwargs)
        print("made", type(inst).__name__)
        return inst

    def __repr__(cls):
        return f"<Meta class {cls.__name__}>"

    def hello(cls):
        return "hello from " + cls.__name__

    @property
    def upper(cls):
        return cls.__name__.upper()


class A(metaclass=Meta, flag=1):
    def __init__(self, x):
        self.x = x

    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)


class B(A, flag=2):
    pass


print(type(A) is Meta, type(B) is Meta, A.registered, isinstance(A, Meta), isinstance(A, type))
print(repr(A), A.hello(), B.upper)
a = A(5)
print(a.x, type(a).__name__, hasattr(a, 'hello'))
print(Meta.__mro__)
print(type(Meta), Meta.__class__, A.__class__)
C = Meta('C', (), {'y': 1})
print(C.y, type(C))


class Counted(type):
    count = 0

    def __new__(mcls, *args):
        mcls.count += 1
        return super().__new__(mcls, *args)


class P1(metaclass=Counted):
    pass


class P2(P1):
    pass


print(Counted.count, type(P2).__name__)
D = type('D', (P1,), {})
print(Counted.count, type(D).__name__)


class WithProtocols(type):
    def __len__(cls):
        return 7

    def __getitem__(cls, k):
        return k * 2

    def __iter__(cls):
        return iter([1, 2])

    def __contains__(cls, item):
        return item == 'yes'


class Q(metaclass=WithProtocols):
    pass


print(len(Q), Q[4], list(Q), 'yes' in Q, 'no' in Q)
