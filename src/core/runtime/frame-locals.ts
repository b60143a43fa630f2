// A function frame's locals seen from Python: locals() and frame.f_locals. Up to 3.12 both are one
// dict the frame keeps (frame->f_locals), refreshed from the fast locals on each access
// (PyFrame_FastToLocalsWithError), so it holds a reference to every value. 3.13 (PEP 667): locals()
// is a new snapshot dict each call, and f_locals a FrameLocalsProxy that reads (and writes) the fast
// locals themselves and holds no value. A module's or a class body's f_locals is its namespace dict.

import type { PyObject } from '../objects/object';
import { PyCell } from '../objects/callables';
import { PyCompositeIter } from '../objects/iterators';
import { PyStr } from '../objects/atoms';
import type { PyDict } from '../objects/dict';
import type { PyFrameObject } from '../objects/instances';
import type { Frame } from '../vm/frame';
import type { VM } from '../vm/vm';
import { delName, dictSet } from './dicts';
import { Cause } from '../trace/events';

/** The bound locals by name, borrowed: a running frame's fast locals (a cell's contents), or those its frame object kept. */
export function boundLocals(frame: Frame | null, fo: PyFrameObject | null): [string, PyObject][] {
  const names = frame ? frame.localNames : (fo?.localNames ?? []);
  const slots = frame ? frame.fast : (fo?.ownedLocals ?? []);
  const out: [string, PyObject][] = [];
  names.forEach((name, i) => {
    const v = slots[i];
    const value = v instanceof PyCell ? v.contents : v;
    if (value) out.push([name, value]);
  });
  return out;
}

/** PyFrame_FastToLocals: `d` made to show the bound locals (unbound ones removed). */
function fastToLocals(vm: VM, d: PyDict, names: readonly string[], bound: [string, PyObject][]): void {
  const values = new Map(bound);
  for (const name of names) {
    const value = values.get(name);
    if (!value) {
      if (d.getStr(name)) delName(vm, d, name);
      continue;
    }
    const key = vm.newStr(name);
    dictSet(vm, d, key, value);
    vm.decref(key, Cause.Stack);
  }
}

/** locals() in `frame` (a new reference): the namespace, the frame's kept dict (≤ 3.12), or a new snapshot (3.13). */
export function localsOf(vm: VM, frame: Frame): PyObject {
  if (frame.locals) return vm.incref(frame.locals, Cause.Return);
  const cached = vm.options.version.localsCachedOnFrame;
  const d = cached && frame.localsSnapshot ? frame.localsSnapshot : vm.newDict();
  fastToLocals(vm, d, frame.localNames, boundLocals(frame, null));
  if (!cached) return d;
  if (!frame.localsSnapshot) frame.localsSnapshot = d;
  return vm.incref(d, Cause.Return);
}

/** frame.f_locals (a new reference). */
export function frameLocals(vm: VM, fo: PyFrameObject): PyObject {
  const frame = fo.frame;
  const namespace = frame ? frame.locals : fo.namespace;
  if (namespace) return vm.incref(namespace, Cause.Stack);
  if (frame) {
    if (!vm.options.version.localsCachedOnFrame) return newProxy(vm, fo);
    // PyFrame_FastToLocalsWithError marks the frame (f_fast_as_locals): a trace function's calls then keep
    // the dict in step with the locals, both ways (call_trampoline).
    fo.fastAsLocals = true;
    return localsOf(vm, frame);
  }
  if (!vm.options.version.localsCachedOnFrame) return newProxy(vm, fo);
  // A finished frame: its frame object's dict, refreshed from the locals it kept.
  const d = (fo.localsDict ??= vm.newDict()) as PyDict;
  fastToLocals(vm, d, fo.localNames, boundLocals(null, fo));
  return vm.incref(d, Cause.Stack);
}

function newProxy(vm: VM, fo: PyFrameObject): PyObject {
  return vm.track(new PyCompositeIter(vm.t.FrameLocalsProxy, [vm.incref(fo, Cause.Iterator, 'frame')]));
}

/** The frame object a FrameLocalsProxy reads, or null when `o` is not one. */
export function proxiedFrame(vm: VM, o: PyObject): PyFrameObject | null {
  return o instanceof PyCompositeIter && o.type === vm.t.FrameLocalsProxy ? (o.refs[0] as PyFrameObject) : null;
}

/** The proxy's bound locals, borrowed. */
export function proxyLocals(fo: PyFrameObject): [string, PyObject][] {
  return boundLocals(fo.frame, fo.frame ? null : fo);
}

/** proxy[key]: the local's value (a new reference), or null when no local of that name is bound. */
export function proxyGet(vm: VM, fo: PyFrameObject, key: PyObject): PyObject | null {
  if (!(key instanceof PyStr)) return null;
  const found = proxyLocals(fo).find(([name]) => name === key.value);
  return found ? vm.incref(found[1], Cause.Stack) : null;
}

/**
 * proxy[key] = value (framelocalsproxy_setitem, 3.13): a local of the frame's code takes the value (a
 * captured one in its cell), running or finished. Other names go to the frame's extra locals, not modelled.
 */
export function proxySet(vm: VM, fo: PyFrameObject, key: PyObject, value: PyObject): void {
  const frame = fo.frame;
  const names = frame ? frame.localNames : fo.localNames;
  const slots = frame ? frame.fast : fo.ownedLocals;
  const i = key instanceof PyStr && slots ? names.indexOf(key.value) : -1;
  if (i < 0 || !slots) throw vm.unsupported('FrameLocalsProxy.__setitem__ of a name that is not a local variable of the frame');
  const slot = slots[i];
  const name = names[i];
  vm.incref(value, Cause.Local, name);
  if (slot instanceof PyCell) {
    const old = slot.contents;
    slot.contents = value;
    if (old) vm.decref(old, Cause.Local, name);
    return;
  }
  slots[i] = value;
  if (slot) vm.decref(slot, Cause.Local, name);
}

/** A new dict of the proxy's bound locals (what `dict(proxy)` makes). */
export function proxyDict(vm: VM, fo: PyFrameObject): PyDict {
  const d = vm.newDict();
  for (const [name, value] of proxyLocals(fo)) {
    const key = vm.newStr(name);
    dictSet(vm, d, key, value);
    vm.decref(key, Cause.Stack);
  }
  return d;
}

/** call_trampoline's PyFrame_FastToLocalsWithError (≤ 3.12): the running frame's f_locals dict made current before a trace call. */
export function refreshTracedLocals(vm: VM, fo: PyFrameObject): void {
  const frame = fo.frame;
  if (!frame || frame.locals || !frame.localsSnapshot) return;
  fastToLocals(vm, frame.localsSnapshot, frame.localNames, boundLocals(frame, null));
}

/**
 * PyFrame_LocalsToFast(frame, 1) after a trace call (≤ 3.12): what the function stored into f_locals goes
 * into the fast locals (a cell's contents for a captured one), and the frame is no longer marked.
 */
export function localsToFast(vm: VM, fo: PyFrameObject): void {
  fo.fastAsLocals = false;
  const frame = fo.frame;
  const d = frame?.localsSnapshot;
  if (!frame || frame.locals || !d) return;
  const names = frame.localNames;
  for (let i = 0; i < names.length; i++) {
    const slot = frame.fast[i];
    const cell = slot instanceof PyCell ? slot : null;
    const old = cell ? cell.contents : slot;
    const value = d.getStr(names[i]) ?? null;
    if (value === old) continue;
    // "assigning None to unbound local": a bound local the function deleted from the dict.
    if (!value) throw vm.unsupported('deleting a local variable through frame.f_locals in a trace function');
    vm.incref(value, Cause.Local, names[i]);
    if (cell) cell.contents = value;
    else frame.fast[i] = value;
    if (old) vm.decref(old, Cause.Local, names[i]);
  }
}
