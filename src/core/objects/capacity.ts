// How CPython sizes the storage of its growable containers (64-bit builds). Pure rules, no VM:
// the object classes keep the state (PyList.allocated, PyBytes.allocated, PySet.mask/fill,
// PyDict's keys table) and runtime/sizes.ts turns it into sys.getsizeof.

/** Objects/listobject.c list_resize: the capacity a list of `size` items has after resizing to `newSize`. */
export function listResizeCapacity(allocated: number, size: number, newSize: number): number {
  // Bypass realloc when the allocation is large enough and not less than half used.
  if (allocated >= newSize && newSize >= allocated >> 1) return allocated;
  // Over-allocate by ~1/8 plus 6, rounded down to a multiple of 4: 0, 4, 8, 16, 24, 32, 40, 52, 64, 76, ...
  let capacity = (newSize + (newSize >> 3) + 6) & ~3;
  // Do not over-allocate if the new size is closer to the over-allocated size than to the old size.
  if (newSize - size > capacity - newSize) capacity = (newSize + 3) & ~3;
  return newSize === 0 ? 0 : capacity;
}

/** list_preallocate_exact: an even number of slots (the allocator's granularity is 16 bytes). */
export function listExactCapacity(n: number): number {
  return (n + 1) & ~1;
}

/** Objects/bytearrayobject.c PyByteArray_Resize: the allocation (including the trailing NUL) for `size` bytes. */
export function bytearrayResizeCapacity(alloc: number, size: number): number {
  if (size + 1 <= alloc) {
    // Major downsize: shrink to the exact size; minor downsize: keep the buffer.
    return size < alloc / 2 ? size + 1 : alloc;
  }
  // Moderate upsize: over-allocate like list_resize; major upsize: exact.
  if (size <= alloc * 1.125) return size + (size >> 3) + (size < 9 ? 3 : 6);
  return size + 1;
}

// ---- dict keys tables (Objects/dictobject.c) ------------------------------------------------

export const DICT_LOG_MINSIZE = 3;
/** USABLE_FRACTION: a table of n slots holds at most 2n/3 entries. */
export const usableFraction = (n: number): number => Math.floor((n << 1) / 3);

/**
 * calculate_log2_keysize as built on 64-bit Linux: `bit_length(((minsize | 8) - 1) | 7)` — a table
 * of at least `minsize` slots, at least 8, except that 1..7 give 16 (the `| 8` quirk).
 */
export function log2KeySize(minsize: number): number {
  const m = ((minsize | (1 << DICT_LOG_MINSIZE)) - 1) | ((1 << DICT_LOG_MINSIZE) - 1);
  return m.toString(2).length;
}

/** estimate_log2_keysize: a table that holds `n` entries without resizing. */
export const estimateLog2KeySize = (n: number): number => log2KeySize(Math.floor((n * 3 + 1) / 2));

/** _PyDict_KeysSize: the keys object (header, index array, entries). */
export function dictKeysBytes(log2: number, unicode: boolean): number {
  const size = 1 << log2;
  // dk_indices holds 1, 2, 4 or 8-byte indices depending on the table size.
  const indexBytes = log2 < 8 ? 1 : log2 < 16 ? 2 : log2 < 32 ? 4 : 8;
  // sizeof(PyDictKeysObject) is 32; entries are PyDictUnicodeEntry (key, value) or PyDictKeyEntry (hash, key, value).
  return 32 + size * indexBytes + usableFraction(size) * (unicode ? 16 : 24);
}

/**
 * A class's shared keys (CACHED_KEYS, _PyDict_NewKeysForClass): a split table of up to
 * SHARED_KEYS_MAX_SIZE (30) attribute names that every instance's values follow.
 */
export class SharedKeys {
  names: string[] = [];
  /** dk_usable: starts at 30 and shrinks by one for each new instance (init_inline_values). */
  usable = 30;
  /** shared_keys_usable_size: the number of value slots an instance gets. */
  get usableSize(): number {
    return this.names.length + this.usable;
  }
  /** init_inline_values: `if (keys->dk_usable > 1) keys->dk_usable--`. */
  newInstance(): void {
    if (this.usable > 1) this.usable--;
  }
  /** Whether a str key can stay in the split table (present, or appended while there is room). */
  accepts(name: string): boolean {
    if (this.names.includes(name)) return true;
    if (this.usable <= 0) return false;
    this.names.push(name);
    this.usable--;
    return true;
  }
}

/** Objects/setobject.c: PySet_MINSIZE slots live inside the set object (smalltable). */
export const SET_MINSIZE = 8;

/** set_table_resize's size for `minused`: the smallest power of two above it, at least 8. */
export function setTableSize(minused: number): number {
  let size = SET_MINSIZE;
  while (size <= minused) size <<= 1;
  return size;
}
