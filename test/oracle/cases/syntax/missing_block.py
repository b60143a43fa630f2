# A loop whose body is not indented: the carets span the first word of the line.
for i in range(3):
print(i)
