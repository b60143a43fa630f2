// `C.__bases__ = (...)` (Objects/typeobject.c: type_set_bases): the checks on the new bases, the layout
// check of the new tp_base against the old one (compatible_for_assignment), then the MROs of the class
// and of every class derived from it computed again (mro_hierarchy, undone if one fails), and the class
// moved from its old bases' tp_subclasses to its new ones'. The class keeps the assigned tuple itself.

import type { PyObject } from '../objects/object';
import { PyType } from '../objects/type';
import { PyTuple } from '../objects/containers';
import { PyFunction } from '../objects/callables';
import type { VM } from '../vm/vm';
import { Cause } from '../trace/events';
import { addSubclass, removeFromBases } from './subclasses';
import { cpythonTypeIsFinal } from './cpython-names';

/** type_set_bases, with `value` borrowed; null: `del C.__bases__`. */
export function setBases(vm: VM, cls: PyType, value: PyObject | null): void {
  // check_set_special_type_attr
  if (value === null) throw vm.error('TypeError', `cannot delete '__bases__' attribute of immutable type '${cls.name}'`);
  if (!(value instanceof PyTuple)) throw vm.error('TypeError', `can only assign tuple to ${cls.name}.__bases__, not ${value.type.name}`);
  if (value.items.length === 0) throw vm.error('TypeError', `can only assign non-empty tuple to ${cls.name}.__bases__, not ()`);
  for (const b of value.items) {
    if (!(b instanceof PyType)) throw vm.error('TypeError', `${cls.name}.__bases__ must be tuple of classes, not '${b.type.name}'`);
    if (b.isSubtypeOf(cls)) throw vm.error('TypeError', 'a __bases__ item causes an inheritance cycle');
  }
  const bases = value.items as PyType[];
  const newBase = bestBase(vm, bases);
  const oldBase = cls.baseRef ?? cls.bases[0];
  checkCompatible(vm, oldBase, newBase, '__bases__');
  if (cls.type.heap && cls.type.lookup('mro') instanceof PyFunction) throw vm.unsupported('__bases__ assignment on a class whose metaclass defines mro()');

  const oldBases = cls.bases;
  const oldBasesTuple = cls.basesTuple;
  const oldBaseRef = cls.baseRef;
  cls.bases = [...bases];
  cls.basesTuple = vm.incref(value, Cause.Type, '__bases__') as PyTuple;
  cls.baseRef = vm.incref(newBase, Cause.Type, '__base__') as PyType;
  const oldMroTuples: PyObject[] = [];
  try {
    mroHierarchy(vm, cls, oldMroTuples);
  } catch (e) {
    // undo: the bases as they were; mroHierarchy put back the MROs it had changed.
    cls.bases = oldBases;
    cls.basesTuple = oldBasesTuple;
    cls.baseRef = oldBaseRef;
    vm.decref(value, Cause.Type, '__bases__');
    vm.decref(newBase, Cause.Type, '__base__');
    throw e;
  }
  // The old MRO tuples go with the list mro_hierarchy kept them in.
  for (const t of oldMroTuples) vm.decref(t, Cause.Type, '__mro__');
  // "for now, sod that: just remove from all old_bases, add to all new_bases"
  removeFromBases(vm, cls, oldBases);
  addSubclass(vm, cls);
  if (oldBasesTuple) vm.decref(oldBasesTuple, Cause.Type, '__bases__');
  if (oldBaseRef) vm.decref(oldBaseRef, Cause.Type, '__base__');
}

/**
 * mro_hierarchy: the class's MRO, then each subclass's, recursively; on an error every MRO changed so far
 * is put back and the error raised. The MROs replaced are new arrays (the lookup cache sees them change);
 * their tuples are collected in `oldTuples` for the caller to release.
 */
function mroHierarchy(vm: VM, cls: PyType, oldTuples: PyObject[]): void {
  const undo: [PyType, PyType[], PyTuple | null][] = [];
  try {
    const visit = (t: PyType) => {
      const mro = computeMroChecked(vm, t);
      undo.push([t, t.mro, t.mroTuple]);
      t.mro = mro;
      t.mroTuple = vm.newTuple(mro.map((m) => vm.incref(m, Cause.Slot)));
      for (const sub of directSubclasses(vm, t)) visit(sub);
    };
    visit(cls);
  } catch (e) {
    for (const [t, mro, tuple] of undo.reverse()) {
      if (t.mroTuple) vm.decref(t.mroTuple, Cause.Type, '__mro__');
      t.mro = mro;
      t.mroTuple = tuple;
    }
    throw e;
  }
  for (const [, , tuple] of undo) if (tuple) oldTuples.push(tuple);
}

/** The live classes naming `t` as a direct base (tp_subclasses). */
function directSubclasses(vm: VM, t: PyType): PyType[] {
  return [...vm.heapTypes].filter((c) => !c.freed && c.bases.includes(t));
}

/**
 * mro_implementation for a class whose `bases` are set: no base twice (check_duplicates), then the C3
 * merge, whose failure (set_mro_error) names the heads left to merge, on two lines before 3.13.
 */
export function computeMroChecked(vm: VM, cls: PyType): PyType[] {
  const bases = cls.bases;
  for (let i = 0; i < bases.length; i++) {
    if (bases.indexOf(bases[i]) !== i) throw vm.error('TypeError', `duplicate base class ${bases[i].name}`);
  }
  const seqs = bases.map((b) => [...b.mro]);
  seqs.push([...bases]);
  const out: PyType[] = [cls];
  for (;;) {
    const nonEmpty = seqs.filter((s) => s.length > 0);
    if (nonEmpty.length === 0) return out;
    const candidate = nonEmpty.map((s) => s[0]).find((head) => !nonEmpty.some((other) => other.indexOf(head) > 0));
    if (!candidate) {
      // set_mro_error: the heads of the lists left to merge, each once.
      const heads = [...new Set(nonEmpty.map((s) => s[0].name))].join(', ');
      const version = vm.options.version.version;
      const gap = version === '3.11' || version === '3.12' ? '\n' : ' ';
      throw vm.error('TypeError', `Cannot create a consistent method resolution${gap}order (MRO) for bases ${heads}`);
    }
    out.push(candidate);
    for (const s of nonEmpty) if (s[0] === candidate) s.shift();
  }
}

/** best_base: the base whose layout (solid_base) extends every other's; acceptable base types only. */
export function bestBase(vm: VM, bases: PyType[]): PyType {
  let base: PyType | null = null;
  let winner: PyType | null = null;
  for (const b of bases) {
    if (!b.heap && cpythonTypeIsFinal(vm.options.version.version, b)) throw vm.error('TypeError', `type '${b.name}' is not an acceptable base type`);
    const candidate = solidBase(vm, b);
    if (!winner || winner.isSubtypeOf(candidate)) {
      if (!winner) {
        winner = candidate;
        base = b;
      }
    } else if (candidate.isSubtypeOf(winner)) {
      winner = candidate;
      base = b;
    } else {
      throw vm.error('TypeError', 'multiple bases have instance lay-out conflict');
    }
  }
  return base as PyType;
}

/** solid_base: the nearest type along the tp_base chain whose instances are larger than its base's. */
function solidBase(vm: VM, t: PyType): PyType {
  const parent = tpBase(t);
  const base = parent ? solidBase(vm, parent) : vm.t.object;
  return extraIvars(vm, t) ? t : base;
}

/**
 * extra_ivars / shape_differs: a class statement's class adds to the size only by slots (its dict and
 * weakref list are not counted); built-in types have a struct of their own, but bool and the exceptions
 * sharing BaseException's.
 */
function extraIvars(vm: VM, t: PyType): boolean {
  if (t === vm.t.object) return false;
  if (t.heap) return declaredSlotNames(t).length > 0;
  if (t.isSubtypeOf(vm.exc.get('BaseException') as PyType)) return EXCEPTION_STRUCTS.has(t.name) && t.name !== 'MemoryError';
  return t !== vm.t.bool;
}

/** ht_slots: the __slots__ names but __dict__ and __weakref__. */
function declaredSlotNames(t: PyType): string[] {
  return (t.declaredSlots ?? []).filter((n) => n !== '__dict__' && n !== '__weakref__');
}

/**
 * compatible_for_assignment: the same deallocator, and the same layout below what compatible classes add
 * (`what`: the attribute assigned, which the error names).
 */
export function checkCompatible(vm: VM, oldTo: PyType, newTo: PyType, what: '__bases__' | '__class__'): void {
  if (freesWithGc(vm, newTo) !== freesWithGc(vm, oldTo)) {
    throw vm.error('TypeError', `${what} assignment: '${newTo.name}' deallocator differs from '${oldTo.name}'`);
  }
  let newBase = newTo;
  while (compatibleWithBase(vm, newBase)) newBase = tpBase(newBase) as PyType;
  let oldBase = oldTo;
  while (compatibleWithBase(vm, oldBase)) oldBase = tpBase(oldBase) as PyType;
  if (newBase !== oldBase && (tpBase(newBase) !== tpBase(oldBase) || !sameSlotsAdded(vm, newBase, oldBase))) {
    throw vm.error('TypeError', `${what} assignment: '${newTo.name}' object layout differs from '${oldTo.name}'`);
  }
}

function tpBase(t: PyType): PyType | null {
  return t.baseRef ?? t.bases[0] ?? null;
}

/**
 * compatible_with_tp_base: the same size, dict, weakref list and deallocator as its tp_base. A class
 * statement's class is so when it declares no slots and adds neither a __dict__ nor a __weakref__; a
 * built-in exception when it has no struct of its own; other built-in types have theirs.
 */
function compatibleWithBase(vm: VM, t: PyType): boolean {
  const parent = tpBase(t);
  if (!parent) return false;
  if (t.heap) return !addsToLayout(vm, t);
  return t.isSubtypeOf(vm.exc.get('BaseException') as PyType) && !EXCEPTION_STRUCTS.has(t.name);
}

/** same_slots_added: two classes that add the same slots, dict and weakref list to the same base. */
function sameSlotsAdded(vm: VM, a: PyType, b: PyType): boolean {
  if (!a.heap || !b.heap) return false;
  const slots = (t: PyType) => declaredSlotNames(t).join(',');
  return slots(a) === slots(b) && addsDescriptor(a, '__dict__') === addsDescriptor(b, '__dict__') && addsDescriptor(a, '__weakref__') === addsDescriptor(b, '__weakref__');
}

function addsToLayout(vm: VM, t: PyType): boolean {
  return declaredSlotNames(t).length > 0 || addsDescriptor(t, '__dict__') || addsDescriptor(t, '__weakref__');
}

/** The class added the slot: type_new put a getset descriptor for it in the class's dict. */
function addsDescriptor(t: PyType, name: '__dict__' | '__weakref__'): boolean {
  const d = t.dict.getStr(name);
  return !!d && d.type.name === 'getset_descriptor';
}

/** tp_free is PyObject_GC_Del: every class statement's class, and the built-in types with GC instances. */
function freesWithGc(vm: VM, t: PyType): boolean {
  return t.heap || !NON_GC_BASES.has(t.name);
}

/** The subclassable built-in types whose instances the collector does not track (tp_free PyObject_Free). */
const NON_GC_BASES = new Set(['object', 'int', 'float', 'complex', 'str', 'bytes', 'bytearray', 'array.array']);

/** The exceptions with a struct (or deallocator) of their own (Include/cpython/pyerrors.h, Objects/exceptions.c). */
const EXCEPTION_STRUCTS = new Set([
  'BaseException', 'BaseExceptionGroup', 'StopIteration', 'SystemExit', 'ImportError', 'NameError', 'AttributeError',
  'OSError', 'SyntaxError', 'UnicodeError', 'MemoryError',
]);
