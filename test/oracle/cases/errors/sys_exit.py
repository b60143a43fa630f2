import sys

print("checking input")
data = []
if not data:
    print("no data, exiting with status 3", file=sys.stderr)
    sys.exit(3)
print("never printed")
