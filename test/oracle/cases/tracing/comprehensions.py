# Comprehensions under a trace function: up to 3.11 a list, set or dict comprehension is a function of its
# own ('call' <listcomp>...); 3.12 runs it inline (PEP 709), its loop reporting lines in the enclosing
# frame. A generator expression is a generator in every version.
import sys

def tracer(frame, event, arg):
    print(event, frame.f_code.co_name, frame.f_lineno)
    return tracer

def comps(n):
    squares = [i * i for i in range(n)]
    evens = {i for i in range(n)
             if i % 2 == 0}
    table = {i: str(i)
             for i in range(n)}
    total = sum(x for x in squares)
    return len(squares) + len(evens) + len(table) + total

sys.settrace(tracer)
r = comps(3)
sys.settrace(None)
print(r)
