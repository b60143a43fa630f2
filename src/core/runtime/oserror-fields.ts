// OSError's fields (Objects/exceptions.c: PyOSErrorObject, oserror_parse_args, oserror_init,
// OSError_str, OSError_members): `OSError(errno, strerror[, filename[, winerror[, filename2]]])` keeps
// errno, strerror, filename and filename2 as references of their own; with a filename, args keeps only
// (errno, strerror). BlockingIOError's third argument, a number, is characters_written instead.

import type { PyObject } from '../objects/object';
import { PyInt, PyFloat, PyComplex, PyStr } from '../objects/atoms';
import type { PyExceptionObj } from '../objects/instances';
import type { PyType } from '../objects/type';
import type { VM } from '../vm/vm';
import type { Native } from '../vm/frame';
import { Cause } from '../trace/events';
import { builtinRepr, reprOf, strOf } from './repr';

/** The members of a PyOSErrorObject; null where CPython's is NULL (read back as None). */
export interface OsErrorFields {
  errno: PyObject | null;
  strerror: PyObject | null;
  filename: PyObject | null;
  filename2: PyObject | null;
  /** BlockingIOError's characters_written; -1 when not set. */
  written: number;
}

const MEMBERS = new Set(['errno', 'strerror', 'filename', 'filename2']);

export function isOsError(vm: VM, type: PyType): boolean {
  return type.isSubtypeOf(vm.exc.get('OSError') as PyType);
}

/**
 * oserror_use_init: a class whose __init__ is not OSError's (one written in Python) while its __new__ is
 * OSError's leaves the arguments to __init__: __new__ then makes an exception with empty args and fields.
 */
export function osErrorUsesInit(vm: VM, type: PyType): boolean {
  const os = vm.exc.get('OSError') as PyType;
  return type.lookup('__init__') !== os.dict.getStr('__init__') && type.lookup('__new__') === os.lookup('__new__');
}

/** The errno a call `OSError(*args)` maps to a subclass with: args[0] when there are 2 to 5 arguments. */
export function errnoArgument(args: PyObject[]): PyObject | null {
  return args.length >= 2 && args.length <= 5 ? args[0] : null;
}

/**
 * oserror_parse_args + oserror_init on a new exception's args: sets the fields (counted references) and,
 * with a filename, replaces args by its first two items.
 */
export function initOsErrorFields(vm: VM, exc: PyExceptionObj): void {
  const fields: OsErrorFields = { errno: null, strerror: null, filename: null, filename2: null, written: -1 };
  exc.osFields = fields;
  const items = exc.args.items;
  if (items.length < 2 || items.length > 5) return;
  const [errno, strerror, filename, , filename2] = items;
  if (filename && filename !== vm.none) {
    if (exc.type === vm.exc.get('BlockingIOError') && isNumber(filename)) {
      fields.written = asSsize(vm, filename);
    } else {
      fields.filename = vm.incref(filename, Cause.Exception, 'filename');
      if (filename2 && filename2 !== vm.none) fields.filename2 = vm.incref(filename2, Cause.Exception, 'filename2');
      // filename, winerror and filename2 leave the args tuple (PyTuple_GetSlice(args, 0, 2)).
      const old = exc.args;
      exc.args = vm.newTuple([vm.incref(errno, Cause.Exception, 'args'), vm.incref(strerror, Cause.Exception, 'args')]);
      vm.decref(old, Cause.Exception, 'args');
    }
  }
  fields.errno = vm.incref(errno, Cause.Exception, 'errno');
  fields.strerror = vm.incref(strerror, Cause.Exception, 'strerror');
}

/** OSError_init for a class that uses it: the arguments are parsed again, into empty fields, with new args. */
export function reinitOsErrorFields(vm: VM, exc: PyExceptionObj, args: PyObject[]): void {
  for (const o of clearOsErrorFields(exc)) vm.decref(o, Cause.Exception, 'OSError field');
  const old = exc.args;
  exc.args = vm.newTuple(args.map((a) => vm.incref(a, Cause.Exception, 'args')));
  vm.decref(old, Cause.Exception, 'args');
  initOsErrorFields(vm, exc);
}

/** What the fields hold, emptied (OSError_clear). */
export function clearOsErrorFields(exc: PyExceptionObj): PyObject[] {
  const f = exc.osFields;
  if (!f) return [];
  const out = [f.errno, f.strerror, f.filename, f.filename2].filter((o): o is PyObject => o !== null);
  f.errno = f.strerror = f.filename = f.filename2 = null;
  return out;
}

/** e.errno, e.strerror, e.filename, e.filename2, e.characters_written (a new reference), or null for other names. */
export function osErrorAttribute(vm: VM, exc: PyExceptionObj, name: string): PyObject | null {
  const f = exc.osFields;
  if (!f) return null;
  if (MEMBERS.has(name)) return vm.incref(f[name as 'errno'] ?? vm.none, Cause.Stack);
  if (name === 'characters_written') {
    if (f.written === -1) throw vm.error('AttributeError', 'characters_written');
    return vm.newInt(f.written);
  }
  return null;
}

/** `e.errno = v` / `del e.errno` (value null): T_OBJECT members take anything; false for other names. */
export function setOsErrorAttribute(vm: VM, exc: PyExceptionObj, name: string, value: PyObject | null): boolean {
  const f = exc.osFields;
  if (!f) return false;
  if (MEMBERS.has(name)) {
    const key = name as 'errno';
    const old = f[key];
    f[key] = value ? vm.incref(value, Cause.Exception, name) : null;
    if (old) vm.decref(old, Cause.Exception, name);
    return true;
  }
  if (name !== 'characters_written') return false;
  // OSError_written_set: deleting an unset value is an AttributeError.
  if (value === null) {
    if (f.written === -1) throw vm.error('AttributeError', 'characters_written');
    f.written = -1;
    return true;
  }
  f.written = asSsize(vm, value);
  return true;
}

/** OSError_str, or null for an exception without OSError's fields (BaseException_str then). */
export function* osErrorStr(vm: VM, exc: PyExceptionObj): Native<string | null> {
  const f = exc.osFields;
  if (!f || !(f.filename || (f.errno && f.strerror))) return null;
  const errno = yield* strOf(vm, f.errno ?? vm.none);
  const strerror = yield* strOf(vm, f.strerror ?? vm.none);
  const name = f.filename ? yield* reprOf(vm, f.filename) : null;
  const name2 = f.filename && f.filename2 ? yield* reprOf(vm, f.filename2) : null;
  return formatOsError(errno, strerror, name, name2);
}

/** The same text for the traceback printer, from the built-in str()/repr() of the fields. */
export function osErrorText(vm: VM, exc: PyExceptionObj): string | null {
  const f = exc.osFields;
  if (!f || !(f.filename || (f.errno && f.strerror))) return null;
  const str = (o: PyObject | null) => (o instanceof PyStr ? o.value : builtinRepr(vm, o ?? vm.none) ?? '');
  const repr = (o: PyObject | null) => (o ? builtinRepr(vm, o) ?? '' : null);
  return formatOsError(str(f.errno), str(f.strerror), repr(f.filename), f.filename ? repr(f.filename2) : null);
}

function formatOsError(errno: string, strerror: string, filename: string | null, filename2: string | null): string {
  if (filename === null) return `[Errno ${errno}] ${strerror}`;
  return filename2 === null ? `[Errno ${errno}] ${strerror}: ${filename}` : `[Errno ${errno}] ${strerror}: ${filename} -> ${filename2}`;
}

/** PyNumber_Check. */
function isNumber(o: PyObject): boolean {
  return o instanceof PyInt || o instanceof PyFloat || o instanceof PyComplex || !!o.type.lookup('__index__');
}

/** PyNumber_AsSsize_t(o, PyExc_ValueError) for an int; other numbers are not modelled. */
function asSsize(vm: VM, o: PyObject): number {
  if (o instanceof PyInt) return Number(o.value);
  throw vm.error('TypeError', `'${o.type.name}' object cannot be interpreted as an integer`);
}
