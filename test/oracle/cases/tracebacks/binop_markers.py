# A binary operation that fails: 3.11+ underline its operands with ~ and its operator with ^
# (a two-character operator gets ^^), here in two tracebacks chained by "During handling".
def line_total(price, quantity):
    return price * quantity + shipping(quantity)


def shipping(quantity):
    return 5 if quantity < 10 else 0


def average(total, count):
    return total // count


orders = [(2.5, 4), ('3', '2')]
try:
    print(average(10, len(orders) - 2))
except ZeroDivisionError:
    for price, quantity in orders:
        print(line_total(price, quantity))
