// The native half of the enum module: the version's choices (versions.ts EnumModel) as module globals
// before its Python source (modules/python/enum-source.ts) runs, and the few things Lib/enum.py asks of
// the interpreter (warnings.warn, the calling module's name, not-modelled stops).

import type { PyModule } from '../objects/instances';
import { PyStr } from '../objects/atoms';
import { PyType } from '../objects/type';
import type { VM } from '../vm/vm';
import type { AnyFrame, Native } from '../vm/frame';
import { setName } from '../runtime/dicts';
import { fn, addNotModelled } from '../builtins/define';
import { cIntIndex } from '../runtime/number-index';
import { warn } from '../runtime/warnings';
import { Cause } from '../trace/events';

export function createEnum(vm: VM, module: PyModule): void {
  const d = module.dict;
  const model = vm.options.version.enum;
  for (const [name, value] of [
    ['_CONTAINS_VALUES', model.containsValues],
    ['_META_GETATTR', model.metaGetattr],
    ['_PROPERTY_KEEPS_MEMBER', model.propertyKeepsMember],
    ['_CALL_TAKES_VALUES', model.callTakesValues],
    ['_ALIAS_API', model.aliasApi],
    ['_HASHABLE_VALUES_LIST', model.hashableValuesList],
    ['_NESTED_CLASSES_ARE_MEMBERS', model.nestedClassesAreMembers],
    ['_AUTO_NEEDS_SORTABLE', model.autoNeedsSortable],
    ['_FLAG_OPERAND_CHECKS', model.flagOperandChecks],
  ] as const) {
    setName(vm, d, name, vm.newBool(value), true);
  }
  addNotModelled(vm, d);
  // warnings.warn(message, category, stacklevel) as Lib/enum.py calls it.
  fn(vm, d, '_lens_warn', function* (args): Native {
    const [message, category, level] = args;
    if (!(message instanceof PyStr) || !(category instanceof PyType)) throw new Error('internal: enum warns with a str and a class');
    warn(vm, message.value, category, yield* cIntIndex(vm, level));
    return vm.newNone();
  });
  // The functional API's module (sys._getframe(2).f_globals['__name__']): the code calling into enum.
  fn(vm, d, '_lens_caller_module', () => {
    for (let f: AnyFrame | null = vm.currentPythonFrame(); f; f = f.back) {
      if (f.kind === 'python' && !f.unit.library) return vm.incref(f.globals.getStr('__name__') ?? vm.none, Cause.Return);
    }
    return vm.newStr('enum');
  });
}
