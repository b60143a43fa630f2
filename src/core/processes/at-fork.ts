// os.register_at_fork(before=, after_in_child=, after_in_parent=) (Modules/posixmodule.c): callables run
// around each os.fork() (PyOS_BeforeFork, PyOS_AfterFork_Parent, PyOS_AfterFork_Child) — the `before`
// ones last registered first, the others in registration order. The random module registers its
// generator's reseeding in the child this way. An exception in one is reported as unraisable, and the
// others still run. The registry holds a reference to each callable for the rest of the run.

import type { PyObject } from '../objects/object';
import type { VM } from '../vm/vm';
import type { Native } from '../vm/frame';
import { PyError } from '../vm/errors';
import { Cause } from '../trace/events';

export type AtForkWhen = 'before' | 'after_in_child' | 'after_in_parent';

const registries = new WeakMap<VM, Record<AtForkWhen, PyObject[]>>();

function registryOf(vm: VM): Record<AtForkWhen, PyObject[]> {
  let registry = registries.get(vm);
  if (!registry) {
    registry = { before: [], after_in_child: [], after_in_parent: [] };
    registries.set(vm, registry);
  }
  return registry;
}

export function registerAtFork(vm: VM, when: AtForkWhen, callable: PyObject): void {
  registryOf(vm)[when].push(vm.incref(callable, Cause.Internal, `os.register_at_fork ${when}`));
}

/** Calls the callables registered for `when` (run_at_forkers). */
export function* runAtFork(vm: VM, when: AtForkWhen): Native<null> {
  const callables = registries.get(vm)?.[when] ?? [];
  const order = when === 'before' ? [...callables].reverse() : [...callables];
  for (const callable of order) {
    try {
      vm.decref(yield { callable, args: [], kwargs: null }, Cause.Return);
    } catch (e) {
      if (!(e instanceof PyError)) throw e;
      vm.writeUnraisable(e, callable);
    }
  }
  return null;
}
