# "Did you mean" under an uncaught AttributeError or NameError, here printed by threading.excepthook
# for one thread after another.
import threading

class Account:
    def __init__(self):
        self.balance = 10
        self._owner = 'ann'

    def deposit(self):
        return self.balanse

    def owner(self):
        return self.ownr

    def total(self):
        return balance

def run(target):
    t = threading.Thread(target=target, name=target.__name__)
    t.start()
    t.join()

def method_typo():
    Account().depost()

def attribute_typo():
    return Account().balanse

def private_from_outside():
    return Account().owner_

def list_typo():
    [].apend(1)

def str_typo():
    'abc'.uper()

def slots_typo():
    class Point:
        __slots__ = ('x', 'y')
    p = Point()
    p.z = 1

for target in [method_typo, attribute_typo, private_from_outside, list_typo, str_typo, slots_typo,
               Account().deposit, Account().owner, Account().total]:
    run(target)
print('done')
