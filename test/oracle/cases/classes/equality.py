class Money:
    def __init__(self, amount, currency):
        self.amount = amount
        self.currency = currency
    def __eq__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self.amount == other.amount and self.currency == other.currency
    def __hash__(self):
        return hash((self.amount, self.currency))

a = Money(5, 'EUR')
b = Money(5, 'EUR')
c = Money(5, 'USD')
print(a == b, a is b, a == c, a != c)
print(a == 5)
print(len({a, b, c}))
print(a in [c, b])

class Plain:
    pass
print(Plain() == Plain())
