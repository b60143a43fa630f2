# A container holds one reference per slot, whatever the container type.
import sys

obj = ['shared']
containers = {
    'list': [obj],
    'tuple': (obj, obj),
    'dict value': {'k': obj},
    'dict key': {('t', 'u'): obj},
}
print("obj after building 5 slots:", sys.getrefcount(obj))
for name in list(containers):
    del containers[name]
    print("removed", name, "->", sys.getrefcount(obj))
