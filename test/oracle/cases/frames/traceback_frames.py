# The frames a traceback keeps: where each call was, and the failing function's locals.
def average(values):
    total = sum(values)
    return total / len(values)

def report(rows):
    results = []
    for row in rows:
        results.append(average(row))
    return results

try:
    report([[1, 2], []])
except ZeroDivisionError as e:
    tb = e.__traceback__
    while tb is not None:
        frame = tb.tb_frame
        print(frame.f_code.co_name, tb.tb_lineno, frame.f_lineno)
        last = frame
        tb = tb.tb_next
    print(sorted(last.f_locals), last.f_locals["values"], last.f_locals["total"])
    print(last.f_back.f_code.co_name, sorted(last.f_back.f_locals))
