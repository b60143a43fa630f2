// input(prompt): builtin_input_impl (Python/bltinmodule.c) on the path CPython takes when stdin or stdout
// is not a terminal — always here, as the simulator has no keyboard (runtime/stdin.ts supplies the
// text): sys.stderr flushed, the prompt (str() of it) written to sys.stdout with no newline, sys.stdout
// flushed, then one line read from stdin, its trailing '\n' removed; at the end of the input,
// EOFError: EOF when reading a line.

import type { PyObject } from '../objects/object';
import { PyStr } from '../objects/atoms';
import type { VM } from '../vm/vm';
import type { Native } from '../vm/frame';
import { PyError } from '../vm/errors';
import { fn, checkPositional } from './define';
import { strOf } from '../runtime/repr';
import { writeToFile, flushStdText } from './file-write';
import { getAttr } from '../runtime/attributes';
import { nativeStream } from '../modules/sys';
import { stdinReadLine } from '../runtime/stdin';
import { Cause } from '../trace/events';

export function installInput(vm: VM): void {
  /** sys.stdout or sys.stderr as the program left it; the interpreter's own stream until it imports sys. */
  const stream = (name: 'stdout' | 'stderr'): PyObject => {
    const sys = vm.modules.interpreter('sys');
    const file = sys ? sys.dict.getStr(name) : null;
    if (file === vm.none) throw vm.error('RuntimeError', `input(): lost sys.${name}`);
    return file ?? vm.none;
  };
  /** file.flush(), an error in it ignored (as builtin_input clears it). */
  function* flush(name: 'stdout' | 'stderr', file: PyObject): Native<null> {
    const native = file === vm.none ? name : nativeStream(file);
    if (native) {
      flushStdText(vm, native);
      return null;
    }
    try {
      const method = yield* getAttr(vm, file, 'flush');
      try {
        vm.decref(yield { callable: method, args: [], kwargs: null }, Cause.Return);
      } finally {
        vm.decref(method, Cause.Stack);
      }
    } catch (e) {
      if (!(e instanceof PyError)) throw e;
      vm.decref(e.exc, Cause.Exception);
    }
    return null;
  }
  /** PyFile_WriteObject(prompt, fout, Py_PRINT_RAW): str(prompt), written by the file's write(). */
  function* writePrompt(file: PyObject, prompt: PyObject): Native<null> {
    const exact = prompt instanceof PyStr && prompt.type === vm.t.str ? prompt : null;
    const text = exact ? exact.value : yield* strOf(vm, prompt);
    return yield* writeToFile(vm, file === vm.none ? 'stdout' : nativeStream(file), file, text, exact);
  }
  fn(vm, vm.builtins, 'input', function* (args, kwargs): Native {
    if (kwargs && kwargs.size > 0) throw vm.error('TypeError', 'input() takes no keyword arguments');
    checkPositional(vm, 'input', args.length, 0, 1);
    const fout = stream('stdout');
    const ferr = stream('stderr');
    yield* flush('stderr', ferr);
    if (args.length) yield* writePrompt(fout, args[0]);
    yield* flush('stdout', fout);
    const line = stdinReadLine(vm);
    if (line === '') throw vm.error('EOFError', 'EOF when reading a line');
    return vm.newStr(line.endsWith('\n') ? line.slice(0, -1) : line);
  });
}
