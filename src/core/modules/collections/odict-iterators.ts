// OrderedDict's iterators and views (Objects/odictobject.c): odict_iterator, which remembers the key it will
// give next rather than a position, and odict_keys / odict_values / odict_items.

import type { PyObject } from '../../objects/object';
import type { PyType } from '../../objects/type';
import { PyTuple } from '../../objects/containers';
import { PyOrderedDict, PyODictView } from '../../objects/collections-dicts';
import { PyNativeIterator } from '../../objects/native-iterator';
import type { VM } from '../../vm/vm';
import type { Native } from '../../vm/frame';
import { method, arity } from '../../builtins/define';
import { hashKey } from '../../runtime/dicts';
import { reprOf } from '../../runtime/repr';
import { reprEnter, reprLeave } from '../../runtime/repr-guard';
import { equals } from '../../runtime/operators';
import { noArgsMethod, shortTypeName } from './native-type';
import type { CollectionsTypes } from './types';
import { Cause } from '../../trace/events';

export type IterKind = 'keys' | 'values' | 'items';

/**
 * odictiterobject: it remembers the key it will give next (di_current, a counted reference) rather than
 * a position, and lets go of the OrderedDict when it reaches the end.
 */
export class PyODictIter extends PyNativeIterator {
  current: PyObject | null;
  /** The items iterator's result tuple, reused while nobody else holds it (di_result). */
  result: PyTuple | null = null;
  private size: number;
  private readonly state: number;
  constructor(type: PyType, public od: PyOrderedDict | null, readonly kind: IterKind, readonly reversed: boolean, first: PyObject | null) {
    super(type);
    this.current = first;
    this.size = od?.size ?? 0;
    this.state = od?.state ?? 0;
  }
  /** odictiter_nextkey: a new reference to the next key, or null at the end. */
  private nextKey(vm: VM): PyObject | null {
    const od = this.od;
    if (!od) return null;
    if (!this.current) {
      this.releaseDict(vm);
      return null;
    }
    if (od.state !== this.state) {
      this.releaseDict(vm);
      throw vm.error('RuntimeError', 'OrderedDict mutated during iteration');
    }
    if (this.size !== od.size) {
      this.size = -1;
      throw vm.error('RuntimeError', 'OrderedDict changed size during iteration');
    }
    const key = this.current;
    const position = od.positionOf(hashKey(vm, key));
    if (position < 0) {
      this.current = null;
      throw vm.errorWith('KeyError', [key]);
    }
    const step = this.reversed ? -1 : 1;
    let next = null;
    for (let p = position + step; p >= 0 && p < od.capacityUsed; p += step) {
      const e = od.entryAt(p);
      if (e) {
        next = e;
        break;
      }
    }
    this.current = next ? vm.incref(next.key, Cause.Iterator, 'di_current') : null;
    return key;
  }
  private releaseDict(vm: VM): void {
    const od = this.od;
    this.od = null;
    if (od) vm.decref(od, Cause.Iterator);
  }
  nextItem(vm: VM): PyObject | null {
    const key = this.nextKey(vm);
    if (!key || this.kind === 'keys') return key;
    const od = this.od as PyOrderedDict;
    const entry = od.get(hashKey(vm, key));
    if (!entry) {
      this.current && vm.decref(this.current, Cause.Iterator, 'di_current');
      this.current = null;
      this.releaseDict(vm);
      throw vm.errorWith('KeyError', [key]);
    }
    const value = vm.incref(entry.value, Cause.Stack);
    if (this.kind === 'values') {
      vm.decref(key, Cause.Stack);
      return value;
    }
    const cached = this.result;
    if (cached && cached.rc === 1) {
      vm.incref(cached, Cause.Stack);
      const old = cached.items;
      cached.items = [key, value];
      for (const o of old) vm.decref(o, Cause.Slot);
      return cached;
    }
    return vm.newTuple([key, value]);
  }
  traverse(visit: (child: PyObject, slot: string) => void): void {
    if (this.od) visit(this.od, 'di_odict');
    if (this.current) visit(this.current, 'di_current');
    if (this.result) visit(this.result, 'di_result');
  }
  clearRefs(): PyObject[] {
    const out: PyObject[] = [];
    for (const o of [this.od, this.current, this.result]) if (o) out.push(o);
    this.od = null;
    this.current = null;
    this.result = null;
    return out;
  }
}

/** odictiter_new: the first (or last) key is held from the start; an items iterator makes its (None, None) tuple. */
export function newODictIter(vm: VM, types: CollectionsTypes, od: PyOrderedDict, kind: IterKind, reversed: boolean): PyODictIter {
  const result = kind === 'items' ? vm.newTuple([vm.newNone(), vm.newNone()]) : null;
  const entries = od.entryList();
  const first = entries.length ? entries[reversed ? entries.length - 1 : 0].key : null;
  const current = first ? vm.incref(first, Cause.Iterator, 'di_current') : null;
  const it = new PyODictIter(types.odictIter, vm.incref(od, Cause.Iterator, 'di_odict') as PyOrderedDict, kind, reversed, current);
  it.result = result;
  return vm.track(it, 'fresh');
}

export function installODictViews(vm: VM, types: CollectionsTypes): void {
  noArgsMethod(vm, types.odictIter, '__iter__', (self) => vm.incref(self, Cause.Return));
  noArgsMethod(vm, types.odictIter, '__next__', (self) => {
    const item = (self as PyODictIter).nextItem(vm);
    if (!item) throw vm.error('StopIteration');
    return item;
  });
  for (const type of [types.odictKeys, types.odictValues, types.odictItems]) {
    const V = (o: PyObject | null) => o as PyODictView;
    noArgsMethod(vm, type, '__iter__', (self) => (V(self).od ? newODictIter(vm, types, V(self).od as PyOrderedDict, V(self).kind, false) : vm.newNone()));
    noArgsMethod(vm, type, '__reversed__', (self) => (V(self).od ? newODictIter(vm, types, V(self).od as PyOrderedDict, V(self).kind, true) : vm.newNone()));
    noArgsMethod(vm, type, '__len__', (self) => vm.newInt(V(self).od?.size ?? 0));
    // dictview_repr: the view's type name and a list made from it.
    noArgsMethod(vm, type, '__repr__', function* (self): Native {
      const v = V(self);
      if (reprEnter(vm, v)) return vm.newStr('...');
      try {
        const entries = v.od?.entryList() ?? [];
        const list = vm.newList(entries.map((e) =>
          v.kind === 'keys' ? vm.incref(e.key, Cause.Slot) : v.kind === 'values' ? vm.incref(e.value, Cause.Slot) : vm.newTuple([vm.incref(e.key, Cause.Slot), vm.incref(e.value, Cause.Slot)]),
        ));
        try {
          return vm.newStr(`${shortTypeName(v.type)}(${yield* reprOf(vm, list)})`);
        } finally {
          vm.decref(list, Cause.Internal);
        }
      } finally {
        reprLeave(vm, v);
      }
    });
    method(vm, type, '__contains__', function* (args, _k, self): Native {
      arity(vm, '__contains__', args, 1);
      const v = V(self);
      const od = v.od;
      if (!od) return vm.newBool(false);
      if (v.kind === 'keys') return vm.newBool(od.get(hashKey(vm, args[0])) !== undefined);
      if (v.kind === 'values') {
        for (const e of od.entryList()) if (yield* equals(vm, e.value, args[0])) return vm.newBool(true);
        return vm.newBool(false);
      }
      // dictitems_contains: a 2-tuple whose key is present with an equal value.
      const item = args[0];
      if (!(item instanceof PyTuple) || item.items.length !== 2) return vm.newBool(false);
      const found = od.get(hashKey(vm, item.items[0]));
      return vm.newBool(!!found && (yield* equals(vm, found.value, item.items[1])));
    });
  }
}

