// dict: insertion-ordered entries found by a hash key. Only storage lives here; counting the
// references a dict holds is the runtime's job (src/core/runtime/dicts.ts).

import { PyObject } from './object';
import { type PyType, typeAttributesChanged } from './type';
import { PyStr } from './atoms';
import { type SharedKeys, DICT_LOG_MINSIZE, usableFraction, log2KeySize } from './capacity';

export interface DictEntry {
  hashKey: string;
  key: PyObject;
  value: PyObject;
}

/** Up to this many entries (live or deleted) a dict is searched by a scan, without a hash index. */
const INDEX_FROM = 8;

export class PyDict extends PyObject {
  /** Entries in insertion order; deleted entries leave a hole (compacted when sparse). */
  private entries: (DictEntry | null)[] = [];
  /**
   * Hash key → entry position, built once the dict has more than INDEX_FROM entries: most dicts
   * (instances' attributes, keyword arguments) are small, where a scan costs less than a Map.
   */
  private index: Map<string, number> | null = null;
  private live = 0;
  /** An instance's attribute storage that Python code has not seen as a dict (inline values). */
  inline = false;
  /**
   * The keys table CPython would have (Objects/dictobject.c), for sys.getsizeof: log2 of its size
   * (0: the shared empty table, Py_EMPTY_KEYS), dk_usable, dk_nentries and whether every key is an
   * exact str (DICT_KEYS_UNICODE, smaller entries). Deleting never shrinks it.
   */
  keysLog2 = 0;
  keysUsable = 0;
  keysEntries = 0;
  keysUnicode = true;
  /** A split table: the instance dict follows its class's shared keys (null once combined). */
  sharedKeys: SharedKeys | null = null;
  /** 3.13: a split dict whose values array is its own allocation, not an instance's inline values. */
  valuesApart = false;
  /** A type's dict whose names PyType.lookup cached: changing it forgets them (prototype default false). */
  declare readByLookup: boolean;
  constructor(type: PyType) {
    super(type);
  }

  /** dictresize: a fresh combined table of 2**log2 slots holding the live entries. */
  resizeKeys(log2: number, unicode: boolean): void {
    this.sharedKeys = null;
    this.keysLog2 = log2;
    this.keysEntries = this.size;
    this.keysUsable = usableFraction(1 << log2) - this.size;
    this.keysUnicode = unicode;
  }

  /** clone_combined_dict_keys (dict.copy(), dict_merge into an empty dict): the same table as `src`. */
  cloneKeys(src: PyDict): void {
    this.sharedKeys = src.sharedKeys;
    this.keysLog2 = src.keysLog2;
    this.keysUsable = src.keysUsable;
    this.keysEntries = src.keysEntries;
    this.keysUnicode = src.keysUnicode;
  }

  /** insertdict / insert_to_emptydict for a new key: the table the key lands in. */
  private keysInsert(key: PyObject): void {
    const str = key instanceof PyStr && !key.type.heap; // PyUnicode_CheckExact
    if (this.sharedKeys) {
      // A split dict keeps sharing while the class's keys take the name; otherwise it becomes
      // combined (insertion_resize, GROWTH_RATE = used * 3), general if the key is not a str.
      if (str && this.sharedKeys.accepts(key.value)) return;
      this.resizeKeys(log2KeySize(this.size * 3), str);
    } else if (this.keysLog2 === 0) {
      // insert_to_emptydict: a table of PyDict_MINSIZE (8) slots.
      this.resizeKeys(DICT_LOG_MINSIZE, str);
    } else {
      // A non-str key converts a unicode table to the general layout; a full table grows.
      if (!str && this.keysUnicode) this.resizeKeys(log2KeySize(this.size * 3), false);
      if (this.keysUsable <= 0) this.resizeKeys(log2KeySize(this.size * 3), this.keysUnicode);
    }
    this.keysUsable--;
    this.keysEntries++;
  }

  get size(): number {
    return this.live;
  }

  /** The position of the entry with this hash key, or -1. */
  private find(hashKey: string): number {
    const index = this.index;
    if (index !== null) {
      const i = index.get(hashKey);
      return i === undefined ? -1 : i;
    }
    const entries = this.entries;
    for (let i = 0; i < entries.length; i++) {
      const e = entries[i];
      if (e !== null && e.hashKey === hashKey) return i;
    }
    return -1;
  }

  private buildIndex(): void {
    const index = new Map<string, number>();
    this.entries.forEach((e, i) => e && index.set(e.hashKey, i));
    this.index = index;
  }

  get(hashKey: string): DictEntry | undefined {
    const i = this.find(hashKey);
    return i < 0 ? undefined : (this.entries[i] as DictEntry);
  }

  /** Fast path for attribute dicts: a str key's hash key is the string itself. */
  getStr(name: string): PyObject | null {
    const i = this.find(name);
    return i < 0 ? null : (this.entries[i] as DictEntry).value;
  }

  /** An entry's value was replaced in place (setName): lookups cached from a type's dict must see it. */
  valueReplaced(): void {
    if (this.readByLookup) typeAttributesChanged();
  }

  /** Stores without counting; returns the previous entry (whose value the caller releases). */
  put(hashKey: string, key: PyObject, value: PyObject): DictEntry | undefined {
    if (this.readByLookup) typeAttributesChanged();
    const i = this.find(hashKey);
    if (i >= 0) {
      const entry = this.entries[i] as DictEntry;
      const old = { hashKey, key: entry.key, value: entry.value };
      entry.value = value;
      return old;
    }
    this.keysInsert(key);
    this.index?.set(hashKey, this.entries.length);
    this.entries.push({ hashKey, key, value });
    this.live++;
    if (this.index === null && this.entries.length > INDEX_FROM) this.buildIndex();
    return undefined;
  }

  /** Removes without counting; returns the removed entry (the caller releases key and value). */
  remove(hashKey: string): DictEntry | undefined {
    const i = this.find(hashKey);
    if (i < 0) return undefined;
    if (this.readByLookup) typeAttributesChanged();
    const entry = this.entries[i] as DictEntry;
    this.entries[i] = null;
    this.index?.delete(hashKey);
    this.live--;
    if (this.entries.length > 16 && this.live * 2 < this.entries.length) this.compact();
    return entry;
  }

  /**
   * Moves a live entry to the end (or the front) of the insertion order, without counting and without
   * touching the keys table (OrderedDict.move_to_end, whose order the entries mirror). False when absent.
   */
  moveEntry(hashKey: string, toEnd: boolean): boolean {
    const i = this.find(hashKey);
    if (i < 0) return false;
    const entry = this.entries[i] as DictEntry;
    this.entries[i] = null;
    if (toEnd) this.entries.push(entry);
    else this.entries.unshift(entry);
    this.compact();
    return true;
  }

  *items(): IterableIterator<DictEntry> {
    for (const e of this.entries) if (e) yield e;
  }

  entryList(): DictEntry[] {
    return this.entries.filter((e): e is DictEntry => e !== null);
  }

  /** The position of the live entry with this hash key in the insertion order's storage, or -1. */
  positionOf(hashKey: string): number {
    return this.find(hashKey);
  }

  /** Position-based access for dict iterators, which must notice size changes. */
  entryAt(position: number): DictEntry | null | undefined {
    return this.entries[position];
  }
  get capacityUsed(): number {
    return this.entries.length;
  }

  private compact(): void {
    this.entries = this.entryList();
    if (this.index !== null) this.buildIndex();
  }

  clearStorage(): DictEntry[] {
    if (this.readByLookup) typeAttributesChanged();
    const live = this.entryList();
    this.entries = [];
    this.index = null;
    this.live = 0;
    // PyDict_Clear: back to the shared empty keys.
    this.keysLog2 = 0;
    this.sharedKeys = null;
    return live;
  }

  traverse(visit: (child: PyObject, slot: string) => void): void {
    for (const e of this.entries) {
      if (!e) continue;
      visit(e.key, 'key');
      visit(e.value, 'value');
    }
  }
  clearRefs(): PyObject[] {
    const out: PyObject[] = [];
    for (const e of this.clearStorage()) out.push(e.key, e.value);
    return out;
  }
}
PyDict.prototype.readByLookup = false;
