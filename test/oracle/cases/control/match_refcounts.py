# What a match statement holds: a copy of the subject on the stack per case (the last case uses
# the original), captures bound only once the whole pattern matched, **rest as a new dict.
import sys

class Box:
    __match_args__ = ('item',)
    def __init__(self, item):
        self.item = item
    @property
    def peek(self):
        print('  during MATCH_CLASS: item', sys.getrefcount(self.item), 'box', sys.getrefcount(self))
        return 1

def run():
    payload = ['payload']
    box = Box(payload)
    print('before', sys.getrefcount(box), sys.getrefcount(payload))
    match box:
        case Box(item, peek=2):
            print('no')
        case Box(item, peek=1):
            print('in case body: box', sys.getrefcount(box), 'payload', sys.getrefcount(payload))
    print('after: payload', sys.getrefcount(payload), '(item still bound)')
    del item
    print('after del item', sys.getrefcount(payload))

    data = {'k': payload, 'other': [1, 2]}
    match data:
        case {'k': k, **rest}:
            print('mapping: data', sys.getrefcount(data), 'payload', sys.getrefcount(payload), 'rest', sys.getrefcount(rest))
            print('rest is a new dict:', rest is not data, rest)
    del k, rest

    seq = [payload, payload, payload, 'last one']
    match seq:
        case [first, *middle, last]:
            print('sequence: seq', sys.getrefcount(seq), 'payload', sys.getrefcount(payload), 'middle', sys.getrefcount(middle))
    del first, middle, last
    match seq:
        case [head, *_, tail] if print('  in guard: payload', sys.getrefcount(payload)) is None:
            print('subscript path: seq', sys.getrefcount(seq), 'payload', sys.getrefcount(payload))
    del head, tail
    print('at the end', sys.getrefcount(box), sys.getrefcount(payload), sys.getrefcount(seq))

run()
