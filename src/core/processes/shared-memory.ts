// Shared memory between simulated processes: the blocks multiprocessing.Value/Array/RawValue/RawArray
// allocate (Lib/multiprocessing/heap.py maps them from a file every forked child inherits). A block
// belongs to the machine, outside every interpreter's heap, so each process reads and writes the same
// bytes. It holds C values of one ctypes type (Modules/_ctypes/cfield.c's setters and getters: integers
// wrap to their width, floats round to their width, c_char is one byte, c_wchar one UTF-32 code point
// on Linux), laid out as the x86-64 Linux C ABI lays them out.

/** The typecodes of sharedctypes.typecode_to_type, with their ctypes names and sizes (LP64). */
export const C_TYPES = {
  c: { name: 'c_char', size: 1 },
  u: { name: 'c_wchar', size: 4 },
  b: { name: 'c_byte', size: 1 },
  B: { name: 'c_ubyte', size: 1 },
  h: { name: 'c_short', size: 2 },
  H: { name: 'c_ushort', size: 2 },
  i: { name: 'c_int', size: 4 },
  I: { name: 'c_uint', size: 4 },
  l: { name: 'c_long', size: 8 },
  L: { name: 'c_ulong', size: 8 },
  f: { name: 'c_float', size: 4 },
  d: { name: 'c_double', size: 8 },
} as const;

export type CTypecode = keyof typeof C_TYPES;

export function isCTypecode(s: string): s is CTypecode {
  return Object.prototype.hasOwnProperty.call(C_TYPES, s);
}

/** A C value as plain data: integers of up to 32 bits, floats, c_char's byte and c_wchar's code point as numbers; c_long/c_ulong as bigints. */
export type CValue = number | bigint;

/** One block: `length` items of one C type, zero-filled when allocated (sharedctypes memsets it). */
export class SharedBlock {
  readonly bytes: Uint8Array;
  private readonly view: DataView;
  readonly itemSize: number;

  constructor(
    readonly id: number,
    readonly typecode: CTypecode,
    readonly length: number,
  ) {
    this.itemSize = C_TYPES[typecode].size;
    this.bytes = new Uint8Array(this.itemSize * length);
    this.view = new DataView(this.bytes.buffer);
  }

  read(i: number): CValue {
    const at = i * this.itemSize;
    const v = this.view;
    switch (this.typecode) {
      case 'c':
      case 'B':
        return v.getUint8(at);
      case 'b':
        return v.getInt8(at);
      case 'h':
        return v.getInt16(at, true);
      case 'H':
        return v.getUint16(at, true);
      case 'i':
        return v.getInt32(at, true);
      case 'I':
      case 'u':
        return v.getUint32(at, true);
      case 'l':
        return v.getBigInt64(at, true);
      case 'L':
        return v.getBigUint64(at, true);
      case 'f':
        return v.getFloat32(at, true);
      case 'd':
        return v.getFloat64(at, true);
    }
  }

  /** Stores `value`, already converted by the type's setter (cfield.c): integers are cut to the width here. */
  write(i: number, value: CValue): void {
    const at = i * this.itemSize;
    const v = this.view;
    switch (this.typecode) {
      case 'c':
      case 'B':
      case 'b':
        return v.setUint8(at, Number(BigInt.asUintN(8, BigInt(value))));
      case 'h':
      case 'H':
        return v.setUint16(at, Number(BigInt.asUintN(16, BigInt(value))), true);
      case 'i':
      case 'I':
      case 'u':
        return v.setUint32(at, Number(BigInt.asUintN(32, BigInt(value))), true);
      case 'l':
      case 'L':
        return v.setBigUint64(at, BigInt.asUintN(64, BigInt(value)), true);
      case 'f':
        return v.setFloat32(at, Number(value), true);
      case 'd':
        return v.setFloat64(at, Number(value), true);
    }
  }
}

/** The machine's shared blocks, by id. */
export class SharedMemory {
  private readonly blocks: SharedBlock[] = [];

  allocate(typecode: CTypecode, length: number): number {
    const block = new SharedBlock(this.blocks.length + 1, typecode, length);
    this.blocks.push(block);
    return block.id;
  }

  block(id: number): SharedBlock {
    const b = this.blocks[id - 1];
    if (!b) throw new Error(`internal: no shared memory block ${id}`);
    return b;
  }
}
