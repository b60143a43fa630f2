# inspect's predicates and the states of generators and coroutines (GEN_CREATED, GEN_SUSPENDED, GEN_RUNNING
# from inside, GEN_CLOSED; the same for coroutines), getgeneratorlocals, currentframe, getmembers, getdoc.
import inspect


def counter(limit):
    n = 0
    while n < limit:
        print('  inside:', inspect.getgeneratorstate(gen))
        yield n
        n += 1


gen = counter(2)
print(inspect.getgeneratorstate(gen), inspect.getgeneratorlocals(gen))
print(next(gen), inspect.getgeneratorstate(gen), inspect.getgeneratorlocals(gen))
print(list(gen), inspect.getgeneratorstate(gen), inspect.getgeneratorlocals(gen))


async def job():
    return 42


coro = job()
print(inspect.getcoroutinestate(coro))
try:
    coro.send(None)
except StopIteration as stop:
    print('result', stop.value, inspect.getcoroutinestate(coro))


class Shape:
    """A shape.

        It has an area.
    """
    sides = 0

    def area(self):
        return 0

    @property
    def name(self):
        return 'shape'


async def agen():
    yield 1

for obj in (inspect, Shape, Shape(), Shape.area, Shape().area, len, [].append, counter, counter(1), job, agen, agen(), property, Shape.name, object.__init__, object().__str__):
    checks = [f(obj) for f in (inspect.ismodule, inspect.isclass, inspect.ismethod, inspect.isfunction, inspect.isgeneratorfunction,
                               inspect.isgenerator, inspect.iscoroutinefunction, inspect.isasyncgenfunction, inspect.isasyncgen,
                               inspect.isbuiltin, inspect.isroutine, inspect.ismethoddescriptor, inspect.isdatadescriptor, inspect.ismethodwrapper)]
    print(type(obj).__name__, ''.join('x' if c else '.' for c in checks))

frame = inspect.currentframe()
print(frame.f_code.co_name, frame.f_lineno)
print([name for name, _ in inspect.getmembers(Shape, inspect.isfunction)], [n for n, v in inspect.getmembers(Shape()) if not n.startswith('__')])
print(repr(inspect.getdoc(Shape)), inspect.cleandoc('  a\n    b\n  c'), inspect.getdoc(Shape.area))
print(inspect.isabstract(Shape), inspect.isawaitable(job()), inspect.CO_GENERATOR, inspect.GEN_CLOSED)
