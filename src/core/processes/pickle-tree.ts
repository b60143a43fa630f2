// What crosses between processes: a pickle of a Python value, kept as plain data (no objects of
// either heap) with the size CPython's pickle (protocol 4, multiprocessing's default) would give it,
// which is what the transfer costs. The rules are pickle's (Lib/pickle.py save_global, copyreg's
// __reduce_ex__): builtins by value; functions and classes by reference (module + qualified name,
// looked up again in the receiving process), refused when that lookup does not give the same object
// back (lambdas, local functions); instances as their class plus their __dict__; exceptions as class
// plus args; what else defines how to rebuild itself (a __reduce__: Counter, deque, defaultdict,
// OrderedDict; a tuple subclass's __getnewargs__: a namedtuple) as that reduction. Shared and cyclic
// references go through a memo, as in pickle.

import type { PyObject } from '../objects/object';
import { PyInt, PyFloat, PyStr, PyBytes, PyComplex } from '../objects/atoms';
import { PyList, PyTuple, PySet, PyRange, PySlice } from '../objects/containers';
import { PyDict } from '../objects/dict';
import { PyFunction, PyBuiltin, PyMethod, PyMethodDescriptor, PyDescriptorWrapper } from '../objects/callables';
import { PyInstance, PyExceptionObj, PyModule } from '../objects/instances';
import { PyType } from '../objects/type';
import type { VM } from '../vm/vm';
import { PyError } from '../vm/errors';
import { dictSet, setAdd, setName } from '../runtime/dicts';
import { pythonId } from '../objects/object';
import { utf8Encode } from '../runtime/utf8';
import { Cause } from '../trace/events';
import { importModule, isSimulatedModule } from '../modules/registry';
import { NO_POSITION } from '../compile/bytecode';


export type PNode =
  | { k: 'none' | 'true' | 'false' | 'ellipsis' }
  | { k: 'int'; v: bigint }
  | { k: 'float'; v: number }
  | { k: 'complex'; re: number; im: number }
  | { k: 'str'; v: string }
  | { k: 'bytes'; v: Uint8Array }
  | { k: 'list' | 'tuple' | 'set' | 'frozenset'; memo: number; items: PNode[] }
  | { k: 'dict'; memo: number; entries: [PNode, PNode][] }
  | { k: 'range'; start: bigint; stop: bigint; step: bigint }
  | { k: 'global'; module: string; qualname: string }
  | { k: 'instance'; memo: number; cls: PNode; state: PNode | null }
  | { k: 'exception'; cls: PNode; args: PNode[] }
  | { k: 'method'; self: PNode; name: string }
  /** A reduction: func(*args) (or cls.__new__(cls, *args): newobj), then its state, list items and dict items. */
  | { k: 'reduce'; memo: number; func: PNode; args: PNode[]; newobj: boolean; state: PNode | null; listItems: PNode[] | null; dictItems: [PNode, PNode][] | null }
  | { k: 'ref'; memo: number };

export interface Pickled {
  root: PNode;
  /** Bytes pickle.dumps would produce. */
  size: number;
}

/** How the pickler reports a value it refuses: the exception type to raise and its message. */
export class PickleRefused extends Error {
  constructor(readonly excType: 'PicklingError' | 'AttributeError' | 'TypeError', message: string) {
    super(message);
  }
}


/** Bytes of a length-prefixed string or bytes opcode (SHORT_BINUNICODE / BINUNICODE / BINUNICODE8), memoized. */
function textSize(n: number): number {
  return (n < 256 ? 2 : n < 2 ** 32 ? 5 : 9) + n + 1;
}

function intSize(v: bigint): number {
  if (v >= 0n && v < 256n) return 2; // BININT1
  if (v >= 0n && v < 65536n) return 3; // BININT2
  if (v >= -(2n ** 31n) && v < 2n ** 31n) return 5; // BININT
  let bytes = 1;
  while (v >= 2n ** BigInt(8 * bytes - 1) || v < -(2n ** BigInt(8 * bytes - 1))) bytes++;
  return 2 + bytes; // LONG1
}

/** Items in batches of 1000 (MARK … APPENDS/SETITEMS). */
function batchSize(n: number): number {
  return n === 0 ? 0 : 2 * Math.ceil(n / 1000);
}

export function pickle(vm: VM, obj: PyObject, localVerb: 'pickle' | 'get'): Pickled {
  const memo = new Map<PyObject, number>();
  let size = 2 + 1; // PROTO 4, STOP
  const moduleOf = (o: PyObject): string => {
    if (o instanceof PyFunction) {
      const m = o.globals.getStr('__name__');
      return m instanceof PyStr ? m.value : '__main__';
    }
    if (o instanceof PyType) return o.module;
    return 'builtins';
  };
  const lookup = (module: string, qualname: string): PyObject | null => {
    // save_global imports the module (__import__), as find_class does on the other side.
    const mod = vm.modules.get(module) ?? (isSimulatedModule(module) ? importModule(vm, module, NO_POSITION) : undefined);
    if (!mod) return null;
    let at: PyObject | null = mod;
    for (const part of qualname.split('.')) {
      if (at instanceof PyModule) at = at.dict.getStr(part) ?? null;
      else if (at instanceof PyType) at = at.dict.getStr(part) ?? null;
      else return null;
      if (!at) return null;
    }
    return at;
  };
  const global = (o: PyObject, module: string, qualname: string, repr: string): PNode => {
    if (qualname.includes('<locals>')) throw new PickleRefused('AttributeError', `Can't ${localVerb} local object '${qualname}'`);
    const found = lookup(module, qualname);
    if (!found) {
      const last = qualname.split('.').pop();
      throw new PickleRefused('PicklingError', `Can't pickle ${repr}: attribute lookup ${last} on ${module} failed`);
    }
    if (found !== o) throw new PickleRefused('PicklingError', `Can't pickle ${repr}: it's not the same object as ${module}.${qualname}`);
    size += textSize(utf8Encode(module).length) + textSize(utf8Encode(qualname).length) + 2; // STACK_GLOBAL + MEMOIZE
    return { k: 'global', module, qualname };
  };
  const memoized = (o: PyObject): PNode | null => {
    const m = memo.get(o);
    if (m === undefined) return null;
    size += 2; // BINGET
    return { k: 'ref', memo: m };
  };
  const save = (o: PyObject): PNode => {
    if (o === vm.none) return (size += 1), { k: 'none' };
    if (o === vm.true_) return (size += 1), { k: 'true' };
    if (o === vm.false_) return (size += 1), { k: 'false' };
    if (o === vm.ellipsis) return (size += 1 + 10 + 10), { k: 'ellipsis' };
    const t = o.type;
    if (o instanceof PyInt && t === vm.t.int) return (size += intSize(o.value)), { k: 'int', v: o.value };
    if (o instanceof PyFloat && t === vm.t.float) return (size += 9), { k: 'float', v: o.value };
    if (o instanceof PyComplex && t === vm.t.complex) return (size += 30), { k: 'complex', re: o.real, im: o.imag };
    if (o instanceof PyStr && t === vm.t.str) {
      const seen = memoized(o);
      if (seen) return seen;
      memo.set(o, memo.size);
      size += textSize(utf8Encode(o.value).length);
      return { k: 'str', v: o.value };
    }
    if (o instanceof PyBytes && t === vm.t.bytes) return (size += textSize(o.value.length)), { k: 'bytes', v: o.value };
    if (o instanceof PyRange) return (size += 20 + intSize(o.start) + intSize(o.stop) + intSize(o.step)), { k: 'range', start: o.start, stop: o.stop, step: o.step };
    const seen = memoized(o);
    if (seen) return seen;
    if ((o instanceof PyList && t === vm.t.list) || (o instanceof PySet && (t === vm.t.set || t === vm.t.frozenset))) {
      const id = memo.size;
      memo.set(o, id);
      const items = o instanceof PyList ? o.items : [...o.members.values()];
      size += 2 + batchSize(items.length) + (o instanceof PySet ? 0 : 0);
      const k = o instanceof PyList ? 'list' : t === vm.t.set ? 'set' : 'frozenset';
      return { k, memo: id, items: items.map(save) };
    }
    if (o instanceof PyTuple && t === vm.t.tuple) {
      const items = o.items.map(save);
      const id = memo.size;
      memo.set(o, id);
      size += (items.length <= 3 ? 1 : 2) + 1;
      return { k: 'tuple', memo: id, items };
    }
    if (o instanceof PyDict && t === vm.t.dict) {
      const id = memo.size;
      memo.set(o, id);
      const entries = o.entryList();
      size += 2 + batchSize(entries.length);
      return { k: 'dict', memo: id, entries: entries.map((e) => [save(e.key), save(e.value)] as [PNode, PNode]) };
    }
    if (o instanceof PyFunction) {
      const repr = `<function ${o.qualname.value} at 0x${pythonId(o).toString(16)}>`;
      return global(o, moduleOf(o), o.qualname.value, repr);
    }
    if (o instanceof PyBuiltin && !o.self) return global(o, 'builtins', o.name, `<built-in function ${o.name}>`);
    // A bound method reduces to getattr(self, name) (method_reduce in Objects/classobject.c).
    if (o instanceof PyMethod && o.func instanceof PyFunction) {
      const self = save(o.self);
      size += textSize(o.func.name.value.length) + 25; // builtins.getattr, the tuple, REDUCE
      return { k: 'method', self, name: o.func.name.value };
    }
    if (o instanceof PyType) return global(o, moduleOf(o), o.qualname, `<class '${o.module}.${o.qualname}'>`);
    if (o instanceof PyExceptionObj) {
      const cls = save(o.type);
      size += 2;
      return { k: 'exception', cls, args: o.args.items.map(save) };
    }
    // slice.__reduce__ (Objects/sliceobject.c): slice(start, stop, step).
    if (o instanceof PySlice && t === vm.t.slice) {
      const func = save(t);
      const args = [save(o.start), save(o.stop), save(o.step)];
      const id = memo.size;
      memo.set(o, id);
      size += 1 + 2; // TUPLE3, REDUCE, MEMOIZE
      return { k: 'reduce', memo: id, func, args, newobj: false, state: null, listItems: null, dictItems: null };
    }
    const reduced = reduction(vm, o);
    if (reduced) {
      const func = save(reduced.func);
      const args = reduced.args.map(save);
      const id = memo.size;
      memo.set(o, id);
      size += (args.length <= 3 ? 1 : 2) + 2; // the args tuple, REDUCE or NEWOBJ, MEMOIZE
      const state = reduced.state ? save(reduced.state) : null;
      if (state) size += 1; // BUILD
      const listItems = reduced.listItems ? reduced.listItems.map(save) : null;
      const dictItems = reduced.dictItems ? reduced.dictItems.map(([k, v]) => [save(k), save(v)] as [PNode, PNode]) : null;
      size += batchSize(listItems?.length ?? 0) + batchSize(dictItems?.length ?? 0);
      reduced.release();
      return { k: 'reduce', memo: id, func, args, newobj: reduced.newobj, state, listItems, dictItems };
    }
    if (o instanceof PyInstance && t.heap && !t.slotNames) {
      const cls = save(t);
      const id = memo.size;
      memo.set(o, id);
      size += 3; // EMPTY_TUPLE NEWOBJ MEMOIZE
      const dict = o.dict;
      const state = dict && dict.entryList().length ? save(dict) : null;
      if (state) size += 1; // BUILD
      return { k: 'instance', memo: id, cls, state };
    }
    // object_getstate_default: a type with items after its header (tp_itemsize) has no default state.
    if (t.name === 'memoryview' && !t.heap) throw new PickleRefused('TypeError', 'cannot pickle memoryview objects');
    throw new PickleRefused('TypeError', `cannot pickle '${t.module === 'builtins' ? '' : `${t.module}.`}${t.name}' object`);
  };
  const root = save(obj);
  if (size >= 4) size += 9; // FRAME
  return { root, size };
}

interface Reduction {
  func: PyObject;
  args: PyObject[];
  newobj: boolean;
  state: PyObject | null;
  listItems: PyObject[] | null;
  dictItems: [PyObject, PyObject][] | null;
  /** Drops the references the reduction took (the __reduce__ result and what it was drained into). */
  release(): void;
}

/**
 * How pickle rebuilds `o` when it is neither a builtin value nor a plain instance: its type's own
 * __reduce__ (Python code or a C type's method), or, for a tuple subclass, object.__reduce_ex__(4)'s
 * copyreg.__newobj__ with __getnewargs__(). Null for anything else.
 */
function reduction(vm: VM, o: PyObject): Reduction | null {
  const t = o.type;
  const owned: PyObject[] = [];
  const release = () => owned.forEach((x) => vm.decref(x, Cause.Stack));
  const getnewargs = t.heap && o instanceof PyTuple ? t.lookup('__getnewargs__') : null;
  if (getnewargs) {
    const args = vm.callSync(getnewargs, [o]);
    owned.push(args);
    if (!(args instanceof PyTuple)) {
      release();
      throw new PickleRefused('TypeError', `__getnewargs__ should return a tuple, not '${args.type.name}'`);
    }
    return { func: t, args: args.items, newobj: true, state: o.subclassDict, listItems: null, dictItems: null, release };
  }
  const reduce = t.lookup('__reduce__');
  if (!reduce || !(reduce instanceof PyFunction || reduce instanceof PyMethodDescriptor)) return null;
  const r = vm.callSync(reduce, [o]);
  owned.push(r);
  if (!(r instanceof PyTuple) || r.items.length < 2 || r.items.length > 5 || !(r.items[1] instanceof PyTuple)) {
    release();
    throw new PickleRefused('PicklingError', `__reduce__ must return a tuple of 2 to 5 items`);
  }
  const [func, args, state, listIt, dictIt] = r.items as [PyObject, PyTuple, PyObject?, PyObject?, PyObject?];
  const drained = (it: PyObject | undefined): PyObject[] | null => {
    if (!it || it === vm.none) return null;
    const list = vm.callSync(vm.t.list, [it]) as PyList;
    owned.push(list);
    return list.items;
  };
  const pairs = drained(dictIt)?.map((pair) => (pair as PyTuple).items as [PyObject, PyObject]) ?? null;
  return { func, args: args.items, newobj: false, state: state && state !== vm.none ? state : null, listItems: drained(listIt), dictItems: pairs, release };
}

/** Rebuilds a pickled value in `vm`'s heap (the receiving process): a new reference. */
export function unpickle(vm: VM, pickled: Pickled): PyObject {
  const memo: PyObject[] = [];
  const load = (n: PNode): PyObject => {
    switch (n.k) {
      case 'none': return vm.newNone();
      case 'true': return vm.newBool(true);
      case 'false': return vm.newBool(false);
      case 'ellipsis': return vm.incref(vm.ellipsis, Cause.Stack);
      case 'int': return vm.newInt(n.v);
      case 'float': return vm.newFloat(n.v);
      case 'complex': return vm.track(new PyComplex(vm.t.complex, n.re, n.im));
      case 'str': {
        const s = vm.newStr(n.v);
        memo.push(s);
        return s;
      }
      case 'bytes': return vm.newBytes(n.v);
      case 'range': return vm.track(new PyRange(vm.t.range, n.start, n.stop, n.step));
      case 'ref': return vm.incref(memo[n.memo], Cause.Stack);
      case 'list': {
        const list = vm.newList([]);
        memo[n.memo] = list;
        for (const item of n.items) list.items.push(load(item));
        return list;
      }
      case 'set': case 'frozenset': {
        const set = vm.newSet(n.k === 'frozenset');
        memo[n.memo] = set;
        for (const item of n.items) {
          const v = load(item);
          setAdd(vm, set, v);
          vm.decref(v, Cause.Stack);
        }
        return set;
      }
      case 'tuple': {
        const t = vm.newTuple(n.items.map(load));
        memo[n.memo] = t;
        return t;
      }
      case 'dict': {
        const d = vm.newDict();
        memo[n.memo] = d;
        for (const [kn, vn] of n.entries) {
          const key = load(kn);
          const value = load(vn);
          dictSet(vm, d, key, value, true);
          vm.decref(key, Cause.Stack);
        }
        return d;
      }
      case 'global': {
        // Unpickler.find_class imports the module (a simulated submodule such as multiprocessing.context).
        if (!vm.modules.has(n.module) && isSimulatedModule(n.module)) importModule(vm, n.module, NO_POSITION);
        const mod = vm.modules.get(n.module);
        let at: PyObject | null = mod ?? null;
        for (const part of n.qualname.split('.')) {
          if (at instanceof PyModule || at instanceof PyType) at = at.dict.getStr(part) ?? null;
          else at = null;
          if (!at) break;
        }
        if (!at) {
          const where = mod ? `<module '${n.module}'${n.module === '__main__' ? ` from '${vm.options.filename}'` : " (built-in)"}>` : n.module;
          throw vm.error('AttributeError', `Can't get attribute '${n.qualname}' on ${where}`);
        }
        return vm.incref(at, Cause.Stack);
      }
      case 'method': {
        const self = load(n.self);
        const name = vm.newStr(n.name);
        try {
          return vm.callSync(vm.builtins.getStr('getattr') as PyObject, [self, name]);
        } finally {
          vm.decref(name, Cause.Argument);
          vm.decref(self, Cause.Stack);
        }
      }
      case 'exception': {
        const cls = load(n.cls) as PyType;
        const exc = vm.newException(cls, n.args.map(load));
        vm.decref(cls, Cause.Stack);
        return exc;
      }
      case 'reduce': {
        const func = load(n.func);
        const args = n.args.map(load);
        let obj: PyObject;
        try {
          // NEWOBJ: cls.__new__(cls, *args); REDUCE: func(*args).
          // A class's own __new__ is a staticmethod (type_new_staticmethod): its function is called.
          const found = n.newobj ? (func as PyType).lookup('__new__') : undefined;
          const newFn = found instanceof PyDescriptorWrapper && found.type === vm.t.staticmethod ? found.slots[0] ?? found : found;
          obj = n.newobj ? vm.callSync(newFn ?? func, newFn ? [func, ...args] : args) : vm.callSync(func, args);
        } finally {
          vm.decref(func, Cause.Stack);
          for (const a of args) vm.decref(a, Cause.Stack);
        }
        memo[n.memo] = obj;
        if (n.state) {
          const state = load(n.state) as PyDict;
          if (!obj.subclassDict) obj.subclassDict = vm.newDict();
          for (const e of state.entryList()) setName(vm, obj.subclassDict as PyDict, (e.key as PyStr).value, e.value);
          vm.decref(state, Cause.Stack);
        }
        // load_appends: the object's extend(); load_setitems: obj[key] = value.
        const call = (name: string, callArgs: PyObject[]) => {
          const method = vm.callSync(vm.builtins.getStr('getattr') as PyObject, [obj, vm.intern(name)]);
          try {
            vm.decref(vm.callSync(method, callArgs), Cause.Return);
          } finally {
            vm.decref(method, Cause.Stack);
          }
        };
        if (n.listItems) {
          const items = vm.newList(n.listItems.map(load));
          try {
            call('extend', [items]);
          } finally {
            vm.decref(items, Cause.Stack);
          }
        }
        for (const [kn, vn] of n.dictItems ?? []) {
          const key = load(kn);
          const value = load(vn);
          try {
            call('__setitem__', [key, value]);
          } finally {
            vm.decref(key, Cause.Stack);
            vm.decref(value, Cause.Stack);
          }
        }
        return obj;
      }
      case 'instance': {
        const cls = load(n.cls);
        if (!(cls instanceof PyType)) throw new PyError(vm.newException(vm.exc.get('TypeError') as PyType, [vm.newStr('not a class')]));
        const obj = vm.newInstance(cls);
        vm.decref(cls, Cause.Stack);
        memo[n.memo] = obj;
        if (n.state) {
          const state = load(n.state) as PyDict;
          for (const e of state.entryList()) {
            if (!obj.dict) obj.dict = vm.newInlineDict();
            setName(vm, obj.dict, (e.key as PyStr).value, e.value, false, Cause.Attribute, `.${(e.key as PyStr).value}`);
          }
          vm.decref(state, Cause.Stack);
        }
        return obj;
      }
    }
  };
  return load(pickled.root);
}
