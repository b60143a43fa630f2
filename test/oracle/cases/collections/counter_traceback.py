from collections import Counter

print(Counter('hello'))
# Counter.__init__ -> update -> _count_elements (C): the frames of collections/__init__.py show
Counter(42)
