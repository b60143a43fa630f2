# multiprocessing.Value and Array given the ctypes module's types (ctypes.c_int, ctypes.c_double) instead of
# typecodes: the same shared values, locks and reprs; _type_ codes.
import ctypes
import multiprocessing as mp

def work(v, arr):
    with v.get_lock():
        v.value += 1
    arr[0] = 2.5

if __name__ == '__main__':
    v = mp.Value(ctypes.c_int, 0)
    arr = mp.Array(ctypes.c_double, 3)
    ps = [mp.Process(target=work, args=(v, arr)) for _ in range(3)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print(v.value, arr[:], v, ctypes.c_int._type_, ctypes.c_double._type_)
