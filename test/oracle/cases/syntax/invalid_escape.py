# A Windows path in a plain string: \U starts an escape that does not decode. 3.11 points after
# the string, 3.12+ span the string itself.
path = "C:\Users\ada\notes.txt"
print(path)
