// Which special methods of a built-in type are slot wrappers (typeobject.c's slotdefs: add_operators
// puts a wrapper_descriptor for each slot the type fills), and the argument checks each wrapper
// function makes before it calls the slot (wrap_binaryfunc, wrap_ternaryfunc, wrap_objobjargproc, ...).

import type { PyObject } from '../objects/object';
import type { PyType } from '../objects/type';
import type { VM } from '../vm/vm';

/**
 * How a slot's wrapper takes its arguments: a fixed count (check_num_args), a range (PyArg_UnpackTuple
 * with an empty name), or whatever the slot itself parses, keywords included (wrap_init, wrap_call).
 */
type SlotArguments = number | readonly [number, number] | 'any';

const SLOT_ARGUMENTS = new Map<string, SlotArguments>();
const define = (names: string, args: SlotArguments) => {
  for (const name of names.split(' ')) SLOT_ARGUMENTS.set(`__${name}__`, args);
};
// wrap_unaryfunc, wrap_hashfunc, wrap_lenfunc, wrap_inquirypred, wrap_next, wrap_del
define('repr str hash iter next len bool neg pos abs invert int float index await aiter anext del', 0);
// wrap_binaryfunc(_l/_r), wrap_richcmpfunc, wrap_objobjproc, wrap_delitem, wrap_delattr, wrap_descr_delete,
// wrap_indexargfunc (sq_repeat)
const binary = 'add sub mul truediv floordiv mod divmod lshift rshift and or xor matmul';
define(`${binary} ${binary.replace(/(\w+)/g, 'r$1')} ${binary.replace(/(\w+)/g, 'i$1')}`, 1);
define('eq ne lt le gt ge getitem contains delitem getattribute delattr delete', 1);
// wrap_ternaryfunc(_r): `pow(a, b, mod)`; wrap_descr_get: `__get__(obj, type=None)`
define('pow rpow ipow get', [1, 2]);
// wrap_objobjargproc, wrap_setattr, wrap_descr_set
define('setitem setattr set', [2, 2]);
// wrap_init, wrap_call: PyWrapperFlag_KEYWORDS, the slot parses its own arguments
define('init call', 'any');

/**
 * The special methods a type defines in tp_methods with METH_COEXIST next to the slot (faster to call
 * as methods): method descriptors, `<method '__getitem__' of 'list' objects>`.
 */
const METHODS_BESIDE_SLOTS = new Set(['list.__getitem__', 'dict.__getitem__', 'dict.__contains__', 'set.__contains__', 'frozenset.__contains__']);

/** Whether CPython's `type.__dict__[name]` is a slot wrapper for this special method. */
export function isSlotWrapper(type: PyType, name: string): boolean {
  return SLOT_ARGUMENTS.has(name) && !METHODS_BESIDE_SLOTS.has(`${type.name}.${name}`);
}

/**
 * A slot wrapper's argument checks (descrobject.c wrapperdescr_raw_call, then the wrapper function):
 * keywords refused unless the slot takes them, then the count.
 */
export function checkSlotArguments(vm: VM, name: string, args: PyObject[], kwargs: Map<string, PyObject> | null): void {
  const expected = SLOT_ARGUMENTS.get(name) ?? 'any';
  if (expected === 'any') return;
  if (kwargs && kwargs.size) throw vm.error('TypeError', `wrapper ${name}() takes no keyword arguments`);
  const n = args.length;
  const plural = (k: number) => (k === 1 ? '' : 's');
  if (typeof expected === 'number') {
    if (n !== expected) throw vm.error('TypeError', `expected ${expected} argument${plural(expected)}, got ${n}`);
    return;
  }
  // PyArg_UnpackTuple(args, "", min, max): the empty name leaves a leading space.
  const [min, max] = expected;
  if (n < min) throw vm.error('TypeError', ` expected ${min === max ? '' : 'at least '}${min} argument${plural(min)}, got ${n}`);
  if (n > max) throw vm.error('TypeError', ` expected ${min === max ? '' : 'at most '}${max} argument${plural(max)}, got ${n}`);
}
