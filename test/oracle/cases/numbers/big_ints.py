print(2 ** 100)
print(3 ** 50 - 1)
print(10 ** 30 // 7, 10 ** 30 % 7)
n = 1
for i in range(1, 26):
    n *= i
print("25! =", n, "digits:", len(str(n)))
print(-(2 ** 70), abs(-(2 ** 70)) == 2 ** 70, (2 ** 64).bit_length())
print(123456789 * 987654321, 99999999999999999999 + 1)
