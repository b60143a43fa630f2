// BaseException.add_note (3.11+, Objects/exceptions.c): the note must be a str; it is appended to the
// exception's __notes__ attribute, a list made on first use. The traceback prints the notes after the
// exception's line (runtime/traceback.ts, exceptionNotes).

import type { PyObject } from '../objects/object';
import { PyStr } from '../objects/atoms';
import { PyList } from '../objects/containers';
import type { PyType } from '../objects/type';
import type { VM } from '../vm/vm';
import type { Native } from '../vm/frame';
import { method, arity } from './define';
import { lookupAttr, setAttr } from '../runtime/attributes';
import { listResize } from '../runtime/list-storage';
import { Cause } from '../trace/events';

export function installExceptionNotes(vm: VM, base: PyType): void {
  method(vm, base, 'add_note', function* (args, _k, self): Native {
    arity(vm, 'BaseException.add_note', args, 1);
    const note = args[0];
    if (!(note instanceof PyStr)) throw vm.error('TypeError', `note must be a str, not '${note.type.name}'`);
    const exc = self as PyObject;
    let notes = yield* lookupAttr(vm, exc, '__notes__');
    if (!notes) {
      notes = vm.newList([]);
      try {
        yield* setAttr(vm, exc, '__notes__', notes);
      } catch (e) {
        vm.decref(notes, Cause.Stack);
        throw e;
      }
    } else if (!(notes instanceof PyList)) {
      vm.decref(notes, Cause.Stack);
      throw vm.error('TypeError', 'Cannot add note: __notes__ is not a list');
    }
    const list = notes as PyList;
    listResize(list, list.items.length + 1);
    list.items.push(vm.incref(note, Cause.Slot, `[${list.items.length}]`));
    vm.decref(notes, Cause.Stack);
    return vm.newNone();
  });
}
