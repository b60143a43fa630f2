x = 'global x'
result = [x for x in range(3)]
print(result, x)
y = 10
print([y + i for i in range(3)])
def f():
    base = 100
    return [base + i for i in range(3)]
print(f())
funcs = [lambda: i for i in range(3)]
print([g() for g in funcs])
class K:
    items = [1, 2]
    doubled = [n * 2 for n in items]
print(K.doubled)
