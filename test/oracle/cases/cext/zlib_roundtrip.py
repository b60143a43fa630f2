# zlib's output is byte for byte CPython's (zlib 1.2.13), at every level; round trips, checksums.
import zlib

texts = [b"", b"hello", b"hello hello hello hello", bytes(range(256)) * 40,
         b"The quick brown fox jumps over the lazy dog. " * 2000]
for t in texts:
    for level in (-1, 0, 1, 6, 9):
        c = zlib.compress(t, level)
        assert zlib.decompress(c) == t
        print(level, len(t), len(c), zlib.crc32(c), c[:12].hex())
print(zlib.compress(b"abc", wbits=-15).hex(), zlib.compress(b"abc", wbits=31).hex()[:20])
print(zlib.decompress(zlib.compress(b"raw", wbits=-15), wbits=-15))
print(zlib.crc32(b"hello"), zlib.adler32(b"hello"), zlib.crc32(b"x", 5), zlib.adler32(b"a" * 100000), zlib.crc32(b"a" * 6000))
print(zlib.Z_DEFAULT_COMPRESSION, zlib.MAX_WBITS, zlib.DEFLATED, zlib.Z_BEST_SPEED, zlib.Z_FINISH)

c = zlib.compressobj()
parts = [c.compress(b"hello "), c.compress(b"world" * 1000), c.flush()]
print([len(p) for p in parts], zlib.decompress(parts[0] + parts[1] + parts[2])[:11])
d = zlib.decompressobj()
data = zlib.compress(b"abc" * 100) + b"tail"
print(d.decompress(data[:5]), d.eof, d.decompress(data[5:])[:6], d.eof, d.unused_data)
c = zlib.compressobj(9, zlib.DEFLATED, -15)
print((c.compress(b"x" * 50000) + c.flush(zlib.Z_SYNC_FLUSH)).hex()[:40], c.flush().hex())
print(type(c).__name__, type(zlib.decompressobj()).__name__)

big = b"The quick brown fox jumps over the lazy dog. " * 100000
packed = zlib.compress(big)
print(len(packed), zlib.crc32(packed), len(zlib.decompress(packed)) == len(big))
