# A comprehension whose target is a tuple without parentheses (the tutorial's example):
# "did you forget parentheses around the comprehension target?" under both items.
squares = [x, x**2 for x in range(6)]
