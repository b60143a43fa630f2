# input() reads sys.stdin line by line (here input_lines.stdin): the prompt goes to stdout without a
# newline, the line comes back without its '\n' (a '\r' stays: stdin splits at '\n' only).
name = input("What is your name? ")
print("Hello,", name)
age = int(input("Age: "))
print("Next year you will be", age + 1)
n = int(input())
numbers = [int(input(f"number {i + 1}: ")) for i in range(n)]
print("\nsum:", sum(numbers))
print(repr(input()), repr(input(42)))
rest = []
while True:
    try:
        rest.append(input())
    except EOFError as e:
        print("EOFError:", e)
        break
print(rest)
