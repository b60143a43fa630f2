# A line-coverage counter built on sys.settrace: which lines of each function ran and how often.
import sys
from collections import Counter

hits = Counter()

def tracer(frame, event, arg):
    if event == 'line' and frame.f_code.co_filename == __file__:
        hits[frame.f_code.co_name, frame.f_lineno] += 1
    return tracer

def classify(n):
    if n % 15 == 0:
        return 'fizzbuzz'
    elif n % 3 == 0:
        return 'fizz'
    elif n % 5 == 0:
        return 'buzz'
    return str(n)

def run():
    return [classify(n) for n in range(1, 16)]

sys.settrace(tracer)
out = run()
sys.settrace(None)
print(' '.join(out))
for (name, line), count in sorted(hits.items()):
    print(f'{name}:{line} x{count}')
