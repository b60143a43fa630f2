// An append-only list kept in fixed chunks. One growing JS array of millions of entries is a large object
// that the young-generation collector scans again at each of its runs while it is young, and that every
// growth copies; fixed chunks are small, soon old, and never copied.

const CHUNK_BITS = 12;
const CHUNK = 1 << CHUNK_BITS;

export class ChunkedList<T> {
  length = 0;
  private readonly chunks: T[][] = [];

  push(value: T): void {
    const i = this.length++;
    if ((i & (CHUNK - 1)) === 0) this.chunks.push([]);
    this.chunks[i >>> CHUNK_BITS].push(value);
  }

  get(i: number): T {
    return this.chunks[i >>> CHUNK_BITS][i & (CHUNK - 1)];
  }
}
