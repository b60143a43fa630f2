// The natives of multiprocessing's shared state (modules/python/multiprocessing-shared-source.ts):
// the C values of sharedctypes' blocks (Modules/_ctypes/cfield.c's setters and getters, _ctypes.c's
// Array_subscript/Array_ass_subscript and c_char arrays' value/raw), and _multiprocessing.SemLock
// (Modules/_multiprocessing/semaphore.c). The blocks and the semaphores' values belong to the machine;
// what a process reads of them is journaled, and a forked child replaying its parent's run reads the
// journal and writes nothing (the parent's writes are already there).

import type { PyObject } from '../objects/object';
import { PyInt, PyFloat, PyStr, PyBytes } from '../objects/atoms';
import { PyList, PyTuple, PySlice, PyRange } from '../objects/containers';
import type { PyDict } from '../objects/dict';
import type { VM } from '../vm/vm';
import type { Native } from '../vm/frame';
import { fn, arity } from '../builtins/define';
import { sliceIndices } from '../runtime/subscripts';
import { processOf, type SimProcess } from './process';
import { isCTypecode, type CTypecode, type CValue, type SharedBlock } from './shared-memory';
import { RECURSIVE_MUTEX } from './semaphores';
import { waitAcross, intOf, secondsOrNone } from './cross-process-wait';
import { Cause } from '../trace/events';

const INT_CODES = new Set<CTypecode>(['b', 'B', 'h', 'H', 'i', 'I', 'l', 'L']);

/** The C setter of `tc` (cfield.c): the plain value to store, or the TypeError CPython raises. */
export function toCValue(vm: VM, tc: CTypecode, o: PyObject): CValue {
  const typeName = o.type.name;
  if (INT_CODES.has(tc)) {
    if (o instanceof PyInt) return o.value;
    throw vm.error('TypeError', `'${typeName}' object cannot be interpreted as an integer`);
  }
  if (tc === 'f' || tc === 'd') {
    if (o instanceof PyFloat) return o.value;
    if (o instanceof PyInt) {
      const v = Number(o.value);
      if (!Number.isFinite(v)) throw vm.error('OverflowError', 'int too large to convert to float');
      return v;
    }
    throw vm.error('TypeError', `must be real number, not ${typeName}`);
  }
  if (tc === 'c') {
    if (o instanceof PyBytes && o.value.length === 1) return o.value[0];
    if (o instanceof PyInt && o.value >= 0n && o.value < 256n) return Number(o.value);
    throw vm.error('TypeError', 'one character bytes, bytearray or integer expected');
  }
  // 'u': c_wchar, a UTF-32 code point.
  if (!(o instanceof PyStr)) throw vm.error('TypeError', `unicode string expected instead of ${typeName} instance`);
  const chars = Array.from(o.value);
  if (chars.length !== 1) throw vm.error('TypeError', 'one character unicode string expected');
  return chars[0].codePointAt(0) as number;
}

/** The C getter of `tc`: a new reference. */
export function fromCValue(vm: VM, tc: CTypecode, v: CValue): PyObject {
  if (tc === 'c') return vm.newBytes(Uint8Array.of(Number(v)));
  if (tc === 'u') return vm.newStr(String.fromCodePoint(Number(v)));
  if (tc === 'f' || tc === 'd') return vm.newFloat(Number(v));
  return vm.newInt(v);
}

/** Items of a sequence assigned to a slice, or null when it has no length CPython would take. */
function sequenceItems(vm: VM, o: PyObject): PyObject[] | null {
  if (o instanceof PyList || o instanceof PyTuple) return o.items;
  if (o instanceof PyBytes) return Array.from(o.value, (b) => vm.newInt(b));
  if (o instanceof PyStr) return Array.from(o.value, (c) => vm.newStr(c));
  if (o instanceof PyRange) {
    const out: PyObject[] = [];
    for (let i = 0n; i < o.length; i++) out.push(vm.newInt(o.start + i * o.step));
    return out;
  }
  return null;
}

export function installSharedMemoryCalls(vm: VM, d: PyDict): void {
  const proc = (): SimProcess => processOf(vm);
  const blockOf = (o: PyObject): SharedBlock => proc().machine.sharedMemory.block(intOf(vm, o));
  const read = (p: SimProcess, b: SharedBlock, indices: number[]): CValue[] =>
    p.journalValue('shm-read', () => indices.map((i) => b.read(i)));
  const write = (p: SimProcess, b: SharedBlock, i: number, v: CValue): void => {
    if (p.mode === 'live') b.write(i, v);
  };
  /** Array_item's index: negative from the end, else IndexError. */
  const itemIndex = (b: SharedBlock, key: PyInt): number => {
    let i = Number(key.value);
    if (i < 0) i += b.length;
    if (!(i >= 0 && i < b.length)) throw vm.error('IndexError', 'invalid index');
    return i;
  };
  const sliceRange = (b: SharedBlock, key: PySlice): number[] => {
    const [start, stop, step] = sliceIndices(vm, key, b.length);
    const out: number[] = [];
    if (step > 0) for (let i = start; i < stop; i += step) out.push(i);
    else for (let i = start; i > stop; i += step) out.push(i);
    return out;
  };

  fn(vm, d, '_lens_shm_new', (args) => {
    arity(vm, '_lens_shm_new', args, 2);
    const tc = args[0] instanceof PyStr ? args[0].value : '';
    if (!isCTypecode(tc)) throw new Error(`internal: shared memory of typecode ${tc}`);
    const length = intOf(vm, args[1]);
    if (length > 1 << 24) throw vm.unsupported('shared arrays of more than 16 777 216 items');
    const p = proc();
    return vm.newInt(p.journalValue('shm-new', () => p.machine.sharedMemory.allocate(tc, length)));
  });
  fn(vm, d, '_lens_shm_getitem', (args) => {
    arity(vm, '_lens_shm_getitem', args, 2);
    const p = proc();
    const b = blockOf(args[0]);
    const key = args[1];
    if (key instanceof PyInt) return fromCValue(vm, b.typecode, read(p, b, [itemIndex(b, key)])[0]);
    if (!(key instanceof PySlice)) throw vm.error('TypeError', 'indices must be integers');
    const values = read(p, b, sliceRange(b, key));
    // A slice of a c_char array is bytes, of a c_wchar array str, else a list.
    if (b.typecode === 'c') return vm.newBytes(Uint8Array.from(values, Number));
    if (b.typecode === 'u') return vm.newStr(values.map((v) => String.fromCodePoint(Number(v))).join(''));
    return vm.newList(values.map((v) => fromCValue(vm, b.typecode, v)));
  });
  fn(vm, d, '_lens_shm_setitem', (args) => {
    arity(vm, '_lens_shm_setitem', args, 3);
    const p = proc();
    const b = blockOf(args[0]);
    const [, key, value] = args;
    if (key instanceof PyInt) {
      write(p, b, itemIndex(b, key), toCValue(vm, b.typecode, value));
      return vm.newNone();
    }
    if (!(key instanceof PySlice)) throw vm.error('TypeError', 'indices must be integers');
    const indices = sliceRange(b, key);
    const made = !(value instanceof PyList || value instanceof PyTuple);
    const items = sequenceItems(vm, value);
    try {
      if (!items || items.length !== indices.length) throw vm.error('ValueError', 'Can only assign sequence of same size');
      // Item by item, as Array_ass_subscript: the items before a bad one are stored.
      indices.forEach((i, k) => write(p, b, i, toCValue(vm, b.typecode, items[k])));
    } finally {
      if (made && items) for (const o of items) vm.decref(o, Cause.Stack);
    }
    return vm.newNone();
  });
  // c_char arrays' value (up to the first NUL) and raw (every byte); c_wchar arrays' value.
  fn(vm, d, '_lens_shm_value', (args) => {
    arity(vm, '_lens_shm_value', args, 1);
    const p = proc();
    const b = blockOf(args[0]);
    const values = read(p, b, Array.from({ length: b.length }, (_, i) => i));
    const end = values.findIndex((v) => Number(v) === 0);
    const text = end < 0 ? values : values.slice(0, end);
    if (b.typecode === 'u') return vm.newStr(text.map((v) => String.fromCodePoint(Number(v))).join(''));
    return vm.newBytes(Uint8Array.from(text, Number));
  });
  fn(vm, d, '_lens_shm_raw', (args) => {
    arity(vm, '_lens_shm_raw', args, 1);
    const p = proc();
    const b = blockOf(args[0]);
    return vm.newBytes(Uint8Array.from(read(p, b, Array.from({ length: b.length }, (_, i) => i)), Number));
  });
  fn(vm, d, '_lens_shm_set_value', (args) => {
    arity(vm, '_lens_shm_set_value', args, 2);
    const p = proc();
    const b = blockOf(args[0]);
    const value = args[1];
    let codes: number[];
    if (b.typecode === 'u') {
      // WCharArray_set_value
      if (!(value instanceof PyStr)) throw vm.error('TypeError', `unicode string expected instead of ${value.type.name} instance`);
      codes = Array.from(value.value, (c) => c.codePointAt(0) as number);
      if (codes.length > b.length) throw vm.error('ValueError', 'string too long');
    } else {
      // CharArray_set_value
      if (!(value instanceof PyBytes) || value.type.name !== 'bytes') throw vm.error('TypeError', `bytes expected instead of ${value.type.name} instance`);
      codes = Array.from(value.value);
      if (codes.length > b.length) throw vm.error('ValueError', 'byte string too long');
    }
    codes.forEach((c, i) => write(p, b, i, c));
    if (codes.length < b.length) write(p, b, codes.length, 0);
    return vm.newNone();
  });
  fn(vm, d, '_lens_shm_set_raw', (args) => {
    arity(vm, '_lens_shm_set_raw', args, 2);
    const p = proc();
    const b = blockOf(args[0]);
    const value = args[1];
    if (!(value instanceof PyBytes)) throw vm.error('TypeError', `a bytes-like object is required, not '${value.type.name}'`);
    if (value.value.length > b.length) throw vm.error('ValueError', 'byte string too long');
    value.value.forEach((c, i) => write(p, b, i, c));
    return vm.newNone();
  });
}

// ---- _multiprocessing.SemLock ----------------------------------------------------------------

/** What a process's SemLock object keeps of its own: SemLockObject's count and last_tid. */
interface SemLockOwnership {
  count: number;
  lastTid: number;
}

const ownerships = new WeakMap<VM, Map<number, SemLockOwnership>>();

function ownershipOf(vm: VM, handle: number): SemLockOwnership {
  let table = ownerships.get(vm);
  if (!table) ownerships.set(vm, (table = new Map()));
  let o = table.get(handle);
  if (!o) table.set(handle, (o = { count: 0, lastTid: 0 }));
  return o;
}

/** SemLock._after_fork for every SemLock of the process (multiprocessing's bootstrap runs util._run_after_forkers): the child owns none. */
export function semLocksAfterFork(vm: VM): void {
  for (const o of ownerships.get(vm)?.values() ?? []) o.count = 0;
}

export function installSemLockCalls(vm: VM, d: PyDict): void {
  const proc = (): SimProcess => processOf(vm);
  const tid = (): number => vm.scheduler.current.ident;
  const isMine = (o: SemLockOwnership): boolean => o.count > 0 && o.lastTid === tid();

  fn(vm, d, '_lens_semlock_new', (args) => {
    arity(vm, '_lens_semlock_new', args, 3);
    const [kind, value, maxvalue] = args.map((a) => intOf(vm, a));
    if (kind !== RECURSIVE_MUTEX && kind !== 1) throw vm.error('ValueError', 'unrecognized kind');
    const p = proc();
    return vm.newInt(p.journalValue('sem-new', () => p.machine.semaphores.create(kind, value, maxvalue)));
  });
  fn(vm, d, '_lens_semlock_acquire', function* (args): Native {
    arity(vm, '_lens_semlock_acquire', args, 3);
    const p = proc();
    const handle = intOf(vm, args[0]);
    const sem = p.machine.semaphores.get(handle);
    const own = ownershipOf(vm, handle);
    const blocking = args[1] === vm.true_;
    const timeout = secondsOrNone(vm, args[2]);
    if (sem.kind === RECURSIVE_MUTEX && isMine(own)) {
      own.count++;
      return vm.newBool(true);
    }
    const deadline = !blocking ? vm.clock.now : timeout === null ? null : vm.clock.now + Math.max(0, Math.round(timeout * 1e9));
    const got = yield* waitAcross(vm, p, 'sem-wait', {
      attempt: () => (sem.tryWait() ? true : undefined),
      subscribe: (notify) => {
        sem.waiters.add(notify);
        if (sem.value > 0) notify(vm.clock.now);
        return () => sem.waiters.delete(notify);
      },
      deadline,
      timeoutValue: false,
    });
    if (got !== true) return vm.newBool(false);
    own.count++;
    own.lastTid = tid();
    return vm.newBool(true);
  });
  fn(vm, d, '_lens_semlock_release', (args) => {
    arity(vm, '_lens_semlock_release', args, 1);
    const p = proc();
    const handle = intOf(vm, args[0]);
    const sem = p.machine.semaphores.get(handle);
    const own = ownershipOf(vm, handle);
    if (sem.kind === RECURSIVE_MUTEX) {
      if (!isMine(own)) throw vm.error('AssertionError', 'attempt to release recursive lock not owned by thread');
      if (own.count > 1) {
        own.count--;
        return vm.newNone();
      }
    } else {
      // Linux's sem_getvalue works: a release above maxvalue is refused (not an absolute guarantee, as the C comment says).
      const value = p.journalValue('sem-value', () => sem.value);
      if (value >= sem.maxvalue) throw vm.error('ValueError', 'semaphore or lock released too many times');
    }
    if (p.mode === 'live') sem.post(vm.clock.now);
    own.count--;
    return vm.newNone();
  });
  fn(vm, d, '_lens_semlock_count', (args) => {
    arity(vm, '_lens_semlock_count', args, 1);
    return vm.newInt(ownershipOf(vm, intOf(vm, args[0])).count);
  });
  fn(vm, d, '_lens_semlock_is_mine', (args) => {
    arity(vm, '_lens_semlock_is_mine', args, 1);
    return vm.newBool(isMine(ownershipOf(vm, intOf(vm, args[0]))));
  });
  fn(vm, d, '_lens_semlock_get_value', (args) => {
    arity(vm, '_lens_semlock_get_value', args, 1);
    const p = proc();
    const sem = p.machine.semaphores.get(intOf(vm, args[0]));
    return vm.newInt(p.journalValue('sem-value', () => sem.value));
  });
}
