// str.format and str.format_map (Objects/stringlib/unicode_format.h): literal text with {{ and }},
// replacement fields {name.attr[key]!conv:spec} with automatic or manual numbering, nested fields in
// the spec, and CPython's errors for malformed format strings.

import type { PyObject } from '../objects/object';
import type { VM } from '../vm/vm';
import type { CallRequest } from '../vm/frame';
import { getAttr } from '../runtime/attributes';
import { getItem } from '../runtime/subscripts';
import { formatOf, reprOf, strOf } from '../runtime/repr';
import { Cause } from '../trace/events';

type Gen<T> = Generator<CallRequest, T, PyObject>;
/** A keyword field's value (a new reference); raises KeyError when missing. */
export type KeywordLookup = (key: string) => Gen<PyObject>;

/** The index of the '}' closing the field opened at `open`, counting nested braces; -1 if none. */
function fieldEnd(format: string, open: number): number {
  let depth = 1;
  for (let i = open + 1; i < format.length; i++) {
    if (format[i] === '{') depth++;
    else if (format[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

/**
 * `args` null: format_map, where a positional field is an error. `sole` is a new reference to the one
 * exact str the result is, when the format is a single field with no spec or conversion that yields it
 * (the writer then returns that object itself: `'{}'.format(s) is s`).
 */
export function* strFormat(vm: VM, format: string, args: PyObject[] | null, keyword: KeywordLookup, depth = 2): Gen<{ text: string; sole: PyObject | null }> {
  if (depth <= 0) throw vm.error('ValueError', 'Max string recursion exceeded');
  let out = '';
  let sole: PyObject | null = null;
  const singleField = /^\{[^{}]*\}$/.test(format);
  let auto: 'unknown' | 'auto' | 'manual' = 'unknown';
  let next = 0;
  for (let i = 0; i < format.length; i++) {
    const c = format[i];
    if (c === '}') {
      if (format[i + 1] !== '}') throw vm.error('ValueError', "Single '}' encountered in format string");
      out += '}';
      i++;
      continue;
    }
    if (c !== '{') {
      out += c;
      continue;
    }
    if (format[i + 1] === '{') {
      out += '{';
      i++;
      continue;
    }
    if (i + 1 === format.length) throw vm.error('ValueError', "Single '{' encountered in format string");
    const close = fieldEnd(format, i);
    // Unclosed: once a ':' or '!' was seen the message speaks of the format spec.
    if (close < 0) throw vm.error('ValueError', /[:!]/.test(format.slice(i + 1)) ? "unmatched '{' in format spec" : "expected '}' before end of string");
    const field = format.slice(i + 1, close);
    i = close;
    // field_name [! conversion] [: spec]; the name ends at the first '!' or ':' outside brackets.
    let nameEnd = 0;
    let bracket = false;
    while (nameEnd < field.length && (bracket || (field[nameEnd] !== '!' && field[nameEnd] !== ':'))) {
      if (field[nameEnd] === '[') bracket = true;
      else if (field[nameEnd] === ']') bracket = false;
      nameEnd++;
    }
    const name = field.slice(0, nameEnd);
    let conv: string | null = null;
    let spec = '';
    let rest = field.slice(nameEnd);
    if (rest.startsWith('!')) {
      if (rest.length < 2) throw vm.error('ValueError', 'end of string while looking for conversion specifier');
      conv = rest[1];
      rest = rest.slice(2);
      if (rest !== '' && !rest.startsWith(':')) throw vm.error('ValueError', "expected ':' after conversion specifier");
    }
    if (rest.startsWith(':')) spec = rest.slice(1);
    const head = /^[^.[]*/.exec(name)?.[0] ?? '';
    let value: PyObject;
    if (head === '' || /^\d+$/.test(head)) {
      if (args === null) throw vm.error('ValueError', 'Format string contains positional fields');
      let index: number;
      if (head === '') {
        if (auto === 'manual') throw vm.error('ValueError', 'cannot switch from manual field specification to automatic field numbering');
        auto = 'auto';
        index = next++;
      } else {
        if (auto === 'auto') throw vm.error('ValueError', 'cannot switch from automatic field numbering to manual field specification');
        auto = 'manual';
        index = Number(head);
      }
      if (index >= args.length) throw vm.error('IndexError', `Replacement index ${index} out of range for positional args tuple`);
      value = vm.incref(args[index], Cause.Stack);
    } else value = yield* keyword(head);
    try {
      // .attr and [key] parts, in order.
      const parts = /\.([^.[]*)|\[([^\]]*)\]/g;
      parts.lastIndex = head.length;
      for (let m = parts.exec(name); m; m = parts.exec(name)) {
        let nextValue: PyObject;
        if (m[1] !== undefined) {
          if (m[1] === '') throw vm.error('ValueError', 'Empty attribute in format string');
          nextValue = yield* getAttr(vm, value, m[1]);
        } else {
          if (m[2] === '') throw vm.error('ValueError', 'Empty attribute in format string');
          const key = /^\d+$/.test(m[2]) ? vm.newInt(Number(m[2])) : vm.newStr(m[2]);
          try {
            nextValue = yield* getItem(vm, value, key);
          } finally {
            vm.decref(key, Cause.Stack);
          }
        }
        vm.decref(value, Cause.Stack);
        value = nextValue;
      }
      if (spec.includes('{')) spec = (yield* strFormat(vm, spec, args, keyword, depth - 1)).text;
      let converted: PyObject = value;
      // str() of an exact str is the str itself.
      if (conv === 's' && value.type === vm.t.str) conv = null;
      if (conv === 'r' || conv === 's' || conv === 'a') {
        const t = conv === 's' ? yield* strOf(vm, value) : yield* reprOf(vm, value);
        converted = vm.newStr(conv === 'a' ? asciiEscape(t) : t);
      } else if (conv !== null) throw vm.error('ValueError', `Unknown conversion specifier ${conv}`);
      if (singleField && spec === '' && (conv === null || conv === 's') && converted === value && value.type === vm.t.str) sole = vm.incref(value, Cause.Stack);
      try {
        out += yield* formatOf(vm, converted, spec);
      } finally {
        if (converted !== value) vm.decref(converted, Cause.Stack);
      }
    } finally {
      vm.decref(value, Cause.Stack);
    }
  }
  return { text: out, sole };
}

/** ascii(): non-ASCII characters of a repr as \x, \u or \U escapes. */
function asciiEscape(s: string): string {
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0) as number;
    if (cp < 0x80) out += ch;
    else if (cp <= 0xff) out += `\\x${cp.toString(16).padStart(2, '0')}`;
    else if (cp <= 0xffff) out += `\\u${cp.toString(16).padStart(4, '0')}`;
    else out += `\\U${cp.toString(16).padStart(8, '0')}`;
  }
  return out;
}
