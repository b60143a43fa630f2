// _thread._excepthook and _thread._ExceptHookArgs (Modules/_threadmodule.c), which Lib/threading.py takes as
// threading.excepthook and threading.ExceptHookArgs: the hook gets one struct sequence
// (exc_type, exc_value, exc_traceback, thread) and prints "Exception in thread NAME:" and the traceback to
// sys.stderr, or to the stderr the thread was made with when sys.stderr is None; a SystemExit is ignored.

import type { PyObject } from '../objects/object';
import { PyType } from '../objects/type';
import type { PyDict } from '../objects/dict';
import { PyTuple } from '../objects/containers';
import { PyExceptionObj } from '../objects/instances';
import type { VM } from '../vm/vm';
import type { Native } from '../vm/frame';
import { fn, arity } from '../builtins/define';
import { setName } from '../runtime/dicts';
import { getAttr } from '../runtime/attributes';
import { strOf } from '../runtime/repr';
import { constructors } from '../vm/calls';
import { makeStructSequenceType, structSequenceNew } from '../runtime/struct-sequences';
import { writeToFile, flushStdText } from '../builtins/file-write';
import { nativeStream } from './sys';
import { Cause } from '../trace/events';

export function installThreadExcepthook(vm: VM, d: PyDict): void {
  const argsType = makeStructSequenceType(vm, '_thread._ExceptHookArgs');
  constructors.set(argsType, (vm, args, kwargs) => structSequenceNew(vm, argsType, args, kwargs));
  setName(vm, d, '_ExceptHookArgs', argsType, true);

  fn(vm, d, '_excepthook', function* (args): Native {
    arity(vm, '_excepthook', args, 1);
    const hookArgs = args[0];
    if (!(hookArgs instanceof PyTuple) || hookArgs.type !== argsType) {
      throw vm.error('TypeError', '_thread._excepthook argument type must be ExceptHookArgs');
    }
    const [excType, excValue, , thread] = hookArgs.items;
    // PyErr_GivenExceptionMatches(exc_type, PyExc_SystemExit): silently ignored.
    if (excType instanceof PyType && excType.isSubtypeOf(vm.exc.get('SystemExit') as PyType)) return vm.newNone();
    let file = vm.modules.interpreter('sys')?.dict.getStr('stderr') ?? null;
    let owned = false;
    if (!file || file === vm.none) {
      if (thread === vm.none) return vm.newNone();
      file = yield* getAttr(vm, thread, '_stderr');
      owned = true;
      if (file === vm.none) {
        vm.decref(file, Cause.Stack);
        return vm.newNone();
      }
    }
    try {
      yield* writeExceptionInThread(vm, file, excValue, thread);
    } finally {
      if (owned) vm.decref(file, Cause.Stack);
    }
    return vm.newNone();
  });
}

/** thread_excepthook_file: the header, _PyErr_Display's traceback, then file.flush(). */
function* writeExceptionInThread(vm: VM, file: PyObject, excValue: PyObject, thread: PyObject): Native<void> {
  const stream = nativeStream(file);
  const write = (text: string) => writeToFile(vm, stream, file, text, null);
  yield* write('Exception in thread ');
  let name: string;
  if (thread !== vm.none) {
    const nameObj = yield* getAttr(vm, thread, 'name');
    try {
      name = yield* strOf(vm, nameObj);
    } finally {
      vm.decref(nameObj, Cause.Stack);
    }
  } else {
    name = String(vm.scheduler.current.ident);
  }
  yield* write(name);
  yield* write(':\n');
  yield* write(
    excValue instanceof PyExceptionObj
      ? vm.formatException(excValue)
      : `TypeError: print_exception(): Exception expected for value, ${excValue.type.name} found\n`,
  );
  if (stream) {
    flushStdText(vm, stream);
    return;
  }
  const flush = yield* getAttr(vm, file, 'flush');
  try {
    vm.decref(yield { callable: flush, args: [], kwargs: null }, Cause.Return);
  } finally {
    vm.decref(flush, Cause.Stack);
  }
}
