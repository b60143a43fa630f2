// What gc.set_debug() makes a collection print (gc_collect_main in Modules/gcmodule.c, Python/gc.c in
// 3.13): DEBUG_STATS a line as it starts with the size of each generation and a line when it is done,
// DEBUG_COLLECTABLE a line per unreachable object before weak references and finalizers are handled.
// The lines go through PySys_WriteStderr: to sys.stderr's write(), whatever the program put there
// (nowhere when it is None; on failure to the process's stderr).

import type { PyObject } from '../objects/object';
import type { VM } from '../vm/vm';
import type { Native } from '../vm/frame';
import { PyError } from '../vm/errors';
import { GcList, NUM_GENERATIONS } from './gc-state';
import { address } from './repr';
import { writeToFile } from '../builtins/file-write';
import { nativeStream } from '../modules/sys';
import { Cause } from '../trace/events';

export const DEBUG_STATS = 1;
export const DEBUG_COLLECTABLE = 2;

/** PySys_WriteStderr: sys.stderr.write(text), errors swallowed (the text then goes to the process's stderr). */
function* writeSysStderr(vm: VM, text: string): Native<void> {
  const file = vm.modules.interpreter('sys')?.dict.getStr('stderr');
  if (file === vm.none) return;
  if (!file) {
    vm.writeStderr(text);
    return;
  }
  try {
    yield* writeToFile(vm, nativeStream(file), file, text, null);
  } catch (e) {
    if (!(e instanceof PyError)) throw e;
    vm.decref(e.exc, Cause.Exception);
    vm.writeStderr(text);
  }
}

/** DEBUG_STATS as a collection of `generation` starts (show_stats_each_generations); returns its start time. */
export function* debugCollectionStart(vm: VM, generation: number): Native<number> {
  const gc = vm.gc;
  if (!(gc.debug & DEBUG_STATS)) return 0;
  const sizes = Array.from({ length: NUM_GENERATIONS }, (_, g) => ` ${gc.size(g)}`).join('');
  yield* writeSysStderr(vm, `gc: collecting generation ${generation}...\n`);
  yield* writeSysStderr(vm, `gc: objects in each generation:${sizes}\ngc: objects in permanent generation: ${gc.size(GcList.Permanent)}\n`);
  return vm.options.now();
}

/** DEBUG_COLLECTABLE: debug_cycle("collectable", op) for each unreachable object. */
export function* debugCollectable(vm: VM, unreachable: readonly PyObject[]): Native<void> {
  if (!(vm.gc.debug & DEBUG_COLLECTABLE)) return;
  for (const o of unreachable) yield* writeSysStderr(vm, `gc: collectable <${o.type.name} ${address(o)}>\n`);
}

/** DEBUG_STATS as the collection ends: how many objects were unreachable, how many of them uncollectable. */
export function* debugCollectionDone(vm: VM, started: number, collected: number, uncollectable: number): Native<void> {
  if (!(vm.gc.debug & DEBUG_STATS)) return;
  const seconds = Math.max(0, vm.options.now() - started) / 1000;
  yield* writeSysStderr(vm, `gc: done, ${collected + uncollectable} unreachable, ${uncollectable} uncollectable, ${seconds.toFixed(4)}s elapsed\n`);
}
