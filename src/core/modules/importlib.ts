// importlib (Lib/importlib/__init__.py): import_module(), reload() and invalidate_caches(), over the
// simulator's imports. reload() runs a learner's file again in its module's namespace (_bootstrap._exec):
// the names it binds replace the old ones, the others stay. Reloading one of the standard modules, whose
// code the simulator keeps as its own, stops as not modelled; so do importlib's submodules.

import type { PyObject } from '../objects/object';
import { PyStr } from '../objects/atoms';
import { PyModule } from '../objects/instances';
import type { VM } from '../vm/vm';
import type { Native } from '../vm/frame';
import { fn, addNotModelled } from '../builtins/define';
import { unpackKeywords } from '../builtins/clinic-keywords';
import { lookupAttr } from '../runtime/attributes';
import { Cause } from '../trace/events';
import { importForStatement, importModule } from './registry';
import { setName } from '../runtime/dicts';
import { NO_POSITION } from '../compile/bytecode';
import { stdlibPath } from '../runtime/stdlib-frames';
import { absoluteName, reloadLocalModule } from './local-modules';
import { setImportErrorFields } from '../runtime/import-error-fields';


export function createImportlib(vm: VM, module: PyModule): void {
  const d = module.dict;
  addNotModelled(vm, d);
  aliasBootstrapModules(vm);
  // import_module(name, package=None): _gcd_import of the leaf module (not the top package, as __import__ gives).
  fn(vm, d, 'import_module', (args, kwargs) => {
    const [name, pkg] = unpackKeywords(vm, { name: 'import_module', parameters: ['name', 'package'], positionalOnly: 0, maxPositional: 2, minPositional: 1 }, args, kwargs);
    let absolute = name instanceof PyStr ? name.value : '';
    if (absolute.startsWith('.')) {
      if (!pkg || pkg === vm.none) throw vm.error('TypeError', `the 'package' argument is required to perform a relative import for '${absolute}'`);
      const level = absolute.length - absolute.replace(/^\.+/, '').length;
      // _sanity_check, then _resolve_name.
      if (!(pkg instanceof PyStr)) throw vm.error('TypeError', '__package__ not set to a string');
      absolute = absoluteName(vm, absolute.slice(level), pkg.value, level);
    }
    // _sanity_check
    if (!(name instanceof PyStr)) throw vm.error('TypeError', `module name must be str, not ${name?.type.name}`);
    if (absolute === '') throw vm.error('ValueError', 'Empty module name');
    return vm.incref(importForStatement(vm, absolute, vm.learnerPosition()), Cause.Return);
  });
  fn(vm, d, 'reload', function* (args, kwargs): Native {
    const [target] = unpackKeywords(vm, { name: 'reload', parameters: ['module'], positionalOnly: 0, maxPositional: 1, minPositional: 1 }, args, kwargs) as PyObject[];
    const name = yield* moduleName(vm, target);
    if (vm.modules.entry(name) !== target) {
      const err = vm.error('ImportError', `module ${name} not in sys.modules`);
      const nameObject = vm.newStr(name);
      setImportErrorFields(vm, err.exc, { name: nameObject });
      vm.decref(nameObject, Cause.Stack);
      throw err;
    }
    const origin = target instanceof PyModule ? target.learner : null;
    if (!origin) throw vm.unsupported(`importlib.reload() of the module ${name} (only the learner's own files are run again)`);
    reloadLocalModule(vm, target as PyModule, origin);
    return vm.incref(vm.modules.entry(name) ?? vm.none, Cause.Return);
  });
  fn(vm, d, 'invalidate_caches', () => vm.newNone());
}

/** reload's name: module.__spec__.name, else module.__name__, else TypeError. */
function* moduleName(vm: VM, target: PyObject): Native<string> {
  for (const path of [['__spec__', 'name'], ['__name__']]) {
    let value: PyObject | null = target;
    let owned = false;
    for (const attribute of path) {
      const next: PyObject | null = yield* lookupAttr(vm, value as PyObject, attribute);
      if (owned) vm.decref(value as PyObject, Cause.Stack);
      value = next;
      owned = true;
      if (!value) break;
    }
    if (value) {
      const text = value instanceof PyStr ? value.value : null;
      vm.decref(value, Cause.Stack);
      if (text !== null) return text;
      throw vm.unsupported('importlib.reload() of a module whose name is not a str');
    }
  }
  throw vm.error('TypeError', 'reload() argument must be a module');
}


/** The frozen bootstrap modules and the names importlib enters them under in sys.modules, in that order. */
export const BOOTSTRAP_ALIASES = [['_frozen_importlib', 'importlib._bootstrap'], ['_frozen_importlib_external', 'importlib._bootstrap_external']] as const;

/**
 * Lib/importlib/__init__.py's first lines: the frozen _frozen_importlib and _frozen_importlib_external, renamed
 * importlib._bootstrap and importlib._bootstrap_external (their __name__, __package__ and __file__), are entered
 * in sys.modules under those names too.
 */
function aliasBootstrapModules(vm: VM): void {
  for (const [frozen, alias] of BOOTSTRAP_ALIASES) {
    const module = importModule(vm, frozen, NO_POSITION);
    setName(vm, module.dict, '__name__', vm.intern(alias));
    setName(vm, module.dict, '__package__', vm.intern('importlib'));
    setName(vm, module.dict, '__file__', vm.newStr(stdlibPath(vm, `importlib/${alias.slice('importlib.'.length)}.py`)), true);
    vm.modules.alias(alias, module);
  }
}
