def cleanup():
    return undefined_cleanup_helper()

try:
    result = {'a': 1}['b']
except KeyError:
    print("handling the KeyError")
    cleanup()
