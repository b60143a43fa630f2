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
      // frame_getlineno: the traced event's line while a trace function runs, None for an instruction without a line.
      const line = fo.tracedLine !== 0 ? fo.tracedLine : frame ? reportedLine(frame) : fo.line;
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
      return vm.incref(fo.fTrace ?? vm.none, Cause.Stack);
    case 'f_trace_lines':
      return vm.newBool(fo.traceLines);
    case 'f_trace_opcodes':
      return vm.newBool(fo.traceOpcodes);
  }
  return null;
}

/**
 * `frame.<name> = value` (null: `del frame.<name>`) for the attributes frames let a program set
 * (frameobject.c frame_settrace, the f_trace_lines and f_trace_opcodes members, frame_setlineno).
 * Returns false for any other name.
 */
export function setFrameAttribute(vm: VM, fo: PyFrameObject, name: string, value: PyObject | null): boolean {
  switch (name) {
    case 'f_trace': {
      // None (or deleting it) leaves the frame without a local trace function.
      const old = fo.fTrace;
      fo.fTrace = value && value !== vm.none ? vm.incref(value, Cause.Slot, 'f_trace') : null;
      if (old) vm.decref(old, Cause.Slot, 'f_trace');
      return true;
    }
    case 'f_trace_lines':
    case 'f_trace_opcodes': {
      if (!value) throw vm.error('TypeError', "can't delete numeric/char attribute");
      if (value.type !== vm.t.bool) throw vm.error('TypeError', 'attribute value type must be bool');
      const on = value === vm.true_;
      if (name === 'f_trace_lines') fo.traceLines = on;
      // Opcode events follow CPython's own instructions, which the simulator's bytecode does not reproduce.
      else if (on) throw vm.unsupported("frame.f_trace_opcodes (the trace function's 'opcode' events)");
      else fo.traceOpcodes = false;
      return true;
    }
    case 'f_lineno':
      // frame_setlineno: a jump to another line, from a trace function.
      throw vm.unsupported('setting frame.f_lineno (a jump in a traced frame)');
  }
  return false;
}
