# open(): append mode adds at the end; writelines; reading line by line with readline(), iteration
# (the newline kept) and readlines(); universal newlines turn '\r\n' into '\n' unless newline=''.
with open('todo.txt', 'w') as f:
    f.write('buy milk\n')
with open('todo.txt', 'a') as f:
    f.writelines(['call mum\n', 'fix bike\n'])
    print(f.tell())
with open('todo.txt') as f:
    print(repr(f.readline()))
    print(repr(f.readline()))
    print(repr(f.readline()))
    print(repr(f.readline()))
with open('todo.txt') as f:
    for number, line in enumerate(f, 1):
        print(number, line.rstrip())
with open('todo.txt') as f:
    print(f.readlines())
with open('todo.txt') as f:
    print([line.strip().upper() for line in f])

with open('crlf.txt', 'w', newline='') as f:
    f.write('one\r\ntwo\rthree\n')
with open('crlf.txt') as f:
    print(f.readlines())
with open('crlf.txt', newline='') as f:
    print(f.readlines())
with open('crlf.txt', newline='\n') as f:
    print(f.readlines())
with open('crlf.txt', 'rb') as f:
    print(f.read())
