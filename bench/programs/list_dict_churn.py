# Containers created, grown, read, shrunk and dropped every iteration.
total = 0
for i in range(200_000):
    items = [i, i + 1, i + 2]
    items.append(i * 2)
    d = {'items': items, 'size': len(items)}
    d['next'] = d['size'] + 1
    total += d['next'] + items.pop() + items[0]
    del d['items']
print(total)
