def risky(kind):
    if kind == 'key':
        return {}['k']
    if kind == 'index':
        return [][0]
    if kind == 'type':
        return 'a' + 1
    return 'ok'

for kind in ['key', 'index', 'type', 'none']:
    try:
        try:
            print(risky(kind))
        except (KeyError, IndexError) as e:
            print("lookup problem:", type(e).__name__, e)
        except TypeError:
            print("re-raising TypeError")
            raise
    except TypeError as e:
        print("outer caught:", e)
