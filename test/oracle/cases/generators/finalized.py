# A generator freed while suspended is closed first (_PyGen_Finalize): its finally blocks and with
# exits run when the last reference goes, or when the collector frees a cycle holding it.
import gc


class Resource:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('resource', self.name, 'freed')


def reader(name):
    res = Resource(name)
    try:
        for i in range(3):
            yield i
    finally:
        print('finally', name)


for x in reader('loop'):
    print('got', x)
    break
print('after the loop')

g = reader('named')
next(g)
print('deleting')
del g
print('deleted')

g = reader('in a cycle')
next(g)
holder = [g]
holder.append(holder)
del g, holder
print('cycle dropped')
print('collected', gc.collect() > 0)

done = reader('finished')
print(list(done))
del done
print('end')
