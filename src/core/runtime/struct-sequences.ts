// Struct sequences (Objects/structseq.c): tuples of a named C type whose items are also attributes and
// whose repr names them, like sys.version_info(major=3, minor=11, micro=7, releaselevel='final', serial=0).

import type { PyObject } from '../objects/object';
import { PyType } from '../objects/type';
import { PyDict } from '../objects/dict';
import { PyTuple } from '../objects/containers';
import type { VM } from '../vm/vm';
import { Cause } from '../trace/events';

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
  return t;
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
