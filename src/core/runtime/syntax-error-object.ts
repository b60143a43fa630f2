// SyntaxError instances (Objects/exceptions.c): SyntaxError(msg, (filename, lineno, offset, text,
// end_lineno, end_offset)) keeps its arguments in `args` and in the attributes SyntaxError_init sets
// from them; str() is `msg (file, line N)`. The simulator reads the attributes from `args`, as
// SyntaxError_init would have set them.

import type { PyObject } from '../objects/object';
import type { PyType } from '../objects/type';
import { PyInt, PyStr } from '../objects/atoms';
import { PyTuple, PyList } from '../objects/containers';
import type { PyExceptionObj } from '../objects/instances';
import type { VM } from '../vm/vm';
import type { SyntaxErrorFields } from './syntax-error-report';
import { Cause } from '../trace/events';

const INFO_FIELDS = ['filename', 'lineno', 'offset', 'text', 'end_lineno', 'end_offset'] as const;
const ATTRIBUTES = new Set<string>(['msg', ...INFO_FIELDS, 'print_file_and_line']);

export function isSyntaxError(vm: VM, o: PyExceptionObj): boolean {
  return o.type.isSubtypeOf(vm.exc.get('SyntaxError') as PyType);
}

/** The (owned) args of the SyntaxError the parser raises with these fields. */
export function syntaxErrorArgs(vm: VM, f: SyntaxErrorFields): PyObject[] {
  const num = (n: number | null) => (n === null ? vm.newNone() : vm.newInt(n));
  const info = [
    f.filename === null ? vm.newNone() : vm.newStr(f.filename),
    num(f.lineno),
    num(f.offset),
    f.text === null ? vm.newNone() : vm.newStr(f.text),
    num(f.endLineno),
    num(f.endOffset),
  ];
  return [vm.newStr(f.msg), vm.newTuple(info)];
}

/** The attribute objects SyntaxError_init sets from `args` (borrowed; null for an attribute left None). */
function attributes(o: PyExceptionObj): Map<string, PyObject> {
  const out = new Map<string, PyObject>();
  const args = o.args.items;
  if (args.length >= 1) out.set('msg', args[0]);
  const info = args.length === 2 && (args[1] instanceof PyTuple || args[1] instanceof PyList) ? args[1].items : null;
  if (info && info.length >= 4) INFO_FIELDS.forEach((name, i) => info[i] && out.set(name, info[i]));
  return out;
}

/** `e.msg`, `e.lineno`…: a new reference, or null when `name` is not one of SyntaxError's attributes. */
export function syntaxErrorAttribute(vm: VM, o: PyExceptionObj, name: string): PyObject | null {
  if (!ATTRIBUTES.has(name)) return null;
  return vm.incref(attributes(o).get(name) ?? vm.none, Cause.Stack);
}

/** SyntaxError_str: `msg (file.py, line 3)`, the file's base name; the str() of msg alone without either. */
export function syntaxErrorStr(vm: VM, o: PyExceptionObj, strOfMsg: string): string {
  const a = attributes(o);
  const filenameObj = a.get('filename');
  const filename = filenameObj instanceof PyStr ? filenameObj.value.slice(filenameObj.value.lastIndexOf('/') + 1) : null;
  const linenoObj = a.get('lineno');
  const lineno = linenoObj instanceof PyInt && linenoObj.type === vm.t.int ? linenoObj.value : null;
  if (filename !== null && lineno !== null) return `${strOfMsg} (${filename}, line ${lineno})`;
  if (filename !== null) return `${strOfMsg} (${filename})`;
  if (lineno !== null) return `${strOfMsg} (line ${lineno})`;
  return strOfMsg;
}

/** The fields the printers read, or null when the error has no line number to show (printed as any exception). */
export function syntaxErrorFieldsOf(vm: VM, o: PyExceptionObj, typeName: string, msgText: string): (SyntaxErrorFields & { lineno: number }) | null {
  const a = attributes(o);
  const int = (name: string) => {
    const v = a.get(name);
    return v instanceof PyInt ? Number(v.value) : null;
  };
  const lineno = int('lineno');
  if (lineno === null) return null;
  const str = (name: string) => {
    const v = a.get(name);
    return v instanceof PyStr ? v.value : null;
  };
  return {
    typeName,
    exact: o.type === vm.exc.get('SyntaxError'),
    msg: msgText,
    filename: str('filename'),
    lineno,
    offset: int('offset'),
    text: str('text'),
    endLineno: int('end_lineno'),
    endOffset: int('end_offset'),
  };
}
