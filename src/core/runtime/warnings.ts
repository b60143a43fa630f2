// warnings.warn() as Python/_warnings.c runs it: setup_context finds the frame `stacklevel` calls up (1: the
// caller of warn), its module's name and its `__warningregistry__` (a dict in its globals, made on the first
// warning); warn_explicit asks the registry whether this (text, category, line) was shown, asks the filters
// (warnings.filters, first match wins, else warnings.defaultaction) what to do, records it, and shows it.
// The filters a release build starts with, with no -W option or PYTHONWARNINGS:
//   default::DeprecationWarning:__main__, ignore::DeprecationWarning, ignore::PendingDeprecationWarning,
//   ignore::ImportWarning, ignore::ResourceWarning
// so a DeprecationWarning shows when the learner's own code made the deprecated call, not when a library did.
// Shown as Lib/warnings.py's _showwarnmsg_impl does: `file.py:3: DeprecationWarning: message` and the source
// line, stripped. Once the program imported `warnings` and replaced one of its display hooks (showwarning,
// formatwarning, catch_warnings(record=True)), a WarningMessage goes to the module's _showwarnmsg, in Python.

import type { PyDict } from '../objects/dict';
import type { PyObject } from '../objects/object';
import { PyStr, PyInt } from '../objects/atoms';
import { PyList, PyTuple } from '../objects/containers';
import { PyType } from '../objects/type';
import { PyExceptionObj } from '../objects/instances';
import type { VM } from '../vm/vm';
import { reportedLine, type Frame, type Native } from '../vm/frame';
import { previousPythonFrame } from '../vm/vm';
import { PyError } from '../vm/errors';
import { textStreamWrite } from './text-stream-pending';
import { stdlibFrame } from './stdlib-frames';
import { dictGet, dictSet, dictClear } from './dicts';
import { strOf, reprOf } from './repr';
import { truthy, builtinTruth } from './operators';
import { getAttr } from './attributes';
import { Cause } from '../trace/events';

/** Where a warning raised earlier than it is shown was raised: the Python frame running then, and its line. */
export interface WarningOrigin {
  frame: Frame | null;
  line: number;
}

/** The display hooks Lib/warnings.py defines: while all are in place, the simulator shows warnings itself. */
const DISPLAY_HOOKS = ['_showwarnmsg', '_showwarnmsg_impl', '_formatwarnmsg', '_formatwarnmsg_impl'] as const;

/** _warnings' interpreter state (WarningsState): what `_warnings` exports, and what warnings.py imports from it. */
export interface WarningsState {
  filters: PyList;
  onceRegistry: PyDict;
  defaultAction: PyStr;
  /** Bumped by _filters_mutated(): a registry made under other filters is cleared on its next use. */
  filtersVersion: number;
  /** The module's own display hooks, as its source defined them (warnings-native.ts _lens_display_hooks). */
  displayHooks: Map<string, PyObject> | null;
  /** Source lines of the places warnings were shown from, for the module's formatwarning (linecache's part). */
  sourceLines: Map<string, string>;
  /** The registry of warnings attributed to no frame, when sys has no dict to hold it. */
  orphanRegistry: PyDict | null;
}

const states = new WeakMap<VM, WarningsState>();

export function warningsState(vm: VM): WarningsState {
  let state = states.get(vm);
  if (state) return state;
  const exc = (name: string): PyType => vm.exc.get(name) as PyType;
  const filter = (action: string, category: string, module: string | null): PyObject =>
    vm.newTuple([vm.newInternedStr(action), vm.newNone(), vm.incref(exc(category), Cause.Slot), module === null ? vm.newNone() : vm.newInternedStr(module), vm.newInt(0)]);
  vm.gc.quietly(() => {
    state = {
      filters: vm.newList([
        filter('default', 'DeprecationWarning', '__main__'),
        filter('ignore', 'DeprecationWarning', null),
        filter('ignore', 'PendingDeprecationWarning', null),
        filter('ignore', 'ImportWarning', null),
        filter('ignore', 'ResourceWarning', null),
      ]),
      onceRegistry: vm.newDict(),
      defaultAction: vm.newInternedStr('default') as PyStr,
      filtersVersion: 0,
      displayHooks: null,
      sourceLines: new Map(),
      orphanRegistry: null,
    };
  });
  states.set(vm, state as unknown as WarningsState);
  return state as unknown as WarningsState;
}

/** The warnings module once imported: _warnings.c reads its filters, defaultaction and hooks from it. */
function warningsModuleDict(vm: VM): PyDict | null {
  const module = vm.modules.get('warnings');
  return module ? module.dict : null;
}

/** What setup_context finds: where the warning is attributed. */
interface WarningContext {
  filename: string;
  line: number;
  /** The module's __name__ (str or None; '<string>' when missing). */
  module: PyObject;
  registry: PyDict;
  /** The line shown under the message (linecache.getline's). */
  sourceLine: string;
}

function* setupContext(vm: VM, stacklevel: number, origin?: WarningOrigin): Native<WarningContext> {
  let frame = origin ? origin.frame : vm.currentPythonFrame();
  for (let level = stacklevel; level > 1 && frame; level--) frame = previousPythonFrame(frame);
  // No frame that far up: CPython attributes the warning to `sys` (its dict holds the registry).
  const globals = frame ? frame.globals : (vm.modules.interpreter('sys')?.dict ?? null);
  let filename = vm.options.version.warningWithoutFrame.filename;
  let line = vm.options.version.warningWithoutFrame.line;
  let sourceLine = '';
  if (frame) {
    filename = frame.unit.filename;
    line = origin && frame === origin.frame ? origin.line : reportedLine(frame);
    if (filename === vm.options.filename) sourceLine = vm.sourceLines[line - 1] ?? '';
    else {
      const library = stdlibFrame(vm, filename, line);
      if (library) {
        filename = library.filename;
        line = library.line;
        sourceLine = library.sourceLines?.[library.sourceLine - 1] ?? '';
      }
    }
  }
  let registry: PyDict;
  if (globals) {
    const existing = globals.getStr('__warningregistry__');
    if (existing && existing.type === vm.t.dict) registry = existing as PyDict;
    else {
      registry = vm.newDict();
      dictSet(vm, globals, vm.intern('__warningregistry__'), registry, true);
    }
  } else {
    const state = warningsState(vm);
    registry = state.orphanRegistry ??= vm.newDict();
  }
  const name = globals?.getStr('__name__');
  const module = name && (name instanceof PyStr || name === vm.none) ? name : vm.intern('<string>');
  return { filename, line, module, registry, sourceLine };
}

/**
 * already_warned: whether `key` is in the registry (made under the current filters, else cleared first);
 * `set`: record it when not.
 */
function alreadyWarned(vm: VM, registry: PyDict, key: PyObject, set: boolean): boolean {
  const state = warningsState(vm);
  const version = registry.getStr('version');
  if (!(version instanceof PyInt) || version.type !== vm.t.int || Number(version.value) !== state.filtersVersion) {
    dictClear(vm, registry);
    dictSet(vm, registry, vm.intern('version'), vm.newInt(state.filtersVersion), true);
  } else {
    const seen = dictGet(vm, registry, key);
    // The registry holds True (what warn_explicit stores): PyObject_IsTrue of anything else is not modelled.
    if (seen && (builtinTruth(vm, seen) ?? true)) return true;
  }
  if (set) dictSet(vm, registry, key, vm.true_);
  return false;
}

/** check_matched: None matches all, a str must be equal, anything else is a compiled pattern (its match()). */
function* filterMatches(vm: VM, pattern: PyObject, value: PyObject): Native<boolean> {
  if (pattern === vm.none) return true;
  if (pattern instanceof PyStr && pattern.type === vm.t.str) return value instanceof PyStr && value.value === pattern.value;
  const match = yield* getAttr(vm, pattern, 'match');
  const result = yield { callable: match, args: [value], kwargs: null };
  vm.decref(match, Cause.Stack);
  try {
    return yield* truthy(vm, result);
  } finally {
    vm.decref(result, Cause.Return);
  }
}

/** get_filter: the first filter matching the warning, its action; else warnings.defaultaction. */
function* filterAction(vm: VM, category: PyType, text: PyObject, line: number, module: PyObject): Native<{ action: string; item: PyObject | null }> {
  const state = warningsState(vm);
  const moduleDict = warningsModuleDict(vm);
  const filters = moduleDict ? (moduleDict.getStr('filters') ?? state.filters) : state.filters;
  if (!(filters instanceof PyList)) throw vm.error('ValueError', '_warnings.filters must be a list');
  for (let i = 0; i < filters.items.length; i++) {
    const item = filters.items[i];
    if (!(item instanceof PyTuple) || item.items.length !== 5) throw vm.error('ValueError', `_warnings.filters item ${i} isn't a 5-tuple`);
    const [action, message, cat, mod, lineno] = item.items;
    if (!(action instanceof PyStr)) throw vm.error('TypeError', `action must be a string, not '${action.type.name}'`);
    if (!(yield* filterMatches(vm, message, text))) continue;
    if (!(yield* filterMatches(vm, mod, module))) continue;
    if (!(cat instanceof PyType)) throw vm.error('TypeError', 'issubclass() arg 2 must be a class, a tuple of classes, or a union');
    if (!category.isSubtypeOf(cat)) continue;
    if (!(lineno instanceof PyInt)) throw vm.error('TypeError', `'${lineno.type.name}' object cannot be interpreted as an integer`);
    const ln = Number(lineno.value);
    if (ln === 0 || ln === line) return { action: action.value, item };
  }
  const fallback = moduleDict ? (moduleDict.getStr('defaultaction') ?? state.defaultAction) : state.defaultAction;
  if (!(fallback instanceof PyStr)) throw vm.error('TypeError', `_warnings.defaultaction must be a string, not '${fallback.type.name}'`);
  return { action: fallback.value, item: null };
}

/**
 * warn_explicit for `message` (a Warning instance, or what `category` is called with): filtered, recorded in
 * the registry, then shown, ignored or raised (action "error"). `source`: the object concerned (warn's source=).
 */
function* warnExplicit(vm: VM, category: PyType, message: PyObject, context: WarningContext, source: PyObject | null): Native<void> {
  if (context.module === vm.none) return;
  const warning = vm.exc.get('Warning') as PyType;
  let instance: PyObject;
  let text: PyObject;
  if (message.type.isSubtypeOf(warning)) {
    instance = vm.incref(message, Cause.Internal, 'message');
    text = vm.newStr(yield* strOf(vm, message));
    category = message.type;
  } else {
    text = vm.incref(message, Cause.Internal, 'text');
    instance = yield { callable: category, args: [message], kwargs: null };
  }
  const key = vm.newTuple([vm.incref(text, Cause.Slot), vm.incref(category, Cause.Slot), vm.newInt(context.line)]);
  try {
    if (alreadyWarned(vm, context.registry, key, false)) return;
    const { action, item } = yield* filterAction(vm, category, text, context.line, context.module);
    if (action === 'error') {
      if (!(instance instanceof PyExceptionObj)) throw vm.error('TypeError', 'exceptions must derive from BaseException');
      throw new PyError(vm.incref(instance, Cause.Exception) as PyExceptionObj);
    }
    if (action === 'ignore') return;
    let shown = false;
    if (action !== 'always') {
      dictSet(vm, context.registry, key, vm.true_);
      if (action === 'once' || action === 'module') {
        const registry = action === 'once' ? warningsState(vm).onceRegistry : context.registry;
        const altKey = vm.newTuple([vm.incref(text, Cause.Slot), vm.incref(category, Cause.Slot)]);
        shown = alreadyWarned(vm, registry, altKey, true);
        vm.decref(altKey, Cause.Internal);
      } else if (action !== 'default') {
        const itemRepr = item ? yield* reprOf(vm, item) : 'None';
        throw vm.error('RuntimeError', `Unrecognized action ('${action}') in warnings.filters:\n ${itemRepr}`);
      }
    }
    if (!shown) yield* showWarning(vm, category, instance, context, source);
  } finally {
    vm.decref(key, Cause.Internal);
    vm.decref(text, Cause.Internal, 'text');
    vm.decref(instance, Cause.Internal, 'message');
  }
}

/** call_show_warning: the simulator's own display while warnings.py's hooks are its own, else its _showwarnmsg. */
function* showWarning(vm: VM, category: PyType, instance: PyObject, context: WarningContext, source: PyObject | null): Native<void> {
  const moduleDict = warningsModuleDict(vm);
  const state = warningsState(vm);
  if (moduleDict && state.displayHooks && !hooksInPlace(moduleDict, state.displayHooks)) {
    const messageClass = moduleDict.getStr('WarningMessage');
    const show = moduleDict.getStr('_showwarnmsg');
    if (!messageClass) throw vm.error('RuntimeError', 'unable to get warnings.WarningMessage');
    if (!show) throw vm.error('RuntimeError', 'unable to get warnings._showwarnmsg');
    state.sourceLines.set(`${context.filename}:${context.line}`, context.sourceLine);
    const args = [instance, category, vm.newStr(context.filename), vm.newInt(context.line), vm.none, vm.none, source ?? vm.none];
    for (const a of args) vm.incref(a, Cause.Argument);
    const msg = yield { callable: messageClass, args, kwargs: null };
    for (const a of args) vm.decref(a, Cause.Argument);
    try {
      vm.incref(show, Cause.Stack);
      const result = yield { callable: show, args: [msg], kwargs: null };
      vm.decref(result, Cause.Return);
    } finally {
      vm.decref(show, Cause.Stack);
      vm.decref(msg, Cause.Internal);
    }
    return;
  }
  const message = yield* strOf(vm, instance);
  const line = context.sourceLine.trim();
  // Without a frame (the interpreter shutting down) importing tracemalloc fails: no hint then.
  const allocation = source && context.filename !== vm.options.version.warningWithoutFrame.filename
    ? `${category.name}: Enable tracemalloc to get the object allocation traceback\n`
    : '';
  const text = `${context.filename}:${context.line}: ${category.name}: ${message}\n${line ? `  ${line}\n` : ''}${allocation}`;
  textStreamWrite(vm, 'stderr', text);
  vm.writeStderr(text);
}

function hooksInPlace(moduleDict: PyDict, hooks: Map<string, PyObject>): boolean {
  for (const name of DISPLAY_HOOKS) if (moduleDict.getStr(name) !== hooks.get(name)) return false;
  return moduleDict.getStr('showwarning') === moduleDict.getStr('_showwarning_orig')
    && moduleDict.getStr('formatwarning') === moduleDict.getStr('_formatwarning_orig');
}

/** warnings.warn(message, category=None, stacklevel=1, source=None), from Python (the `_warnings` module's). */
export function* warnFromPython(vm: VM, message: PyObject, category: PyObject, stacklevel: number, source: PyObject | null): Native<void> {
  const warning = vm.exc.get('Warning') as PyType;
  // get_category: a Warning instance is its own category; None means UserWarning.
  let cls: PyObject = message.type.isSubtypeOf(warning) ? message.type : category === vm.none ? (vm.exc.get('UserWarning') as PyType) : category;
  if (!(cls instanceof PyType) || !cls.isSubtypeOf(warning)) {
    throw vm.error('TypeError', `category must be a Warning subclass, not '${cls.type.name}'`);
  }
  const context = yield* setupContext(vm, stacklevel);
  yield* warnExplicit(vm, cls as PyType, message, context, source);
}

/**
 * PyErr_WarnEx and friends, as the interpreter and C modules call them: a str message of a built-in
 * category. `source`: the object concerned (warn's source=), which adds the tracemalloc hint.
 * Throws the PyError when a filter says "error".
 */
export function warn(vm: VM, message: string, category: PyType, stacklevel: number, source: PyObject | null = null, origin?: WarningOrigin): void {
  const text = vm.newStr(message);
  try {
    vm.runSync((function* (): Native<void> {
      const context = yield* setupContext(vm, stacklevel, origin);
      yield* warnExplicit(vm, category, text, context, source);
    })());
  } finally {
    vm.decref(text, Cause.Internal);
  }
}

/** linecache.getline for the places warnings were shown from (the module's formatwarning asks). */
export function warningSourceLine(vm: VM, filename: string, line: number): string {
  if (filename === vm.options.filename) return vm.sourceLines[line - 1] ?? '';
  return warningsState(vm).sourceLines.get(`${filename}:${line}`) ?? '';
}
