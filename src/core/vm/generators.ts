// Resuming generator frames. A generator's frame is pushed on the frame stack by its
// consumer (next(), a for loop, list()...) and pops itself at each `yield`.

import type { PyObject } from '../objects/object';
import type { PyGenerator } from '../objects/iterators';
import type { VM } from './vm';
import type { CallRequest } from './frame';

/** Runs the generator to its next yield: a new reference, or null when it finished. */
export function* resumeGenerator(vm: VM, gen: PyGenerator, send: PyObject | null): Generator<CallRequest, PyObject | null, PyObject> {
  const frame = gen.frame;
  if (!frame) return null;
  if (gen.running) throw vm.error('ValueError', 'generator already executing');
  const started = frame.pc > 0;
  if (!started && send && send !== vm.none) throw vm.error('TypeError', "can't send non-None value to a just-started generator");
  if (started) frame.stack.push(send ? vm.incref(send, 'stack') : vm.newNone());
  gen.running = true;
  let value: PyObject;
  try {
    value = yield { callable: gen, args: [], kwargs: null, resume: frame };
  } finally {
    gen.running = false;
  }
  if (gen.frame === null) {
    // It returned: the value would be StopIteration.value; a for loop drops it.
    vm.decref(value, 'return');
    return null;
  }
  return value;
}
