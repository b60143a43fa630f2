# A generator's frame (gi_frame): suspended at its yield, it has no caller (f_back is None).
def countdown(n):
    while n > 0:
        yield n
        n -= 1

gen = countdown(3)
frame = gen.gi_frame
print(frame.f_code.co_name, frame.f_lineno, frame.f_back)
print(next(gen), frame.f_lineno, frame.f_locals["n"])
print(next(gen), frame.f_locals["n"], frame.f_back)
print(list(gen), gen.gi_frame)
