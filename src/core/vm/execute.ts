// One instruction of a Python frame: the body of CPython 3.11's evaluation loop
// (Python/ceval.c, Python/bytecodes.c), with the same reference ownership on the stack.

import { setImportErrorFields } from '../runtime/import-error-fields';
import type { PyObject } from '../objects/object';
import { PyType } from '../objects/type';
import { PyInt, PyStr } from '../objects/atoms';
import { PyList, PyTuple, PySet, PySlice } from '../objects/containers';
import { PyDict } from '../objects/dict';
import { PyFunction, PyCell, PyCode, PyMethod, PyBuiltin, PyMethodDescriptor } from '../objects/callables';
import { PyExceptionObj, PyModule } from '../objects/instances';
import { PyGenerator, PyCoroutine } from '../objects/iterators';
import { PyAsyncGenerator, PyAsyncGenAwaitable } from '../objects/async-generators';
import { PyCoroWrapper } from '../objects/coroutine-wrapper';
import { PyAnextAwaitable } from '../objects/anext-awaitable';
import { anextStep } from './anext-awaitables';
import { wrapValue, awaitableStep } from './async-generators';
import { Op, CodeFlags } from '../compile/bytecode';
import { INLINED_COMPREHENSIONS } from '../runtime/traceback';
import { namespaceGet, namespaceSet, namespaceDelete, namespaceSetupAnnotations } from './mapping-namespace';
import type { VM } from './vm';
import { Frame, type Native } from './frame';
import { PyError, UnsupportedError } from './errors';
import { cpythonHasBuiltin, cpythonAttributeOwner, missingProtocol } from '../runtime/cpython-names';
import { invoke, plainInit, enterInit, callBuiltinStealing } from './calls';
import { getAttr, setAttr, delAttr, instanceDict, loadMethod, bindDescriptor, fastGetAttr, fastLoadMethod, fastSetAttr } from '../runtime/attributes';
import { exactIntBinaryOp, exactIntCompare, exactUnaryOp, binaryOp, unaryOp, richCompare, truthy, builtinTruth, compareOpName, builtinBinaryOp, builtinCompare } from '../runtime/operators';
import { getItem, setItem, delItem, contains, fastGetItem, fastSetItem, fastDelItem } from '../runtime/subscripts';
import { getIter, getIterOr, iterNext, builtinNext, iterateToArray, type NotIterableMessage } from '../runtime/iteration';
import { setName, delName, dictSet, setAdd, presizeDict } from '../runtime/dicts';
import { listResize, listExtendFrom, extendSource, type ExtendSource } from '../runtime/list-storage';
import { strOf, reprOf, formatOf } from '../runtime/repr';
import { advanceGenerator } from './generators';
import { awaitableIterator, asyncIterator, nextAwaitable } from './awaitables';
import { importForStatement, importSubmodulesListed, isSimulatedModule, topLevelModule } from '../modules/registry';
import { resolveRelativeName } from '../modules/local-modules';
import { importedByLearner } from '../modules/as-processes';
import { isExceptionClass, exceptionMatches } from '../runtime/exception-ops';
import { checkExceptStarType, exceptionGroupMatch, prepReraiseStar } from '../builtins/exception-group-split';
import { asciiEscape } from '../runtime/text/str-repr';
import { dictMerge, isDuplicateKeyError } from '../runtime/dict-merge';
import { behavesAsBuiltin } from '../runtime/subclass';
import { functionStr } from '../runtime/function-str';
import { importAllFrom } from './import-star';
import { setUpdateFrom } from '../runtime/set-ops';
import { opGetLen, opMatchClass, opMatchKeys, opMatchMapping, opMatchSequence } from './match-ops';
import { Cause } from '../trace/events';
import { rememberKeywordKeys, keywordKeyObjects } from './keyword-keys';
import { noteLoopStopIteration, noteSendReturned, tracesLoopEnd } from './tracing';

/** Runs native code for an instruction, releasing `operands` once it finishes or fails. */
function* releasing<T>(vm: VM, gen: Generator<import('./frame').CallRequest, T, PyObject>, operands: (PyObject | null)[]): Generator<import('./frame').CallRequest, T, PyObject> {
  try {
    return yield* gen;
  } finally {
    for (const o of operands) if (o) vm.decref(o, Cause.Stack);
  }
}

const discardResult = (): void => undefined;

/** 3.12+ (PEP 709): whether `code` is a comprehension the real interpreter inlines, made into no function. */
function inlinedComprehension(vm: VM, code: PyObject): boolean {
  return vm.options.version.inlinedComprehensions && code instanceof PyCode && INLINED_COMPREHENSIONS.has(code.unit.name);
}

/** Whether the BUILD_TUPLE at `pc` makes the closure of such a comprehension (LOAD_CONST code, MAKE_FUNCTION follow). */
function closesInlinedComprehension(vm: VM, frame: Frame, pc: number): boolean {
  const ops = frame.unit.ops;
  return ops[pc + 1] === Op.LOAD_CONST && ops[pc + 2] === Op.MAKE_FUNCTION && inlinedComprehension(vm, frame.code.consts[frame.unit.args[pc + 1]]);
}

/** The line a bind event names: the frame's, or none (0) in another file of the learner's, whose lines are not the script's. */
function bindLine(frame: Frame): number {
  return frame.unit.otherFile ? 0 : frame.line;
}

export function execute(vm: VM, frame: Frame): void {
  const unit = frame.unit;
  const pc = frame.pc;
  const op = unit.ops[pc];
  const arg = unit.args[pc];
  frame.lasti = pc;
  frame.reportedLasti = -1;
  frame.pc = pc + 1;
  const line = frame.code.lines[pc];
  if (line !== frame.line && line > 0) {
    // Every frame knows its line (tracebacks, f_lineno); only the learner's own code moves the annotated line.
    frame.line = line;
    if (!unit.library && !unit.otherFile) {
      vm.heap.line = line;
      if (vm.heap.recording) vm.heap.events.line(vm.steps, 0, line, unit.qualname);
    }
  }
  const stack = frame.stack;

  switch (op) {
    case Op.NOP:
    case Op.RESUME:
      return;
    case Op.POP_TOP: {
      const v = stack.pop();
      if (v) vm.decref(v, Cause.Stack);
      return;
    }
    case Op.PUSH_NULL:
      stack.push(null);
      return;
    case Op.COPY: {
      const v = stack[stack.length - arg];
      stack.push(v ? vm.incref(v, Cause.Stack) : null);
      return;
    }
    case Op.SWAP: {
      const i = stack.length - arg;
      const t = stack[i];
      stack[i] = stack[stack.length - 1];
      stack[stack.length - 1] = t;
      return;
    }
    case Op.LOAD_CONST:
      stack.push(vm.incref(frame.code.consts[arg], Cause.Stack));
      return;

    // ---- names -------------------------------------------------------------------------
    case Op.LOAD_NAME: {
      const name = unit.names[arg];
      const locals = frame.locals;
      if (locals !== null && locals.type !== vm.t.dict) {
        vm.runNative(loadNameThroughMapping(vm, frame, locals, name), frame.pushResult, 'LOAD_NAME');
        return;
      }
      const v = (locals?.getStr(name)) ?? frame.globals.getStr(name) ?? frame.builtins.getStr(name);
      if (!v) throw loadNameError(vm, name, frame);
      stack.push(vm.incref(v, Cause.Stack));
      return;
    }
    case Op.STORE_NAME: {
      const name = unit.names[arg];
      const v = stack.pop() as PyObject;
      const ns = frame.locals ?? frame.globals;
      if (ns.type !== vm.t.dict) {
        vm.runNative(namespaceSet(vm, ns, name, v), () => {
          if (vm.heap.recording) vm.heap.events.bind(vm.steps, frame.id, name, v.id, bindLine(frame));
        }, 'STORE_NAME');
        return;
      }
      setName(vm, ns, name, v, true);
      if (vm.heap.recording) vm.heap.events.bind(vm.steps, frame.id, name, v.id, bindLine(frame));
      return;
    }
    case Op.DELETE_NAME: {
      const name = unit.names[arg];
      const ns = frame.locals ?? frame.globals;
      if (ns.type !== vm.t.dict) {
        vm.runNative(deleteNameThroughMapping(vm, frame, ns, name), discardResult, 'DELETE_NAME');
        return;
      }
      if (!delName(vm, ns, name)) throw nameError(vm, name);
      if (vm.heap.recording) vm.heap.events.bind(vm.steps, frame.id, name, -1, bindLine(frame));
      return;
    }
    case Op.LOAD_GLOBAL: {
      const name = unit.names[arg >> 1];
      if (arg & 1) stack.push(null);
      const v = frame.globals.getStr(name) ?? frame.builtins.getStr(name);
      if (!v) throw loadNameError(vm, name, frame);
      stack.push(vm.incref(v, Cause.Stack));
      return;
    }
    case Op.STORE_GLOBAL: {
      const name = unit.names[arg];
      setName(vm, frame.globals, name, stack.pop() as PyObject, true);
      return;
    }
    case Op.DELETE_GLOBAL: {
      const name = unit.names[arg];
      if (!delName(vm, frame.globals, name)) throw nameError(vm, name);
      return;
    }
    case Op.LOAD_FAST: {
      const v = frame.fast[arg];
      if (!v) throw unboundLocal(vm, frame, arg);
      stack.push(vm.incref(v, Cause.Stack));
      return;
    }
    case Op.STORE_FAST: {
      const old = frame.fast[arg];
      const v = stack.pop() as PyObject;
      frame.fast[arg] = v;
      const name = unit.varnames[arg];
      // The stack's reference moves into the local: no count changes, only the binding.
      if (vm.heap.recording) vm.heap.events.bind(vm.steps, frame.id, name, v.id, bindLine(frame));
      if (old) vm.decref(old, Cause.Local, name);
      return;
    }
    case Op.DELETE_FAST: {
      const old = frame.fast[arg];
      if (!old) throw unboundLocal(vm, frame, arg);
      frame.fast[arg] = null;
      vm.decref(old, Cause.Local, unit.varnames[arg]);
      return;
    }
    case Op.MAKE_CELL: {
      const initial = frame.fast[arg];
      const cell = unit.inlinedOnlyCells.length && unit.inlinedOnlyCells.includes(arg) ? vm.trackOutsideGc(new PyCell(vm.t.cell, initial)) : null;
      frame.fast[arg] = cell ?? vm.newCell(initial);
      return;
    }
    case Op.COPY_FREE_VARS: {
      const closure = (frame.func?.closure as PyTuple).items;
      const offset = unit.varnames.length + unit.cellvars.length;
      for (let i = 0; i < arg; i++) frame.fast[offset + i] = vm.incref(closure[i], Cause.Cell, unit.freevars[i]);
      return;
    }
    case Op.LOAD_CLOSURE:
      stack.push(vm.incref(frame.fast[arg] as PyObject, Cause.Stack));
      return;
    case Op.LOAD_DEREF:
    case Op.LOAD_CLASSDEREF: {
      const cell = frame.fast[arg] as PyCell;
      const name = frame.localNames[arg];
      if (op === Op.LOAD_CLASSDEREF) {
        const locals = frame.locals;
        if (locals && locals.type !== vm.t.dict) {
          vm.runNative(loadClassDerefThroughMapping(vm, frame, locals, cell, arg), frame.pushResult, 'LOAD_CLASSDEREF');
          return;
        }
        const v = locals?.getStr(name);
        if (v) {
          stack.push(vm.incref(v, Cause.Stack));
          return;
        }
      }
      if (!cell.contents) throw freeVarError(vm, frame, arg);
      stack.push(vm.incref(cell.contents, Cause.Stack));
      return;
    }
    case Op.STORE_DEREF: {
      const cell = frame.fast[arg] as PyCell;
      const old = cell.contents;
      cell.contents = stack.pop() as PyObject;
      if (vm.heap.recording) vm.heap.events.bind(vm.steps, frame.id, frame.localNames[arg], cell.contents.id, bindLine(frame));
      if (old) vm.decref(old, Cause.Cell, frame.localNames[arg]);
      return;
    }
    case Op.DELETE_DEREF: {
      const cell = frame.fast[arg] as PyCell;
      const old = cell.contents;
      if (!old) throw freeVarError(vm, frame, arg);
      cell.contents = null;
      vm.decref(old, Cause.Cell, frame.localNames[arg]);
      return;
    }

    // ---- attributes ------------------------------------------------------------------------
    case Op.LOAD_ATTR: {
      const owner = stack.pop() as PyObject;
      const fast = fastGetAttr(vm, owner, unit.names[arg]);
      if (fast) {
        vm.decref(owner, Cause.Stack);
        stack.push(fast);
        return;
      }
      vm.runNative(releasing(vm, getAttr(vm, owner, unit.names[arg]), [owner]), frame.pushResult, 'getattr');
      return;
    }
    case Op.LOAD_METHOD: {
      opLoadMethod(vm, frame, op, arg);
      return;
    }
    case Op.STORE_ATTR: {
      opStoreAttr(vm, frame, op, arg);
      return;
    }
    case Op.DELETE_ATTR: {
      opDeleteAttr(vm, frame, op, arg);
      return;
    }

    // ---- operators ---------------------------------------------------------------------------
    case Op.BINARY_OP: {
      const right = stack.pop() as PyObject;
      const left = stack.pop() as PyObject;
      const exact = exactIntBinaryOp(vm, left, right, arg);
      if (exact !== null) {
        vm.decref(left, Cause.Stack);
        vm.decref(right, Cause.Stack);
        stack.push(exact);
        return;
      }
      if (!left.type.heap && !right.type.heap) {
        // Built-in operands: no Python code can run, so no native frame is needed.
        let result: PyObject | null;
        try {
          result = builtinBinaryOp(vm, left, right, arg);
        } catch (e) {
          vm.decref(left, Cause.Stack);
          vm.decref(right, Cause.Stack);
          throw e;
        }
        if (result) {
          vm.decref(left, Cause.Stack);
          vm.decref(right, Cause.Stack);
          stack.push(result);
          return;
        }
      }
      vm.runNative(releasing(vm, binaryOp(vm, left, right, arg), [left, right]), frame.pushResult, 'binary op');
      return;
    }
    case Op.UNARY_NEGATIVE:
    case Op.UNARY_POSITIVE:
    case Op.UNARY_INVERT: {
      const v = stack.pop() as PyObject;
      const kind = op === Op.UNARY_NEGATIVE ? 'neg' : op === Op.UNARY_POSITIVE ? 'pos' : 'invert';
      const exact = exactUnaryOp(vm, v, kind);
      if (exact !== null) {
        vm.decref(v, Cause.Stack);
        stack.push(exact);
        return;
      }
      vm.runNative(releasing(vm, unaryOp(vm, v, kind), [v]), frame.pushResult, 'unary op');
      return;
    }
    case Op.UNARY_NOT: {
      opUnaryNot(vm, frame, op, arg);
      return;
    }
    case Op.COMPARE_OP: {
      const right = stack.pop() as PyObject;
      const left = stack.pop() as PyObject;
      const exact = exactIntCompare(vm, left, right, arg);
      if (exact !== null) {
        vm.decref(left, Cause.Stack);
        vm.decref(right, Cause.Stack);
        stack.push(vm.newBool(exact));
        return;
      }
      if (!left.type.heap && !right.type.heap) {
        const fast = builtinCompare(vm, left, right, compareOpName(arg));
        if (fast !== null) {
          vm.decref(left, Cause.Stack);
          vm.decref(right, Cause.Stack);
          stack.push(vm.newBool(fast));
          return;
        }
      }
      vm.runNative(releasing(vm, richCompare(vm, left, right, compareOpName(arg)), [left, right]), frame.pushResult, 'compare');
      return;
    }
    case Op.IS_OP: {
      const right = stack.pop() as PyObject;
      const left = stack.pop() as PyObject;
      const same = left === right;
      vm.decref(left, Cause.Stack);
      vm.decref(right, Cause.Stack);
      stack.push(vm.newBool(arg ? !same : same));
      return;
    }
    case Op.CONTAINS_OP: {
      opContainsOp(vm, frame, op, arg);
      return;
    }
    case Op.BINARY_SUBSCR: {
      const key = stack.pop() as PyObject;
      const container = stack.pop() as PyObject;
      const found = fastGetItem(vm, container, key);
      if (found) {
        // What the general path does once getItem returned: the operands released, then the result pushed.
        vm.decref(container, Cause.Stack);
        vm.decref(key, Cause.Stack);
        stack.push(found);
        return;
      }
      vm.runNative(releasing(vm, getItem(vm, container, key), [container, key]), frame.pushResult, 'getitem');
      return;
    }
    case Op.STORE_SUBSCR: {
      opStoreSubscr(vm, frame, op, arg);
      return;
    }
    case Op.DELETE_SUBSCR: {
      opDeleteSubscr(vm, frame, op, arg);
      return;
    }

    // ---- building ----------------------------------------------------------------------------
    case Op.BUILD_SLICE: {
      const step = arg === 3 ? stack.pop() as PyObject : vm.newNone();
      const stop = stack.pop() as PyObject;
      const start = stack.pop() as PyObject;
      stack.push(vm.track(new PySlice(vm.t.slice, start, stop, step)));
      return;
    }
    case Op.BUILD_LIST:
      stack.push(vm.newList(stack.splice(stack.length - arg, arg) as PyObject[]));
      return;
    case Op.BUILD_TUPLE: {
      const items = stack.splice(stack.length - arg, arg) as PyObject[];
      // The closure of a comprehension 3.12+ inlines: no tuple there either (see MAKE_FUNCTION).
      stack.push(closesInlinedComprehension(vm, frame, pc) ? vm.trackOutsideGc(new PyTuple(vm.t.tuple, items)) : vm.newTuple(items));
      return;
    }
    case Op.BUILD_SET: {
      const items = stack.splice(stack.length - arg, arg) as PyObject[];
      const s = vm.newSet();
      try {
        for (const i of items) setAdd(vm, s, i);
      } finally {
        for (const i of items) vm.decref(i, Cause.Stack);
      }
      stack.push(s);
      return;
    }
    case Op.BUILD_MAP: {
      const items = stack.splice(stack.length - 2 * arg, 2 * arg) as PyObject[];
      const d = vm.newDict();
      presizeDict(d, items.filter((_, i) => i % 2 === 0));
      try {
        for (let i = 0; i < items.length; i += 2) dictSet(vm, d, items[i], items[i + 1]);
      } finally {
        for (const i of items) vm.decref(i, Cause.Stack);
      }
      stack.push(d);
      return;
    }
    case Op.BUILD_CONST_KEY_MAP: {
      opBuildConstKeyMap(vm, frame, op, arg);
      return;
    }
    case Op.BUILD_STRING: {
      opBuildString(vm, frame, op, arg);
      return;
    }
    case Op.LIST_APPEND: {
      const v = stack.pop() as PyObject;
      const list = stack[stack.length - arg] as PyList;
      listResize(list, list.items.length + 1); // _PyList_AppendTakeRef → list_resize(n + 1) when full
      list.items.push(v);
      return;
    }
    case Op.SET_ADD: {
      const v = stack.pop() as PyObject;
      try {
        setAdd(vm, stack[stack.length - arg] as PySet, v);
      } finally {
        vm.decref(v, Cause.Stack);
      }
      return;
    }
    case Op.MAP_ADD: {
      const value = stack.pop() as PyObject;
      const key = stack.pop() as PyObject;
      try {
        dictSet(vm, stack[stack.length - arg] as PyDict, key, value);
      } finally {
        vm.decref(key, Cause.Stack);
        vm.decref(value, Cause.Stack);
      }
      return;
    }
    case Op.LIST_EXTEND:
    case Op.SET_UPDATE: {
      opSetUpdate(vm, frame, op, arg);
      return;
    }
    case Op.DICT_UPDATE:
    case Op.DICT_MERGE: {
      opDictMerge(vm, frame, op, arg);
      return;
    }
    case Op.LIST_TO_TUPLE: {
      opListToTuple(vm, frame, op, arg);
      return;
    }
    case Op.UNPACK_SEQUENCE:
    case Op.UNPACK_EX: {
      opUnpackEx(vm, frame, op, arg);
      return;
    }

    // ---- calls ---------------------------------------------------------------------------------
    case Op.KW_NAMES:
      frame.kwnames = (frame.code.consts[arg] as PyTuple).items.map((s) => (s as PyStr).value);
      return;
    case Op.CALL: {
      opCall(vm, frame, op, arg);
      return;
    }
    case Op.CALL_FUNCTION_EX: {
      opCallFunctionEx(vm, frame, op, arg);
      return;
    }
    case Op.MAKE_FUNCTION: {
      const code = stack.pop() as PyObject as PyCode;
      const closure = arg & 8 ? (stack.pop() as PyObject as PyTuple) : null;
      const annotations = arg & 4 ? stack.pop() as PyObject : null;
      const kwdefaults = arg & 2 ? (stack.pop() as PyObject as PyDict) : null;
      const defaults = arg & 1 ? (stack.pop() as PyObject as PyTuple) : null;
      const u = code.unit;
      vm.incref(frame.globals, Cause.Function, '__globals__');
      const made = new PyFunction(vm.t.function, code, frame.globals, vm.incref(vm.intern(u.name), Cause.Function) as PyStr, vm.incref(vm.intern(u.qualname), Cause.Function) as PyStr);
      // 3.12+ inlines list, set and dict comprehensions (PEP 709): the function the simulator still calls
      // them through is no allocation gc.get_count() counts, nor an object gc.get_objects() lists.
      const func = inlinedComprehension(vm, code) ? vm.trackOutsideGc(made) : vm.track(made);
      func.defaults = defaults;
      func.kwdefaults = kwdefaults;
      func.closure = closure;
      func.annotations = annotations;
      // 3.13t: a function not nested in another one counts a deferred reference (funcobject.c).
      if (vm.deferredRefcounts && !(u.flags & CodeFlags.nested)) vm.deferredRefcounts.set(func);
      stack.push(func);
      return;
    }
    case Op.RETURN_VALUE: {
      const value = stack.pop() as PyObject;
      vm.finishFrame(frame, value);
      return;
    }
    case Op.RETURN_GENERATOR:
      stack.push(vm.newNone());
      return;
    case Op.YIELD_VALUE: {
      const value = stack.pop() as PyObject;
      vm.suspendFrame(frame, value);
      return;
    }
    case Op.ASYNC_GEN_WRAP:
      stack.push(wrapValue(vm, stack.pop() as PyObject));
      return;
    case Op.GET_YIELD_FROM_ITER: {
      const o = (stack[stack.length - 1] as PyObject);
      if (o instanceof PyCoroutine && !(unit.flags & (CodeFlags.coroutine | CodeFlags.iterableCoroutine))) {
        throw vm.error('TypeError', "cannot 'yield from' a coroutine object in a non-coroutine generator");
      }
      if (o instanceof PyGenerator && !(o instanceof PyAsyncGenerator)) return;
      stack.pop() as PyObject;
      vm.runNative(releasing(vm, getIter(vm, o), [o]), frame.pushResult, 'iter');
      return;
    }
    case Op.SEND: {
      opSend(vm, frame, op, arg);
      return;
    }
    case Op.GET_AWAITABLE: {
      const o = stack.pop() as PyObject;
      vm.runNative(releasing(vm, awaitableIterator(vm, o, arg), [o]), frame.pushResult, 'await');
      return;
    }

    // ---- iteration and jumps -------------------------------------------------------------------
    case Op.GET_ITER: {
      const o = stack.pop() as PyObject;
      vm.runNative(releasing(vm, getIter(vm, o), [o]), frame.pushResult, 'iter');
      return;
    }
    case Op.FOR_ITER: {
      opForIter(vm, frame, op, arg);
      return;
    }
    case Op.JUMP_FORWARD:
    case Op.JUMP_BACKWARD:
    case Op.JUMP_NO_INTERRUPT:
      frame.pc = arg;
      if (op === Op.JUMP_BACKWARD) frame.line = -1;
      return;
    case Op.POP_JUMP_IF_FALSE:
    case Op.POP_JUMP_IF_TRUE: {
      opPopJumpIfTrue(vm, frame, op, arg);
      return;
    }
    case Op.POP_JUMP_IF_NONE:
    case Op.POP_JUMP_IF_NOT_NONE: {
      const v = stack.pop() as PyObject;
      const isNone = v === vm.none;
      vm.decref(v, Cause.Stack);
      if (isNone === (op === Op.POP_JUMP_IF_NONE)) frame.pc = arg;
      return;
    }
    case Op.JUMP_IF_FALSE_OR_POP:
    case Op.JUMP_IF_TRUE_OR_POP: {
      opJumpIfTrueOrPop(vm, frame, op, arg);
      return;
    }

    // ---- f-strings -----------------------------------------------------------------------------
    case Op.FORMAT_VALUE: {
      opFormatValue(vm, frame, op, arg);
      return;
    }

    // ---- exceptions ----------------------------------------------------------------------------
    case Op.RAISE_VARARGS: {
      opRaiseVarargs(vm, frame, op, arg);
      return;
    }
    case Op.RERAISE: {
      const exc = stack.pop() as PyObject as PyExceptionObj;
      if (arg) {
        // The saved lasti only decides what the frame reports (its line, the next handler's
        // lasti); the handler search still starts at this RERAISE (3.11 exception_unwind).
        const lasti = stack[stack.length - arg];
        if (lasti instanceof PyInt) {
          frame.reportedLasti = Number(lasti.value);
          // An instruction that takes its line from the one run before it (INHERITED_LINE) leaves the frame's.
          const line = unit.positions[frame.reportedLasti].line;
          if (line !== 0) frame.line = line;
        }
      }
      const err = new PyError(exc);
      err.reraise = true;
      throw err;
    }
    case Op.PUSH_EXC_INFO: {
      const exc = stack.pop() as PyObject;
      const previous = vm.excInfo;
      stack.push(previous ?? vm.newNone());
      vm.excInfo = vm.incref(exc, Cause.Exception, 'exc_info');
      stack.push(exc);
      return;
    }
    case Op.POP_EXCEPT: {
      const restored = stack.pop() as PyObject;
      const old = vm.excInfo;
      if (restored === vm.none) {
        vm.decref(restored, Cause.Stack);
        vm.excInfo = null;
      } else vm.excInfo = restored;
      if (old) vm.decref(old, Cause.Exception, 'exc_info');
      return;
    }
    case Op.CHECK_EXC_MATCH: {
      const type = stack.pop() as PyObject;
      const exc = (stack[stack.length - 1] as PyObject);
      try {
        if (!isExceptionClass(vm, type)) {
          throw vm.error('TypeError', 'catching classes that do not inherit from BaseException is not allowed');
        }
        stack.push(vm.newBool(exceptionMatches(vm, exc, type)));
      } finally {
        vm.decref(type, Cause.Stack);
      }
      return;
    }
    case Op.CHECK_EG_MATCH: {
      const spec = stack.pop() as PyObject;
      try {
        checkExceptStarType(vm, spec);
      } catch (e) {
        vm.decref(spec, Cause.Stack);
        throw e;
      }
      vm.runNative(releasing(vm, checkEgMatch(vm, stack, spec), [spec]), frame.pushResult, 'except*');
      return;
    }
    case Op.PREP_RERAISE_STAR: {
      const excs = stack.pop() as PyList;
      const orig = stack.pop() as PyObject;
      vm.runNative(releasing(vm, prepReraiseStar(vm, orig, excs), [excs, orig]), frame.pushResult, 'except*');
      return;
    }
    case Op.LOAD_ASSERTION_ERROR:
      stack.push(vm.incref(vm.exc.get('AssertionError') as PyType, Cause.Stack));
      return;
    case Op.BEFORE_WITH: {
      opBeforeWith(vm, frame, op, arg);
      return;
    }
    case Op.GET_AITER: {
      const o = stack.pop() as PyObject;
      vm.runNative(releasing(vm, asyncIterator(vm, o), [o]), frame.pushResult, 'aiter');
      return;
    }
    case Op.GET_ANEXT: {
      const aiter = stack[stack.length - 1] as PyObject;
      vm.runNative(nextAwaitable(vm, aiter), frame.pushResult, 'anext');
      return;
    }
    case Op.END_ASYNC_FOR: {
      // The handler of the __anext__ await: StopAsyncIteration ends the loop (the iterator popped too).
      const exc = stack.pop() as PyObject as PyExceptionObj;
      if (exc.type.isSubtypeOf(vm.exc.get('StopAsyncIteration') as PyType)) {
        vm.decref(exc, Cause.Exception);
        vm.decref(stack.pop() as PyObject, Cause.Stack);
        return;
      }
      const err = new PyError(exc);
      err.reraise = true;
      throw err;
    }
    case Op.BEFORE_ASYNC_WITH: {
      const mgr = stack.pop() as PyObject;
      vm.runNative(enterAsyncContext(vm, stack, mgr), frame.pushResult, 'async with');
      return;
    }
    case Op.WITH_EXCEPT_START: {
      opWithExceptStart(vm, frame, op, arg);
      return;
    }

    // ---- classes and modules ---------------------------------------------------------------------
    case Op.LOAD_BUILD_CLASS: {
      const bc = frame.builtins.getStr('__build_class__') as PyObject;
      stack.push(vm.incref(bc, Cause.Stack));
      return;
    }
    case Op.SETUP_ANNOTATIONS: {
      const ns = frame.locals ?? frame.globals;
      if (ns.type !== vm.t.dict) {
        vm.runNative(namespaceSetupAnnotations(vm, ns), discardResult, 'SETUP_ANNOTATIONS');
        return;
      }
      if (!ns.getStr('__annotations__')) {
        const d = vm.newDict();
        setName(vm, ns, '__annotations__', d, true);
      }
      return;
    }
    case Op.LOAD_LOCALS:
      stack.push(vm.incref(frame.locals ?? frame.globals, Cause.Stack));
      return;
    case Op.IMPORT_NAME: {
      const fromlist = stack.pop() as PyObject;
      const level = stack.pop() as PyObject;
      const wantsLeaf = fromlist !== vm.none && !(fromlist instanceof PyTuple && fromlist.items.length === 0);
      const dots = level instanceof PyInt ? Number(level.value) : 0;
      // The code's constants keep the fromlist alive past this.
      vm.decref(fromlist, Cause.Stack);
      vm.decref(level, Cause.Stack);
      // `from .util import area`: named from the importing module's package (none in the script, __main__).
      const name = dots > 0 ? resolveRelativeName(vm, unit.names[arg], frame.globals, dots) : unit.names[arg];
      const mod = importForStatement(vm, name, unit.positions[pc]);
      if (wantsLeaf) importSubmodulesListed(vm, mod, fromlist, unit.positions[pc]);
      // `import a.b` binds a (the top-level package); `from a.b import c` works on a.b.
      const pushedName = wantsLeaf || !name.includes('.') ? name : name.slice(0, name.indexOf('.'));
      let pushed = pushedName === name ? mod : topLevelModule(vm, pushedName);
      // "As processes": the learner's own imports see threading.Thread as multiprocessing.Process.
      if (vm.options.threadsAsProcesses && !unit.library) pushed = importedByLearner(vm, pushedName, pushed, unit.positions[pc]);
      stack.push(vm.incref(pushed, Cause.Stack));
      return;
    }
    case Op.IMPORT_FROM: {
      const from = stack[stack.length - 1] as PyObject;
      const name = unit.names[arg];
      if (!(from instanceof PyModule)) {
        // What a program put in sys.modules: import_from's getattr.
        vm.runNative(importFromObject(vm, from, name), frame.pushResult, 'import from');
        return;
      }
      const mod = from;
      mod.beforeRead?.(name);
      let v = mod.dict.getStr(name);
      // importlib's _handle_fromlist: a name the package lacks may be a submodule, imported then.
      if (!v && isSimulatedModule(`${mod.name}.${name}`)) {
        importForStatement(vm, `${mod.name}.${name}`, unit.positions[pc]);
        v = mod.dict.getStr(name);
      }
      if (!v && mod.dict.getStr('__getattr__')) {
        // import_from: PyObject_GetAttr first, so a module's __getattr__ (PEP 562) may give the name.
        vm.runNative(importFromGetattr(vm, mod, name, !!unit.library), frame.pushResult, 'import from');
        return;
      }
      // import_from's last resort: the submodule sys.modules has (imported, not yet bound in its package: a circular import).
      if (!v) v = vm.modules.entry(`${mod.name}.${name}`) ?? null;
      if (!v) throw importFromFailed(vm, mod, name, !!unit.library);
      stack.push(vm.incref(v, Cause.Stack));
      return;
    }
    // ---- match statements ------------------------------------------------------------------------
    case Op.GET_LEN:
      opGetLen(vm, frame);
      return;
    case Op.MATCH_SEQUENCE:
      opMatchSequence(vm, frame);
      return;
    case Op.MATCH_MAPPING:
      opMatchMapping(vm, frame);
      return;
    case Op.MATCH_KEYS:
      opMatchKeys(vm, frame);
      return;
    case Op.MATCH_CLASS:
      opMatchClass(vm, frame, arg);
      return;
    case Op.IMPORT_STAR: {
      vm.runNative(importAllFrom(vm, stack.pop() as PyObject, frame.locals ?? frame.globals), discardResult, 'import *');
      return;
    }
    default:
      throw new Error(`internal: opcode ${op} not implemented`);
  }
}

/** `from mod import name` when the name is missing: not modelled for a name CPython's module has, else ImportError. */
function importFromFailed(vm: VM, mod: import('../objects/instances').PyModule, name: string, library: boolean): PyError | UnsupportedError {
  // The simulator's own library code may probe and fall back.
  const owner = library ? null : cpythonAttributeOwner(vm.options.version.version, mod, name);
  if (owner) return vm.unsupported(owner);
  // import_from's message names the module's file when it has one (a module run from CPython's: cpython-files.ts,
  // or the learner's: local-modules.ts), and a module whose code is still running (a circular import).
  const file = mod.dict.getStr('__file__');
  const path = file instanceof PyStr ? file : null;
  const message = path === null ? `cannot import name '${name}' from '${mod.name}' (unknown location)`
    : mod.initializing ? `cannot import name '${name}' from partially initialized module '${mod.name}' (most likely due to a circular import) (${path.value})`
      : `cannot import name '${name}' from '${mod.name}' (${path.value})`;
  const err = vm.error('ImportError', message);
  const moduleName = mod.dict.getStr('__name__');
  setImportErrorFields(vm, err.exc, { name: moduleName ?? undefined, path: path ?? undefined, nameFrom: vm.intern(name) });
  return err;
}

/**
 * `from x import name` where sys.modules held something else than a module for x (Python/ceval.c import_from):
 * its attribute, else ImportError naming its __name__ (`<unknown module name>` without one).
 */
function* importFromObject(vm: VM, from: PyObject, name: string): Native {
  try {
    return yield* getAttr(vm, from, name);
  } catch (e) {
    if (!(e instanceof PyError) || !e.exc.type.isSubtypeOf(vm.exc.get('AttributeError') as PyType)) throw e;
    vm.decref(e.exc, Cause.Exception);
  }
  let owner: PyStr | null = null;
  try {
    const pkg = yield* getAttr(vm, from, '__name__');
    if (pkg instanceof PyStr) owner = pkg;
    else vm.decref(pkg, Cause.Stack);
  } catch (e) {
    if (!(e instanceof PyError)) throw e;
    vm.decref(e.exc, Cause.Exception);
  }
  const err = vm.error('ImportError', `cannot import name '${name}' from '${owner?.value ?? '<unknown module name>'}' (unknown location)`);
  setImportErrorFields(vm, err.exc, { name: owner ?? undefined, nameFrom: vm.intern(name) });
  if (owner) vm.decref(owner, Cause.Stack);
  throw err;
}

/** The module's __getattr__ for `from mod import name`; its AttributeError becomes import_from's ImportError. */
function* importFromGetattr(vm: VM, mod: import('../objects/instances').PyModule, name: string, library: boolean): Native {
  try {
    return yield* getAttr(vm, mod, name);
  } catch (e) {
    if (!(e instanceof PyError) || !e.exc.type.isSubtypeOf(vm.exc.get('AttributeError') as PyType)) throw e;
    vm.decref(e.exc, Cause.Exception);
    throw importFromFailed(vm, mod, name, library);
  }
}

/** CALL: starts the call; Python callees get a frame, others run as native code. */
function startCall(vm: VM, frame: Frame, callable: PyObject, args: PyObject[], kwargs: Map<string, PyObject> | null): void {
  const outcome = invoke(vm, callable, args, kwargs, true, null);
  if ('frame' in outcome) {
    vm.pushFrame(outcome.frame);
    return;
  }
  if ('value' in outcome) {
    frame.stack.push(outcome.value);
    return;
  }
  vm.runNative(outcome.native, (v) => frame.stack.push(v ?? vm.newNone()), outcome.name);
}

/** Turns the operand of `raise` into an exception instance (instantiating a class). Consumes `o`. */
function* makeException(vm: VM, o: PyObject): Generator<import('./frame').CallRequest, PyExceptionObj, PyObject> {
  if (o instanceof PyExceptionObj) return o;
  if (o instanceof PyType && isExceptionClass(vm, o)) {
    try {
      const inst = yield { callable: o, args: [], kwargs: null };
      if (!(inst instanceof PyExceptionObj)) {
        vm.decref(inst, Cause.Stack);
        throw vm.error('TypeError', `calling ${o.name} should have returned an instance of BaseException, not ${inst.type.name}`);
      }
      return inst;
    } finally {
      vm.decref(o, Cause.Stack);
    }
  }
  vm.decref(o, Cause.Stack);
  throw vm.error('TypeError', 'exceptions must derive from BaseException');
}

/** LOAD_NAME in a namespace that is not exactly a dict: the mapping's item, else the globals', else the builtins'. */
function* loadNameThroughMapping(vm: VM, frame: Frame, ns: PyDict, name: string): Native<PyObject | null> {
  const v = yield* namespaceGet(vm, ns, name);
  if (v) return v;
  const g = frame.globals.getStr(name) ?? frame.builtins.getStr(name);
  if (!g) throw loadNameError(vm, name, frame);
  return vm.incref(g, Cause.Stack);
}

/** LOAD_CLASSDEREF in a namespace that is not exactly a dict: the mapping's item, else the cell's contents. */
function* loadClassDerefThroughMapping(vm: VM, frame: Frame, ns: PyDict, cell: PyCell, slot: number): Native<PyObject | null> {
  const v = yield* namespaceGet(vm, ns, frame.localNames[slot]);
  if (v) return v;
  if (!cell.contents) throw freeVarError(vm, frame, slot);
  return vm.incref(cell.contents, Cause.Stack);
}

/** DELETE_NAME in a namespace that is not exactly a dict: any failure of the mapping's deletion is a NameError. */
function* deleteNameThroughMapping(vm: VM, frame: Frame, ns: PyDict, name: string): Native<PyObject | null> {
  if (!(yield* namespaceDelete(vm, ns, name))) throw nameError(vm, name);
  if (vm.heap.recording) vm.heap.events.bind(vm.steps, frame.id, name, -1, bindLine(frame));
  return null;
}

/** A name found nowhere: "not modelled" when it is one of CPython's builtins (open, help, exit…), else NameError. */
function loadNameError(vm: VM, name: string, frame: Frame): PyError | UnsupportedError {
  if (frame.builtins === vm.builtins && cpythonHasBuiltin(vm.options.version.version, name)) return vm.unsupported(`builtin ${name}`);
  return nameError(vm, name, frame);
}

function nameError(vm: VM, name: string, frame?: Frame): PyError {
  const err = vm.error('NameError', `name '${name}' is not defined`);
  const exc = err.exc as PyExceptionObj & { missingName?: string; missingScope?: string[]; selfHasName?: boolean };
  exc.missingName = name;
  // format_exc_check_arg sets NameError.name.
  exc.attributeName = vm.newInternedStr(name);
  // 3.12+: in a method whose self has that attribute, "Did you mean: 'self.x'?" (looked up without running code).
  const selfSlot = frame ? frame.localNames.indexOf('self') : -1;
  const selfValue = frame && selfSlot >= 0 ? frame.fast[selfSlot] : null;
  const self = selfValue instanceof PyCell ? selfValue.contents : selfValue;
  if (self) exc.selfHasName = !!(instanceDict(self)?.getStr(name) || self.type.lookup(name));
  // CPython suggests from the frame's locals, then its globals and the builtins.
  if (frame) exc.missingScope = [...frame.localNames, ...(frame.locals ? frame.locals.entryList().map((e) => (e.key as PyStr).value) : []), ...frame.globals.entryList().map((e) => (e.key as PyStr).value)];
  return err;
}

function unboundLocal(vm: VM, frame: Frame, slot: number): PyError {
  const name = frame.localNames[slot];
  return vm.error('UnboundLocalError', `cannot access local variable '${name}' where it is not associated with a value`);
}

function freeVarError(vm: VM, frame: Frame, slot: number): PyError {
  const name = frame.localNames[slot];
  if (slot < frame.unit.varnames.length + frame.unit.cellvars.length) {
    return vm.error('UnboundLocalError', `cannot access local variable '${name}' where it is not associated with a value`);
  }
  const err = vm.error('NameError', `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`);
  err.exc.attributeName = vm.newInternedStr(name);
  return err;
}


// Instructions whose work needs closures (native generators, continuations) live in their own
// functions, so that `execute` allocates no closure context for every instruction.
function opLoadMethod(vm: VM, frame: Frame, _op: number, arg: number): void {
  const stack = frame.stack;
  const unit = frame.unit;
  const owner = stack.pop() as PyObject;
  const fast = fastLoadMethod(vm, owner, unit.names[arg]);
  if (fast) {
    vm.decref(owner, Cause.Stack);
    stack.push(fast[0], fast[1]);
    return;
  }
  vm.runNative(loadMethodOnto(vm, stack, owner, unit.names[arg]), frame.pushResult, 'getattr');
  return;
}

function* loadMethodOnto(vm: VM, stack: (PyObject | null)[], owner: PyObject, name: string): Native<PyObject | null> {
  const [meth, second] = yield* releasing(vm, loadMethod(vm, owner, name), [owner]);
  stack.push(meth);
  return second;
}

function opStoreAttr(vm: VM, frame: Frame, _op: number, arg: number): void {
  const stack = frame.stack;
  const unit = frame.unit;
  const owner = stack.pop() as PyObject;
  const value = stack.pop() as PyObject;
  if (fastSetAttr(vm, owner, unit.names[arg], value)) {
    vm.decref(value, Cause.Stack);
    vm.decref(owner, Cause.Stack);
    return;
  }
  vm.runNative(releasing(vm, setAttr(vm, owner, unit.names[arg], value), [value, owner]), () => undefined, 'setattr');
  return;
}

function opDeleteAttr(vm: VM, frame: Frame, _op: number, arg: number): void {
  const stack = frame.stack;
  const unit = frame.unit;
  const owner = stack.pop() as PyObject;
  vm.runNative(releasing(vm, delAttr(vm, owner, unit.names[arg]), [owner]), () => undefined, 'delattr');
  return;
}

function opUnaryNot(vm: VM, frame: Frame, _op: number, _arg: number): void {
  const stack = frame.stack;
  const v = stack.pop() as PyObject;
  vm.runNative(notOf(vm, v), frame.pushResult, 'not');
  return;
}

function* notOf(vm: VM, v: PyObject): Native<PyObject | null> {
  const t = yield* releasing(vm, truthy(vm, v), [v]);
  return vm.newBool(!t);
}

function opContainsOp(vm: VM, frame: Frame, _op: number, arg: number): void {
  const stack = frame.stack;
  const container = stack.pop() as PyObject;
  const item = stack.pop() as PyObject;
  vm.runNative(containsOf(vm, container, item, arg !== 0), frame.pushResult, 'contains');
  return;
}

function* containsOf(vm: VM, container: PyObject, item: PyObject, negated: boolean): Native<PyObject | null> {
  const found = yield* releasing(vm, contains(vm, container, item), [item, container]);
  return vm.newBool(negated ? !found : found);
}

function opStoreSubscr(vm: VM, frame: Frame, _op: number, _arg: number): void {
  const stack = frame.stack;
  const key = stack.pop() as PyObject;
  const container = stack.pop() as PyObject;
  const value = stack.pop() as PyObject;
  if (fastSetItem(vm, container, key, value)) {
    vm.decref(container, Cause.Stack);
    vm.decref(key, Cause.Stack);
    vm.decref(value, Cause.Stack);
    return;
  }
  vm.runNative(releasing(vm, setItem(vm, container, key, value), [container, key, value]), () => undefined, 'setitem');
  return;
}

function opDeleteSubscr(vm: VM, frame: Frame, _op: number, _arg: number): void {
  const stack = frame.stack;
  const key = stack.pop() as PyObject;
  const container = stack.pop() as PyObject;
  if (fastDelItem(vm, container, key)) {
    vm.decref(container, Cause.Stack);
    vm.decref(key, Cause.Stack);
    return;
  }
  vm.runNative(releasing(vm, delItem(vm, container, key), [container, key]), () => undefined, 'delitem');
  return;
}

function opBuildConstKeyMap(vm: VM, frame: Frame, _op: number, arg: number): void {
  const stack = frame.stack;
  const keys = stack.pop() as PyObject as PyTuple;
  const values = stack.splice(stack.length - arg, arg) as PyObject[];
  const d = vm.newDict();
  presizeDict(d, keys.items);
  keys.items.forEach((k, i) => dictSet(vm, d, k, values[i]));
  for (const v of values) vm.decref(v, Cause.Stack);
  vm.decref(keys, Cause.Stack);
  stack.push(d);
  return;
}

function opBuildString(vm: VM, frame: Frame, _op: number, arg: number): void {
  const stack = frame.stack;
  const parts = stack.splice(stack.length - arg, arg) as PyObject[];
  const s = parts.map((p) => (p as PyStr).value).join('');
  for (const p of parts) vm.decref(p, Cause.Stack);
  stack.push(vm.newStr(s));
  return;
}

function opSetUpdate(vm: VM, frame: Frame, _op: number, arg: number): void {
  const stack = frame.stack;
  const iterable = stack.pop() as PyObject;
  const target = stack[stack.length - arg] as PyList | PySet;
  vm.runNative(extendWith(vm, target, iterable), () => undefined, 'extend');
  return;
}

function* extendWith(vm: VM, target: PyList | PySet, iterable: PyObject): Native<PyObject | null> {
  if (target instanceof PySet) {
    // SET_UPDATE: _PySet_Update (set_update_internal).
    yield* releasing(vm, setUpdateFrom(vm, target, iterable), [iterable]);
    return null;
  }
  const source = extendSource(vm, target, iterable);
  // LIST_EXTEND words a non-iterable its own way (`[*x]`, `f(a, *x)`); SET_UPDATE keeps iter()'s error.
  const notIterable: NotIterableMessage = {
    when: 'no-iter-slots', message: function* () { return `Value after * must be an iterable, not ${iterable.type.name}`; },
  };
  const items = yield* releasing(vm, iterateToArray(vm, iterable, notIterable), [iterable]);
  listExtendFrom(target, source as ExtendSource, items.length);
  target.items.push(...items);
  return null;
}

/**
 * `{**m}` (DICT_UPDATE: PyDict_Update) and the `**m` of a call (DICT_MERGE: _PyDict_MergeEx with
 * duplicates rejected), with their errors reworded as ceval.c does (format_kwargs_error for calls).
 */
function opDictMerge(vm: VM, frame: Frame, op: number, arg: number): void {
  const stack = frame.stack;
  const other = stack.pop() as PyObject;
  const target = stack[stack.length - arg] as PyDict;
  // DICT_MERGE's callable: below the positional tuple and the dict being built (CALL_FUNCTION_EX's operands).
  const callable = op === Op.DICT_MERGE ? (stack[stack.length - arg - 2] as PyObject) : null;
  vm.runNative(mergeInto(vm, target, other, callable), () => undefined, 'merge');
}

function* mergeInto(vm: VM, target: PyDict, other: PyObject, callable: PyObject | null): Native<PyObject | null> {
  try {
    return yield* dictMerge(vm, target, other, callable ? 2 : 1);
  } catch (e) {
    if (!(e instanceof PyError)) throw e;
    const type = e.exc.type;
    if (type.isSubtypeOf(vm.exc.get('AttributeError') as PyType)) {
      vm.decref(e.exc, Cause.Exception);
      if (!callable) throw vm.error('TypeError', `'${other.type.name}' object is not a mapping`);
      throw vm.error('TypeError', `${yield* functionStr(vm, callable)} argument after ** must be a mapping, not ${other.type.name}`);
    }
    const args = e.exc.args.items;
    const reworded = vm.options.version.kwargsAnyKeyErrorReworded || isDuplicateKeyError(e.exc);
    if (callable && type.isSubtypeOf(vm.exc.get('KeyError') as PyType) && args.length === 1 && reworded) {
      const key = vm.incref(args[0], Cause.Stack);
      vm.decref(e.exc, Cause.Exception);
      try {
        throw vm.error('TypeError', `${yield* functionStr(vm, callable)} got multiple values for keyword argument '${yield* strOf(vm, key)}'`);
      } finally {
        vm.decref(key, Cause.Stack);
      }
    }
    throw e;
  } finally {
    vm.decref(other, Cause.Stack);
  }
}

function opListToTuple(vm: VM, frame: Frame, _op: number, _arg: number): void {
  const stack = frame.stack;
  const list = stack.pop() as PyObject as PyList;
  stack.push(vm.newTuple(list.items.map((i) => vm.incref(i, Cause.Slot))));
  vm.decref(list, Cause.Stack);
  return;
}

/**
 * UNPACK_SEQUENCE / UNPACK_EX: an exact tuple or list is read directly; anything else through an
 * iterator (ceval.c unpack_iterable), which takes only the items it needs (one more for UNPACK_SEQUENCE,
 * to find out there are too many) before the rest of UNPACK_EX's starred target.
 */
function opUnpackEx(vm: VM, frame: Frame, op: number, arg: number): void {
  const stack = frame.stack;
  const seq = stack.pop() as PyObject;
  const before = op === Op.UNPACK_SEQUENCE ? arg : arg & 0xff;
  const after = op === Op.UNPACK_SEQUENCE ? -1 : arg >> 8;
  vm.runNative(unpackOnto(vm, stack, seq, arg, before, after), () => undefined, 'unpack');
  return;
}

function* unpackOnto(vm: VM, stack: (PyObject | null)[], seq: PyObject, arg: number, before: number, after: number): Native<PyObject | null> {
  const items = (seq instanceof PyList || seq instanceof PyTuple) && behavesAsBuiltin(seq, '__iter__')
    ? yield* releasing(vm, iterateToArray(vm, seq), [seq])
    : yield* releasing(vm, unpackIterable(vm, seq, before, after), [seq]);
  const fail = (message: string) => {
    for (const i of items) vm.decref(i, Cause.Stack);
    return vm.error('ValueError', message);
  };
  if (after === -1) {
    if (items.length < arg) throw fail(`not enough values to unpack (expected ${arg}, got ${items.length})`);
    if (items.length > arg) throw fail(`too many values to unpack (expected ${arg})`);
    for (let i = items.length - 1; i >= 0; i--) stack.push(items[i]);
  } else {
    if (items.length < before + after) throw fail(`not enough values to unpack (expected at least ${before + after}, got ${items.length})`);
    const head = items.slice(0, before);
    const middle = items.slice(before, items.length - after);
    const tail = items.slice(items.length - after);
    for (let i = tail.length - 1; i >= 0; i--) stack.push(tail[i]);
    stack.push(vm.newList(middle));
    for (let i = head.length - 1; i >= 0; i--) stack.push(head[i]);
  }
  return null;
}

/**
 * The items unpack_iterable takes from iter(seq) (new references): `before` of them, then one more
 * when there is no starred target (after = -1), else all the rest. Fewer when the iterator ends first.
 */
function* unpackIterable(vm: VM, seq: PyObject, before: number, after: number): Generator<import('./frame').CallRequest, PyObject[], PyObject> {
  const it = yield* getIterOr(vm, seq, {
    when: 'no-iter-slots',
    message: function* () { return `cannot unpack non-iterable ${seq.type.name} object`; },
  });
  const items: PyObject[] = [];
  try {
    const wanted = after === -1 ? before + 1 : Infinity;
    while (items.length < wanted) {
      const item = yield* iterNext(vm, it);
      if (!item) break;
      items.push(item);
    }
  } catch (e) {
    for (const i of items) vm.decref(i, Cause.Stack);
    throw e;
  } finally {
    vm.decref(it, Cause.Stack);
  }
  return items;
}

function opCall(vm: VM, frame: Frame, _op: number, arg: number): void {
  const stack = frame.stack;
  const kwnames = frame.kwnames;
  frame.kwnames = null;
  const base = stack.length - arg - 2;
  const first = stack[base];
  if (kwnames === null && pushExactArgsFrame(vm, stack, base, first)) return;
  if (kwnames === null) {
    const callable = first ?? stack[base + 1];
    if (callable instanceof PyBuiltin || callable instanceof PyMethodDescriptor) {
      const args = stack.slice(first ? base + 1 : base + 2) as PyObject[];
      while (stack.length > base) stack.pop();
      callBuiltinStealing(vm, callable, args, frame);
      return;
    }
  }
  if (kwnames === null && first === null) {
    const type = stack[base + 1];
    const init = type instanceof PyType ? plainInit(vm, type) : null;
    if (init !== null) {
      const args = stack.slice(base + 2) as PyObject[];
      while (stack.length > base) stack.pop();
      enterInit(vm, type as PyType, init, args);
      return;
    }
  }
  let callable = (first ?? stack[base + 1]) as PyObject;
  let args = stack.slice(first ? base + 1 : base + 2) as PyObject[];
  // Popping is cheaper than truncating through `length` for the few slots a call uses.
  while (stack.length > base) stack.pop();
  if (!first && callable instanceof PyMethod) {
    // A bound method in the callable slot is unpacked: its function and self replace it (3.11 CALL).
    const self = vm.incref(callable.self, Cause.Argument, 'self');
    const func = vm.incref(callable.func, Cause.Stack);
    vm.decref(callable, Cause.Stack);
    callable = func;
    args = [self, ...args];
  }
  let kwargs: Map<string, PyObject> | null = null;
  let positional = args;
  if (kwnames) {
    positional = args.slice(0, args.length - kwnames.length);
    kwargs = new Map();
    kwnames.forEach((k, i) => (kwargs as Map<string, PyObject>).set(k, args[positional.length + i]));
  }
  startCall(vm, frame, callable, positional, kwargs);
  return;
}

const NOT_PLAIN_POSITIONAL = CodeFlags.varargs | CodeFlags.varkeywords | CodeFlags.generator | CodeFlags.coroutine | CodeFlags.asyncGenerator;

/**
 * CALL of a Python function with exactly its positional parameters (3.11's CALL_PY_EXACT_ARGS):
 * the stack's references move into the new frame's locals without building an argument list.
 * Returns false when the general path must run (anything to bind by name, defaults, *args, a generator,
 * the recursion limit): it does the same as invoke() → functionFrame() for this case.
 */
function pushExactArgsFrame(vm: VM, stack: (PyObject | null)[], base: number, first: PyObject | null): boolean {
  const callable = first ?? stack[base + 1];
  if (!(callable instanceof PyFunction)) return false;
  const code = callable.code;
  const unit = code.unit;
  const argsStart = first ? base + 1 : base + 2;
  const nargs = stack.length - argsStart;
  if (nargs !== unit.argcount || unit.kwonlyargcount !== 0 || (unit.flags & NOT_PLAIN_POSITIONAL) !== 0 || vm.depth >= vm.recursionLimit) return false;
  const callee = new Frame(code, callable, callable.globals, vm.builtins, null);
  vm.incref(code, Cause.Frame, 'f_code');
  const fast = callee.fast;
  for (let i = 0; i < nargs; i++) fast[i] = stack[argsStart + i];
  while (stack.length > base) stack.pop();
  vm.pushFrame(callee);
  return true;
}

function opCallFunctionEx(vm: VM, frame: Frame, _op: number, arg: number): void {
  const stack = frame.stack;
  const kw = arg & 1 ? stack.pop() as PyObject : null;
  const callargs = stack.pop() as PyObject;
  const func = stack.pop() as PyObject;
  stack.pop() as PyObject;
  vm.runNative(callUnpacked(vm, func, callargs, kw), frame.pushResult, 'call');
  return;
}

function* callUnpacked(vm: VM, func: PyObject, callargs: PyObject, kw: PyObject | null): Native<PyObject | null> {
  let released = false;
  try {
    if (!(callargs instanceof PyTuple)) {
      // check_args_iterable, then PySequence_Tuple: the iterable is replaced by a new tuple at once.
      const items = yield* iterateToArray(vm, callargs, {
        when: 'no-iter-slots',
        message: function* () { return `${yield* functionStr(vm, func)} argument after * must be an iterable, not ${callargs.type.name}`; },
      });
      const tuple = vm.newTuple(items);
      vm.decref(callargs, Cause.Stack);
      callargs = tuple;
    }
    const positional = (callargs as PyTuple).items;
    let kwargs: Map<string, PyObject> | null = null;
    if (kw) {
      kwargs = new Map();
      const keys = new Map<string, PyObject>();
      for (const e of (kw as PyDict).items()) {
        if (!(e.key instanceof PyStr)) throw vm.error('TypeError', 'keywords must be strings');
        kwargs.set(e.key.value, e.value);
        keys.set(e.key.value, e.key);
      }
      rememberKeywordKeys(kwargs, keys);
    }
    // 3.12+: a Python function's frame takes the arguments and the tuple and dict are released then.
    const onFrame = vm.options.version.callExReleasesArgs && func.type === vm.t.function
      ? () => {
        released = true;
        vm.decref(callargs, Cause.Stack);
        if (kw) vm.decref(kw, Cause.Stack);
      }
      : undefined;
    // Otherwise a Python function (or a method of one) called with keywords gets them through
    // _PyStack_UnpackDict: an argument array holding its own reference to each value meanwhile, and the
    // kwnames tuple one to each key (the mapping's own strs).
    const unpacked = !onFrame && kwargs && kwargs.size > 0 && (func instanceof PyFunction || (func instanceof PyMethod && func.func instanceof PyFunction))
      ? [...positional, ...kwargs.values(), ...keywordKeyObjects(kwargs)]
      : [];
    for (const o of unpacked) vm.incref(o, Cause.Stack);
    try {
      return yield { callable: func, args: positional, kwargs, onFrame };
    } finally {
      for (const o of unpacked) vm.decref(o, Cause.Stack);
    }
  } finally {
    vm.decref(func, Cause.Stack);
    if (!released) {
      vm.decref(callargs, Cause.Stack);
      if (kw) vm.decref(kw, Cause.Stack);
    }
  }
}

function opSend(vm: VM, frame: Frame, _op: number, arg: number): void {
  const stack = frame.stack;
  const value = stack.pop() as PyObject;
  const receiver = (stack[stack.length - 1] as PyObject);
  vm.runNative(sendTo(vm, frame, stack, receiver, value, arg), frame.pushResult, 'send');
  return;
}

function* sendTo(vm: VM, frame: Frame, stack: (PyObject | null)[], receiver: PyObject, value: PyObject, arg: number): Native<PyObject | null> {
  let next: PyObject | null;
  // A subgenerator's return value is the value of the `yield from` (other iterators end with None).
  let result: PyObject | null = null;
  // What steps the receivers whose end carries a value (StopIteration's): a generator or coroutine, a
  // coroutine through its __await__ wrapper, an async generator's asend/athrow, anext()'s awaitable with
  // a default. Other iterators are stepped by __next__ and end with None.
  const stepping = receiver instanceof PyGenerator ? advanceGenerator(vm, receiver, value)
    : receiver instanceof PyCoroWrapper ? advanceGenerator(vm, receiver.coroutine as PyCoroutine, value)
      : receiver instanceof PyAsyncGenAwaitable ? awaitableStep(vm, receiver, value)
        : receiver instanceof PyAnextAwaitable ? anextStep(vm, receiver, value) : null;
  if (stepping) {
    const r = yield* releasing(vm, stepping, [value]);
    next = 'yielded' in r ? r.yielded : null;
    if ('returned' in r) result = r.returned;
  } else {
    // A __next__ ending with StopIteration: SEND reports it to a trace function (call_exc_trace, monitor_raise).
    const onStop = vm.hooked && tracesLoopEnd(vm, frame) ? (exc: PyExceptionObj) => noteLoopStopIteration(vm, frame, exc, true) : null;
    next = yield* releasing(vm, iterNext(vm, receiver, onStop), [value]);
  }
  if (next) return next;
  if (result && vm.hooked) noteSendReturned(vm, frame, receiver, value, result);
  stack.pop() as PyObject;
  vm.decref(receiver, Cause.Stack);
  frame.pc = arg;
  return result ?? vm.newNone();
}

function opForIter(vm: VM, frame: Frame, _op: number, arg: number): void {
  const stack = frame.stack;
  const it = (stack[stack.length - 1] as PyObject);
  const fast = builtinNext(vm, it);
  const exhausted = () => {
    stack.pop() as PyObject;
    vm.decref(it, Cause.Stack);
    frame.pc = arg;
  };
  if (fast !== undefined) {
    if (fast) stack.push(fast);
    else exhausted();
    return;
  }
  // A trace function hears of the StopIteration a __next__ raised to end the loop (call_exc_trace).
  const onStop = vm.hooked && tracesLoopEnd(vm, frame) ? (exc: PyExceptionObj) => noteLoopStopIteration(vm, frame, exc) : null;
  vm.runNative(iterNext(vm, it, onStop), (v) => (v ? stack.push(v) : exhausted()), 'next');
  return;
}

function opPopJumpIfTrue(vm: VM, frame: Frame, op: number, arg: number): void {
  const stack = frame.stack;
  const v = stack.pop() as PyObject;
  const jumpWhen = op === Op.POP_JUMP_IF_TRUE;
  const fast = builtinTruth(vm, v);
  if (fast !== null) {
    vm.decref(v, Cause.Stack);
    if (fast === jumpWhen) frame.pc = arg;
    return;
  }
  vm.runNative(jumpOnTruth(vm, frame, v, jumpWhen, arg), () => undefined, 'bool');
  return;
}

function* jumpOnTruth(vm: VM, frame: Frame, v: PyObject, jumpWhen: boolean, arg: number): Native<PyObject | null> {
  const t = yield* releasing(vm, truthy(vm, v), [v]);
  if (t === jumpWhen) frame.pc = arg;
  return null;
}

function opJumpIfTrueOrPop(vm: VM, frame: Frame, op: number, arg: number): void {
  const stack = frame.stack;
  const v = (stack[stack.length - 1] as PyObject);
  const jumpWhen = op === Op.JUMP_IF_TRUE_OR_POP;
  vm.runNative(jumpOnTruthOrPop(vm, frame, stack, v, jumpWhen, arg), () => undefined, 'bool');
  return;
}

function* jumpOnTruthOrPop(vm: VM, frame: Frame, stack: (PyObject | null)[], v: PyObject, jumpWhen: boolean, arg: number): Native<PyObject | null> {
  const fast = builtinTruth(vm, v);
  const t = fast !== null ? fast : yield* truthy(vm, v);
  if (t === jumpWhen) frame.pc = arg;
  else {
    stack.pop() as PyObject;
    vm.decref(v, Cause.Stack);
  }
  return null;
}

function opFormatValue(vm: VM, frame: Frame, _op: number, arg: number): void {
  const stack = frame.stack;
  const spec = arg & 4 ? stack.pop() as PyObject : null;
  const value = stack.pop() as PyObject;
  const conversion = arg & 3;
  if (!spec && !conversion && value instanceof PyStr && value.type === vm.t.str) {
    stack.push(value);
    return;
  }
  vm.runNative(formatted(vm, value, conversion, spec), frame.pushResult, 'format');
  return;
}

function* formatted(vm: VM, value: PyObject, conversion: number, spec: PyObject | null): Native<PyObject | null> {
  try {
    let converted: PyObject = value;
    let owned = false;
    // !s of an exact str is the str itself (PyObject_Str).
    if (conversion && !(conversion === 1 && value.type === vm.t.str)) {
      const text = conversion === 1 ? yield* strOf(vm, value) : conversion === 2 ? yield* reprOf(vm, value) : asciiEscape(yield* reprOf(vm, value));
      converted = vm.newStr(text);
      owned = true;
    }
    const specText = spec ? (spec as PyStr).value : '';
    // FORMAT_VALUE without a spec, and PyObject_Format with an empty one: an exact str is its own result.
    if (specText === '' && converted.type === vm.t.str) return owned ? converted : vm.incref(converted, Cause.Stack);
    const out = yield* formatOf(vm, converted, specText);
    if (owned) vm.decref(converted, Cause.Stack);
    // f'{n}', f'{n!s}', f'{n!r}' of an exact int: its str, a new object even for one digit.
    return specText === '' && conversion !== 3 ? vm.newTextOf(value, out) : vm.newStr(out);
  } finally {
    vm.decref(value, Cause.Stack);
    if (spec) vm.decref(spec, Cause.Stack);
  }
}

function opRaiseVarargs(vm: VM, frame: Frame, _op: number, arg: number): void {
  const stack = frame.stack;
  if (arg === 0) {
    const current = vm.handledException();
    if (!current) throw vm.error('RuntimeError', 'No active exception to reraise');
    // do_raise's re-raise goes straight to exception_unwind: no traceback entry, no new context.
    const err = new PyError(vm.incref(current, Cause.Exception) as PyExceptionObj);
    err.reraise = true;
    throw err;
  }
  const cause = arg === 2 ? stack.pop() as PyObject : null;
  const exc = stack.pop() as PyObject;
  vm.runNative(raised(vm, exc, cause), () => undefined, 'raise');
  return;
}

function* raised(vm: VM, exc: PyObject, cause: PyObject | null): Native<PyObject | null> {
  const instance = yield* makeException(vm, exc);
  if (cause) {
    let causeObj: PyObject | null = null;
    if (cause !== vm.none) {
      causeObj = yield* makeException(vm, cause);
    } else {
      vm.decref(cause, Cause.Stack);
    }
    if (causeObj && !(causeObj instanceof PyExceptionObj)) throw vm.error('TypeError', 'exception causes must derive from BaseException');
    vm.xdecref(instance.cause, Cause.Exception);
    instance.cause = causeObj;
    instance.suppressContext = true;
  }
  throw new PyError(instance);
}

/**
 * CHECK_EG_MATCH, the clause's types `spec` just popped: nothing matched, None pushed; else the exception under
 * it becomes the rest (None when all matched), the match is pushed and becomes the handled exception
 * (PyErr_SetExcInfo: sys.exception() in the clause is the group it caught).
 */
function* checkEgMatch(vm: VM, stack: (PyObject | null)[], spec: PyObject): Native<PyObject | null> {
  const exc = stack[stack.length - 1] as PyObject;
  const [match, rest] = yield* exceptionGroupMatch(vm, exc, spec);
  if (match === vm.none) {
    vm.decref(rest, Cause.Stack);
    return match;
  }
  stack[stack.length - 1] = rest;
  const handled = vm.excInfo;
  vm.excInfo = vm.incref(match, Cause.Exception, 'exc_info');
  if (handled) vm.decref(handled, Cause.Exception, 'exc_info');
  vm.decref(exc, Cause.Stack);
  return match;
}

function opBeforeWith(vm: VM, frame: Frame, _op: number, _arg: number): void {
  const stack = frame.stack;
  const mgr = stack.pop() as PyObject;
  vm.runNative(enterContext(vm, stack, mgr), frame.pushResult, 'with');
  return;
}

function* enterContext(vm: VM, stack: (PyObject | null)[], mgr: PyObject): Native<PyObject | null> {
  const enter = mgr.type.lookup('__enter__');
  const exit = mgr.type.lookup('__exit__');
  if (!enter || !exit) {
    vm.decref(mgr, Cause.Stack);
    throw missingProtocol(vm, mgr.type, '__enter__', vm.error('TypeError', `'${mgr.type.name}' object does not support the context manager protocol`));
  }
  return yield* bindAndEnter(vm, stack, mgr, enter, exit);
}

/** The exit method bound on the stack, the manager released, then the enter method called (its result returned). */
function* bindAndEnter(vm: VM, stack: (PyObject | null)[], mgr: PyObject, enter: PyObject, exit: PyObject): Native<PyObject | null> {
  const boundEnter = yield* bindDescriptor(vm, enter, mgr, mgr.type);
  const boundExit = yield* bindDescriptor(vm, exit, mgr, mgr.type);
  stack.push(boundExit);
  vm.decref(mgr, Cause.Stack);
  try {
    return yield { callable: boundEnter, args: [], kwargs: null };
  } finally {
    vm.decref(boundEnter, Cause.Stack);
  }
}

/** BEFORE_ASYNC_WITH: __aexit__ bound below what __aenter__() returned (an awaitable, awaited next). */
function* enterAsyncContext(vm: VM, stack: (PyObject | null)[], mgr: PyObject): Native<PyObject | null> {
  const enter = mgr.type.lookup('__aenter__');
  const exit = mgr.type.lookup('__aexit__');
  if (!enter || !exit) {
    vm.decref(mgr, Cause.Stack);
    const missed = enter ? ' (missed __aexit__ method)' : '';
    throw vm.error('TypeError', `'${mgr.type.name}' object does not support the asynchronous context manager protocol${missed}`);
  }
  return yield* bindAndEnter(vm, stack, mgr, enter, exit);
}

function opWithExceptStart(vm: VM, frame: Frame, _op: number, _arg: number): void {
  const stack = frame.stack;
  const exc = (stack[stack.length - 1] as PyObject) as PyExceptionObj;
  const exit = stack[stack.length - 4] as PyObject;
  const tb = exc.traceback ?? vm.none;
  vm.runNative(callExit(exit, exc, tb), frame.pushResult, '__exit__');
  return;
}

function* callExit(exit: PyObject, exc: PyExceptionObj, tb: PyObject): Native<PyObject | null> {
  return yield { callable: exit, args: [exc.type, exc, tb], kwargs: null };
}
