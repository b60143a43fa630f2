# A syntax error in the imported file: the import raises SyntaxError, which names that file.
print("before")
try:
    import broken
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.offset)
    print(e.filename.endswith("broken.py"), repr(e.text))
import sys
print("broken" in sys.modules)
import broken
