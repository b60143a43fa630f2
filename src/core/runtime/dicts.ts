// dict and set operations with their reference counting (Objects/dictobject.c's
// PyDict_SetItem increfs key and value, and releases the value it replaces).

import type { PyObject } from '../objects/object';
import { PyDict } from '../objects/dict';
import { PyOrderedDict } from '../objects/collections-dicts';
import { PyInt, PyFloat, PyStr, PyBytes, PyPlain, PyComplex } from '../objects/atoms';
import { PyTuple, PySet, PySlice } from '../objects/containers';
import type { VM } from '../vm/vm';
import { mayBeTracked } from './gc';
import { PyWeakref } from '../objects/weakref';
import { refKey } from './weakrefs';
import { DICT_LOG_MINSIZE, usableFraction, estimateLog2KeySize, setTableSize } from '../objects/capacity';
import { SetTable, hashHalves, smallHashHalves } from '../objects/set-table';
import type { PyType } from '../objects/type';
import { stableHash } from './value-hashes';
import { Cause } from '../trace/events';
import { PyMemoryView } from '../objects/memoryview';
import { hashedBytes } from './memoryview-ops';

/**
 * The key under which an object is stored: equal objects (1 == 1.0 == True) get equal keys.
 * Objects with identity equality use their id. Throws TypeError for unhashable objects.
 */
export function hashKey(vm: VM, o: PyObject): string {
  if (o instanceof PyStr) return o.value;
  if (o instanceof PyInt) return `\u0000n${o.value}`;
  if (o instanceof PyFloat) {
    if (Number.isInteger(o.value)) return `\u0000n${BigInt(o.value)}`;
    return `\u0000f${o.value}`;
  }
  if (o instanceof PyTuple) return `\u0000t(${o.items.map((i) => hashKey(vm, i)).join('\u0001')})`;
  if (o instanceof PyBytes && o.type === vm.t.bytearray) throw vm.error('TypeError', "unhashable type: 'bytearray'");
  if (o instanceof PyBytes) return `\u0000b${Array.from(o.value).join(',')}`;
  if (o instanceof PyMemoryView) {
    // A read-only view is a key equal to the bytes it shows ('B', or 'b' below 128); a 'c' view equals no bytes.
    const b = hashedBytes(vm, o);
    return o.format === 'B' || (o.format === 'b' && b.every((x) => x < 128)) ? `\u0000b${Array.from(b).join(',')}` : `\u0000m${o.format}${Array.from(b).join(',')}`;
  }
  if (o instanceof PyComplex) return o.imag === 0 ? hashKey(vm, new PyFloat(vm.t.float, o.real)) : `\u0000c${o.real},${o.imag}`;
  if (o instanceof PySet && o.type === vm.t.frozenset) return `\u0000s{${[...o.members.keys()].sort().join('\u0001')}}`;
  // A slice is a key like the tuple of its start, stop and step from 3.12 on (slice_hash, slice_richcompare).
  if (o instanceof PySlice && !o.type.heap) {
    if (!vm.options.version.sliceHashable) throw vm.error('TypeError', "unhashable type: 'slice'");
    return `\u0000S(${[o.start, o.stop, o.step].map((i) => hashKey(vm, i)).join('\u0001')})`;
  }
  if (o instanceof PyDict || o instanceof PySet || o.type === vm.t.list) throw vm.error('TypeError', `unhashable type: '${o.type.name}'`);
  if (o instanceof PyPlain) return `\u0000#${o.id}`;
  if (o instanceof PyWeakref) return refKey(vm, o);
  // A C type of a simulated module that sets tp_hash to PyObject_HashNotImplemented (deque).
  if (o.type.nativeSlots && !o.type.heap && o.type.lookup('__hash__') === vm.none) throw vm.error('TypeError', `unhashable type: '${o.type.name}'`);
  if (o.type.heap) {
    const hash = o.type.lookup('__hash__');
    if (hash === vm.none) throw vm.error('TypeError', `unhashable type: '${o.type.name}'`);
    const eq = o.type.lookup('__eq__');
    if (hash && hash.type === vm.t.function) return userHashKey(vm, o, hash);
    if (!hash && eq && eq.type === vm.t.function) throw vm.error('TypeError', `unhashable type: '${o.type.name}'`);
  }
  return `\u0000#${o.id}`;
}

/**
 * The key of an object whose class defines __hash__: objects with equal hashes share a key when
 * __eq__ says they are equal (as a dict probe would find them); __hash__ runs at every lookup,
 * as in CPython.
 */
function userHashKey(vm: VM, o: PyObject, hashMethod: PyObject): string {
  const r = vm.callSync(hashMethod, [o]);
  if (!(r instanceof PyInt)) {
    vm.decref(r, Cause.Return);
    throw vm.error('TypeError', '__hash__ method should return an integer');
  }
  const h = r.value.toString();
  vm.decref(r, Cause.Return);
  let classes = vm.userKeyClasses.get(h);
  if (!classes) vm.userKeyClasses.set(h, (classes = []));
  for (let i = 0; i < classes.length; i++) {
    const c = classes[i];
    for (const m of c.members) if (m.freed) c.members.delete(m);
    if (c.members.has(o)) return c.key;
    const rep = c.members.values().next().value as PyObject | undefined;
    if (!rep) {
      classes.splice(i--, 1);
      continue;
    }
    const eq = rep.type.lookup('__eq__');
    let same = false;
    if (eq && eq.type === vm.t.function) {
      const res = vm.callSync(eq, [rep, o]);
      same = res === vm.true_ || (res instanceof PyInt && res.value !== 0n && res !== vm.false_);
      vm.decref(res, Cause.Return);
    }
    if (same) {
      c.members.add(o);
      return c.key;
    }
  }
  const key = `\u0000u${h}#${vm.userKeyCounter++}`;
  classes.push({ key, members: new Set([o]) });
  return key;
}

/** d[key] = value; key and value are borrowed unless `stealValue`. */
export function dictSet(vm: VM, d: PyDict, key: PyObject, value: PyObject, stealValue = false, label?: string): void {
  const hk = hashKey(vm, key);
  const slot = label ?? slotLabel(key);
  if (!stealValue) vm.incref(value, Cause.Slot, slot);
  if (d.gcList === -1 && (mayBeTracked(value) || mayBeTracked(key))) vm.gc.track(d);
  const old = d.put(hk, key, value);
  if (old) {
    vm.decref(old.value, Cause.Slot, slot);
  } else {
    vm.incref(key, Cause.Slot, 'key');
    if (d instanceof PyOrderedDict) orderedDictNodeAdded(vm, d, key);
  }
}

/** _odict_add_new_node: an OrderedDict's new key gets a node of the linked list, which holds a reference to it. */
function orderedDictNodeAdded(vm: VM, d: PyOrderedDict, key: PyObject): void {
  vm.incref(key, Cause.Slot, 'OrderedDict node');
  d.state++;
  d.fastNodes = true;
}

/** Removes key; returns false when absent. Releases the stored key and value. */
export function dictDel(vm: VM, d: PyDict, key: PyObject): boolean {
  const entry = d.remove(hashKey(vm, key));
  if (!entry) return false;
  const slot = slotLabel(key);
  if (d instanceof PyOrderedDict) {
    // PyODict_DelItem: the key's node goes first.
    d.state++;
    vm.decref(entry.key, Cause.Slot, 'OrderedDict node');
  }
  vm.decref(entry.key, Cause.Slot, 'key');
  vm.decref(entry.value, Cause.Slot, slot);
  return true;
}

/** PyDict_Clear: every entry released, key then value, in order. */
export function dictClear(vm: VM, d: PyDict): void {
  for (const entry of d.clearStorage()) {
    vm.decref(entry.key, Cause.Slot, 'key');
    vm.decref(entry.value, Cause.Slot);
  }
}

/** Borrowed lookup. */
export function dictGet(vm: VM, d: PyDict, key: PyObject): PyObject | null {
  return d.get(hashKey(vm, key))?.value ?? null;
}

/** Namespace store by name (module globals, class bodies): `name = value`, value borrowed. */
export function setName(vm: VM, d: PyDict, name: string, value: PyObject, stealValue = false, cause: Cause.Name | Cause.Attribute = Cause.Name, label = name): void {
  if (d.gcList === -1 && mayBeTracked(value)) vm.gc.track(d);
  const existing = d.get(name);
  if (existing) {
    if (!stealValue) vm.incref(value, cause, label);
    const old = existing.value;
    existing.value = value;
    d.valueReplaced();
    vm.decref(old, cause, label);
    return;
  }
  const key = vm.intern(name);
  vm.incref(key, Cause.Slot, 'key');
  if (!stealValue) vm.incref(value, cause, label);
  d.put(name, key, value);
}

export function delName(vm: VM, d: PyDict, name: string): boolean {
  const entry = d.remove(name);
  if (!entry) return false;
  vm.decref(entry.value, Cause.Name, name);
  vm.decref(entry.key, Cause.Slot, 'key');
  return true;
}

/**
 * dict_merge's table (Objects/dictobject.c) before `src`'s entries are inserted into `d` one by one:
 * an empty target clones a compact source's table; else one resize up front if `d` is too small.
 */
export function dictMergeKeys(d: PyDict, src: PyDict): void {
  if (src === d || src.size === 0) return;
  const srcSlots = 1 << src.keysLog2;
  if (d.size === 0 && !src.sharedKeys && src.size === src.keysEntries &&
      (src.keysLog2 === DICT_LOG_MINSIZE || usableFraction(srcSlots / 2) < src.size)) {
    d.cloneKeys(src);
    return;
  }
  // DK_SIZE of the empty keys is 8 (5 usable).
  const slots = d.keysLog2 === 0 ? 1 << DICT_LOG_MINSIZE : 1 << d.keysLog2;
  if (!d.sharedKeys && usableFraction(slots) < src.size) {
    d.resizeKeys(estimateLog2KeySize(d.size + src.size), src.keysUnicode && (d.keysLog2 === 0 || d.keysUnicode));
  }
}

/** _PyDict_FromItems (BUILD_MAP, BUILD_CONST_KEY_MAP): dictnew_presized for more than 5 keys. */
export function presizeDict(d: PyDict, keys: PyObject[]): void {
  if (keys.length <= usableFraction(1 << DICT_LOG_MINSIZE)) return;
  d.resizeKeys(estimateLog2KeySize(keys.length), keys.every((k) => k instanceof PyStr && !k.type.heap));
}

/** PyDict_Copy's table: a split dict stays split; a compact combined one is cloned; else dict_merge's. */
export function dictCopyKeys(copy: PyDict, src: PyDict): void {
  if (src.size === 0) return;
  if (src.sharedKeys || src.size >= Math.floor((src.keysEntries * 2) / 3)) copy.cloneKeys(src);
  else dictMergeKeys(copy, src);
}

/** Adds to a set; `item` borrowed. */
export function setAdd(vm: VM, s: PySet, item: PyObject): void {
  const hk = hashKey(vm, item);
  if (s.members.has(hk)) return;
  s.members.set(hk, vm.incref(item, Cause.Slot, 'member'));
  const table = s.table;
  if (table !== null) {
    const halves = memberHashHalves(item, vm.t.frozenset);
    if (halves !== null) {
      table.add(item, halves[0], halves[1]);
      s.mask = table.mask;
      s.fill = table.fill;
      return;
    }
    // A member whose hash differs from one process to the next: no table order to follow from now on.
    s.table = null;
  }
  // set_add_entry: a new key takes an unused slot (fill); when fill*5 >= mask*3 the table is
  // rebuilt for used*4 (used*2 past 50000). (A dummy left by a discard is reused only when the
  // probe meets it first, which depends on hashes: not modelled here, a new key always counts in fill.)
  s.fill++;
  if (s.fill * 5 >= s.mask * 3) setTableResize(s, s.members.size > 50000 ? s.members.size * 2 : s.members.size * 4);
}

/** The hash halves a set's table probes with: an int's without BigInt; null when not the same in every process. */
function memberHashHalves(item: PyObject, frozenset: PyType): [number, number] | null {
  if (item instanceof PyInt && !item.type.heap) {
    const v = item.small;
    if (v === v) return smallHashHalves(v === -1 ? -2 : v);
  }
  const h = stableHash(item, frozenset);
  return h === null ? null : hashHalves(h);
}

/**
 * The order a constant frozenset's items are added in. The compiler makes it from the display's items
 * (PyFrozenSet_New), then merge_consts_recursive (Python/compile.c) makes it again from the first one's
 * table order; the second is the constant. Worked out on a scratch table: no object is made for the first.
 */
export function constantFrozensetOrder(vm: VM, items: PyObject[]): PyObject[] {
  const table = new SetTable();
  const seen = new Set<string>();
  for (const item of items) {
    const hk = hashKey(vm, item);
    if (seen.has(hk)) continue;
    seen.add(hk);
    const halves = memberHashHalves(item, vm.t.frozenset);
    if (halves === null) return items;
    table.add(item, halves[0], halves[1]);
  }
  return table.members();
}

/** set_table_resize: a table for `minused` entries (dummies dropped). */
export function setTableResize(s: PySet, minused: number): void {
  if (s.table !== null) {
    s.table.resize(minused);
    s.mask = s.table.mask;
    s.fill = s.table.fill;
    return;
  }
  s.mask = setTableSize(minused) - 1;
  s.fill = s.members.size;
}

/** set_merge's up-front resize before adding `otherUsed` members of another set or dict. */
export function setMergeKeys(s: PySet, otherUsed: number): void {
  if ((s.fill + otherUsed) * 5 >= s.mask * 3) setTableResize(s, (s.members.size + otherUsed) * 2);
}

export function setDiscard(vm: VM, s: PySet, item: PyObject): boolean {
  const hk = hashKey(vm, item);
  const m = s.members.get(hk);
  if (!m) return false;
  s.members.delete(hk);
  if (s.table !== null) {
    const halves = memberHashHalves(m, vm.t.frozenset) as [number, number];
    s.table.discard(m, halves[0], halves[1]);
  }
  vm.decref(m, Cause.Slot, 'member');
  return true;
}

/** set.pop(): the member at or after the table's search finger (the first inserted one when there is no table); null when empty. */
export function setPop(vm: VM, s: PySet): PyObject | null {
  if (s.table !== null) {
    const popped = s.table.pop(s.finger);
    if (popped === null) return null;
    s.finger = popped[1];
    s.members.delete(hashKey(vm, popped[0]));
    return popped[0];
  }
  const first = s.members.entries().next();
  if (first.done) return null;
  s.members.delete(first.value[0]);
  return first.value[1];
}

function slotLabel(key: PyObject): string {
  if (key instanceof PyStr) return `[${JSON.stringify(key.value).replace(/^"|"$/g, "'")}]`;
  if (key instanceof PyInt) return `[${key.value}]`;
  return '[key]';
}
