import sys

stack = []
for x in 'abc':
    stack.append(x)
print(stack.pop(), stack.pop(), stack)
queue = [1, 2, 3]
queue.append(4)
print(queue.pop(0), queue)
history = []
for cmd in ['open', 'edit', 'save', 'undo']:
    if cmd == 'undo':
        print("undo", history.pop())
    else:
        history.append(cmd)
print(history)
frame = ['frame']
calls = [frame, frame]
calls.pop()
print("refs after one pop:", sys.getrefcount(frame))
