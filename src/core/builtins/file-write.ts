// PyFile_WriteObject / PyFile_WriteString as print() and input() use them: sys.stdout and sys.stderr are
// written natively (text-stream-pending.ts), any other file through its write method.

import type { PyObject } from '../objects/object';
import type { PyStr } from '../objects/atoms';
import type { VM } from '../vm/vm';
import type { Native } from '../vm/frame';
import type { StreamName } from '../processes/std-streams';
import { getAttr } from '../runtime/attributes';
import { textStreamWrite, textStreamFlush } from '../runtime/text-stream-pending';
import { Cause } from '../trace/events';
import { PyIOObject } from '../objects/io-objects';

/** sys.stdout.flush(): the pending pieces, then the stream's buffer, go out. */
export function flushStdText(vm: VM, stream: StreamName): void {
  textStreamFlush(vm, stream);
  vm.streams?.flush(stream);
}

/** TextIOWrapper.write() on sys.stdout or sys.stderr: the pending pieces' references, the text to the stream. */
export function writeStdText(vm: VM, stream: StreamName, text: string, written: PyStr | null): void {
  textStreamWrite(vm, stream, text, written);
  if (stream === 'stdout') vm.writeStdout(text);
  else vm.writeStderr(text);
}

/** Writes `text` to `stream` when the file is a native one, else to `target.write`; `written` is the str object passed, when it exists already. */
export function* writeToFile(vm: VM, stream: StreamName | null, target: PyObject, text: string, written: PyStr | null): Native<null> {
  if (stream) {
    // sys.stdout after sys.stdout.close(): TextIOWrapper.write's CHECK_CLOSED.
    if (target instanceof PyIOObject && target.isClosed) throw vm.error('ValueError', 'I/O operation on closed file.');
    writeStdText(vm, stream, text, written);
    return null;
  }
  const method = yield* getAttr(vm, target, 'write');
  const str = written ? vm.incref(written, Cause.Argument) : vm.newStr(text);
  try {
    vm.decref(yield { callable: method, args: [str], kwargs: null }, Cause.Return);
  } finally {
    vm.decref(str, Cause.Argument);
    vm.decref(method, Cause.Stack);
  }
  return null;
}
