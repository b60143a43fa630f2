class Lenient:
    def __init__(self):
        self.real = 'real value'
    def __getattr__(self, name):
        return f"<no {name}>"

obj = Lenient()
print(obj.real)
print(obj.missing)
print(getattr(obj, 'other'))
print(hasattr(obj, 'anything'))

class Recorder:
    def __setattr__(self, name, value):
        print("set", name, "=", value)
        super().__setattr__(name, value)

r = Recorder()
r.x = 1
r.y = [2]
print(r.x, r.y)
