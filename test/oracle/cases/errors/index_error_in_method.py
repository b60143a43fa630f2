class Stack:
    def __init__(self):
        self.items = []
    def push(self, x):
        self.items.append(x)
    def peek(self):
        return self.items[-1]

s = Stack()
s.push('a')
print(s.peek())
s.items.clear()
print(s.peek())
