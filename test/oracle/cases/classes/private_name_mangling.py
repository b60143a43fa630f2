# Inside a class, `__name` identifiers (attributes, class-body and global names) are compiled as
# `_Class__name` (the class name without leading underscores); `__name__` forms and fast locals are not.
__g = "global"
class _Acct:
    __count = 0
    def __init__(self):
        self.__balance = 10
        _Acct.__count += 1
    def peek(self):
        return self.__balance, getattr(self, "_Acct__balance")
    def glob(self):
        try:
            return __g
        except NameError as e:
            return str(e)
a = _Acct()
print(vars(a), a.peek(), a.glob())
print([k for k in vars(_Acct) if "count" in k])
print(getattr(_Acct, "__static_attributes__", None))
class Sub(_Acct):
    def get(self):
        try:
            return self.__balance
        except AttributeError as e:
            return str(e)
print(Sub().get())
class ___:
    def f(self):
        self.__y = 1
        return vars(self)
print(___().f())
