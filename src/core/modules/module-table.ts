// The interpreter's table of loaded modules: sys.modules, a real dict the program can read and change
// (interp->modules in Include/internal/pycore_interp.h, interp->imports.modules from 3.12). An import
// looks there first (importlib's _find_and_load: `sys.modules[name]`, a None entry halts it), so a
// program may delete a module to have it loaded again, or put its own object under a name to import.
//
// References: the dict holds one to each module (the creator's reference, handed over); the interpreter
// holds the dict (interp->modules) and sys.__dict__ a second (sys.ts). The interpreter's own modules
// (sys, builtins, __main__) are also kept here apart from the dict, as CPython keeps interp->sysdict,
// interp->builtins and the running script's __main__: the interpreter still finds them after a program
// removed them from sys.modules.

import type { PyObject } from '../objects/object';
import type { PyDict } from '../objects/dict';
import { PyModule } from '../objects/instances';
import { PyStr } from '../objects/atoms';
import type { VM } from '../vm/vm';
import { Cause } from '../trace/events';
import { GcList } from '../runtime/gc-state';

/** The modules only the simulator has (its helpers behind library code): never in sys.modules. */
export function isSimulatorHelper(name: string): boolean {
  return name.startsWith('_lens_') || name === '_numpy_kernels';
}

type InterpreterModule = 'sys' | 'builtins' | '__main__';

export class ModuleTable {
  private table: PyDict | null = null;
  private readonly helpers = new Map<string, PyModule>();
  private readonly interpreterModules = new Map<InterpreterModule, PyModule>();
  /** Every name a module was made for, even if the program removed it since. */
  private readonly made = new Set<string>();

  constructor(private readonly vm: VM) {}

  /**
   * sys.modules: made with the first module (the builtins, before the program's first line), an object of the
   * interpreter's (not a program allocation; tracked with the startup's objects, in the oldest generation).
   */
  get dict(): PyDict {
    if (this.table) return this.table;
    const d = (this.table = this.vm.gc.quietly(() => this.vm.newDict()));
    this.vm.gc.moveTo(d, GcList.Interpreter);
    return d;
  }

  /** What sys.modules holds under `name`: a module, or whatever the program put there. */
  entry(name: string): PyObject | undefined {
    return this.helpers.get(name) ?? this.table?.getStr(name) ?? undefined;
  }

  /** The module loaded under `name`, if sys.modules (or the simulator's helpers) has one. */
  get(name: string): PyModule | undefined {
    const found = this.entry(name);
    return found instanceof PyModule ? found : undefined;
  }

  has(name: string): boolean {
    return this.entry(name) !== undefined;
  }

  /**
   * A module just made, entered under its name: sys.modules takes the creator's reference. sys, builtins
   * and __main__ are also the interpreter's own for the rest of the run.
   */
  set(name: string, module: PyModule): void {
    this.made.add(name);
    if (name === 'sys' || name === 'builtins' || name === '__main__') this.interpreterModules.set(name, module);
    if (isSimulatorHelper(name)) {
      this.helpers.set(name, module);
      return;
    }
    this.put(name, module, true);
  }

  /** The names sys.modules has, in its order. */
  names(): string[] {
    return this.table ? this.table.entryList().flatMap((e) => (e.key instanceof PyStr ? [e.key.value] : [])) : [];
  }

  /** Whether a module was made under `name` before (a program removed it from sys.modules to import it again). */
  loadedBefore(name: string): boolean {
    return this.made.has(name);
  }

  /** _load_unlocked, once the module's code ran: it moves to the end of sys.modules (`sys.modules.pop(name)`, put back). */
  loaded(name: string): void {
    this.table?.moveEntry(name, true);
  }

  /** Puts `first` (those present) at the start of sys.modules in that order, the others after them as they were. */
  reorder(first: readonly string[]): void {
    const d = this.table;
    if (!d) return;
    const present = new Set(first.filter((name) => d.get(name)));
    const rest = d.entryList().map((e) => e.hashKey).filter((k) => !present.has(k));
    for (const k of [...present, ...rest]) d.moveEntry(k, true);
  }

  /** Another name for a module loaded already (os.py's `sys.modules['os.path'] = path`): a new reference. */
  alias(name: string, module: PyModule): void {
    this.put(name, module, false);
  }

  /** Removes `name` (a failed import's module; finalize_modules' __main__): sys.modules drops its reference. */
  delete(name: string): boolean {
    if (this.helpers.delete(name)) return true;
    const entry = this.table?.remove(name);
    if (!entry) return false;
    this.vm.decref(entry.value, Cause.Module, name);
    this.vm.decref(entry.key, Cause.Slot, 'key');
    return true;
  }

  /** The interpreter's sys, builtins or __main__, whatever sys.modules holds now (null before it exists). */
  interpreter(name: InterpreterModule): PyModule | null {
    return this.interpreterModules.get(name) ?? null;
  }

  private put(name: string, module: PyModule, steal: boolean): void {
    const d = this.dict;
    if (!steal) this.vm.incref(module, Cause.Module, name);
    const existing = d.get(name);
    if (existing) {
      const old = existing.value;
      existing.value = module;
      d.valueReplaced();
      this.vm.decref(old, Cause.Module, name);
      return;
    }
    const key = this.vm.intern(name);
    this.vm.incref(key, Cause.Slot, 'key');
    d.put(name, key, module);
  }
}
