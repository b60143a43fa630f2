// Code, functions, cells, bound methods and native callables.

import { PyObject, PyAtom } from './object';
import type { PyType } from './type';
import type { PyDict } from './dict';
import type { PyTuple } from './containers';
import type { PyStr } from './atoms';
import type { CodeUnit } from '../compile/bytecode';

/** A compiled code object; its constants are counted references (co_consts). */
export class PyCode extends PyObject {
  /** Each instruction's source line: the location table flattened for the evaluation loop. */
  readonly lines: Int32Array;
  /** The fast-locals slots' names: varnames, then cellvars, then freevars. */
  readonly localNames: readonly string[];
  constructor(type: PyType, public unit: CodeUnit, public consts: PyObject[], public names: PyStr[]) {
    super(type);
    this.lines = Int32Array.from(unit.positions, (p) => p.line);
    this.localNames = [...unit.varnames, ...unit.cellvars, ...unit.freevars];
  }
  traverse(visit: (child: PyObject, slot: string) => void): void {
    this.consts.forEach((c, i) => visit(c, `co_consts[${i}]`));
    this.names.forEach((n, i) => visit(n, `co_names[${i}]`));
  }
  clearRefs(): PyObject[] {
    const out = [...this.consts, ...this.names];
    this.consts = [];
    this.names = [];
    return out;
  }
}

export class PyFunction extends PyObject {
  defaults: PyTuple | null = null;
  kwdefaults: PyDict | null = null;
  closure: PyTuple | null = null;
  /** MAKE_FUNCTION's tuple of (name, value) pairs until __annotations__ is first read, then a dict. */
  annotations: PyObject | null = null;
  /** Function attributes (`f.x = 1`), created on first use. */
  dict: PyDict | null = null;
  /** func_doc and func_module once assigned (`f.__doc__ = ...`, functools.wraps); until then read from the code and globals. */
  doc: PyObject | null = null;
  module: PyObject | null = null;
  constructor(
    type: PyType,
    public code: PyCode,
    public globals: PyDict,
    public name: PyStr,
    public qualname: PyStr,
  ) {
    super(type);
  }
  traverse(visit: (child: PyObject, slot: string) => void): void {
    visit(this.code, '__code__');
    visit(this.globals, '__globals__');
    visit(this.name, '__name__');
    visit(this.qualname, '__qualname__');
    if (this.defaults) visit(this.defaults, '__defaults__');
    if (this.kwdefaults) visit(this.kwdefaults, '__kwdefaults__');
    if (this.closure) visit(this.closure, '__closure__');
    if (this.dict) visit(this.dict, '__dict__');
    if (this.annotations) visit(this.annotations, '__annotations__');
    if (this.doc) visit(this.doc, '__doc__');
    if (this.module) visit(this.module, '__module__');
  }
  clearRefs(): PyObject[] {
    const out: PyObject[] = [this.code, this.globals, this.name, this.qualname];
    for (const o of [this.defaults, this.kwdefaults, this.closure, this.dict, this.annotations, this.doc, this.module]) if (o) out.push(o);
    this.defaults = this.kwdefaults = this.closure = this.dict = this.annotations = this.doc = this.module = null;
    return out;
  }
}

export class PyCell extends PyObject {
  constructor(type: PyType, public contents: PyObject | null) {
    super(type);
  }
  traverse(visit: (child: PyObject, slot: string) => void): void {
    if (this.contents) visit(this.contents, 'cell_contents');
  }
  clearRefs(): PyObject[] {
    const c = this.contents;
    this.contents = null;
    return c ? [c] : [];
  }
}

/** A bound method: `obj.method` evaluated without calling it holds the function and `self`. */
export class PyMethod extends PyObject {
  constructor(type: PyType, public func: PyObject, public self: PyObject) {
    super(type);
  }
  traverse(visit: (child: PyObject, slot: string) => void): void {
    visit(this.func, '__func__');
    visit(this.self, '__self__');
  }
  clearRefs(): PyObject[] {
    return [this.func, this.self];
  }
}

/** How native code is called: a plain function, or a generator when it may call back into Python. */
export type NativeImpl = (args: PyObject[], kwargs: Map<string, PyObject> | null, self: PyObject | null) => unknown;

/**
 * A built-in function or method (`len`, `[].append`). `self` is the bound object for methods
 * taken from an instance; built-in methods hold a counted reference to it.
 */
export class PyBuiltin extends PyObject {
  constructor(
    type: PyType,
    public name: string,
    public impl: NativeImpl,
    public self: PyObject | null = null,
    /** Qualified owner for reprs: `list.append` → 'list'. */
    public owner: string | null = null,
  ) {
    super(type);
  }
  /** m_module: the name of the module a module-level function belongs to (`__module__`); null for methods. */
  module: string | null = null;
  /**
   * m_self of a native module's function: the module, which it keeps alive (PyModule_AddFunctions makes
   * each with PyCFunction_NewEx(def, module, name)); `__self__` gives it. Apart from `self`, which binds.
   */
  ownerModule: PyObject | null = null;
  /** A method-wrapper (Objects/descrobject.c wrapperobject): a slot wrapper bound to `self`. */
  boundSlot = false;
  traverse(visit: (child: PyObject, slot: string) => void): void {
    if (this.self) visit(this.self, '__self__');
    if (this.ownerModule) visit(this.ownerModule, '__self__');
  }
  clearRefs(): PyObject[] {
    const s = this.self;
    const m = this.ownerModule;
    this.self = null;
    this.ownerModule = null;
    if (!m) return s ? [s] : [];
    return s ? [s, m] : [m];
  }
}

/** A method of a built-in type as found in the type's dict (`list.append`): binds on access. */
export class PyMethodDescriptor extends PyAtom {
  constructor(type: PyType, public name: string, public owner: PyType, public impl: NativeImpl) {
    super(type);
  }
}

/** property, staticmethod and classmethod objects. */
export class PyDescriptorWrapper extends PyObject {
  constructor(type: PyType, public slots: (PyObject | null)[]) {
    super(type);
  }
  traverse(visit: (child: PyObject, slot: string) => void): void {
    this.slots.forEach((s, i) => s && visit(s, `slot${i}`));
  }
  clearRefs(): PyObject[] {
    const out = this.slots.filter((s): s is PyObject => s !== null);
    this.slots = this.slots.map(() => null);
    return out;
  }
}
