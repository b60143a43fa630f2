// dict: insertion-ordered entries found by a hash key. Only storage lives here; counting the
// references a dict holds is the runtime's job (src/core/runtime/dicts.ts).

import { PyObject } from './object';
import type { PyType } from './type';

export interface DictEntry {
  hashKey: string;
  key: PyObject;
  value: PyObject;
}

export class PyDict extends PyObject {
  /** Entries in insertion order; deleted entries leave a hole (compacted when sparse). */
  private entries: (DictEntry | null)[] = [];
  private index = new Map<string, number>();
  /** An instance's attribute storage that Python code has not seen as a dict (inline values). */
  inline = false;
  constructor(type: PyType) {
    super(type);
  }

  get size(): number {
    return this.index.size;
  }

  get(hashKey: string): DictEntry | undefined {
    const i = this.index.get(hashKey);
    return i === undefined ? undefined : (this.entries[i] as DictEntry);
  }

  /** Fast path for attribute dicts: a str key's hash key is the string itself. */
  getStr(name: string): PyObject | null {
    const i = this.index.get(name);
    return i === undefined ? null : (this.entries[i] as DictEntry).value;
  }

  /** Stores without counting; returns the previous entry (whose value the caller releases). */
  put(hashKey: string, key: PyObject, value: PyObject): DictEntry | undefined {
    const i = this.index.get(hashKey);
    if (i !== undefined) {
      const entry = this.entries[i] as DictEntry;
      const old = { hashKey, key: entry.key, value: entry.value };
      entry.value = value;
      return old;
    }
    this.index.set(hashKey, this.entries.length);
    this.entries.push({ hashKey, key, value });
    return undefined;
  }

  /** Removes without counting; returns the removed entry (the caller releases key and value). */
  remove(hashKey: string): DictEntry | undefined {
    const i = this.index.get(hashKey);
    if (i === undefined) return undefined;
    const entry = this.entries[i] as DictEntry;
    this.entries[i] = null;
    this.index.delete(hashKey);
    if (this.entries.length > 16 && this.index.size * 2 < this.entries.length) this.compact();
    return entry;
  }

  *items(): IterableIterator<DictEntry> {
    for (const e of this.entries) if (e) yield e;
  }

  entryList(): DictEntry[] {
    return this.entries.filter((e): e is DictEntry => e !== null);
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
    this.index.clear();
    this.entries.forEach((e, i) => this.index.set((e as DictEntry).hashKey, i));
  }

  clearStorage(): DictEntry[] {
    const live = this.entryList();
    this.entries = [];
    this.index.clear();
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
