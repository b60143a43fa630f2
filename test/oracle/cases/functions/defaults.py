def greet(name, greeting='Hello', punct='!'):
    return greeting + ', ' + name + punct

print(greet('Ada'))
print(greet('Ada', 'Bonjour'))
print(greet('Ada', punct='?'))
print(greet(punct='.', name='Bob', greeting='Hi'))
print(greet.__defaults__)
