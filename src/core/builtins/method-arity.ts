// How many positional arguments the built-in containers' and numbers' methods take, and CPython's
// TypeError when a call gives another number, checked before the method runs (as the METH_ flags
// and Argument Clinic's parsers do). METH_NOARGS: "list.clear() takes no arguments (1 given)";
// METH_O: "set.add() takes exactly one argument (0 given)"; Clinic's positional-only parameters
// (_PyArg_CheckPositional): "get expected at least 1 argument, got 0", "insert expected 2 arguments, got 3".
// Read off 3.11.7, 3.12.1 and 3.13.0, which agree on these. (str's and bytes' methods, whose
// parsers changed in 3.13, check their arguments themselves: text-arguments.ts.)

import type { VM } from '../vm/vm';
import type { PyError } from '../vm/errors';

type Arity = 'noargs' | 'o' | readonly [min: number, max: number];

const NOARGS: Arity = 'noargs';
const O: Arity = 'o';

const ARITIES = new Map<string, Arity>([
  ...(['clear', 'copy', 'reverse', '__sizeof__'] as const).map((m) => [`list.${m}`, NOARGS] as const),
  ...(['append', 'count', 'extend', 'remove'] as const).map((m) => [`list.${m}`, O] as const),
  ['list.index', [1, 3]], ['list.insert', [2, 2]], ['list.pop', [0, 1]],
  ...(['clear', 'copy', 'items', 'keys', 'values', 'popitem', '__sizeof__'] as const).map((m) => [`dict.${m}`, NOARGS] as const),
  ['dict.get', [1, 2]], ['dict.pop', [1, 2]], ['dict.setdefault', [1, 2]], ['dict.update', [0, 1]],
  ...(['clear', 'copy', 'pop', '__sizeof__'] as const).map((m) => [`set.${m}`, NOARGS] as const),
  ...(['add', 'discard', 'remove', 'isdisjoint', 'issubset', 'issuperset', 'symmetric_difference', 'symmetric_difference_update'] as const)
    .map((m) => [`set.${m}`, O] as const),
  ...(['copy', '__sizeof__'] as const).map((m) => [`frozenset.${m}`, NOARGS] as const),
  ...(['isdisjoint', 'issubset', 'issuperset', 'symmetric_difference'] as const).map((m) => [`frozenset.${m}`, O] as const),
  ['tuple.count', O], ['tuple.index', [1, 3]],
  ['range.count', O], ['range.index', O],
  ...(['as_integer_ratio', 'bit_count', 'bit_length', 'conjugate', 'is_integer', '__sizeof__'] as const).map((m) => [`int.${m}`, NOARGS] as const),
  ...(['as_integer_ratio', 'conjugate', 'hex', 'is_integer'] as const).map((m) => [`float.${m}`, NOARGS] as const),
  ['float.fromhex', O],
  ...(['__floor__', '__ceil__', '__trunc__'] as const).flatMap((m) => [[`int.${m}`, NOARGS], [`float.${m}`, NOARGS]] as const),
  ['int.__round__', [0, 1]], ['float.__round__', [0, 1]],
  ['complex.conjugate', NOARGS],
  ...(['clear', 'copy', 'reverse', '__sizeof__'] as const).map((m) => [`bytearray.${m}`, NOARGS] as const),
  ...(['append', 'extend', 'remove'] as const).map((m) => [`bytearray.${m}`, O] as const),
  ['bytearray.insert', [2, 2]], ['bytearray.pop', [0, 1]],
]);

/** The same table by owner, then method name: every call of a built-in method asks it, so no key is built per call. */
const ARITIES_BY_OWNER = new Map<string, Map<string, Arity>>();
for (const [key, arity] of ARITIES) {
  const dot = key.indexOf('.');
  const owner = key.slice(0, dot);
  let methods = ARITIES_BY_OWNER.get(owner);
  if (!methods) ARITIES_BY_OWNER.set(owner, (methods = new Map()));
  methods.set(key.slice(dot + 1), arity);
}

/** `owner.name` (the type defining the method) called with `n` positional arguments: the TypeError when it takes another number, or null. */
export function builtinMethodArityError(vm: VM, owner: string, name: string, n: number): PyError | null {
  const arity = ARITIES_BY_OWNER.get(owner)?.get(name);
  if (arity === undefined) return null;
  if (arity === 'noargs') return n === 0 ? null : vm.error('TypeError', `${owner}.${name}() takes no arguments (${n} given)`);
  if (arity === 'o') return n === 1 ? null : vm.error('TypeError', `${owner}.${name}() takes exactly one argument (${n} given)`);
  const [min, max] = arity;
  if (n >= min && n <= max) return null;
  const plural = (k: number) => (k === 1 ? '' : 's');
  const bound = n < min ? min : max;
  const qualifier = min === max ? '' : n < min ? 'at least ' : 'at most ';
  return vm.error('TypeError', `${name} expected ${qualifier}${bound} argument${plural(bound)}, got ${n}`);
}
