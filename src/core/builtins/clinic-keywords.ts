// Argument Clinic's parser for functions with keyword parameters (_PyArg_UnpackKeywords, Python/getargs.c,
// the same in 3.11 to 3.13 but for the unknown keyword's wording): the arguments in parameter order, and
// its TypeErrors in the order it checks them.

import type { PyObject } from '../objects/object';
import type { VM } from '../vm/vm';
import { unexpectedKeyword } from './keyword-arguments';

export interface ClinicSignature {
  /** The name its messages give (`bisect_right`). */
  name: string;
  /** Every parameter, positional ones first (`a, x, lo, hi, *, key` → five names). */
  parameters: readonly string[];
  /** How many of them are positional-only (before `/`). */
  positionalOnly: number;
  /** How many can be given by position (before `*`). */
  maxPositional: number;
  /** How many of the first ones are required. */
  minPositional: number;
}

/** The parameters' arguments (null: not given), or CPython's TypeError. */
export function unpackKeywords(vm: VM, sig: ClinicSignature, args: readonly PyObject[], kwargs: Map<string, PyObject> | null): (PyObject | null)[] {
  const { name, parameters, positionalOnly, maxPositional, minPositional } = sig;
  const nargs = args.length;
  let nkwargs = kwargs?.size ?? 0;
  const maxargs = parameters.length;
  const plural = (n: number) => (n === 1 ? '' : 's');
  if (nargs + nkwargs > maxargs) {
    // "keyword" when nothing came by position (bpo-31229).
    throw vm.error('TypeError', `${name}() takes at most ${maxargs} ${nargs === 0 ? 'keyword ' : ''}argument${plural(maxargs)} (${nargs + nkwargs} given)`);
  }
  if (nargs > maxPositional) {
    if (maxPositional === 0) throw vm.error('TypeError', `${name}() takes no positional arguments`);
    throw vm.error('TypeError', `${name}() takes ${minPositional < maxPositional ? 'at most' : 'exactly'} ${maxPositional} positional argument${plural(maxPositional)} (${nargs} given)`);
  }
  const minPositionalOnly = Math.min(positionalOnly, minPositional);
  if (nargs < minPositionalOnly) {
    throw vm.error('TypeError', `${name}() takes ${minPositionalOnly < maxPositional ? 'at least' : 'exactly'} ${minPositionalOnly} positional argument${plural(minPositionalOnly)} (${nargs} given)`);
  }
  const out: (PyObject | null)[] = parameters.map((_, i) => args[i] ?? null);
  for (let i = Math.max(nargs, positionalOnly); i < maxargs; i++) {
    if (!nkwargs && i >= minPositional) break;
    const given = nkwargs ? kwargs?.get(parameters[i]) ?? null : null;
    out[i] = given;
    if (given) nkwargs--;
    else if (i < minPositional) throw vm.error('TypeError', `${name}() missing required argument '${parameters[i]}' (pos ${i + 1})`);
  }
  if (nkwargs > 0) {
    for (let i = positionalOnly; i < nargs; i++) {
      if (kwargs?.has(parameters[i])) throw vm.error('TypeError', `argument for ${name}() given by name ('${parameters[i]}') and position (${i + 1})`);
    }
    const known = parameters.slice(positionalOnly);
    for (const key of kwargs?.keys() ?? []) if (!known.includes(key)) throw unexpectedKeyword(vm, name, key, known);
  }
  return out;
}
