async def job(name):
    print("running", name)

job("a")
print("after a")
c = job("b")
del c
print("after b")
c2 = job("c")
c2.close()
print("closed c")
def f():
    job("d")
f()
print("end")
