# Shifts of huge counts: a left shift whose result would need more than PY_SSIZE_T_MAX/4 digits is
# "too many digits in integer" (OverflowError); a smaller impossible one is MemoryError; right
# shifts past the int's length give 0 or -1; a zero shifts to zero.
for expr in ["1 << (2 ** 63)", "1 << (2 ** 64)", "-1 << (2 ** 62)", "1 << (2 ** 100)", "1 << (2 ** 61) * 30",
             "0 << (2 ** 100)", "5 >> (2 ** 100)", "-5 >> (2 ** 100)", "1 << -1", "1 >> -1", "(2 ** 100) >> 99"]:
    try:
        print(expr, '->', eval(expr))
    except (OverflowError, MemoryError, ValueError) as e:
        print(expr, '->', type(e).__name__, e)
