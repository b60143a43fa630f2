// `types.ModuleType(name, doc=None)`, i.e. calling `type(sys)`: module_new, then module___init__
// (Objects/moduleobject.c), which fills the new module's dict in this order.

import type { PyObject } from '../objects/object';
import { PyStr } from '../objects/atoms';
import type { VM } from '../vm/vm';
import { constructors } from '../vm/calls';
import { setName } from '../runtime/dicts';
import { checkKeywords } from './keyword-arguments';

export function installModuleConstructor(vm: VM): void {
  constructors.set(vm.t.module, (vm, args, kwargs) => {
    checkKeywords(vm, 'module', kwargs, ['name', 'doc']);
    const given = args.length + (kwargs?.size ?? 0);
    if (given > 2) throw vm.error('TypeError', `module() takes at most 2 arguments (${given} given)`);
    const name: PyObject | undefined = args[0] ?? kwargs?.get('name');
    const doc: PyObject | undefined = args[1] ?? kwargs?.get('doc');
    if (!name) throw vm.error('TypeError', "module() missing required argument 'name' (pos 1)");
    if (!(name instanceof PyStr)) throw vm.error('TypeError', `module() argument 'name' must be str, not ${name.type.name}`);
    // module_new (3.13t's track_module gives the dict and the module a deferred reference), then module___init__.
    const dict = vm.newDict();
    const module = vm.newModule(name.value, dict);
    vm.deferredRefcounts?.set(dict);
    vm.deferredRefcounts?.set(module);
    setName(vm, dict, '__name__', name);
    setName(vm, dict, '__doc__', doc ?? vm.none);
    for (const key of ['__package__', '__loader__', '__spec__']) setName(vm, dict, key, vm.none);
    return module;
  });
}
