// How deep json's C code may nest before _Py_EnterRecursiveCall raises RecursionError ("maximum recursion
// depth exceeded while encoding a JSON object"), counted in objects and arrays from the scanner's or
// encoder's call. Measured on the real interpreters from a module's top level:
// - 3.11 counts Python frames and C recursion together against sys.getrecursionlimit(): the call of the
//   scanner or encoder takes one (_PyObject_MakeTpCall), each level one more. The simulated call runs in
//   a Python frame (the Scanner's or Encoder's __call__) that stands for that one.
// - 3.12 and 3.13 count C recursion alone (Py_C_RECURSION_LIMIT 1500 and 10000), less what the evaluation
//   loop and the call took: 1497 and 9998 levels, however deep the Python frames are.

import type { VM } from '../../vm/vm';

/** Deeper than this, the simulator stops with a "not modelled" diagnostic (its own stack is the limit). */
const SIMULATED_NESTING = 1000;

export function enterJsonNesting(vm: VM, level: number, while_: string): void {
  const minor = vm.options.version.versionInfo[1];
  const limit = minor === 11 ? vm.recursionLimit - vm.depth : minor === 12 ? 1497 : 9998;
  if (level > limit) throw vm.error('RecursionError', `maximum recursion depth exceeded${while_}`);
  if (level > SIMULATED_NESTING) throw vm.unsupported(`json: objects and arrays nested more than ${SIMULATED_NESTING} deep`);
}
