// Instances of classes, modules, exceptions, tracebacks and frame objects.

import { PyObject } from './object';
import type { PyType } from './type';
import type { PyDict } from './dict';
import type { PyTuple } from './containers';
import type { PyStr } from './atoms';
import type { Position } from '../compile/bytecode';
import type { Frame } from '../vm/frame';
import type { OsErrorFields } from '../runtime/oserror-fields';
import type { ImportErrorFields } from '../runtime/import-error-fields';

/** An instance of a class statement's class. Heap-type instances hold a reference to their type. */
export class PyInstance extends PyObject {
  /** 3.11+ keep attributes inline; the dict becomes an object of its own once `__dict__` is used. */
  dictMaterialized = false;
  /**
   * 3.13+ (Py_TPFLAGS_INLINE_VALUES): the value slots its allocation reserved after the object, as many
   * as the class's shared keys could hold then (_PyInlineValuesSize; 0 for other layouts).
   */
  inlineValueSlots = 0;
  /** 3.11/3.12: where its values array is (allocator units; 0: none), allocated apart from it (new_values). */
  valuesAddress = 0;
  /**
   * The values of its __slots__ members, by offset (type.slotLayout), owned; null until one is set. They are
   * apart from the attributes of a `__dict__` the instance may also have (a subclass without __slots__).
   */
  slotValues: (PyObject | null)[] | null = null;
  constructor(type: PyType, public dict: PyDict | null) {
    super(type);
  }
  // subtype_traverse and subtype_clear (Objects/typeobject.c): the slots first (traverse_slots, clear_slots),
  // then the dict, then the type.
  traverse(visit: (child: PyObject, slot: string) => void): void {
    const values = this.slotValues;
    if (values) {
      for (const place of this.type.slotLayout) {
        const value = values[place.offset];
        if (value) visit(value, `.${place.name}`);
      }
    }
    if (this.dict) visit(this.dict, '__dict__');
    if (this.type.heap) visit(this.type, '__class__');
  }
  clearRefs(): PyObject[] {
    const out: PyObject[] = [];
    const values = this.slotValues;
    if (values) {
      for (const place of this.type.slotLayout) {
        const value = values[place.offset];
        if (value) out.push(value);
        values[place.offset] = null;
      }
    }
    if (this.dict) out.push(this.dict);
    this.dict = null;
    return out;
  }
}

export class PyExceptionObj extends PyInstance {
  args: PyTuple;
  traceback: PyObject | null = null;
  context: PyObject | null = null;
  cause: PyObject | null = null;
  suppressContext = false;
  /** AttributeError's name and obj (PyAttributeErrorObject, 3.10+), set where the lookup failed, and NameError's name; owned. */
  attributeName: PyObject | null = null;
  attributeObject: PyObject | null = null;
  /** StopIteration.value, SystemExit.code: what their __init__ took from the arguments, owned (runtime/exception-init-value.ts). */
  initValue: PyObject | null = null;
  /** OSError's errno, strerror, filename, filename2 (runtime/oserror-fields.ts); null for other exceptions. */
  osFields: OsErrorFields | null = null;
  /** ImportError's msg, name, path, name_from (runtime/import-error-fields.ts); null for other exceptions. */
  importFields: ImportErrorFields | null = null;
  constructor(type: PyType, dict: PyDict | null, args: PyTuple) {
    super(type, dict);
    this.args = args;
  }
  override traverse(visit: (child: PyObject, slot: string) => void): void {
    if (this.initValue) visit(this.initValue, 'value');
    const os = this.osFields;
    if (os) {
      // OSError_traverse visits its fields before BaseException_traverse.
      if (os.errno) visit(os.errno, 'errno');
      if (os.strerror) visit(os.strerror, 'strerror');
      if (os.filename) visit(os.filename, 'filename');
      if (os.filename2) visit(os.filename2, 'filename2');
    }
    const imp = this.importFields;
    if (imp) {
      // ImportError_traverse, likewise.
      if (imp.msg) visit(imp.msg, 'msg');
      if (imp.name) visit(imp.name, 'name');
      if (imp.path) visit(imp.path, 'path');
      if (imp.nameFrom) visit(imp.nameFrom, 'name_from');
    }
    super.traverse(visit);
    visit(this.args, 'args');
    if (this.traceback) visit(this.traceback, '__traceback__');
    if (this.context) visit(this.context, '__context__');
    if (this.cause) visit(this.cause, '__cause__');
    if (this.attributeObject) visit(this.attributeObject, 'obj');
    if (this.attributeName) visit(this.attributeName, 'name');
  }
  override clearRefs(): PyObject[] {
    // StopIteration_clear and SystemExit_clear release their field before BaseException_clear runs.
    const out = this.initValue ? [this.initValue] : [];
    const os = this.osFields;
    if (os) {
      // OSError_clear, likewise.
      for (const o of [os.errno, os.strerror, os.filename, os.filename2]) if (o) out.push(o);
      os.errno = os.strerror = os.filename = os.filename2 = null;
    }
    const imp = this.importFields;
    if (imp) {
      // ImportError_clear, likewise.
      for (const o of [imp.msg, imp.name, imp.path, imp.nameFrom]) if (o) out.push(o);
      imp.msg = imp.name = imp.path = imp.nameFrom = null;
    }
    out.push(...super.clearRefs());
    for (const o of [this.args, this.traceback, this.context, this.cause, this.attributeObject, this.attributeName]) if (o) out.push(o);
    this.traceback = this.context = this.cause = this.attributeObject = this.attributeName = this.initValue = null;
    return out;
  }
}

/** A BaseExceptionGroup (PyBaseExceptionGroupObject): its message and the tuple of its exceptions, owned. */
export class PyExceptionGroupObj extends PyExceptionObj {
  constructor(type: PyType, args: PyTuple, public message: PyObject | null, public exceptions: PyTuple | null) {
    super(type, null, args);
  }
  override traverse(visit: (child: PyObject, slot: string) => void): void {
    super.traverse(visit);
    if (this.message) visit(this.message, 'message');
    if (this.exceptions) visit(this.exceptions, 'exceptions');
  }
  override clearRefs(): PyObject[] {
    const out = super.clearRefs();
    for (const o of [this.message, this.exceptions]) if (o) out.push(o);
    this.message = this.exceptions = null;
    return out;
  }
}

/** Where a learner's module comes from: `shapes/__init__.py` and `shapes` for the package shapes. */
export interface LearnerModuleOrigin {
  /** Null for a namespace package (a folder without __init__.py). */
  file: string | null;
  /** A package's folder (its submodules' place: __path__), or null for a plain module. */
  packageDir: string | null;
}

export class PyModule extends PyObject {
  /** Called before the program reads an attribute (sys completes sys.modules on the first read: modules/startup-modules.ts). */
  beforeRead: ((name: string) => void) | null = null;
  /**
   * Run from a file of the learner's beside the script (modules/local-modules.ts), not one of CPython's modules:
   * its file and, for a package, its folder, both relative to the script's folder.
   */
  learner: LearnerModuleOrigin | null = null;
  /** Its code is running (spec._initializing): `from m import x` failing now is a circular import's. */
  initializing = false;
  /** One of CPython's start-up modules the simulator has only as a name in sys.modules: reading its contents stops as not modelled. */
  placeholder = false;
  /** How CPython's import finds this standard module, as its repr says it (modules/module-origins.ts); null: by its __file__. */
  origin: 'built-in' | 'frozen' | 'file' | null = null;
  constructor(type: PyType, public name: string, public dict: PyDict) {
    super(type);
  }
  traverse(visit: (child: PyObject, slot: string) => void): void {
    visit(this.dict, '__dict__');
  }
  clearRefs(): PyObject[] {
    return [this.dict];
  }
}

/** A traceback entry: keeps the frame (and so its locals) alive while the exception lives. */
export class PyTraceback extends PyObject {
  /** `position`: where the instruction the frame was at (tb_lasti) came from, which the traceback's markers show. */
  constructor(type: PyType, public next: PyTraceback | null, public frame: PyFrameObject, public line: number, public position: Position | null = null) {
    super(type);
  }
  traverse(visit: (child: PyObject, slot: string) => void): void {
    if (this.next) visit(this.next, 'tb_next');
    visit(this.frame, 'tb_frame');
  }
  clearRefs(): PyObject[] {
    const out: PyObject[] = [this.frame];
    if (this.next) out.push(this.next);
    this.next = null;
    return out;
  }
}

/**
 * A frame object (what `sys._getframe()` and tracebacks see). While its frame runs, the locals
 * belong to the running frame; when the frame returns while this object is still referenced, it
 * takes the locals over (CPython 3.11's take_ownership in Python/frame.c).
 */
export class PyFrameObject extends PyObject {
  /** The frame while it runs (f_frame); null once it finished. */
  frame: Frame | null = null;
  /** Locals owned after the frame finished (null slots for unbound names). */
  ownedLocals: (PyObject | null)[] | null = null;
  /**
   * What the frame object took over from its frame when the frame finished while the object was still
   * referenced (take_ownership, Python/frame.c), each a counted reference: the code and the function,
   * the ≤ 3.12 f_locals dict, and the caller's frame object (f_back). Globals and builtins are borrowed.
   */
  code: PyObject | null = null;
  func: PyObject | null = null;
  localsDict: PyObject | null = null;
  back: PyFrameObject | null = null;
  globals: PyDict | null = null;
  builtins: PyDict | null = null;
  /** A module or class body's namespace (its f_locals), borrowed. */
  namespace: PyDict | null = null;
  /** f_trace: the local trace function (owned), what the trace function returned (vm/tracing.ts). */
  fTrace: PyObject | null = null;
  /** f_trace_lines, f_trace_opcodes. */
  traceLines = true;
  traceOpcodes = false;
  /** f_fast_as_locals (≤ 3.12): f_locals was read; trace calls keep it in step with the locals. */
  fastAsLocals = false;
  /** f_lineno while a trace function is called (its event's line: 0 for a module's start), null otherwise (frameobject.c f_lineno). */
  tracedLine: number | null = null;
  constructor(
    type: PyType,
    public codeName: string,
    public filename: string,
    public line: number,
    public localNames: readonly string[],
  ) {
    super(type);
  }
  traverse(visit: (child: PyObject, slot: string) => void): void {
    this.ownedLocals?.forEach((v, i) => v && visit(v, this.localNames[i] ?? `local${i}`));
    if (this.code) visit(this.code, 'f_code');
    if (this.func) visit(this.func, 'f_func');
    if (this.localsDict) visit(this.localsDict, 'f_locals');
    if (this.back) visit(this.back, 'f_back');
    if (this.fTrace) visit(this.fTrace, 'f_trace');
  }
  clearRefs(): PyObject[] {
    const out = (this.ownedLocals ?? []).filter((v): v is PyObject => v !== null);
    for (const o of [this.code, this.func, this.localsDict, this.back, this.fTrace]) if (o) out.push(o);
    this.ownedLocals = null;
    this.code = this.func = this.localsDict = this.back = this.fTrace = null;
    return out;
  }
}

export type { PyStr };
