# A file named like a standard module hides it; what it lacks is an AttributeError (3.13 suggests renaming it).
import random
print(random.choice("ab"))
print(random.randint(1, 6))
