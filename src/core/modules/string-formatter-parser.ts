// _string (Objects/stringlib/unicode_format.h's MarkupIterator and FieldNameIterator, as Objects/unicodeobject.c
// exposes them): formatter_parser, the (literal_text, field_name, format_spec, conversion) pieces of a
// str.format string, and formatter_field_name_split, a field name's first part and its .attr/[key] parts, which
// string.Formatter (modules/python/string-source.ts) and logging's '{' style read. CPython's iterators parse as
// they go; these parse at once, into a list iterator: a malformed string raises its ValueError at the call.

import type { PyObject } from '../objects/object';
import type { PyModule } from '../objects/instances';
import { PyStr } from '../objects/atoms';
import type { VM } from '../vm/vm';
import { fn, arity } from '../builtins/define';
import { PySeqIter } from '../objects/iterators';
import { Cause } from '../trace/events';

/** A list iterator over new objects (owned by the list). */
function iterOver(vm: VM, items: PyObject[]): PyObject {
  return vm.track(new PySeqIter(vm.t.list_iterator, vm.newList(items)));
}

/** MarkupIterator_next until the end: [literal, field (null: none), spec (null: no field), conversion (null: none)]. */
function markup(vm: VM, s: string): [string, string | null, string | null, string | null][] {
  const out: [string, string | null, string | null, string | null][] = [];
  let i = 0;
  while (i < s.length) {
    const start = i;
    let c = '';
    let markupFollows = false;
    while (i < s.length) {
      c = s[i++];
      if (c === '{' || c === '}') {
        markupFollows = true;
        break;
      }
    }
    const atEnd = i >= s.length;
    let len = i - start;
    if (markupFollows && c === '}' && (atEnd || s[i] !== '}')) throw vm.error('ValueError', "Single '}' encountered in format string");
    if (markupFollows && atEnd && c === '{') throw vm.error('ValueError', "Single '{' encountered in format string");
    if (markupFollows && !atEnd) {
      // A doubled brace is literal text: the first one kept, the second skipped, no field follows.
      if (s[i] === c) {
        i++;
        markupFollows = false;
      } else len--;
    }
    const literal = s.slice(start, start + len);
    if (!markupFollows) {
      out.push([literal, null, null, null]);
      continue;
    }
    const field = parseField(vm, s, i);
    i = field.end;
    out.push([literal, field.name, field.spec, field.conversion]);
  }
  return out;
}

/** parse_field: the field name (to ':', '!' or '}', brackets skipped), its conversion and its format spec. */
function parseField(vm: VM, s: string, at: number): { name: string; spec: string; conversion: string | null; end: number } {
  let i = at;
  let c = '';
  while (i < s.length) {
    c = s[i++];
    if (c === '{') throw vm.error('ValueError', "unexpected '{' in field name");
    if (c === '[') {
      while (i < s.length && s[i] !== ']') i++;
      continue;
    }
    if (c === '}' || c === ':' || c === '!') break;
  }
  const name = s.slice(at, i - 1);
  let conversion: string | null = null;
  if (c === '!' || c === ':') {
    if (c === '!') {
      if (i >= s.length) throw vm.error('ValueError', 'end of string while looking for conversion specifier');
      conversion = s[i++];
      if (i < s.length) {
        const after = s[i++];
        if (after === '}') return { name, spec: '', conversion, end: i };
        if (after !== ':') throw vm.error('ValueError', "expected ':' after conversion specifier");
      }
    }
    const specStart = i;
    let count = 1;
    while (i < s.length) {
      const d = s[i++];
      if (d === '{') count++;
      else if (d === '}' && --count === 0) return { name, spec: s.slice(specStart, i - 1), conversion, end: i };
    }
    throw vm.error('ValueError', "unmatched '{' in format spec");
  }
  if (c !== '}') throw vm.error('ValueError', "expected '}' before end of string");
  return { name, spec: '', conversion, end: i };
}

/** get_integer: a run of decimal digits as an index, or null (not all digits, or empty). */
function integerOf(vm: VM, s: string): PyObject | null {
  if (!s || !/^[0-9]+$/.test(s)) return null;
  const n = BigInt(s);
  if (n > 0x7fffffffffffffffn) throw vm.error('ValueError', 'Too many decimal digits in format string');
  return vm.newInt(n);
}

/** FieldNameIterator_next until the end: the .attr and [key] parts after the first. */
function fieldParts(vm: VM, s: string, at: number): [boolean, PyObject][] {
  const out: [boolean, PyObject][] = [];
  let i = at;
  try {
    while (i < s.length) {
      const c = s[i++];
      let part: string;
      if (c === '.') {
        const start = i;
        while (i < s.length && s[i] !== '.' && s[i] !== '[') i++;
        part = s.slice(start, i);
      } else if (c === '[') {
        const start = i;
        while (i < s.length && s[i] !== ']') i++;
        if (i >= s.length) throw vm.error('ValueError', "Missing ']' in format string");
        part = s.slice(start, i++);
      } else throw vm.error('ValueError', "Only '.' or '[' may follow ']' in format field specifier");
      if (!part) throw vm.error('ValueError', 'Empty attribute in format string');
      out.push([c === '.', c === '[' ? (integerOf(vm, part) ?? vm.newStr(part)) : vm.newStr(part)]);
    }
  } catch (e) {
    for (const [, v] of out) vm.decref(v, Cause.Internal);
    throw e;
  }
  return out;
}

export function createStringFormatterParser(vm: VM, module: PyModule): void {
  const d = module.dict;
  const strArgument = (name: string, args: PyObject[]): string => {
    arity(vm, name, args, 1);
    const s = args[0];
    if (!(s instanceof PyStr)) throw vm.error('TypeError', `${name}() argument must be str, not ${s.type.name}`);
    return s.value;
  };
  fn(vm, d, 'formatter_parser', (args) => {
    const pieces = markup(vm, strArgument('formatter_parser', args));
    const opt = (v: string | null) => (v === null ? vm.newNone() : vm.newStr(v));
    return iterOver(vm, pieces.map(([literal, name, spec, conversion]) => vm.newTuple([vm.newStr(literal), opt(name), opt(spec), opt(conversion)])));
  });
  fn(vm, d, 'formatter_field_name_split', (args) => {
    const s = strArgument('formatter_field_name_split', args);
    let end = 0;
    while (end < s.length && s[end] !== '.' && s[end] !== '[') end++;
    const first = integerOf(vm, s.slice(0, end)) ?? vm.newStr(s.slice(0, end));
    let rest: [boolean, PyObject][];
    try {
      rest = fieldParts(vm, s, end);
    } catch (e) {
      vm.decref(first, Cause.Internal);
      throw e;
    }
    return vm.newTuple([first, iterOver(vm, rest.map(([isAttr, v]) => vm.newTuple([vm.newBool(isAttr), v])))]);
  });
}
