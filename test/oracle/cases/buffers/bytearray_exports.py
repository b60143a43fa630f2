# While a memoryview of a bytearray is alive, the bytearray cannot change length (the view points
# into its memory); writing in place is fine and shows through the view.
data = bytearray(b"abcdef")
view = memoryview(data)

resizes = ["data.append(1)", "data.extend(b'xy')", "data.extend([7])", "data += b'z'", "data *= 2", "data *= 0",
           "del data[0]", "del data[1:3]", "del data[::2]", "data[0:2] = b'xyz'", "data[0:1] = b''",
           "data.clear()", "data.pop()", "data.pop(0)", "data.insert(0, 65)", "data.remove(98)"]
for statement in resizes:
    try:
        exec(statement)
        print(statement, "worked")
    except BufferError as e:
        print(statement, "->", e)

same_length = ["data.extend(b'')", "data.extend([])", "data += b''", "data *= 1", "del data[3:3]",
               "data[0:2] = b'AB'", "data[::2] = b'123'", "data[5] = 90", "data.reverse()"]
for statement in same_length:
    exec(statement)
    print(statement, "->", data, view.tobytes())
try:
    data.remove(200)
except ValueError as e:
    print("remove checks the value first:", e)
try:
    bytearray().pop()
except IndexError as e:
    print(e)

view.release()
data.append(33)
data += b"?"
print("released:", data)
view = memoryview(data)[1:]
del view
data.clear()
print("view deleted:", data)
