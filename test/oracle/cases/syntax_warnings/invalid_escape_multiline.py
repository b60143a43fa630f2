# An invalid escape on the second line of a triple-quoted string: 3.12 and 3.13.0 name the string's
# first line, 3.13.5 the escape's.
text = """first line
second \w line"""
print(text)
