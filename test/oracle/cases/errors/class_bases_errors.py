# A class statement whose bases are not classes calls the type of its first base as the metaclass
# (after running the body), or finds no metaclass at all.
def attempt(label, make):
    try:
        make()
    except TypeError as e:
        print(label, '->', e)

def int_base():
    class C(1):
        print('body of C runs first')

def str_base():
    class C('a'):
        pass

def none_base():
    class C(None):
        pass

def function_base():
    class C(len):
        pass

def object_base():
    class C(object()):
        pass

def conflict():
    class C(int, 1):
        pass

for label, make in [('int', int_base), ('str', str_base), ('None', none_base), ('len', function_base),
                    ('object()', object_base), ('int, 1', conflict)]:
    attempt(label, make)

class D([]):
    pass
