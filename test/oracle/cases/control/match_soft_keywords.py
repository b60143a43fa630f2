# `match` and `case` are soft keywords: everywhere else they are ordinary names.
match = [1, 2, 3]
case = len(match)
print(match, case)

def match_(match, case=0):
    return match * 2 + case

match[0] = case
print(match, match_(match=5, case=1))

class Parser:
    def match(self, case):
        return f'match({case!r})'

p = Parser()
print(p.match('x'))
print(match[1:], [match for match in range(3)])

match match:
    case [case, *match]:
        print('case', case, 'match', match)
