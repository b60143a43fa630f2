class Counter:
    created = 0
    items = []

    def __init__(self):
        Counter.created += 1
        self.own = []

a = Counter()
b = Counter()
print("created:", Counter.created, a.created)
a.items.append('shared!')
print("b.items:", b.items)
a.own.append('mine')
print("a.own:", a.own, "b.own:", b.own)
a.created = 99
print("a.created:", a.created, "Counter.created:", Counter.created)
print("'created' in a.__dict__:", 'created' in a.__dict__)
