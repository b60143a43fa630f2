// sys.modules as a program first sees it: the modules CPython loaded before the program's first line
// (startup-modules-data.ts, measured) come first, in their order, then those loaded since. The simulator
// makes a module only when something imports it; the startup modules that nothing imported yet are made
// when the program first reads sys.modules (they exist in CPython from the start, so nothing the program
// could have seen differs), as the interpreter's objects, not the program's allocations. Those it does not
// model (codecs, site...) are placeholders there (registry.ts): their names and reprs, no contents.

import type { VM } from '../vm/vm';
import { NO_POSITION } from '../compile/bytecode';
import { importModule, isSimulatedModule } from './registry';
import { STARTUP_MODULES } from './startup-modules-data';
import { measuredMinor } from './local-modules';


/** The measured startup modules of the version's interpreter (3.13t: the 3.13 build's). */
function startupModules(vm: VM): readonly string[] {
  return STARTUP_MODULES[measuredMinor(vm)];
}

/** Loads the startup modules not loaded yet (never one the program removed), then orders sys.modules. */
export function completeStartupModules(vm: VM): void {
  const table = vm.modules;
  const startup = startupModules(vm);
  vm.gc.quietly(() => {
    for (const name of startup) {
      if (!table.has(name) && !table.loadedBefore(name) && isSimulatedModule(name)) importModule(vm, name, NO_POSITION);
    }
  });
  table.reorder(startup);
}
