# Constants of the script are also held by the compiled code (and the parser while the file runs).
import sys

big = 1000000
print("big int:", sys.getrefcount(big))
same = 1000000
print("same literal again:", sys.getrefcount(big), "is:", big is same)
computed = big + 1
print("computed int:", sys.getrefcount(computed))
text = 'hello world'
print("string literal:", sys.getrefcount(text))
built = ' '.join(['hello', 'world'])
print("built string:", sys.getrefcount(built), "equal:", built == text, "is:", built is text)
