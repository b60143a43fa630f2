def f():
    try:
        return 'from try'
    finally:
        print("finally runs before the return completes")

def g():
    for i in range(3):
        try:
            if i == 1:
                continue
            print("body", i)
        finally:
            print("finally", i)

print(f())
g()
