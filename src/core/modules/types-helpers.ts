// _lens_types: what the simulator's types module (modules/python/types-source.ts) asks of the interpreter.
// types.coroutine marks a generator function awaitable as Lib/types.py does,
// `func.__code__ = co.replace(co_flags=co.co_flags | CO_ITERABLE_COROUTINE)`: a new code object, the old one
// released by the function.

import type { PyModule } from '../objects/instances';
import { PyFunction } from '../objects/callables';
import type { VM } from '../vm/vm';
import { fn, arity } from '../builtins/define';
import { CodeFlags } from '../compile/bytecode';
import { Cause } from '../trace/events';

export function createTypesHelpers(vm: VM, module: PyModule): void {
  fn(vm, module.dict, 'iterable_coroutine', (args) => {
    arity(vm, 'iterable_coroutine', args, 1);
    const func = args[0];
    if (!(func instanceof PyFunction)) throw new Error('internal: types.coroutine marks a function');
    const old = func.code;
    const unit = { ...old.unit, flags: old.unit.flags | CodeFlags.iterableCoroutine };
    const consts = old.consts.map((c) => vm.incref(c, Cause.Const, 'co_consts'));
    const names = old.names.map((n) => vm.incref(n, Cause.Const, 'co_names') as typeof n);
    func.code = vm.newCodeObject(unit, consts, names);
    vm.decref(old, Cause.Attribute, '__code__');
    return vm.newNone();
  });
}
