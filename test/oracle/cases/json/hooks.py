# Decoding hooks: object_hook gets each decoded dict (innermost first) and its result replaces the dict,
# object_pairs_hook gets the (key, value) pairs in document order (duplicates kept), parse_float,
# parse_int and parse_constant get the number's or constant's text.
import json
from collections import OrderedDict

def hook(d):
    print("  object_hook", d)
    return ("obj", len(d))

print(json.loads('{"a": {"b": {"c": 1}}, "d": [{"e": 2}]}', object_hook=hook))
print(json.loads('{"k": 1, "k": 2, "j": 3}'))
print(json.loads('{"k": 1, "k": 2, "j": 3}', object_pairs_hook=list))
print(json.loads('{"z": 1, "a": {"y": 2}}', object_pairs_hook=OrderedDict))
print(json.loads('{"a": 1}', object_hook=hook, object_pairs_hook=dict))

def number_text(kind):
    def parse(text):
        print("  parse", kind, repr(text))
        return f"<{kind} {text}>"
    return parse

print(json.loads('[1, -20, 3.5, 1e3, 2E-2]', parse_int=number_text("int"), parse_float=number_text("float")))
print(json.loads('[NaN, Infinity, -Infinity]', parse_constant=number_text("constant")))
print(json.loads('[0.1, 0.25]', parse_float=lambda s: round(float(s) * 100)))
print(json.loads('{"count": 3}', parse_int=float))

class Account:
    def __init__(self, owner, balance):
        self.owner, self.balance = owner, balance
    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance})"

def as_account(d):
    return Account(d["owner"], d["balance"]) if "owner" in d else d

print(json.loads('{"accounts": [{"owner": "ann", "balance": 10}, {"owner": "bo", "balance": 2.5}]}', object_hook=as_account))
decoder = json.JSONDecoder(object_hook=as_account)
print(decoder.decode('[{"owner": "cy", "balance": 0}]'), decoder.strict, decoder.parse_int is int)
