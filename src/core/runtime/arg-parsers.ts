// The tuples of keyword names that some of CPython's argument parsers build on first use
// (Python/getargs.c's parser_init): a tracked tuple each, kept by the parser's static struct for the
// life of the process, so it shows in gc.get_count() and gc.get_objects(). Which parsers do, and
// when, is data (VersionModel.lazyKeywordTuples).

import type { PyObject } from '../objects/object';
import type { VM } from '../vm/vm';

/** The tuples built so far in each interpreter, by parser name (the parsers' references). */
const built = new WeakMap<VM, Map<string, PyObject>>();

/** Called by a builtin as its argument parser runs: builds the parser's keyword tuple if this call does. */
export function useArgumentParser(vm: VM, name: string, kwargs: Map<string, PyObject> | null): void {
  const spec = vm.options.version.lazyKeywordTuples[name];
  if (!spec) return;
  if (spec.builtBy === 'keyword-call' && !(kwargs && kwargs.size > 0)) return;
  let tuples = built.get(vm);
  if (!tuples) built.set(vm, (tuples = new Map()));
  if (tuples.has(name)) return;
  tuples.set(name, vm.newTuple(spec.keywords.map((k) => vm.newInternedStr(k))));
}
