# multiprocessing.Array and RawArray: a C array in shared memory that children write and the parent
# reads after join; indexing (negative too), slices (a list, or bytes for 'c'), len, iteration,
# assignment with wrap-around, the errors of a bad index or a slice of the wrong size, a 'c'
# array's value and raw, and the traceback of an index past the end (sharedctypes.py's frame).
import multiprocessing as mp


def square(arr, i):
    with arr.get_lock():
        arr[i] = arr[i] ** 2


def double_all(raw):
    for i in range(len(raw)):
        raw[i] = raw[i] * 2


def shout(text):
    text.value = text.value.upper() + b"!"


if __name__ == "__main__":
    arr = mp.Array("i", [1, 2, 3, 4, 5])
    ps = [mp.Process(target=square, args=(arr, i)) for i in range(len(arr))]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print(arr[:], len(arr), list(arr), sum(arr), 16 in arr)
    print(arr[0], arr[-1], arr[1:3], arr[::2], arr[::-1], arr[-2:], arr[3:100])
    for x in arr:
        print(x, end=" ")
    print()

    raw = mp.RawArray("d", 3)
    print(raw[:], type(raw).__name__, type(raw))
    raw[0] = 1.5
    raw[1:3] = [2, 3.25]
    p = mp.Process(target=double_all, args=(raw,))
    p.start()
    p.join()
    print(raw[:], len(raw))

    zeros = mp.Array("b", 4)
    print(zeros[:], type(zeros).__name__, type(zeros.get_obj()).__name__)
    zeros[0] = 200
    zeros[1:3] = (-129, 2**40 + 1)
    zeros[::3] = [7, 8]
    print(zeros[:], mp.Array("i", 0)[:], mp.RawArray("u", "hey")[:])

    for key in (10, -10, "0", 1.5):
        try:
            zeros[key]
        except (IndexError, TypeError) as e:
            print(repr(key), type(e).__name__, e)
    try:
        zeros[0:2] = [1]
    except ValueError as e:
        print(e)
    try:
        zeros[0:2] = (5, "x")
    except TypeError as e:
        print(e, zeros[:])
    try:
        zeros.value
    except AttributeError as e:
        print(e)
    for bad in (-1, 1.5):
        try:
            mp.Array("i", bad)
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
    try:
        mp.Array("i", [1, "x"])
    except TypeError as e:
        print(e)
    try:
        mp.Array("i", 3, foo=1)
    except TypeError as e:
        print(e)

    text = mp.Array("c", b"hi")
    print(text.value, text.raw, text[:], text[0], type(text).__name__)
    big = mp.Array("c", 8)
    big.value = b"abc"
    p = mp.Process(target=shout, args=(big,))
    p.start()
    p.join()
    print(big.value, big.raw)
    big.raw = b"xy"
    print(big.value, big.raw)
    for bad in (b"123456789", "str"):
        try:
            big.value = bad
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
    arr[5] = 0
