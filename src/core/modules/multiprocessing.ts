// The native half of multiprocessing (modules/python/multiprocessing-source.ts): pickled objects
// through pipes, polling, waiting for a child, and the traceback a child prints when its target
// raises, with the frames of Lib/multiprocessing/process.py that CPython shows.

import type { PyModule } from '../objects/instances';
import { PyExceptionObj } from '../objects/instances';
import { PyType } from '../objects/type';
import type { VM } from '../vm/vm';
import { fn, arity, addNotModelled } from '../builtins/define';
import { installConnectionCalls } from '../processes/connection-natives';
import { installSharedMemoryCalls, installSemLockCalls } from '../processes/shared-natives';
import { installChannelCalls } from '../processes/channel-natives';
import { importModule } from './registry';
import { frameSourceText } from '../runtime/traceback-source';
import { stdlibPath } from '../runtime/stdlib-frames';
import { Cause } from '../trace/events';
import { NO_POSITION } from '../compile/bytecode';

export function createMultiprocessing(vm: VM, module: PyModule): void {
  const d = module.dict;
  const picklingError = (): PyType => {
    const pickle = importModule(vm, 'pickle', NO_POSITION) as PyModule;
    return pickle.dict.getStr('PicklingError') as PyType;
  };
  installConnectionCalls(vm, d, picklingError);
  installChannelCalls(vm, d, picklingError);
  installSharedMemoryCalls(vm, d);
  installSemLockCalls(vm, d);
  addNotModelled(vm, d);
  fn(vm, d, '_lens_loaded_module', (args) => {
    arity(vm, '_lens_loaded_module', args, 1);
    const m = vm.modules.get((args[0] as import('../objects/atoms').PyStr).value);
    return m ? vm.incref(m, Cause.Stack) : vm.newNone();
  });
  // traceback.format_exception(type(exc), exc, exc.__traceback__): pool.py's ExceptionWithTraceback in a worker.
  fn(vm, d, '_lens_format_exception', (args) => {
    arity(vm, '_lens_format_exception', args, 1);
    const exc = args[0];
    if (!(exc instanceof PyExceptionObj)) return vm.newStr('');
    return vm.newStr(vm.formatException(exc, 'library'));
  });
  fn(vm, d, '_lens_format_child_exception', (args) => {
    arity(vm, '_lens_format_child_exception', args, 1);
    const exc = args[0];
    if (!(exc instanceof PyExceptionObj)) return vm.newStr('');
    const [bootstrapLine, runLine] = vm.options.version.processBootstrapLines;
    const file = stdlibPath(vm, 'multiprocessing/process.py');
    const lines = vm.formatException(exc, 'library').split('\n');
    // Frames of the simulator's own library code are not CPython's: drop them, then put
    // process.py's two frames first, as CPython prints them.
    const out: string[] = [];
    for (let i = 0; i < lines.length; i++) {
      const m = /^ {2}File "([^"]*)", line \d+, in /.exec(lines[i]);
      if (m && m[1] !== vm.options.filename) {
        if (lines[i + 1]?.startsWith('    ')) i++;
        continue;
      }
      out.push(lines[i]);
      if (lines[i] === 'Traceback (most recent call last):' && !lines.slice(i + 1).includes('Traceback (most recent call last):')) {
        out.push(`  File "${file}", line ${bootstrapLine}, in _bootstrap`, ...libraryCallLines(vm, 'self.run()'));
        out.push(`  File "${file}", line ${runLine}, in run`, ...libraryCallLines(vm, 'self._target(*self._args, **self._kwargs)'));
      }
    }
    return vm.newStr(out.join('\n'));
  });
}

/** A line of process.py that is one call statement, as traceback.print_exc() shows it (3.13: with markers). */
function libraryCallLines(vm: VM, call: string): string[] {
  const position = { line: 1, col: 0, endLine: 1, endCol: call.length };
  return frameSourceText([call], 1, position, vm.options.version.tracebacks.library).trimEnd().split('\n');
}

export function createPickle(vm: VM, module: PyModule): void {
  addNotModelled(vm, module.dict, (what) => `${what} (pickling happens when objects cross between processes)`);
}
