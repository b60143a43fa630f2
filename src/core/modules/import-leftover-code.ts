// The simulated objects of the garbage a standard module's import leaves (import-garbage.ts says when): the
// module's own source for them (import-leftovers.ts), compiled once per version as library code, loaded as a
// .pyc gives it (vm.loadCode `marshalled`) and run in a namespace of the module's, which the interpreter keeps
// (as CPython's module keeps its globals): its `__name__`, and what the prelude makes, as the interpreter's
// own objects.

import type { PyDict } from '../objects/dict';
import type { PyCode } from '../objects/callables';
import type { VM } from '../vm/vm';
import type { CodeUnit } from '../compile/bytecode';
import type { VersionModel } from '../versions';
import { parseModule } from '../syntax/parse';
import { compileModule } from '../compile/compiler';
import { markLibrary, SIMULATOR_LIBRARY_FILES } from '../compile/bytecode';
import { setName } from '../runtime/dicts';
import { Cause } from '../trace/events';
import type { ImportTraces } from './import-traces';
import { leftoverSource, type LeftoverSource } from './import-leftovers';

/** Per VM: each module's namespace, and the preludes run in them. */
const namespaces = new WeakMap<VM, { readonly dicts: Map<string, PyDict>; readonly preludes: Set<string> }>();

/** The code of a piece of garbage's `make` or `drop` part, as a .pyc gives it (a new reference). */
export function leftoverCode(vm: VM, traces: ImportTraces, key: string, part: 'make' | 'drop'): PyCode {
  const source = sourceOf(vm, traces, key);
  // marshal: no parser arena, constants of its own.
  return vm.loadCode(compileLeftover(source.module, source[part], vm.options.version), [], true);
}

/** Runs (and releases) a piece of garbage's code in its module's namespace. */
export function runLeftover(vm: VM, traces: ImportTraces, key: string, code: PyCode): void {
  try {
    const namespace = namespaceOf(vm, sourceOf(vm, traces, key));
    vm.decref(vm.runCodeObjectSync(code, namespace), Cause.Return);
  } finally {
    vm.decref(code, Cause.Frame);
  }
}

function sourceOf(vm: VM, traces: ImportTraces, key: string): LeftoverSource {
  const leftover = traces.leftovers[key];
  if (!leftover) throw new Error(`internal: import garbage ${key} not measured`);
  return leftoverSource(key, leftover, vm.options.version.version as '3.11' | '3.12' | '3.13');
}

/** The module's namespace for its garbage: `__name__`, then what its class statements use (the prelude). */
function namespaceOf(vm: VM, source: LeftoverSource): PyDict {
  let kept = namespaces.get(vm);
  if (!kept) namespaces.set(vm, (kept = { dicts: new Map(), preludes: new Set() }));
  let namespace = kept.dicts.get(source.module);
  if (!namespace) {
    const made = vm.gc.quietly(() => vm.newDict());
    setName(vm, made, '__name__', vm.intern(source.module));
    kept.dicts.set(source.module, (namespace = made));
  }
  const prelude = `${source.module}\n${source.prelude}`;
  if (source.prelude && !kept.preludes.has(prelude)) {
    kept.preludes.add(prelude);
    const dict = namespace;
    vm.gc.quietly(() => {
      const code = vm.loadCode(compileLeftover(source.module, source.prelude, vm.options.version), [], true);
      try {
        vm.decref(vm.runCodeObjectSync(code, dict), Cause.Return);
      } finally {
        vm.decref(code, Cause.Frame);
      }
    });
  }
  return namespace;
}

/**
 * Per version, each leftover source compiled once, with the version's rules (3.13's class bodies set
 * __static_attributes__, one of the objects left), as library code.
 */
const compiled = new Map<VersionModel, Map<string, CodeUnit>>();

function compileLeftover(module: string, source: string, version: VersionModel): CodeUnit {
  let units = compiled.get(version);
  if (!units) compiled.set(version, (units = new Map()));
  let unit = units.get(source);
  if (unit) return unit;
  const file = `${module.replaceAll('.', '/')}.py`;
  const parsed = parseModule(source);
  if (!parsed.ok) throw new Error(`internal: import garbage of ${module}: ${parsed.error.message} at line ${parsed.error.line}`);
  const { positions, inlinedComprehensions, classBodyNames, cleanDocstrings } = version;
  unit = compileModule(parsed.module, file, { positions, inlinedComprehensions, classBodyNames, cleanDocstrings, libraryCode: true });
  markLibrary(unit);
  SIMULATOR_LIBRARY_FILES.add(file);
  units.set(source, unit);
  return unit;
}
