import itertools, functools, operator, sys

class Basket:
    def add(self, item, count=1):
        # the method's own reference, getrefcount's, and what the caller side holds
        return sys.getrefcount(item)

apples = ["a list of apples"]
basket = Basket()
add_apples = operator.methodcaller("add", apples)
print("stored", sys.getrefcount(apples), add_apples(basket))
add_many = operator.methodcaller("add", apples, count=3)
# before 3.13 the keyword call unpacks the arguments with one more reference each
print("stored twice", sys.getrefcount(apples), add_many(basket))
del add_apples, add_many
print("callers gone", sys.getrefcount(apples))

for expression in ["itertools.count()[0]", "len(itertools.repeat(apples))", "operator.itemgetter(1) + 1",
                   "hash(functools.cmp_to_key(len)(1))", "itertools.chain().missing"]:
    try:
        eval(expression)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
print(itertools.count.__name__, type(functools.partial(len)).__name__, operator.methodcaller.__name__)
functools.partial(len)["key"]
