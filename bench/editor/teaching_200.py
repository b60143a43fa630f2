# A 200-line teaching file for the editor benchmark: the kind of code a lesson walks through.
import sys
import gc

# Section 1: names, containers and functions
items_1 = [1, 1 + 1, 1 + 2]
alias_1 = items_1
table_1 = {'key': items_1, 'n': 1}
print(sys.getrefcount(items_1) - 1)

def total_1(values):
    acc = 0
    for v in values:
        acc += v
    return acc

class Box1:
    def __init__(self, content):
        self.content = content

box_1 = Box1(items_1)
result_1 = total_1(alias_1)
del alias_1

# Section 2: names, containers and functions
items_2 = [2, 2 + 1, 2 + 2]
alias_2 = items_2
table_2 = {'key': items_2, 'n': 2}
print(sys.getrefcount(items_2) - 1)

def total_2(values):
    acc = 0
    for v in values:
        acc += v
    return acc

class Box2:
    def __init__(self, content):
        self.content = content

box_2 = Box2(items_2)
result_2 = total_2(alias_2)
del alias_2

# Section 3: names, containers and functions
items_3 = [3, 3 + 1, 3 + 2]
alias_3 = items_3
table_3 = {'key': items_3, 'n': 3}
print(sys.getrefcount(items_3) - 1)

def total_3(values):
    acc = 0
    for v in values:
        acc += v
    return acc

class Box3:
    def __init__(self, content):
        self.content = content

box_3 = Box3(items_3)
result_3 = total_3(alias_3)
del alias_3

# Section 4: names, containers and functions
items_4 = [4, 4 + 1, 4 + 2]
alias_4 = items_4
table_4 = {'key': items_4, 'n': 4}
print(sys.getrefcount(items_4) - 1)

def total_4(values):
    acc = 0
    for v in values:
        acc += v
    return acc

class Box4:
    def __init__(self, content):
        self.content = content

box_4 = Box4(items_4)
result_4 = total_4(alias_4)
del alias_4

# Section 5: names, containers and functions
items_5 = [5, 5 + 1, 5 + 2]
alias_5 = items_5
table_5 = {'key': items_5, 'n': 5}
print(sys.getrefcount(items_5) - 1)

def total_5(values):
    acc = 0
    for v in values:
        acc += v
    return acc

class Box5:
    def __init__(self, content):
        self.content = content

box_5 = Box5(items_5)
result_5 = total_5(alias_5)
del alias_5

# Section 6: names, containers and functions
items_6 = [6, 6 + 1, 6 + 2]
alias_6 = items_6
table_6 = {'key': items_6, 'n': 6}
print(sys.getrefcount(items_6) - 1)

def total_6(values):
    acc = 0
    for v in values:
        acc += v
    return acc

class Box6:
    def __init__(self, content):
        self.content = content

box_6 = Box6(items_6)
result_6 = total_6(alias_6)
del alias_6

# Section 7: names, containers and functions
items_7 = [7, 7 + 1, 7 + 2]
alias_7 = items_7
table_7 = {'key': items_7, 'n': 7}
print(sys.getrefcount(items_7) - 1)

def total_7(values):
    acc = 0
    for v in values:
        acc += v
    return acc

class Box7:
    def __init__(self, content):
        self.content = content

box_7 = Box7(items_7)
result_7 = total_7(alias_7)
del alias_7

# Section 8: names, containers and functions
items_8 = [8, 8 + 1, 8 + 2]
alias_8 = items_8
table_8 = {'key': items_8, 'n': 8}
print(sys.getrefcount(items_8) - 1)

def total_8(values):
    acc = 0
    for v in values:
        acc += v
    return acc

class Box8:
    def __init__(self, content):
        self.content = content

box_8 = Box8(items_8)
result_8 = total_8(alias_8)
del alias_8

# Section 9: names, containers and functions
items_9 = [9, 9 + 1, 9 + 2]
alias_9 = items_9
table_9 = {'key': items_9, 'n': 9}
print(sys.getrefcount(items_9) - 1)

def total_9(values):
    acc = 0
    for v in values:
        acc += v
    return acc

class Box9:
    def __init__(self, content):
        self.content = content

box_9 = Box9(items_9)
result_9 = total_9(alias_9)
del alias_9

# Section 10: names, containers and functions
items_10 = [10, 10 + 1, 10 + 2]
alias_10 = items_10
table_10 = {'key': items_10, 'n': 10}
print(sys.getrefcount(items_10) - 1)

def total_10(values):
    acc = 0
    for v in values:
        acc += v
    return acc

class Box10:
    def __init__(self, content):
        self.content = content
print("done", gc.collect())
