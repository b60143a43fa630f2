def factorial(n):
    return 1 if n <= 1 else n * factorial(n - 1)

def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a

def hanoi(n, src, dst, via, moves):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst, moves)
    moves.append((src, dst))
    hanoi(n - 1, via, dst, src, moves)

print(factorial(10))
print(factorial(30))
print([fib(i) for i in range(12)])
moves = []
hanoi(3, 'A', 'C', 'B', moves)
print(len(moves), moves[:3])
