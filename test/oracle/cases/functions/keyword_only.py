def connect(host, *, port=80, secure=False):
    return f"{'https' if secure else 'http'}://{host}:{port}"

print(connect('example.org'))
print(connect('example.org', port=8443, secure=True))
try:
    connect('example.org', 8080)
except TypeError as e:
    print("TypeError:", e)

def pos_only(a, b, /, c):
    return a + b + c

print(pos_only(1, 2, c=3))
try:
    pos_only(a=1, b=2, c=3)
except TypeError as e:
    print("TypeError:", e)
