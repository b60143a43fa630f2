# Line events in loops: each iteration reports the loop's line again (a backward jump), while loops, a
# for loop's else, break and continue, and a try statement's own line.
import sys

def tracer(frame, event, arg):
    if frame.f_code.co_name == 'loops':
        print(event, frame.f_lineno)
    return tracer

def loops(n):
    total = 0
    for i in range(n):
        if i == 1:
            continue
        total += i
    else:
        total += 100
    while n > 0:
        n -= 1
        if n == 1:
            break
    for c in 'ab': total += 1
    try:
        total += 1
    finally:
        total += 2
    return total

sys.settrace(tracer)
print(loops(3))
sys.settrace(None)
