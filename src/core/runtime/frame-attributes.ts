// A frame object's attributes (Objects/frameobject.c's getters): read from its frame while the frame
// runs, from what it took over (take_ownership) once the frame finished.

import type { PyObject } from '../objects/object';
import type { PyFrameObject } from '../objects/instances';
import { reportedLine } from '../vm/frame';
import { previousPythonFrame, type VM } from '../vm/vm';
import { frameLocals } from './frame-locals';
import { Cause } from '../trace/events';


/** `frame.<name>` as a new reference, or null when frames have no such attribute. */
export function frameAttribute(vm: VM, fo: PyFrameObject, name: string): PyObject | null {
  const frame = fo.frame;
  switch (name) {
    case 'f_code':
      return vm.incref(frame ? frame.code : (fo.code ?? vm.none), Cause.Stack);
    case 'f_lineno': {
      // frame_getlineno: None for an instruction without a line.
      const line = frame ? reportedLine(frame) : fo.line;
      return line < 0 ? vm.newNone() : vm.newInt(line);
    }
    case 'f_back': {
      if (!frame) return vm.incref(fo.back ?? vm.none, Cause.Stack);
      // PyFrame_GetBack: the caller's frame object, made now if it has none yet.
      const back = previousPythonFrame(frame);
      return vm.incref(back ? vm.frameObjectOf(back) : vm.none, Cause.Stack);
    }
    case 'f_globals':
      return vm.incref(frame ? frame.globals : (fo.globals ?? vm.none), Cause.Stack);
    case 'f_builtins':
      return vm.incref(frame ? frame.builtins : (fo.builtins ?? vm.none), Cause.Stack);
    case 'f_locals':
      return frameLocals(vm, fo);
    case 'f_trace':
      return vm.newNone();
    case 'f_trace_lines':
      return vm.newBool(true);
    case 'f_trace_opcodes':
      return vm.newBool(false);
  }
  return null;
}
