// __import__(name, globals=None, locals=None, fromlist=(), level=0): what an import statement calls
// (Python/bltinmodule.c builtin___import__, importlib's __import__): the module, after importing its
// packages; the top-level package unless a fromlist is given.

import type { PyObject } from '../objects/object';
import { PyStr, PyInt } from '../objects/atoms';
import { PyTuple, PyList } from '../objects/containers';
import type { VM } from '../vm/vm';
import { fn } from './define';
import { unpackKeywords, type ClinicSignature } from './clinic-keywords';
import { importForStatement, importSubmodulesListed, topLevelModule } from '../modules/registry';
import { resolveRelativeName } from '../modules/local-modules';
import { PyDict } from '../objects/dict';
import { Cause } from '../trace/events';

const SIGNATURE: ClinicSignature = { name: '__import__', parameters: ['name', 'globals', 'locals', 'fromlist', 'level'], positionalOnly: 0, maxPositional: 5, minPositional: 1 };

export function installImportBuiltin(vm: VM): void {
  fn(vm, vm.builtins, '__import__', (args, kwargs) => {
    const [name, globals, , fromlist, level] = unpackKeywords(vm, SIGNATURE, args, kwargs) as (PyObject | null)[];
    if (!(name instanceof PyStr)) throw vm.error('TypeError', 'module name must be a string');
    const dots = level instanceof PyInt ? Number(level.value) : 0;
    if (dots < 0) throw vm.error('ValueError', 'level must be >= 0');
    if (name.value === '' && dots === 0) throw vm.error('ValueError', 'Empty module name');
    let absolute = name.value;
    if (dots > 0) {
      // resolve_name: no globals given is a KeyError, any other object than a dict (None too) a TypeError.
      if (!globals) throw vm.error('KeyError', "'__name__' not in globals");
      if (!(globals instanceof PyDict)) throw vm.error('TypeError', 'globals must be a dict');
      absolute = resolveRelativeName(vm, name.value, globals, dots);
    }
    const at = vm.learnerPosition();
    const module = importForStatement(vm, absolute, at);
    const wantsLeaf = fromlist instanceof PyTuple || fromlist instanceof PyList ? fromlist.items.length > 0 : fromlist !== null && fromlist !== vm.none;
    if (wantsLeaf) {
      importSubmodulesListed(vm, module, fromlist as PyObject, at);
      return vm.incref(module, Cause.Return);
    }
    // PyImport_ImportModuleLevelObject: the package the name's first part names (`a` of `a.b`), counted from the resolved name.
    const dot = name.value.indexOf('.');
    if (dot < 0) return vm.incref(module, Cause.Return);
    return vm.incref(topLevelModule(vm, absolute.slice(0, absolute.length - (name.value.length - dot))), Cause.Return);
  });
}
