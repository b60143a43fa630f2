// Which built-in callables take keyword arguments, and CPython's TypeErrors when they are given ones
// they do not take. A function or method without keyword parameters (METH_O, METH_NOARGS, METH_FASTCALL)
// refuses any: "len() takes no keyword arguments". One with some (Argument Clinic, vgetargskeywords)
// names the one it does not know: "'x' is an invalid keyword argument for min()" up to 3.12,
// "min() got an unexpected keyword argument 'x'" in 3.13 (VersionModel.clinicUnexpectedKeywordMessage).
// The lists were read off the real interpreters (every built-in function, type and method called
// with an unknown keyword: 3.11.7, 3.12.1, 3.13.0).

import type { PyObject } from '../objects/object';
import type { VM } from '../vm/vm';
import type { PyError } from '../vm/errors';
import { bestMatch } from '../runtime/suggestions';

/** Built-in functions that take no keyword arguments (eval takes `globals` and `locals` by keyword from 3.13 on). */
const NO_KEYWORD_FUNCTIONS = new Set([
  'abs', 'aiter', 'all', 'anext', 'any', 'ascii', 'bin', 'callable', 'chr', 'delattr', 'dir', 'divmod', 'format',
  'getattr', 'globals', 'hasattr', 'hash', 'hex', 'id', 'isinstance', 'issubclass', 'iter', 'len', 'locals', 'next',
  'oct', 'ord', 'repr', 'setattr', 'vars',
]);

/** Built-in types whose call takes no keyword arguments (exact types: a subclass may have an __init__ that does). */
const NO_KEYWORD_TYPES = new Set([
  'bool', 'classmethod', 'filter', 'float', 'frozenset', 'list', 'map', 'range', 'reversed', 'set', 'slice', 'staticmethod', 'super', 'tuple',
]);

const BYTES_METHODS = [
  'capitalize', 'center', 'count', 'endswith', 'find', 'fromhex', 'index', 'isalnum', 'isalpha', 'isascii', 'isdigit', 'islower',
  'isspace', 'istitle', 'isupper', 'join', 'ljust', 'lower', 'lstrip', 'maketrans', 'partition', 'removeprefix', 'removesuffix',
  'replace', 'rfind', 'rindex', 'rjust', 'rpartition', 'rstrip', 'startswith', 'strip', 'swapcase', 'title', 'upper', 'zfill',
];

/** Methods of built-in types that take no keyword arguments, by the type that defines them. */
const NO_KEYWORD_METHODS = new Set([
  ...['append', 'clear', 'copy', 'count', 'extend', 'index', 'insert', 'pop', 'remove', 'reverse'].map((m) => `list.${m}`),
  ...['clear', 'copy', 'fromkeys', 'get', 'items', 'keys', 'pop', 'popitem', 'setdefault', 'values'].map((m) => `dict.${m}`),
  ...['count', 'index'].map((m) => `tuple.${m}`),
  ...['count', 'index'].map((m) => `range.${m}`),
  ...['add', 'clear', 'copy', 'difference', 'difference_update', 'discard', 'intersection', 'intersection_update', 'isdisjoint',
    'issubset', 'issuperset', 'pop', 'remove', 'symmetric_difference', 'symmetric_difference_update', 'union', 'update'].map((m) => `set.${m}`),
  ...['copy', 'difference', 'intersection', 'isdisjoint', 'issubset', 'issuperset', 'symmetric_difference', 'union'].map((m) => `frozenset.${m}`),
  ...['as_integer_ratio', 'bit_count', 'bit_length', 'conjugate', 'is_integer'].map((m) => `int.${m}`),
  ...['as_integer_ratio', 'conjugate', 'fromhex', 'hex', 'is_integer'].map((m) => `float.${m}`),
  'complex.conjugate',
  ...['capitalize', 'casefold', 'center', 'count', 'endswith', 'find', 'format_map', 'index', 'isalnum', 'isalpha', 'isascii',
    'isdecimal', 'isdigit', 'isidentifier', 'islower', 'isnumeric', 'isprintable', 'isspace', 'istitle', 'isupper', 'join',
    'ljust', 'lower', 'lstrip', 'maketrans', 'partition', 'removeprefix', 'removesuffix', 'replace', 'rfind', 'rindex', 'rjust',
    'rpartition', 'rstrip', 'startswith', 'strip', 'swapcase', 'title', 'translate', 'upper', 'zfill'].map((m) => `str.${m}`),
  ...BYTES_METHODS.map((m) => `bytes.${m}`),
  ...[...BYTES_METHODS, 'append', 'clear', 'copy', 'extend', 'insert', 'pop', 'remove', 'reverse'].map((m) => `bytearray.${m}`),
]);

/** Refuses keyword arguments where CPython's callable takes none. */
function noKeywords(vm: VM, shownName: string): PyError {
  return vm.error('TypeError', `${shownName}() takes no keyword arguments`);
}

/** A built-in function (`len`) called with keywords it takes none of: the error, or null. */
export function builtinFunctionKeywordError(vm: VM, name: string): PyError | null {
  if (NO_KEYWORD_FUNCTIONS.has(name) || (name === 'eval' && !vm.options.version.clinicUnexpectedKeywordMessage)) return noKeywords(vm, name);
  return null;
}

/** An exact built-in type (`list`) called with keywords it takes none of: the error, or null. */
export function builtinTypeKeywordError(vm: VM, typeName: string): PyError | null {
  return NO_KEYWORD_TYPES.has(typeName) ? noKeywords(vm, typeName) : null;
}

/** A method `owner.name` (the type defining it) called with keywords: the error when it takes none (3.13's str.replace takes `count`), or null. */
export function builtinMethodKeywordError(vm: VM, owner: string, name: string): PyError | null {
  const key = `${owner}.${name}`;
  if (!NO_KEYWORD_METHODS.has(key)) return null;
  if (key === 'str.replace' && vm.options.version.clinicUnexpectedKeywordMessage) return null;
  // Named by the type that defines it (a stored bound method of some METH_VARARGS ones, up to 3.12,
  // gives its bare name: not modelled).
  return noKeywords(vm, key);
}

/**
 * The TypeError of a keyword a callable with keyword parameters does not know; 3.13's names the closest
 * of its keywords (`allowed`) when one is near enough (error_unexpected_keyword_arg, Python/getargs.c).
 * `legacy`: the message ≤ 3.12 gave, in every version (enumerate).
 */
export function unexpectedKeyword(vm: VM, fname: string, key: string, allowed: readonly string[] = [], legacy = false): PyError {
  if (vm.options.version.clinicUnexpectedKeywordMessage && !legacy) {
    const suggestion = bestMatch(key, [...allowed]);
    return vm.error('TypeError', `${fname}() got an unexpected keyword argument '${key}'${suggestion ? `. Did you mean '${suggestion}'?` : ''}`);
  }
  return vm.error('TypeError', `'${key}' is an invalid keyword argument for ${fname}()`);
}

/** Throws for the first keyword not in `allowed` (the callable's keyword parameters). */
export function checkKeywords(vm: VM, fname: string, kwargs: Map<string, PyObject> | null, allowed: readonly string[], legacy = false): void {
  if (!kwargs) return;
  for (const key of kwargs.keys()) if (!allowed.includes(key)) throw unexpectedKeyword(vm, fname, key, allowed, legacy);
}
