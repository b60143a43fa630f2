from collections import deque

class Task:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('  freed', self.name)

window = deque(maxlen=2)
for name in ['t1', 't2', 't3', 't4']:
    print('append', name)
    window.append(Task(name))
print('appendleft t0')
window.appendleft(Task('t0'))
print('popleft')
window.popleft()
print('popleft kept')
kept = window.popleft()
print('drop kept')
del kept
queue = deque([Task('q1'), Task('q2'), Task('q3')])
print('remove q2')
queue.remove(queue[1])
print('clear')
queue.clear()
print('last one')
last = deque([Task('only')])
last = None
print('end')
