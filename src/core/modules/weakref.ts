// The weakref module: ref and proxy with their types, getweakrefcount and getweakrefs are native
// (CPython's _weakref and Objects/weakrefobject.c); WeakMethod, the weak dictionaries, WeakSet and
// finalize are Python code (modules/python/weakref.py), as in CPython's Lib/weakref.py.

import { address } from '../runtime/repr';
import type { PyObject } from '../objects/object';
import type { PyModule } from '../objects/instances';
import { PyWeakref } from '../objects/weakref';
import { PyType as TypeClass, type PyType } from '../objects/type';
import type { VM } from '../vm/vm';
import type { Native } from '../vm/frame';
import { fn, method, arity, methArity } from '../builtins/define';
import { setName } from '../runtime/dicts';
import { constructors } from '../vm/calls';
import { newWeakref, weakrefCount, refKey } from '../runtime/weakrefs';
import { proxyReferent } from '../runtime/attributes';
import { equals } from '../runtime/operators';
import { Cause } from '../trace/events';
import { importModule } from './registry';
import { NO_POSITION } from '../compile/bytecode';

let installed: VM | null = null;

/** Methods of the weakref types, installed once per run. */
function installTypes(vm: VM): void {
  if (installed === vm) return;
  installed = vm;
  const t = vm.t;
  const refArgs = (name: string, args: PyObject[], kwargs: Map<string, PyObject> | null): [PyObject, PyObject | null] => {
    if (kwargs && kwargs.size) throw vm.error('TypeError', `${name}() takes no keyword arguments`);
    if (args.length < 1) throw vm.error('TypeError', `${name} expected at least 1 argument, got 0`);
    if (args.length > 2) throw vm.error('TypeError', `${name} expected at most 2 arguments, got ${args.length}`);
    return [args[0], args[1] ?? null];
  };
  const makeRef = (type: PyType, o: PyObject, callback: PyObject | null): PyObject => {
    const r = newWeakref(vm, type, o, callback, false);
    // An instance of a subclass references its class (a new one: subclass refs are never shared).
    if (type.heap && r.rc === 1) vm.incref(type, Cause.Type, '__class__');
    return r;
  };
  constructors.set(t.weakref, (_vm, args, kwargs, type) => {
    // A subclass's own __init__ may take more arguments: ref.__new__ only reads the first two.
    const [o, callback] = refArgs('__new__', args.slice(0, type.heap ? 2 : args.length), type.heap ? null : kwargs);
    return makeRef(type, o, callback);
  });
  // ref.__new__(cls, ob, callback=None), for subclasses calling super().__new__.
  fn(vm, t.weakref.dict, '__new__', (args) => {
    if (args.length < 2 || !(args[0] instanceof TypeClass)) throw vm.error('TypeError', 'ref.__new__(X): X is not a type object');
    const [o, callback] = refArgs('__new__', args.slice(1), null);
    return makeRef(args[0], o, callback);
  });
  // ref.__init__ accepts what __new__ accepted and does nothing more.
  method(vm, t.weakref, '__init__', () => vm.newNone());
  method(vm, t.weakref, '__call__', (args, _k, self) => {
    arity(vm, 'weakref', args, 0);
    return vm.incref((self as PyWeakref).referent ?? vm.none, Cause.Stack);
  });
  method(vm, t.weakref, '__hash__', (_a, _k, self) => vm.newInt(BigInt(refHash(vm, self as PyWeakref))));
  method(vm, t.weakref, '__eq__', function* (args, _k, self): Native {
    return vm.newBool(yield* refsEqual(vm, self as PyWeakref, args[0]));
  });
  method(vm, t.weakref, '__ne__', function* (args, _k, self): Native {
    return vm.newBool(!(yield* refsEqual(vm, self as PyWeakref, args[0])));
  });
  method(vm, t.weakref, '__repr__', (_a, _k, self) => {
    const r = self as PyWeakref;
    const at = address(r);
    if (!r.referent) return vm.newStr(`<weakref at ${at}; dead>`);
    return vm.newStr(`<weakref at ${at}; to '${r.referent.type.name}' at ${address(r.referent)}>`);
  });
  for (const proxyType of [t.weakproxy, t.weakcallableproxy]) {
    method(vm, proxyType, '__repr__', (_a, _k, self) => {
      const p = self as PyWeakref;
      const target = p.referent;
      // A dead proxy's PyWeakref_GET_OBJECT is None: its type and address are printed.
      return vm.newStr(`<weakproxy at ${address(p)}; to '${(target ?? vm.none).type.name}' at ${address(target ?? vm.none)}>`);
    });
    method(vm, proxyType, '__str__', function* (_a, _k, self): Native {
      const target = proxyReferent(vm, self as PyWeakref);
      const str = vm.builtins.getStr('str') as PyObject;
      return yield { callable: str, args: [target], kwargs: null };
    });
    method(vm, proxyType, '__bool__', function* (_a, _k, self): Native {
      const target = proxyReferent(vm, self as PyWeakref);
      const bool = vm.builtins.getStr('bool') as PyObject;
      return yield { callable: bool, args: [target], kwargs: null };
    });
    method(vm, proxyType, '__len__', function* (_a, _k, self): Native {
      const target = proxyReferent(vm, self as PyWeakref);
      const len = vm.builtins.getStr('len') as PyObject;
      return yield { callable: len, args: [target], kwargs: null };
    });
  }
  method(vm, t.weakcallableproxy, '__call__', function* (args, kwargs, self): Native {
    return yield { callable: proxyReferent(vm, self as PyWeakref), args, kwargs };
  });
}

/** hash(ref): the referent's hash, remembered; a ref that died unhashed cannot be hashed. */
function refHash(vm: VM, r: PyWeakref): number {
  const key = refKey(vm, r);
  let h = 0;
  for (let i = 0; i < key.length; i++) h = (h * 31 + key.charCodeAt(i)) | 0;
  return h;
}


/** ref == other: the referents compare when both live, else identity. */
function* refsEqual(vm: VM, r: PyWeakref, other: PyObject): Generator<import('../vm/frame').CallRequest, boolean, PyObject> {
  if (!(other instanceof PyWeakref) || other.proxy) return false;
  if (!r.referent || !other.referent) return r === other;
  return yield* equals(vm, r.referent, other.referent);
}

/** _weakref (Modules/_weakref.c, loaded at start-up): the reference types and the functions on them. */
export function createWeakrefNatives(vm: VM, module: PyModule): void {
  installTypes(vm);
  const d = module.dict;
  const t = vm.t;
  setName(vm, d, 'ref', t.weakref);
  setName(vm, d, 'ReferenceType', t.weakref);
  setName(vm, d, 'ProxyType', t.weakproxy);
  setName(vm, d, 'CallableProxyType', t.weakcallableproxy);
  fn(vm, d, 'proxy', (args, kwargs) => {
    if (kwargs && kwargs.size) throw vm.error('TypeError', 'proxy() takes no keyword arguments');
    arity(vm, 'proxy', args, 1, 2);
    const o = args[0];
    const callable = o.type.lookup('__call__') !== null;
    return newWeakref(vm, callable ? t.weakcallableproxy : t.weakproxy as PyType, o, args[1] ?? null, true);
  });
  fn(vm, d, 'getweakrefcount', (args, kwargs) => {
    methArity(vm, '_weakref.getweakrefcount', args, kwargs, 1);
    return vm.newInt(weakrefCount(args[0]));
  });
  fn(vm, d, 'getweakrefs', (args, kwargs) => {
    methArity(vm, '_weakref.getweakrefs', args, kwargs, 1);
    const refs = (args[0].weakrefs ?? []) as PyObject[];
    return vm.newList(refs.map((r) => vm.incref(r, Cause.Slot)));
  });
}

/** weakref's native half: Lib/weakref.py's `from _weakref import ...` (the same objects), ProxyTypes, and an exit hook. */
export function createWeakref(vm: VM, module: PyModule): void {
  const natives = importModule(vm, '_weakref', NO_POSITION).dict;
  const d = module.dict;
  for (const name of ['getweakrefcount', 'getweakrefs', 'ref', 'proxy', 'CallableProxyType', 'ProxyType', 'ReferenceType']) {
    setName(vm, d, name, natives.getStr(name) as PyObject);
  }
  const t = vm.t;
  setName(vm, d, 'ProxyTypes', vm.newTuple([vm.incref(t.weakproxy, Cause.Slot), vm.incref(t.weakcallableproxy, Cause.Slot)]), true);
  fn(vm, d, '_lens_atexit', (args) => {
    arity(vm, '_lens_atexit', args, 1);
    vm.atexit.push({ func: vm.incref(args[0], Cause.Internal, 'atexit'), args: [], kwargs: null });
    return vm.newNone();
  });
}
