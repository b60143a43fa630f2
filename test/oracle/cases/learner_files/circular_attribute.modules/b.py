import a
print("b uses a.f:")
print(a.f())
