// printf-style `'%s' % args` (Objects/unicodeobject.c: PyUnicode_Format), the common codes.

import type { PyObject } from '../objects/object';
import { PyTuple, PyList } from '../objects/containers';
import { PyDict } from '../objects/dict';
import { PyInt, PyFloat, PyStr } from '../objects/atoms';
import type { VM } from '../vm/vm';
import type { Native } from '../vm/frame';
import { strOf, reprOf } from './repr';
import { formatInt, formatFloat } from './text/format-value';
import { unwrap } from './numbers';

const SPEC = /%(?:\(([^)]*)\))?([-+ #0]*)(\*|\d+)?(?:\.(\*|\d+))?([diouxXeEfFgGcrsa%])/g;

export function* percentFormat(vm: VM, format: string, args: PyObject): Native {
  const mapping = args instanceof PyDict ? args : null;
  const values = args instanceof PyTuple ? args.items : mapping ? [] : [args];
  let next = 0;
  let out = '';
  let last = 0;
  const take = (): PyObject => {
    if (next >= values.length) throw vm.error('TypeError', 'not enough arguments for format string');
    return values[next++];
  };
  for (const m of format.matchAll(SPEC)) {
    out += format.slice(last, m.index);
    last = (m.index as number) + m[0].length;
    const [, key, flags, widthSpec, precSpec, code] = m;
    if (code === '%') {
      out += '%';
      continue;
    }
    let value: PyObject | undefined;
    if (key !== undefined) {
      if (!mapping) throw vm.error('TypeError', 'format requires a mapping');
      const v = mapping.getStr(key);
      if (!v) throw vm.errorWith('KeyError', [vm.newStr(key)]);
      value = v;
    }
    const width = widthSpec === '*' ? Number((take() as PyInt).value) : widthSpec ? Number(widthSpec) : 0;
    const prec = precSpec === '*' ? Number((take() as PyInt).value) : precSpec !== undefined ? Number(precSpec) : null;
    value = key !== undefined ? (value as PyObject) : take();
    let text: string;
    switch (code) {
      case 's':
        text = yield* strOf(vm, value);
        if (prec !== null) text = text.slice(0, prec);
        break;
      case 'r':
      case 'a':
        text = yield* reprOf(vm, value);
        if (prec !== null) text = text.slice(0, prec);
        break;
      case 'd': case 'i': case 'u': case 'o': case 'x': case 'X': {
        let n: bigint;
        if (value instanceof PyInt) n = value.value;
        else if (value instanceof PyFloat) n = BigInt(Math.trunc(value.value));
        else throw vm.error('TypeError', `%${code} format: a real number is required, not ${value.type.name}`);
        const t = code === 'i' || code === 'u' ? 'd' : code;
        text = unwrap(vm, formatInt(n, `${flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : ''}${flags.includes('#') ? '#' : ''}${t}`));
        if (prec !== null) {
          const neg = text.startsWith('-');
          const digits = neg ? text.slice(1) : text;
          text = (neg ? '-' : '') + digits.padStart(prec, '0');
        }
        break;
      }
      case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
        let x: number;
        if (value instanceof PyFloat) x = value.value;
        else if (value instanceof PyInt) x = Number(value.value);
        else throw vm.error('TypeError', `must be real number, not ${value.type.name}`);
        text = unwrap(vm, formatFloat(x, `${flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : ''}${flags.includes('#') ? '#' : ''}.${prec ?? 6}${code}`));
        break;
      }
      case 'c':
        text = value instanceof PyInt ? String.fromCodePoint(Number(value.value)) : value instanceof PyStr ? value.value : '';
        break;
      default:
        text = '';
    }
    if (text.length < width) {
      if (flags.includes('-')) text = text.padEnd(width);
      else if (flags.includes('0') && 'diouxXeEfFgG'.includes(code)) {
        const sign = /^[-+ ]/.test(text) ? text[0] : '';
        text = sign + text.slice(sign.length).padStart(width - sign.length, '0');
      } else text = text.padStart(width);
    }
    out += text;
  }
  out += format.slice(last);
  if (next < values.length && !mapping && !(args instanceof PyList && values.length === 1)) {
    throw vm.error('TypeError', 'not all arguments converted during string formatting');
  }
  return vm.newStr(out);
}
