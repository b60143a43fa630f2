// What a program's first import leaves for the collector where the simulator models it: the class _C that
// types.py makes and deletes (versions.ts typesImportGarbage). The simulator runs its library modules as the
// interpreter's own objects, outside the generations (runtime/gc-state.ts `quietly`); this puts types.py's
// leftover class where CPython leaves it, in generation 0, as cyclic garbage the next collection finds.

import type { PyModule } from '../objects/instances';
import type { VM } from '../vm/vm';

const typesSettled = new WeakSet<VM>();

/** The source types.py runs for _C (the rest of types.py is the simulator's own, run quietly). */
export const TYPES_LEFTOVER_SOURCE = `
class _C:
    def _m(self): pass

del _C
`;

/**
 * After the program's `import name` (first or not): the first import CPython would have brought `types` in
 * with decides, once, whether its garbage is left.
 */
export function afterProgramImport(vm: VM, name: string, importTypes: () => PyModule, runLeftover: (types: PyModule) => void): void {
  const model = vm.options.version.typesImportGarbage;
  if (!model || typesSettled.has(vm) || !model.importers.includes(name)) return;
  typesSettled.add(vm);
  if (!model.garbageSurvives.includes(name)) return;
  runLeftover(importTypes());
}
