# b'' and the one-byte bytes objects are shared singletons: made by slicing, splitting, bytes([...]),
# fromhex or encode they are the same object; lower(), replace() or join() fill a new one.
import sys
b = b'b'
made = [b'ab'[1:], b'ab'.strip(b'a'), b'ab'.partition(b'a')[2], bytes([98]), bytes.fromhex('62'), 'b'.encode(),
        b'%s' % b, b'b '.rstrip(), b'a,b'.split(b',')[1]]
print([m is b for m in made])
filled = [b'B'.lower(), b'ab'.replace(b'a', b''), b''.join([b'b', b'']), b'ab'.translate(None, b'a'), b'b'.center(1)]
print([f is b for f in filled], [f == b for f in filled])
empty = [b'abc'[3:], bytes(), bytes(0), b'x'.strip(b'x'), b''.join([]), b'abc'.replace(b'abc', b'')]
print([e is empty[0] for e in empty])
print(sys.getrefcount(b) > 1000, sys.getrefcount(empty[0]) > 1000)
