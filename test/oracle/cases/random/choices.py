# choices: floor(random() * n) without weights, else a bisection of the cumulative weights.
import random

random.seed(8)
print(random.choices("abc", k=10))
print(random.choices(["win", "lose"], weights=[1, 9], k=10))
print(random.choices(range(5), cum_weights=[1, 1, 5, 6, 10], k=8))
print(random.choices([1, 2, 3], [0.2, 0.5, 0.3]))
print(random.choices("xy", k=0))
for call in ["random.choices([1, 2], [1])", "random.choices([1, 2], [0, 0])", "random.choices([1, 2], [1, 2], cum_weights=[1, 2])",
             "random.choices([1, 2], [1, float('inf')])", "random.choices([], k=1)"]:
    try:
        eval(call)
    except (ValueError, TypeError, IndexError) as e:
        print(call, '->', type(e).__name__, e)
random.choices(["a", "b"], 3)
