s = 'python'
try:
    s[0] = 'P'
except TypeError as e:
    print("TypeError:", e)
t = 'P' + s[1:]
print(s, t, s is t)
u = s
s += '!'
print(s, u)
print('ab' * 3, 'ab' < 'b', 'abc'[1], 'abc'[-1], 'a' in 'cat')
print(len('naïve'), 'naïve'.upper(), 'ß'.upper(), 'Σ'.lower())
