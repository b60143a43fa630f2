# Checks the TypeError of a keyword a Python function has no parameter for: 3.13 adds
# "Did you mean 'x'?" with the nearest keyword-capable parameter (never a positional-only one,
# nor the *args/**kwargs names), 3.11/3.12 name the keyword only.

def order(item, /, quantity, *extras, express=False, note=''):
    return item, quantity, extras, express, note


class Basket:
    def add(self, product, count=1):
        return product, count


calls = [
    lambda: order('tea', quantty=2),
    lambda: order('tea', 1, expres=True),
    lambda: order('tea', 1, itme='x'),
    lambda: order('tea', 1, extras=()),
    lambda: order('tea', 1, colour='red'),
    lambda: Basket().add(prodct='jam'),
    lambda: Basket().add('jam', Count=2),
    lambda: Basket().add('jam', slf=None),
]
for call in calls:
    try:
        call()
    except TypeError as e:
        print(e)
print(order('tea', quantity=2, note='hot'))
