// sys.excepthook and sys.unraisablehook as CPython has them (Python/sysmodule.c): built-in functions, also
// kept as sys.__excepthook__ / sys.__unraisablehook__. A program may replace them: an uncaught exception is
// handed to whatever sys.excepthook is then (pythonrun.c, _PyErr_PrintEx), and an unraisable one to
// sys.unraisablehook (vm.writeUnraisable).

import type { PyObject } from '../objects/object';
import { PyBuiltin } from '../objects/callables';
import { PyExceptionObj, type PyModule } from '../objects/instances';
import type { VM } from '../vm/vm';
import { PyError } from '../vm/errors';
import { fn } from '../builtins/define';
import { setName } from '../runtime/dicts';
import { Cause } from '../trace/events';

export function installSysHooks(vm: VM, module: PyModule): void {
  const d = module.dict;
  // sys_excepthook_impl: PyErr_Display of the value (its own traceback, else the one given), to sys.stderr.
  fn(vm, d, 'excepthook', (args, kwargs) => {
    if (kwargs && kwargs.size) throw vm.error('TypeError', 'excepthook() takes no keyword arguments');
    if (args.length !== 3) throw vm.error('TypeError', `excepthook expected 3 arguments, got ${args.length}`);
    const value = args[1];
    if (value instanceof PyExceptionObj) vm.writeSysStderr(vm.formatException(value));
    else vm.writeSysStderr(`TypeError: print_exception(): Exception expected for value, ${value.type.name} found\n`);
    return vm.newNone();
  });
  fn(vm, d, 'unraisablehook', () => {
    throw vm.unsupported('calling sys.unraisablehook directly');
  });
  for (const name of ['excepthook', 'unraisablehook']) setName(vm, d, `__${name}__`, d.getStr(name) as PyObject);
}

/**
 * An exception nobody caught in the main thread, handed to sys.excepthook when the program replaced it
 * (the default prints the traceback, as before). Returns false when the caller should print it itself.
 * A hook that raises: "Error in sys.excepthook:", its traceback, then "Original exception was:" and the first.
 */
export function callProgramExcepthook(vm: VM, exc: PyExceptionObj): boolean {
  const sys = vm.modules.interpreter('sys');
  if (!sys) return false;
  const hook = sys.dict.getStr('excepthook');
  if (hook instanceof PyBuiltin && hook === sys.dict.getStr('__excepthook__')) return false;
  if (!hook) {
    vm.writeStderr('sys.excepthook is missing\n');
    return false;
  }
  const args = [vm.incref(exc.type, Cause.Argument), vm.incref(exc, Cause.Argument), vm.incref(exc.traceback ?? vm.none, Cause.Argument)];
  try {
    vm.decref(vm.callSync(hook, args), Cause.Return);
  } catch (e) {
    if (!(e instanceof PyError)) throw e;
    vm.writeStderr('Error in sys.excepthook:\n');
    vm.writeStderr(vm.formatException(e.exc));
    vm.decref(e.exc, Cause.Exception);
    vm.writeStderr('\nOriginal exception was:\n');
    vm.writeStderr(vm.formatException(exc));
  } finally {
    for (const a of args) vm.decref(a, Cause.Argument);
  }
  return true;
}
