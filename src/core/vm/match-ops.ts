// The instructions of match statements (CPython 3.11 Python/ceval.c: GET_LEN, MATCH_MAPPING,
// MATCH_SEQUENCE, MATCH_KEYS, MATCH_CLASS with match_keys / match_class), with the same
// ownership: MATCH_CLASS consumes the subject and leaves a tuple of attributes (or None);
// MATCH_KEYS leaves the subject and the keys and pushes a tuple of values (or None).

import type { PyObject } from '../objects/object';
import { PyType } from '../objects/type';
import { PyPlain, PyStr } from '../objects/atoms';
import { PyTuple } from '../objects/containers';
import { PyDict } from '../objects/dict';
import type { VM } from './vm';
import type { Frame, Native } from './frame';
import { lookupAttr } from '../runtime/attributes';
import { dictGet, setAdd } from '../runtime/dicts';
import { lengthOf } from '../builtins/functions';
import { reprOf } from '../runtime/repr';
import { Cause } from '../trace/events';

/** GET_LEN: pushes len(TOS), the subject staying. */
export function opGetLen(vm: VM, frame: Frame): void {
  const subject = frame.stack[frame.stack.length - 1] as PyObject;
  const n = lengthOf(vm, subject);
  if (!isNative(n)) {
    frame.stack.push(n);
    return;
  }
  vm.runNative(n, frame.pushResult, 'len');
}

function isNative(x: PyObject | Native): x is Native {
  return typeof (x as Native).next === 'function';
}

/** MATCH_SEQUENCE: Py_TPFLAGS_SEQUENCE, set on list, tuple, range (and their subclasses); never str, bytes, bytearray. */
export function opMatchSequence(vm: VM, frame: Frame): void {
  const t = (frame.stack[frame.stack.length - 1] as PyObject).type;
  frame.stack.push(vm.newBool([vm.t.list, vm.t.tuple, vm.t.range].some((s) => t.isSubtypeOf(s))));
}

/** MATCH_MAPPING: Py_TPFLAGS_MAPPING, set on dict (and its subclasses). */
export function opMatchMapping(vm: VM, frame: Frame): void {
  const t = (frame.stack[frame.stack.length - 1] as PyObject).type;
  frame.stack.push(vm.newBool(t.isSubtypeOf(vm.t.dict)));
}

/** MATCH_KEYS: TOS1 the subject (a mapping), TOS the keys; pushes their values as a tuple, or None if one is missing. */
export function opMatchKeys(vm: VM, frame: Frame): void {
  const stack = frame.stack;
  const keys = stack[stack.length - 1] as PyTuple;
  const subject = stack[stack.length - 2] as PyObject;
  vm.runNative(matchKeys(vm, subject, keys.items), frame.pushResult, 'match keys');
}

function* matchKeys(vm: VM, map: PyObject, keys: readonly PyObject[]): Native {
  if (keys.length === 0) return vm.newTuple([]);
  // map.get(key, dummy): no KeyError handling, and no __missing__ in dict subclasses
  const get = map.type.lookup('get');
  const userGet = get !== null && get !== vm.t.dict.dict.getStr('get') ? get : null;
  const dummy = userGet !== null ? vm.track(new PyPlain(vm.t.object)) : null;
  const seen = vm.newSet();
  const values: PyObject[] = [];
  try {
    for (const key of keys) {
      const before = seen.members.size;
      setAdd(vm, seen, key);
      if (seen.members.size === before) throw vm.errorWith('ValueError', [vm.newStr(`mapping pattern checks duplicate key (${yield* reprOf(vm, key)})`)]);
      let value: PyObject | null;
      if (userGet !== null && dummy !== null) {
        const r = yield { callable: userGet, args: [map, key, dummy], kwargs: null };
        if (r === dummy) {
          vm.decref(r, Cause.Return);
          value = null;
        } else value = r;
      } else {
        const found = map instanceof PyDict ? dictGet(vm, map, key) : null;
        value = found === null ? null : vm.incref(found, Cause.Slot);
      }
      if (value === null) {
        // a key is missing: no match
        for (const v of values) vm.decref(v, Cause.Slot);
        return vm.newNone();
      }
      values.push(value);
    }
  } catch (e) {
    for (const v of values) vm.decref(v, Cause.Slot);
    throw e;
  } finally {
    vm.decref(seen, Cause.Stack);
    if (dummy !== null) vm.decref(dummy, Cause.Stack);
  }
  return vm.newTuple(values);
}

/** Types that match themselves with one positional sub-pattern (`int(x)`): _Py_TPFLAGS_MATCH_SELF. */
function matchesSelf(vm: VM, t: PyType): boolean {
  const self = [vm.t.bool, vm.t.bytearray, vm.t.bytes, vm.t.dict, vm.t.float, vm.t.frozenset, vm.t.int, vm.t.list, vm.t.set, vm.t.str, vm.t.tuple];
  return t.mro.some((m) => self.includes(m));
}

/** MATCH_CLASS nargs: TOS2 subject, TOS1 class, TOS the keyword attribute names → the attributes as a tuple, or None. */
export function opMatchClass(vm: VM, frame: Frame, nargs: number): void {
  const stack = frame.stack;
  const names = stack.pop() as PyTuple;
  const type = stack.pop() as PyObject;
  const subject = stack[stack.length - 1] as PyObject;
  vm.runNative(
    matchClassReleasing(vm, subject, type, nargs, names),
    (attrs) => {
      // the result replaces the subject
      stack[stack.length - 1] = attrs;
      vm.decref(subject, Cause.Stack);
    },
    'match class',
  );
}

function* matchClassReleasing(vm: VM, subject: PyObject, type: PyObject, nargs: number, names: PyTuple): Native {
  try {
    return (yield* matchClass(vm, subject, type, nargs, names.items)) ?? vm.newNone();
  } finally {
    vm.decref(names, Cause.Stack);
    vm.decref(type, Cause.Stack);
  }
}

function* matchClass(vm: VM, subject: PyObject, type: PyObject, nargs: number, kwargs: readonly PyObject[]): Generator<import('./frame').CallRequest, PyObject | null, PyObject> {
  if (!(type instanceof PyType)) throw vm.error('TypeError', vm.options.version.matchNotAClassMessage);
  if (!subject.type.isSubtypeOf(type)) return null;
  const seen = new Set<string>();
  // the attributes found so far are held by a list, as in CPython
  const attrs = vm.newList([]);
  try {
    if (nargs > 0) {
      let matchArgs: PyObject | null = null;
      let matchSelf = false;
      matchArgs = yield* lookupAttr(vm, type, '__match_args__');
      if (!matchArgs) {
        matchSelf = matchesSelf(vm, type);
      }
      try {
        if (matchArgs !== null && !(matchArgs instanceof PyTuple && matchArgs.type === vm.t.tuple)) {
          throw vm.error('TypeError', `${type.name}.__match_args__ must be a tuple (got ${matchArgs.type.name})`);
        }
        const allowed = matchSelf ? 1 : matchArgs === null ? 0 : (matchArgs as PyTuple).items.length;
        if (allowed < nargs) {
          throw vm.error('TypeError', `${type.name}() accepts ${allowed} positional sub-pattern${allowed === 1 ? '' : 's'} (${nargs} given)`);
        }
        if (matchSelf) {
          attrs.items.push(vm.incref(subject, Cause.Slot));
        } else {
          for (const name of (matchArgs as PyTuple).items.slice(0, nargs)) {
            if (!(name instanceof PyStr && name.type === vm.t.str)) {
              throw vm.error('TypeError', `__match_args__ elements must be strings (got ${name.type.name})`);
            }
            const attr = yield* matchClassAttr(vm, subject, type, name.value, seen);
            if (attr === null) return null;
            attrs.items.push(attr);
          }
        }
      } finally {
        if (matchArgs !== null) vm.decref(matchArgs, Cause.Stack);
      }
    }
    for (const name of kwargs) {
      const attr = yield* matchClassAttr(vm, subject, type, (name as PyStr).value, seen);
      if (attr === null) return null;
      attrs.items.push(attr);
    }
    return vm.newTuple(attrs.items.map((a) => vm.incref(a, Cause.Slot)));
  } finally {
    vm.decref(attrs, Cause.Stack);
  }
}

/** subject.name for a class pattern; null when the subject has no such attribute (no match). */
function* matchClassAttr(vm: VM, subject: PyObject, type: PyType, name: string, seen: Set<string>): Generator<import('./frame').CallRequest, PyObject | null, PyObject> {
  if (seen.has(name)) throw vm.error('TypeError', `${type.name}() got multiple sub-patterns for attribute '${name}'`);
  seen.add(name);
  return yield* lookupAttr(vm, subject, name);
}

