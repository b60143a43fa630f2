# Two files importing each other: the second finds the first half-made in sys.modules.
import spam
import eggs
print(eggs.eggs_value())
print(spam.eggs is eggs, eggs.spam is spam)
