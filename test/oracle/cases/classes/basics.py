import sys

class Dog:
    species = 'Canis familiaris'

    def __init__(self, name, age):
        self.name = name
        self.age = age

    def description(self):
        return f"{self.name} is {self.age} years old"

    def speak(self, sound):
        return f"{self.name} says {sound}"

rex = Dog('Rex', 4)
print("refs of rex:", sys.getrefcount(rex))
print(rex.description())
print(rex.speak('Woof'))
print(rex.species, Dog.species)
print(type(rex).__name__, isinstance(rex, Dog))
print(sorted(vars(rex)))
