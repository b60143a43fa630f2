# Floats in randrange: 3.11 takes an integral float with a DeprecationWarning (shown for the
# learner's own call, not for randint's inside random.py) and refuses another with a ValueError
# raised while handling operator.index's TypeError; 3.12+ only take integers.
import random

random.seed(1)
for call in ["random.randrange(2.0, 7)", "random.randint(1.0, 5)", "random.randrange(10, 1, -2.0)", "random.randrange(4.0)"]:
    try:
        print(call, '->', eval(call))
    except (ValueError, TypeError) as e:
        print(call, '->', type(e).__name__, e)
print(random.randrange(2.0, 7))
random.randrange(1.5)
