// Struct sequences (Objects/structseq.c): tuples of a named C type whose items are also attributes and
// whose repr names them, like sys.version_info(major=3, minor=11, micro=7, releaselevel='final', serial=0).

import type { PyObject } from '../objects/object';
import { PyType } from '../objects/type';
import { PyDict } from '../objects/dict';
import { PyTuple } from '../objects/containers';
import type { VM } from '../vm/vm';
import type { CallRequest } from '../vm/frame';
import { Cause } from '../trace/events';
import { iterateToArray } from './iteration';

/** The field names of each struct sequence type the simulator makes, by its tp_name. */
const FIELDS: Record<string, readonly string[]> = {
  'sys.version_info': ['major', 'minor', 'micro', 'releaselevel', 'serial'],
  asyncgen_hooks: ['firstiter', 'finalizer'],
  'sys.int_info': ['bits_per_digit', 'sizeof_digit', 'default_max_str_digits', 'str_digits_check_threshold'],
  'sys.float_info': ['max', 'max_exp', 'max_10_exp', 'min', 'min_exp', 'min_10_exp', 'dig', 'mant_dig', 'epsilon', 'radix', 'rounds'],
  'sys.hash_info': ['width', 'modulus', 'inf', 'nan', 'imag', 'algorithm', 'hash_bits', 'seed_bits', 'cutoff'],
  'sys.thread_info': ['name', 'lock', 'version'],
  'sys.flags': [
    'debug', 'inspect', 'interactive', 'optimize', 'dont_write_bytecode', 'no_user_site', 'no_site', 'ignore_environment', 'verbose',
    'bytes_warning', 'quiet', 'hash_randomization', 'isolated', 'dev_mode', 'utf8_mode', 'warn_default_encoding', 'safe_path', 'int_max_str_digits',
  ],
  '_thread._ExceptHookArgs': ['exc_type', 'exc_value', 'exc_traceback', 'thread'],
  // Its tm_zone and tm_gmtoff, attributes but not items, are left out (modules/time-struct.ts).
  'time.struct_time': ['tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday', 'tm_yday', 'tm_isdst'],
};

function fieldsOf(type: PyType): readonly string[] | null {
  return FIELDS[type.name] ?? null;
}

/** A struct sequence type (a static C type deriving from tuple) named as CPython names it. */
export function makeStructSequenceType(vm: VM, name: string): PyType {
  const t = new PyType(vm.t.type, name, 'tuple');
  t.bases = [vm.t.tuple];
  t.mro = [t, ...vm.t.tuple.mro];
  t.dict = new PyDict(vm.t.dict);
  t.immortal = true;
  // A static type's __module__ and __qualname__ come from its dotted tp_name.
  const dot = name.lastIndexOf('.');
  if (dot >= 0) {
    t.module = name.slice(0, dot);
    t.qualname = name.slice(dot + 1);
  }
  return t;
}

/**
 * structseq_new for a type whose fields are all visible: `T(sequence)` takes a sequence of exactly as many
 * items as fields (PySequence_Fast: any iterable).
 */
export function* structSequenceNew(vm: VM, type: PyType, args: PyObject[], kwargs: Map<string, PyObject> | null): Generator<CallRequest, PyObject, PyObject> {
  const fields = fieldsOf(type) ?? [];
  // Argument Clinic's structseq(sequence, dict=None).
  for (const key of kwargs?.keys() ?? []) {
    if (key !== 'sequence' && key !== 'dict') throw vm.error('TypeError', `'${key}' is an invalid keyword argument for structseq()`);
  }
  const sequence = args[0] ?? kwargs?.get('sequence');
  if (!sequence) throw vm.error('TypeError', "structseq() missing required argument 'sequence' (pos 1)");
  if (args.length > 2) throw vm.error('TypeError', `structseq() takes at most 2 arguments (${args.length} given)`);
  const items = yield* iterateToArray(vm, sequence, { when: 'any-type-error', message: function* () { return 'constructor requires a sequence'; } });
  if (items.length !== fields.length) {
    for (const o of items) vm.decref(o, Cause.Slot);
    throw vm.error('TypeError', `${type.name}() takes a ${fields.length}-sequence (${items.length}-sequence given)`);
  }
  return newStructSequence(vm, type, items);
}

/** A new struct sequence of `type` holding `items` (owned). */
export function newStructSequence(vm: VM, type: PyType, items: PyObject[]): PyTuple {
  return vm.track(new PyTuple(type, items));
}

/** seq.field (a new reference), or null when o is no struct sequence or has no such field. */
export function structSequenceAttribute(vm: VM, o: PyObject, name: string): PyObject | null {
  if (!(o instanceof PyTuple)) return null;
  const fields = fieldsOf(o.type);
  const i = fields ? fields.indexOf(name) : -1;
  return i >= 0 ? vm.incref(o.items[i], Cause.Stack) : null;
}

/** structseq_repr's pieces: the type's name and the field names, or null for any other tuple. */
export function structSequenceFields(o: PyObject): { name: string; fields: readonly string[] } | null {
  if (!(o instanceof PyTuple)) return null;
  const fields = fieldsOf(o.type);
  return fields ? { name: o.type.name, fields } : null;
}
