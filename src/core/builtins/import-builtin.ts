// __import__(name, globals=None, locals=None, fromlist=(), level=0): what an import statement calls
// (Python/bltinmodule.c builtin___import__, importlib's __import__): the module, after importing its
// packages; the top-level package unless a fromlist is given.

import type { PyObject } from '../objects/object';
import { PyStr, PyInt } from '../objects/atoms';
import { PyTuple, PyList } from '../objects/containers';
import type { VM } from '../vm/vm';
import { fn } from './define';
import { importModule } from '../modules/registry';
import { Cause } from '../trace/events';

const PARAMETERS = ['name', 'globals', 'locals', 'fromlist', 'level'];

export function installImportBuiltin(vm: VM): void {
  fn(vm, vm.builtins, '__import__', (args, kwargs) => {
    if (args.length > PARAMETERS.length) throw vm.error('TypeError', `__import__() takes at most 5 arguments (${args.length} given)`);
    const given: (PyObject | undefined)[] = [...args];
    for (const [key, value] of kwargs ?? []) {
      const at = PARAMETERS.indexOf(key);
      if (at < 0) throw vm.error('TypeError', `__import__() got an unexpected keyword argument '${key}'`);
      if (given[at] !== undefined) throw vm.error('TypeError', `argument for __import__() given by name ('${key}') and position (${at + 1})`);
      given[at] = value;
    }
    const [name, , , fromlist, level] = given;
    if (name === undefined) throw vm.error('TypeError', "__import__() missing required argument 'name' (pos 1)");
    if (!(name instanceof PyStr)) throw vm.error('TypeError', 'module name must be a string');
    if (level instanceof PyInt && level.value > 0n) throw vm.unsupported('__import__() with a level (a relative import)');
    if (level instanceof PyInt && level.value < 0n) throw vm.error('ValueError', 'level must be >= 0');
    if (name.value === '') throw vm.error('ValueError', 'Empty module name');
    const frame = vm.learnerFrame();
    const module = importModule(vm, name.value, frame ? frame.unit.positions[frame.lasti] : { line: 0, col: 0, endLine: 0, endCol: 0 });
    const wantsLeaf = fromlist !== undefined && (fromlist instanceof PyTuple || fromlist instanceof PyList) ? fromlist.items.length > 0 : fromlist !== undefined && fromlist !== vm.none;
    const top = name.value.split('.')[0];
    return vm.incref(wantsLeaf || top === name.value ? module : (vm.modules.get(top) as PyObject), Cause.Return);
  });
}
