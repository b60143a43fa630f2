// Argument checks shared by str's and bytes's methods: the arity messages of their parsers (which
// differ between PyArg_ParseTuple and Argument Clinic, and moved in 3.13), slice-style start/end
// arguments, and ADJUST_INDICES (Objects/stringlib/find.h).

import type { PyObject } from '../objects/object';
import { PyInt } from '../objects/atoms';
import type { VM } from '../vm/vm';
import { checkPositional } from './define';
import { checkKeywords } from './keyword-arguments';
import { truthy } from '../runtime/operators';
import type { Native } from '../vm/frame';

const SSIZE_MAX = 2n ** 63n - 1n;
/** The longest result the simulator builds; past it CPython would be out of memory too (MemoryError). */
export const MAX_RESULT_LENGTH = 1 << 28;

/** MemoryError for a result too long to build (a width of 10**12). */
export function checkResultLength(vm: VM, n: number): void {
  if (n > MAX_RESULT_LENGTH) throw vm.error('MemoryError');
}

/** PyArg_ParseTuple / vgetargskeywords: "find() takes at least 1 argument (0 given)". */
export function tupleArity(vm: VM, name: string, n: number, min: number, max: number): void {
  const plural = (k: number) => (k === 1 ? '' : 's');
  if (n < min) throw vm.error('TypeError', `${name}() takes ${min === max ? 'exactly' : 'at least'} ${min} argument${plural(min)} (${n} given)`);
  if (n > max) throw vm.error('TypeError', `${name}() takes ${min === max ? 'exactly' : 'at most'} ${max} argument${plural(max)} (${n} given)`);
}

/** A parameter given both ways: "argument for split() given by name ('sep') and position (1)". */
export function checkNotTwice(vm: VM, name: string, nargs: number, kwargs: Map<string, PyObject> | null, parameters: readonly string[]): void {
  if (!kwargs) return;
  for (let i = 0; i < Math.min(nargs, parameters.length); i++) {
    if (kwargs.has(parameters[i])) throw vm.error('TypeError', `argument for ${name}() given by name ('${parameters[i]}') and position (${i + 1})`);
  }
}

/** find/rfind/index/rindex/count/startswith/endswith (sub[, start[, end]]): parsed by hand ≤ 3.12, by Argument Clinic in 3.13. */
export function searchArity(vm: VM, name: string, n: number): void {
  if (vm.options.version.strMethodsClinic) checkPositional(vm, name, n, 1, 3);
  else tupleArity(vm, name, n, 1, 3);
}

/** _PyEval_SliceIndex: an int, or None for the default. */
export function sliceIndex(vm: VM, o: PyObject | undefined, dflt: number): number {
  if (o === undefined || o === vm.none) return dflt;
  if (o instanceof PyInt) return Number(o.value);
  throw vm.error('TypeError', 'slice indices must be integers or None or have an __index__ method');
}

/** ADJUST_INDICES: negative indices count from the end; end is clipped to the length, start is not. */
export function adjustIndices(start: number, end: number, len: number): [number, number] {
  if (end > len) end = len;
  else if (end < 0) end = Math.max(0, end + len);
  if (start < 0) start = Math.max(0, start + len);
  return [start, end];
}

/** The start/end arguments of a search method (args[1], args[2]) against a length. */
export function searchBounds(vm: VM, args: PyObject[], len: number): [number, number] {
  return adjustIndices(sliceIndex(vm, args[1], 0), sliceIndex(vm, args[2], len), len);
}

/** A C int argument (expandtabs' tabsize): "Python int too large to convert to C int" past 32 bits. */
export function intArg(vm: VM, o: PyObject): number {
  if (o instanceof PyInt && (o.value > 2147483647n || o.value < -2147483648n)) throw vm.error('OverflowError', 'Python int too large to convert to C int');
  return indexArg(vm, o);
}

/** An index argument (width, count, tabsize): an int (bools are ints), else "'float' object cannot be interpreted as an integer". */
export function indexArg(vm: VM, o: PyObject): number {
  if (o instanceof PyInt) {
    if (o.value > SSIZE_MAX || o.value < -SSIZE_MAX - 1n) throw vm.error('OverflowError', 'Python int too large to convert to C ssize_t');
    return Number(o.value);
  }
  throw vm.error('TypeError', `'${o.type.name}' object cannot be interpreted as an integer`);
}

/** The type an Argument Clinic converter names in its TypeError (_PyArg_BadArgument): None by name. */
export function clinicTypeName(vm: VM, o: PyObject): string {
  return o === vm.none ? 'None' : o.type.name;
}

/**
 * splitlines()'s one argument, `keepends`, positional or by name: any object's truth from 3.12 on, an int
 * before (Argument Clinic's `bool` converter, then `int`).
 */
export function* keependsArg(vm: VM, args: PyObject[], kwargs: Map<string, PyObject> | null): Native<boolean> {
  tupleArity(vm, 'splitlines', args.length + (kwargs?.size ?? 0), 0, 1);
  checkKeywords(vm, 'splitlines', kwargs, ['keepends']);
  checkNotTwice(vm, 'splitlines', args.length, kwargs, ['keepends']);
  const keepObj = args[0] ?? kwargs?.get('keepends');
  if (!keepObj) return false;
  return vm.options.version.splitlinesKeependsAnyObject ? yield* truthy(vm, keepObj) : intArg(vm, keepObj) !== 0;
}
