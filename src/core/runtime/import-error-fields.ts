// ImportError's fields (Objects/exceptions.c: PyImportErrorObject, ImportError_init, ImportError_str,
// ImportError_members): msg (the only argument, when there is exactly one), and name and path (3.12+ also
// name_from), given as keywords: `ImportError(msg, name=..., path=...)`. Each is a reference of its own,
// read back as None while unset. The import system fills them: ModuleNotFoundError names the module, and
// `from m import x`'s ImportError names m, its file, and (3.12+) x.

import type { PyObject } from '../objects/object';
import { PyStr } from '../objects/atoms';
import type { PyExceptionObj } from '../objects/instances';
import type { PyType } from '../objects/type';
import type { VM } from '../vm/vm';
import { Cause } from '../trace/events';
import { unexpectedKeyword } from '../builtins/keyword-arguments';

export interface ImportErrorFields {
  msg: PyObject | null;
  name: PyObject | null;
  path: PyObject | null;
  /** 3.12+: the name `from m import x` asked for. */
  nameFrom: PyObject | null;
}

type Member = 'msg' | 'name' | 'path' | 'name_from';
const FIELD: Readonly<Record<Member, keyof ImportErrorFields>> = { msg: 'msg', name: 'name', path: 'path', name_from: 'nameFrom' };

export function isImportError(vm: VM, type: PyType): boolean {
  return type.isSubtypeOf(vm.exc.get('ImportError') as PyType);
}

function members(vm: VM): readonly Member[] {
  return vm.options.version.importErrorNameFrom ? ['msg', 'name', 'path', 'name_from'] : ['msg', 'name', 'path'];
}

/** The keywords ImportError_init takes (the order its kwlist names them). */
function keywords(vm: VM): readonly string[] {
  return vm.options.version.importErrorNameFrom ? ['name', 'path', 'name_from'] : ['name', 'path'];
}

/** ImportError_init's msg: the one argument, when there is exactly one. */
function setMsg(vm: VM, exc: PyExceptionObj, fields: ImportErrorFields): void {
  const items = exc.args.items;
  const old = fields.msg;
  fields.msg = items.length === 1 ? vm.incref(items[0], Cause.Exception, 'msg') : null;
  if (old) vm.decref(old, Cause.Exception, 'msg');
}

/** A new ImportError (or subclass) made by the interpreter: msg from its arguments, the keyword fields unset. */
export function initImportErrorFields(vm: VM, exc: PyExceptionObj): void {
  const fields: ImportErrorFields = { msg: null, name: null, path: null, nameFrom: null };
  exc.importFields = fields;
  setMsg(vm, exc, fields);
}

/** ImportError_init's keywords, checked before any is set (PyArg_ParseTupleAndKeywords "|$OO:ImportError"). */
export function initImportErrorKeywords(vm: VM, exc: PyExceptionObj, kwargs: Map<string, PyObject> | null): void {
  const fields = exc.importFields ?? { msg: null, name: null, path: null, nameFrom: null };
  exc.importFields = fields;
  const allowed = keywords(vm);
  for (const key of kwargs?.keys() ?? []) if (!allowed.includes(key)) throw unexpectedKeyword(vm, 'ImportError', key, allowed);
  for (const key of allowed) {
    const field = FIELD[key as Member];
    const value = kwargs?.get(key) ?? null;
    const old = fields[field];
    fields[field] = value ? vm.incref(value, Cause.Exception, key) : null;
    if (old) vm.decref(old, Cause.Exception, key);
  }
  setMsg(vm, exc, fields);
}

/** What the import system sets on the ImportError it raises: the module's name, its file, (3.12+) the name asked for. */
export function setImportErrorFields(vm: VM, exc: PyExceptionObj, given: { name?: PyObject; path?: PyObject; nameFrom?: PyObject }): void {
  const fields = exc.importFields;
  if (!fields) return;
  for (const field of ['name', 'path', 'nameFrom'] as const) {
    const value = given[field];
    if (!value || (field === 'nameFrom' && !vm.options.version.importErrorNameFrom)) continue;
    const old = fields[field];
    fields[field] = vm.incref(value, Cause.Exception, field === 'nameFrom' ? 'name_from' : field);
    if (old) vm.decref(old, Cause.Exception, field);
  }
}

/** `e.msg`, `e.name`, `e.path` (3.12+ `e.name_from`): a new reference, None while unset; null for other names. */
export function importErrorAttribute(vm: VM, exc: PyExceptionObj, name: string): PyObject | null {
  const fields = exc.importFields;
  if (!fields || !members(vm).includes(name as Member)) return null;
  return vm.incref(fields[FIELD[name as Member]] ?? vm.none, Cause.Stack);
}

/** `e.msg = v` / `del e.msg` (value null): T_OBJECT members take anything; false for other names. */
export function setImportErrorAttribute(vm: VM, exc: PyExceptionObj, name: string, value: PyObject | null): boolean {
  const fields = exc.importFields;
  if (!fields || !members(vm).includes(name as Member)) return false;
  const field = FIELD[name as Member];
  const old = fields[field];
  fields[field] = value ? vm.incref(value, Cause.Exception, name) : null;
  if (old) vm.decref(old, Cause.Exception, name);
  return true;
}

/** ImportError_str: msg itself when it is exactly a str, else null (BaseException's str). */
export function importErrorStr(exc: PyExceptionObj): string | null {
  const msg = exc.importFields?.msg;
  return msg instanceof PyStr && msg.type.name === 'str' && !msg.type.heap ? msg.value : null;
}

/** The fields' references, in ImportError_traverse's order (before BaseException's). */
export function importErrorReferences(fields: ImportErrorFields): PyObject[] {
  return [fields.msg, fields.name, fields.path, fields.nameFrom].filter((o): o is PyObject => o !== null);
}
