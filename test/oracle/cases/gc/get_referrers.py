# gc.get_referrers finds the tracked containers that refer to an object (untracked ones, like an atomic dict, are not searched).
import gc

def kinds(obj):
    return sorted(type(r).__name__ for r in gc.get_referrers(obj))

def scenario():
    target = [1, 2, 3]
    in_list = [target]
    in_tuple = (target, 0)
    in_dict = {"k": target}

    class Box:
        pass

    box = Box()
    box.item = target
    print("referrers of target:", kinds(target))
    print("list is a referrer:", any(r is in_list for r in gc.get_referrers(target)))
    box.__dict__
    print("once box.__dict__ exists:", kinds(target))
    atomic = {"a": 1000000}
    big = atomic["a"]
    tracked = {"a": big, "l": []}
    found = gc.get_referrers(big)
    print("untracked dict found:", any(r is atomic for r in found), "tracked dict found:", any(r is tracked for r in found))
    print("referrers of in_dict:", kinds(in_dict))

scenario()
print("referrers of a fresh list:", kinds([]))
