// A minimal os module: what the threading lessons use, the process calls multiprocessing is built on
// (processes/os-natives.ts), urandom and register_at_fork (for random), remove/unlink/listdir on the
// in-memory working directory open() uses (os-files.ts). cpu_count() (and 3.13's process_cpu_count()) is the
// simulated cores setting.

import type { PyModule } from '../objects/instances';
import type { VM } from '../vm/vm';
import { fn, arity } from '../builtins/define';
import { installOsProcessCalls } from '../processes/os-natives';
import { installOsFiles } from './os-files';
import { registerAtFork, type AtForkWhen } from '../processes/at-fork';
import { entropyBytes } from '../runtime/entropy';
import { numberIndex } from '../runtime/number-index';
import type { Native } from '../vm/frame';
import type { PyObject } from '../objects/object';
import { PyFunction, PyBuiltin, PyMethod, PyMethodDescriptor } from '../objects/callables';
import { PyType } from '../objects/type';
import { PyStr, PyBytes } from '../objects/atoms';
import { Cause } from '../trace/events';

/** PyCallable_Check. */
function isCallable(o: PyObject): boolean {
  return o instanceof PyFunction || o instanceof PyBuiltin || o instanceof PyMethod || o instanceof PyMethodDescriptor || o instanceof PyType || o.type.lookup('__call__') !== null;
}

export function createOs(vm: VM, module: PyModule): void {
  const d = module.dict;
  fn(vm, d, 'cpu_count', (args) => {
    arity(vm, 'cpu_count', args, 0);
    return vm.newInt(vm.scheduler.cores);
  });
  if (vm.options.version.versionInfo[1] >= 13) {
    // 3.13: the CPUs this process may run on (its affinity); the simulated process may use every core.
    fn(vm, d, 'process_cpu_count', (args) => {
      arity(vm, 'process_cpu_count', args, 0);
      return vm.newInt(vm.scheduler.cores);
    });
  }
  // fspath(path) (PyOS_FSPath): a str or bytes path as it is, else what its type's __fspath__ returns.
  fn(vm, d, 'fspath', function* (args, kwargs): Native {
    const path = args[0] ?? kwargs?.get('path');
    if (!path || args.length + (kwargs?.size ?? 0) !== 1) throw vm.error('TypeError', "fspath() missing required argument 'path' (pos 1)");
    if (path instanceof PyStr || path instanceof PyBytes) return vm.incref(path, Cause.Return);
    const method = path.type.lookup('__fspath__');
    if (!method) throw vm.error('TypeError', `expected str, bytes or os.PathLike object, not ${path.type.name}`);
    const result = yield { callable: method, args: [path], kwargs: null };
    if (!(result instanceof PyStr || result instanceof PyBytes)) {
      const name = result.type.name;
      vm.decref(result, Cause.Return);
      throw vm.error('TypeError', `expected ${path.type.name}.__fspath__() to return str or bytes, not ${name}`);
    }
    return result;
  });
  installOsProcessCalls(vm, d);
  installOsFiles(vm, d);
  // urandom(size): the simulated system randomness (runtime/entropy.ts).
  fn(vm, d, 'urandom', function* (args): Native {
    arity(vm, 'urandom', args, 1);
    const size = yield* numberIndex(vm, args[0]);
    if (size > 2n ** 63n - 1n || size < -(2n ** 63n)) throw vm.error('OverflowError', 'Python int too large to convert to C ssize_t');
    if (size < 0n) throw vm.error('ValueError', 'negative argument not allowed');
    return vm.newBytes(entropyBytes(vm, Number(size)));
  });
  fn(vm, d, 'register_at_fork', (args, kwargs) => {
    if (args.length) throw vm.error('TypeError', 'register_at_fork() takes no positional arguments');
    const given: [AtForkWhen, PyObject][] = [];
    for (const [key, value] of kwargs ?? []) {
      if (key !== 'before' && key !== 'after_in_child' && key !== 'after_in_parent') {
        throw vm.error('TypeError', `'${key}' is an invalid keyword argument for register_at_fork()`);
      }
      if (value !== vm.none) given.push([key, value]);
    }
    if (!given.length) throw vm.error('TypeError', 'At least one argument is required.');
    for (const [when, callable] of given) {
      if (!isCallable(callable)) throw vm.error('TypeError', `'${when}' must be callable, not ${callable.type.name}`);
    }
    for (const [when, callable] of given) registerAtFork(vm, when, callable);
    return vm.newNone();
  });
}
