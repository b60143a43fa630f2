// __import__(name, globals=None, locals=None, fromlist=(), level=0): what an import statement calls
// (Python/bltinmodule.c builtin___import__, importlib's __import__): the module, after importing its
// packages; the top-level package unless a fromlist is given.

import type { PyObject } from '../objects/object';
import { PyStr, PyInt } from '../objects/atoms';
import { PyTuple, PyList } from '../objects/containers';
import type { VM } from '../vm/vm';
import { fn } from './define';
import { unpackKeywords, type ClinicSignature } from './clinic-keywords';
import { importForStatement, topLevelModule } from '../modules/registry';
import { Cause } from '../trace/events';

const SIGNATURE: ClinicSignature = { name: '__import__', parameters: ['name', 'globals', 'locals', 'fromlist', 'level'], positionalOnly: 0, maxPositional: 5, minPositional: 1 };

export function installImportBuiltin(vm: VM): void {
  fn(vm, vm.builtins, '__import__', (args, kwargs) => {
    const [name, , , fromlist, level] = unpackKeywords(vm, SIGNATURE, args, kwargs) as (PyObject | null)[];
    if (!(name instanceof PyStr)) throw vm.error('TypeError', 'module name must be a string');
    if (level instanceof PyInt && level.value > 0n) throw vm.unsupported('__import__() with a level (a relative import)');
    if (level instanceof PyInt && level.value < 0n) throw vm.error('ValueError', 'level must be >= 0');
    if (name.value === '') throw vm.error('ValueError', 'Empty module name');
    const frame = vm.learnerFrame();
    const module = importForStatement(vm, name.value, frame ? frame.unit.positions[frame.lasti] : { line: 0, col: 0, endLine: 0, endCol: 0 });
    const wantsLeaf = fromlist instanceof PyTuple || fromlist instanceof PyList ? fromlist.items.length > 0 : fromlist !== null && fromlist !== vm.none;
    const top = name.value.split('.')[0];
    return vm.incref(wantsLeaf || top === name.value ? module : topLevelModule(vm, top), Cause.Return);
  });
}
