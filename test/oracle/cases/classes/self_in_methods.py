# Inside a method, self is one more reference to the instance.
import sys

class Account:
    def __init__(self, balance):
        self.balance = balance
    def refs(self):
        return sys.getrefcount(self)
    def chain(self):
        return self.refs()

acct = Account(100)
print("module level:", sys.getrefcount(acct))
print("acct.refs():", acct.refs())
print("acct.chain():", acct.chain())
print("on a temporary:", Account(5).refs())
m = acct.refs
print("through a stored bound method:", m())
