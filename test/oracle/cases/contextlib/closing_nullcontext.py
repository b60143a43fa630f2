# closing(thing) calls thing.close() when the block ends, however it ends; nullcontext(x) gives x
# back and does nothing. Neither keeps more than one reference to what it wraps.
import sys
from contextlib import closing, nullcontext


class Page:
    def __init__(self, url):
        self.url = url

    def close(self):
        print('close', self.url)


page = Page('https://example.org')
with closing(page) as p:
    print('reading', p.url, p is page, sys.getrefcount(page))
print('after', sys.getrefcount(page))

try:
    with closing(Page('https://example.com')) as p2:
        raise ConnectionError('reset')
except ConnectionError as e:
    print('caught', e)


def process(stream=None):
    cm = closing(stream) if stream is not None else nullcontext('stdin')
    with cm as s:
        print('processing', s if isinstance(s, str) else s.url)


process()
process(Page('file.txt'))
with nullcontext() as nothing:
    print('nothing is', nothing)
n = nullcontext(page)
print(sys.getrefcount(page))
with n as same:
    print(same is page, sys.getrefcount(page))
del n, same, p
print(sys.getrefcount(page))
