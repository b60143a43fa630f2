// What compiling a program leaves behind that the free-threaded collector counts (3.13t). There,
// code objects are GC objects, and so are the tuples a code object keeps: co_consts, co_names,
// co_localsplusnames and the tuple or frozenset constants inside co_consts. The compiler passes each of
// these tuples through its constant cache (Python/compile.c _PyCompile_ConstCacheMergeOne), so equal
// ones are one object for the whole module; empty ones are the () singleton. Everything else the
// compiler allocates (symbol tables, its units' dicts and lists) is freed before the program runs, or
// waits on a free list. Measured on 3.13.5t for the 51 gc/ and weakref/ oracle programs (gdb at
// run_eval_code_obj: the thread's unflushed count minus its free lists' objects): always 269 plus this number.

import type { CodeUnit, ConstSpec } from '../compile/bytecode';
import { constKey } from '../compile/code-builder';

/** Comprehensions that 3.12+ runs inline (PEP 709): no code object of their own. */
const INLINED = new Set(['<listcomp>', '<setcomp>', '<dictcomp>']);

/**
 * The code objects of a module and the distinct non-empty tuples and frozensets they keep, as 3.13's
 * compiler makes them: an inlined comprehension's names, constants and variables (but its iterator
 * `.0`) belong to the code it sits in (a class body's __static_attributes__ tuple is one of its constants).
 */
export function compiledGcObjects(module: CodeUnit): number {
  const distinct = new Set<string>();
  let codeObjects = 0;
  const strs = (strings: Iterable<string>): ConstSpec[] => [...strings].map((value) => ({ type: 'str', value }));
  const keepConstant = (spec: ConstSpec): void => {
    if ((spec.type !== 'tuple' && spec.type !== 'frozenset') || spec.items.length === 0) return;
    distinct.add(constKey(spec));
    for (const item of spec.items) keepConstant(item);
  };
  const keepTuple = (items: ConstSpec[]): void => {
    if (items.length) distinct.add(constKey({ type: 'tuple', items }));
  };
  const visitCode = (unit: CodeUnit): void => {
    codeObjects++;
    const consts: ConstSpec[] = [];
    const names = new Set<string>();
    const locals = new Set<string>();
    const absorb = (u: CodeUnit, inlined: boolean): void => {
      for (const spec of u.consts) {
        if (spec.type === 'code' && INLINED.has(spec.unit.name)) {
          absorb(spec.unit, true);
          continue;
        }
        if (spec.type === 'code') visitCode(spec.unit);
        else keepConstant(spec);
        consts.push(spec);
      }
      for (const n of u.names) names.add(n);
      for (const n of [...u.varnames, ...u.cellvars, ...u.freevars]) if (!(inlined && n === '.0')) locals.add(n);
    };
    absorb(unit, false);
    keepTuple(consts);
    keepTuple(strs(names));
    keepTuple(strs(locals));
  };
  visitCode(module);
  return codeObjects + distinct.size;
}
