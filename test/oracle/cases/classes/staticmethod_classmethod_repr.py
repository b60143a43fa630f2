# The reprs of staticmethod and classmethod objects show what they wrap (3.10+).
class C:
    @staticmethod
    def helper():
        return 1

    @classmethod
    def make(cls):
        return cls()


print(repr(staticmethod(len)), repr(classmethod(len)), classmethod(abs))
sm = C.__dict__['helper']
cm = C.__dict__['make']
print(repr(sm).replace(hex(id(sm.__func__)), 'F'), repr(cm).replace(hex(id(cm.__func__)), 'F'))
print(repr(staticmethod(staticmethod(len))))
