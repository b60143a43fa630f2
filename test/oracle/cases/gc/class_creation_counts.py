# What a class statement allocates, seen in gc.get_count() after gc.collect() emptied the free lists:
# besides the class and what it keeps, three temporaries go to the free lists — the namespace dict, the
# copy of the class dict type_new_set_names walks and the (name, bases, namespace) tuple type() is
# called with —, plus the merged MRO list with several bases and the keywords dict with keywords.
# The next class statement takes them back from the free lists. A base keeps its subclasses in a dict
# made with its first subclass and freed when the last one dies (each function's classes die in the
# next gc.collect()).
import gc


class Base:
    pass


class Other:
    pass


def allocated(make):
    before = gc.get_count()[0]
    make()
    return gc.get_count()[0] - before


def plain():
    class Plain:
        pass


def single():
    class Single(Base):
        pass


def multiple():
    class Multiple(Base, Other):
        pass


def keywords():
    class WithKeywords(metaclass=type):
        pass


gc.set_threshold(100000)
for make in (plain, single, multiple, keywords):
    gc.collect()
    allocated(lambda: None)
    print(make.__name__, [allocated(make) for _ in range(3)])
gc.set_threshold(700, 10, 10)
