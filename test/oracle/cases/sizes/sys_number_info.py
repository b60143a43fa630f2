# sys.int_info, float_info and hash_info as a 64-bit build reports them (struct sequences: fields by name and
# by index), sys.maxunicode, getdefaultencoding(); an int's size grows by sizeof_digit every bits_per_digit bits.
import sys
print(sys.int_info)
print(sys.int_info.bits_per_digit, sys.int_info[1], len(sys.float_info))
print(sys.float_info)
print(sys.float_info.epsilon, sys.float_info.max * 2, sys.float_info.dig)
print(sys.hash_info)
print(sys.hash_info.modulus == 2 ** 61 - 1, hash(2 ** 61) == 1, hash(float('inf')) == sys.hash_info.inf)
print(sys.maxunicode, chr(sys.maxunicode) == '\U0010ffff', sys.getdefaultencoding(), sys.is_finalizing())
for bits in (0, 1, 30, 31, 60, 61, 90):
    print(bits, sys.getsizeof(2 ** bits - 1 if bits else 0))
