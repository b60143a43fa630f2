// Weak references as Objects/weakrefobject.c keeps them. An object's list holds the basic ref
// (no callback, shared by every `weakref.ref(o)`) first, then the basic proxy, then the refs
// with callbacks, newest first — so callbacks run newest first when the object dies.

import type { PyObject } from '../objects/object';
import type { PyType } from '../objects/type';
import { PyWeakref } from '../objects/weakref';
import { PyInstance, PyModule } from '../objects/instances';
import { PyFunction, PyMethod, PyBuiltin, PyCode } from '../objects/callables';
import { PySet, PyTuple } from '../objects/containers';
import { PyInt, PyBytes } from '../objects/atoms';
import { PyType as TypeClass } from '../objects/type';
import { PyGenerator } from '../objects/iterators';
import type { VM } from '../vm/vm';
import type { Native } from '../vm/frame';
import type { PendingDeath } from './heap';
import { PyError } from '../vm/errors';
import { hashKey } from './dicts';
import { Cause } from '../trace/events';

/** Whether `weakref.ref(o)` is allowed (tp_weaklistoffset != 0). */
export function supportsWeakrefs(o: PyObject): boolean {
  // Subclasses of variable-size built-ins (int, tuple, bytes) cannot get a weak reference list.
  if (o.type.heap && !(o instanceof PyInstance)) return !(o instanceof PyInt || o instanceof PyTuple || o instanceof PyBytes);
  if (o instanceof PyInstance) {
    // Exceptions have no weak reference list unless a class statement added one.
    if (!o.type.heap) return false;
    const slots = o.type.slotNames;
    return slots === null || o.type.mro.some((t) => t.heap && (t.slotNames === null || t.slotNames.includes('__weakref__')));
  }
  return o instanceof PyFunction || o instanceof PySet || o instanceof TypeClass || o instanceof PyMethod ||
    o instanceof PyGenerator || o instanceof PyCode || o instanceof PyModule || (o instanceof PyBuiltin && o.self === null);
}

function listOf(o: PyObject): PyWeakref[] {
  if (!o.weakrefs) o.weakrefs = [];
  return o.weakrefs as PyWeakref[];
}

function isBasic(r: PyWeakref, vm: VM): boolean {
  return r.callback === null && (r.type === vm.t.weakref || r.type === vm.t.weakproxy || r.type === vm.t.weakcallableproxy);
}

/**
 * weakref.ref(o, callback) / weakref.proxy(o, callback): a new reference (owned), or the shared
 * basic one when there is no callback. `callback` is borrowed.
 */
export function newWeakref(vm: VM, type: PyType, o: PyObject, callback: PyObject | null, proxy: boolean): PyWeakref {
  if (!supportsWeakrefs(o)) throw vm.error('TypeError', `cannot create weak reference to '${o.type.name}' object`);
  if (callback === vm.none) callback = null;
  const list = listOf(o);
  const basicRef = list.find((r) => !r.proxy && isBasic(r, vm));
  const basicProxy = list.find((r) => r.proxy && isBasic(r, vm));
  if (callback === null) {
    const existing = proxy ? basicProxy : type === vm.t.weakref ? basicRef : undefined;
    if (existing) return vm.incref(existing, Cause.New) as PyWeakref;
  }
  const ref = vm.track(new PyWeakref(type, o, callback ? vm.incref(callback, Cause.Function, '__callback__') : null, proxy));
  if (callback === null && !proxy && type === vm.t.weakref) {
    list.unshift(ref);
  } else {
    // After the basic ref and proxy (insert_after(prev)), else at the head.
    const after = basicProxy ?? basicRef;
    const at = after ? list.indexOf(after) + 1 : 0;
    list.splice(at, 0, ref);
  }
  return ref;
}

/** A ref is deallocated: it leaves its referent's list (clear_weakref). */
export function forgetWeakref(ref: PyWeakref): void {
  const o = ref.referent;
  if (!o || !o.weakrefs) return;
  const i = o.weakrefs.indexOf(ref);
  if (i >= 0) o.weakrefs.splice(i, 1);
  if (!o.weakrefs.length) o.weakrefs = null;
  ref.referent = null;
}

/**
 * PyObject_ClearWeakRefs: the object died. Every ref is cleared; the callbacks of refs that are
 * still alive are returned in list order, each with a reference to its ref (owned by the caller).
 */
export function clearWeakrefs(vm: VM, o: PyObject): { ref: PyWeakref; callback: PyObject }[] {
  const list = (o.weakrefs ?? []) as PyWeakref[];
  o.weakrefs = null;
  const calls: { ref: PyWeakref; callback: PyObject }[] = [];
  for (const ref of list) {
    ref.referent = null;
    const callback = ref.callback;
    ref.callback = null;
    if (!callback) continue;
    if (ref.rc > 0 && !ref.freed) calls.push({ ref: vm.incref(ref, Cause.Internal, 'weakref callback') as PyWeakref, callback });
    else vm.decref(callback, Cause.Function, '__callback__');
  }
  return calls;
}

export function weakrefCount(o: PyObject): number {
  return o.weakrefs ? o.weakrefs.length : 0;
}

/** handle_callback for each ref of a dead object, newest first; then the object's references go. */
export function* callWeakrefCallbacks(vm: VM, entry: Extract<PendingDeath, { kind: 'weakref-callbacks' }>): Native<PyObject | null> {
  for (const call of entry.calls as { ref: PyWeakref; callback: PyObject }[]) {
    try {
      const r = yield { callable: call.callback, args: [call.ref], kwargs: null };
      vm.decref(r, Cause.Return);
    } catch (e) {
      if (!(e instanceof PyError)) throw e;
      vm.writeUnraisable(e, call.callback);
    }
    vm.decref(call.callback, Cause.Function, '__callback__');
    vm.decref(call.ref, Cause.Internal, 'weakref callback');
  }
  vm.heap.finishWeakrefCallbacks(entry);
  return null;
}

/** A ref's dict key: its referent's, computed once and kept after the referent died. */
export function refKey(vm: VM, r: PyWeakref): string {
  if (r.hashKey !== null) return r.hashKey;
  if (r.proxy) throw vm.error('TypeError', `unhashable type: '${r.type.name}'`);
  if (!r.referent) throw vm.error('TypeError', 'weak object has gone away');
  r.hashKey = `\u0000w${hashKey(vm, r.referent)}`;
  return r.hashKey;
}

/** A proxy stands for its referent in every operation (Objects/weakrefobject.c's proxy slots). */
export function unproxy(vm: VM, o: PyObject): PyObject {
  if (!(o instanceof PyWeakref) || !o.proxy) return o;
  if (!o.referent) throw vm.error('ReferenceError', 'weakly-referenced object no longer exists');
  return o.referent;
}
