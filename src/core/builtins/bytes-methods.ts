// The methods bytes and bytearray share (Objects/bytes_methods.c, Objects/stringlib/): searching with
// start/end and int or bytes-like needles, splitting, stripping, padding, ASCII case and classes,
// join, replace, translate, hex/fromhex, decode. A bytes result of an exact bytes left unchanged is
// that object itself (`b.strip() is b`), as in CPython; bytearray's methods always make a new one.

import type { PyObject } from '../objects/object';
import { PyBytes, PyInt, PyStr } from '../objects/atoms';
import { PyTuple } from '../objects/containers';
import { builtinLen } from './functions';
import { PyBuiltin } from '../objects/callables';
import type { PyType } from '../objects/type';
import type { VM } from '../vm/vm';
import type { Native } from '../vm/frame';
import { method, arity, checkPositional } from './define';
import { checkKeywords } from './keyword-arguments';
import { iterateToArray } from '../runtime/iteration';
import { chargeLoop } from '../threads/native-loops';
import { bufferBytes, contiguousBufferBytes } from '../runtime/buffers';
import { setName } from '../runtime/dicts';
import { checkNotTwice, checkResultLength, clinicTypeName, indexArg, intArg, keependsArg, searchArity, searchBounds, tupleArity } from './text-arguments';
import { decodeMethod, expandTabs } from './str-methods';
import { latin1String } from '../runtime/text/unicode-props';
import { Cause } from '../trace/events';

const data = (o: PyObject | null) => (o as PyBytes).value;
const isSpace = (b: number) => b === 0x20 || (b >= 0x09 && b <= 0x0d);
const isLower = (b: number) => b >= 0x61 && b <= 0x7a;
const isUpper = (b: number) => b >= 0x41 && b <= 0x5a;
const isAlpha = (b: number) => isLower(b) || isUpper(b);
const isDigit = (b: number) => b >= 0x30 && b <= 0x39;
const toUpper = (b: number) => (isLower(b) ? b - 32 : b);
const toLower = (b: number) => (isUpper(b) ? b + 32 : b);

function indexOf(hay: Uint8Array, needle: Uint8Array, from: number, to: number): number {
  outer: for (let i = from; i + needle.length <= to; i++) {
    for (let k = 0; k < needle.length; k++) if (hay[i + k] !== needle[k]) continue outer;
    return i;
  }
  return -1;
}
function lastIndexOf(hay: Uint8Array, needle: Uint8Array, from: number, to: number): number {
  outer: for (let i = to - needle.length; i >= from; i--) {
    for (let k = 0; k < needle.length; k++) if (hay[i + k] !== needle[k]) continue outer;
    return i;
  }
  return -1;
}
function equalAt(hay: Uint8Array, needle: Uint8Array, at: number): boolean {
  for (let k = 0; k < needle.length; k++) if (hay[at + k] !== needle[k]) return false;
  return true;
}
/** Splits on every occurrence of `sep` (non-overlapping, left to right). */
function splitAll(hay: Uint8Array, sep: Uint8Array): Uint8Array[] {
  const out: Uint8Array[] = [];
  let start = 0;
  for (let i = indexOf(hay, sep, 0, hay.length); i >= 0; i = indexOf(hay, sep, start, hay.length)) {
    out.push(hay.slice(start, i));
    start = i + sep.length;
  }
  out.push(hay.slice(start));
  return out;
}
function concat(parts: Uint8Array[], sep: Uint8Array = new Uint8Array(0)): Uint8Array {
  const total = parts.reduce((n, p) => n + p.length, 0) + sep.length * Math.max(0, parts.length - 1);
  const out = new Uint8Array(total);
  let at = 0;
  parts.forEach((p, i) => {
    if (i > 0) {
      out.set(sep, at);
      at += sep.length;
    }
    out.set(p, at);
    at += p.length;
  });
  return out;
}
const sameBytes = (a: Uint8Array, b: Uint8Array) => a.length === b.length && equalAt(a, b, 0);

export function installBytesLikeMethods(vm: VM): void {
  for (const type of [vm.t.bytes, vm.t.bytearray]) installOn(vm, type);
}

function installOn(vm: VM, type: PyType): void {
  const typeName = type.name;
  const make = (b: Uint8Array): PyObject => (type === vm.t.bytes ? vm.newBytes(b) : vm.track(new PyBytes(vm.t.bytearray, b)));
  /** A result CPython allocates first and fills after (PyBytes_FromStringAndSize(NULL, n)): never a one-byte singleton. */
  const makeFilled = (b: Uint8Array): PyObject => (type === vm.t.bytes ? vm.newFilledBytes(b) : make(b));
  /** The exact bytes itself when nothing changed; a new object otherwise (and always for bytearray). */
  const sameOrNew = (self: PyObject, b: Uint8Array): PyObject =>
    self.type === vm.t.bytes && sameBytes(data(self), b) ? vm.incref(self, Cause.Return) : make(b);
  /** A bytes-like argument: "a bytes-like object is required, not 'str'". */
  const bytesArg = (o: PyObject): Uint8Array => {
    const b = bufferBytes(vm, o);
    if (b) return b;
    throw vm.error('TypeError', `a bytes-like object is required, not '${o.type.name}'`);
  };
  /** find's needle: an int 0..255 or a bytes-like object. */
  const needle = (o: PyObject): Uint8Array => {
    if (o instanceof PyInt) {
      if (o.value < 0n || o.value > 255n) throw vm.error('ValueError', 'byte must be in range(0, 256)');
      return Uint8Array.of(Number(o.value));
    }
    const b = bufferBytes(vm, o);
    if (b) return b;
    throw vm.error('TypeError', `argument should be integer or bytes-like object, not '${o.type.name}'`);
  };
  const m = (name: string, impl: Parameters<typeof method>[3]) => method(vm, type, name, impl);

  // ---- searching ----------------------------------------------------------------------------
  const find = (name: string, fromRight: boolean, raise: boolean) =>
    m(name, (args, _k, self) => {
      searchArity(vm, name, args.length);
      const hay = data(self);
      // start and end are read before the needle is checked (stringlib parse_args_finds_byte).
      const [start, end] = searchBounds(vm, args, hay.length);
      const sub = needle(args[0]);
      let i = -1;
      if (end - start >= sub.length) i = sub.length === 0 ? (fromRight ? end : start) : fromRight ? lastIndexOf(hay, sub, start, end) : indexOf(hay, sub, start, end);
      if (i < 0 && raise) throw vm.error('ValueError', 'subsection not found');
      return vm.newInt(i);
    });
  find('find', false, false);
  find('rfind', true, false);
  find('index', false, true);
  find('rindex', true, true);
  m('count', (args, _k, self) => {
    searchArity(vm, 'count', args.length);
    const hay = data(self);
    const [start, end] = searchBounds(vm, args, hay.length);
    const sub = needle(args[0]);
    if (end - start < sub.length) return vm.newInt(0);
    if (sub.length === 0) return vm.newInt(end - start + 1);
    let n = 0;
    for (let i = indexOf(hay, sub, start, end); i >= 0; i = indexOf(hay, sub, i + sub.length, end)) n++;
    return vm.newInt(n);
  });
  const affix = (name: 'startswith' | 'endswith') =>
    m(name, (args, _k, self) => {
      searchArity(vm, name, args.length);
      const hay = data(self);
      const [start, end] = searchBounds(vm, args, hay.length);
      const match = (sub: Uint8Array) => end - sub.length >= start && equalAt(hay, sub, name === 'endswith' ? end - sub.length : start);
      const p = args[0];
      if (p instanceof PyTuple) return vm.newBool(p.items.some((item) => match(bytesArg(item))));
      const sub = bufferBytes(vm, p);
      if (!sub) throw vm.error('TypeError', `${name} first arg must be bytes or a tuple of bytes, not ${p.type.name}`);
      return vm.newBool(match(sub));
    });
  affix('startswith');
  affix('endswith');

  // ---- case and classes (ASCII only) ----------------------------------------------------------
  const mapBytes = (name: string, f: (b: Uint8Array) => Uint8Array) =>
    m(name, (args, _k, self) => {
      arity(vm, `${typeName}.${name}`, args, 0);
      return makeFilled(f(data(self)));
    });
  mapBytes('upper', (b) => b.map(toUpper));
  mapBytes('lower', (b) => b.map(toLower));
  mapBytes('swapcase', (b) => b.map((c) => (isLower(c) ? c - 32 : isUpper(c) ? c + 32 : c)));
  mapBytes('capitalize', (b) => b.map((c, i) => (i === 0 ? toUpper(c) : toLower(c))));
  mapBytes('title', (b) => {
    let previousCased = false;
    return b.map((c) => {
      const r = previousCased ? toLower(c) : toUpper(c);
      previousCased = isAlpha(c);
      return r;
    });
  });
  const test = (name: string, f: (b: Uint8Array) => boolean) =>
    m(name, (args, _k, self) => {
      arity(vm, `${typeName}.${name}`, args, 0);
      return vm.newBool(f(data(self)));
    });
  const all = (pred: (c: number) => boolean) => (b: Uint8Array) => b.length > 0 && b.every(pred);
  test('isdigit', all(isDigit));
  test('isalpha', all(isAlpha));
  test('isalnum', all((c) => isAlpha(c) || isDigit(c)));
  test('isspace', all(isSpace));
  test('isascii', (b) => b.every((c) => c < 0x80));
  test('isupper', (b) => b.some(isUpper) && !b.some(isLower));
  test('islower', (b) => b.some(isLower) && !b.some(isUpper));
  test('istitle', (b) => {
    let cased = false;
    let previousCased = false;
    for (const c of b) {
      if (isUpper(c)) {
        if (previousCased) return false;
        previousCased = cased = true;
      } else if (isLower(c)) {
        if (!previousCased) return false;
        previousCased = cased = true;
      } else previousCased = false;
    }
    return cased;
  });

  // ---- stripping, padding ---------------------------------------------------------------------
  const strip = (name: string, left: boolean, right: boolean) =>
    m(name, (args, _k, self) => {
      checkPositional(vm, name, args.length, 0, 1);
      const b = data(self);
      const chars = args[0] === undefined || args[0] === vm.none ? null : new Set(bytesArg(args[0]));
      const drop = (c: number) => (chars ? chars.has(c) : isSpace(c));
      let i = 0;
      let j = b.length;
      if (left) while (i < j && drop(b[i])) i++;
      if (right) while (j > i && drop(b[j - 1])) j--;
      return sameOrNew(self as PyObject, b.slice(i, j));
    });
  strip('strip', true, true);
  strip('lstrip', true, false);
  strip('rstrip', false, true);
  const justify = (name: string, place: (marg: number, width: number) => number) =>
    m(name, (args, _k, self) => {
      checkPositional(vm, name, args.length, 1, 2);
      const width = indexArg(vm, args[0]);
      let fill = 0x20;
      if (args[1] !== undefined) {
        const f = args[1] instanceof PyBytes ? args[1].value : null;
        if (!f || f.length !== 1) throw vm.error('TypeError', `${name}() argument 2 must be a byte string of length 1, not ${clinicTypeName(vm, args[1])}`);
        fill = f[0];
      }
      const b = data(self);
      const marg = width - b.length;
      if (marg <= 0) return sameOrNew(self as PyObject, b);
      checkResultLength(vm, width);
      const left = place(marg, width);
      const out = new Uint8Array(width).fill(fill);
      out.set(b, left);
      return makeFilled(out);
    });
  justify('center', (marg, width) => Math.floor(marg / 2) + (marg & width & 1));
  justify('ljust', () => 0);
  justify('rjust', (marg) => marg);
  m('zfill', (args, _k, self) => {
    arity(vm, `${typeName}.zfill`, args, 1);
    const width = indexArg(vm, args[0]);
    const b = data(self);
    if (width <= b.length) return sameOrNew(self as PyObject, b);
    checkResultLength(vm, width);
    const out = new Uint8Array(width).fill(0x30);
    out.set(b, width - b.length);
    if (b[0] === 0x2b || b[0] === 0x2d) {
      out[0] = b[0];
      out[width - b.length] = 0x30;
    }
    return makeFilled(out);
  });
  m('expandtabs', (args, kwargs, self) => {
    tupleArity(vm, 'expandtabs', args.length + (kwargs?.size ?? 0), 0, 1);
    checkKeywords(vm, 'expandtabs', kwargs, ['tabsize']);
    checkNotTwice(vm, 'expandtabs', args.length, kwargs, ['tabsize']);
    const sizeObj = args[0] ?? kwargs?.get('tabsize');
    const text = latin1String(data(self));
    const size = sizeObj ? intArg(vm, sizeObj) : 8;
    checkResultLength(vm, size * (text.split('\t').length - 1));
    return makeFilled(Uint8Array.from(expandTabs(text, size), (c) => c.charCodeAt(0)));
  });
  const affixRemoval = (name: 'removeprefix' | 'removesuffix') =>
    m(name, (args, _k, self) => {
      arity(vm, `${typeName}.${name}`, args, 1);
      const a = bytesArg(args[0]);
      const b = data(self);
      if (a.length === 0 || a.length > b.length) return sameOrNew(self as PyObject, b);
      if (name === 'removeprefix') return sameOrNew(self as PyObject, equalAt(b, a, 0) ? b.slice(a.length) : b);
      return sameOrNew(self as PyObject, equalAt(b, a, b.length - a.length) ? b.slice(0, b.length - a.length) : b);
    });
  affixRemoval('removeprefix');
  affixRemoval('removesuffix');

  // ---- splitting, joining, replacing ----------------------------------------------------------
  const split = (name: 'split' | 'rsplit') =>
    m(name, (args, kwargs, self) => {
      tupleArity(vm, name, args.length + (kwargs?.size ?? 0), 0, 2);
      checkKeywords(vm, name, kwargs, ['sep', 'maxsplit']);
      checkNotTwice(vm, name, args.length, kwargs, ['sep', 'maxsplit']);
      const sepObj = args[0] ?? kwargs?.get('sep') ?? vm.none;
      const maxObj = args[1] ?? kwargs?.get('maxsplit');
      let max = maxObj ? indexArg(vm, maxObj) : -1;
      if (max < 0) max = Infinity;
      const b = data(self);
      let parts: Uint8Array[] = [];
      if (sepObj === vm.none) {
        if (name === 'split') {
          let i = 0;
          while (i < b.length) {
            while (i < b.length && isSpace(b[i])) i++;
            if (i === b.length) break;
            if (max-- === 0) {
              parts.push(b.slice(i));
              break;
            }
            const j = i;
            while (i < b.length && !isSpace(b[i])) i++;
            parts.push(b.slice(j, i));
          }
        } else {
          let i = b.length;
          while (i > 0) {
            while (i > 0 && isSpace(b[i - 1])) i--;
            if (i === 0) break;
            if (max-- === 0) {
              parts.push(b.slice(0, i));
              break;
            }
            const j = i;
            while (i > 0 && !isSpace(b[i - 1])) i--;
            parts.push(b.slice(i, j));
          }
          parts.reverse();
        }
      } else {
        const sep = bytesArg(sepObj);
        if (sep.length === 0) throw vm.error('ValueError', 'empty separator');
        const allParts = splitAll(b, sep);
        if (allParts.length - 1 <= max) parts = allParts;
        else if (name === 'split') parts = [...allParts.slice(0, max), concat(allParts.slice(max), sep)];
        else parts = [concat(allParts.slice(0, allParts.length - max), sep), ...allParts.slice(allParts.length - max)];
      }
      return vm.newList(parts.map((p) => (parts.length === 1 ? sameOrNew(self as PyObject, p) : make(p))));
    });
  split('split');
  split('rsplit');
  m('splitlines', function* (args, kwargs, self): Native {
    const keepends = yield* keependsArg(vm, args, kwargs);
    const b = data(self);
    const lines: Uint8Array[] = [];
    let start = 0;
    for (let i = 0; i < b.length; i++) {
      if (b[i] !== 0x0a && b[i] !== 0x0d) continue;
      const eol = b[i] === 0x0d && b[i + 1] === 0x0a ? i + 2 : i + 1;
      lines.push(b.slice(start, keepends ? eol : i));
      start = eol;
      i = eol - 1;
    }
    if (start < b.length) lines.push(b.slice(start));
    return vm.newList(lines.map((l) => (lines.length === 1 ? sameOrNew(self as PyObject, l) : make(l))));
  });
  const partition = (name: 'partition' | 'rpartition') =>
    m(name, (args, _k, self) => {
      arity(vm, `${typeName}.${name}`, args, 1);
      const sep = bytesArg(args[0]);
      if (sep.length === 0) throw vm.error('ValueError', 'empty separator');
      const b = data(self);
      const i = name === 'rpartition' ? lastIndexOf(b, sep, 0, b.length) : indexOf(b, sep, 0, b.length);
      const empty = () => make(new Uint8Array(0));
      if (i < 0) return vm.newTuple(name === 'rpartition' ? [empty(), empty(), sameOrNew(self as PyObject, b)] : [sameOrNew(self as PyObject, b), empty(), empty()]);
      // The separator itself when it is an exact bytes (a new one for a bytearray).
      const sepObj = args[0].type === vm.t.bytes && type === vm.t.bytes ? vm.incref(args[0], Cause.Slot) : make(sep.slice());
      return vm.newTuple([make(b.slice(0, i)), sepObj, make(b.slice(i + sep.length))]);
    });
  partition('partition');
  partition('rpartition');
  m('join', function* (args, _k, self): Native {
    arity(vm, `${typeName}.join`, args, 1);
    const items = yield* iterateToArray(vm, args[0], { when: 'any-type-error', message: function* () { return 'can only join an iterable'; } });
    try {
      if (type === vm.t.bytes && items.length === 1 && items[0].type === vm.t.bytes) return vm.incref(items[0], Cause.Return);
      const parts = items.map((item, n) => {
        const b = contiguousBufferBytes(vm, item);
        if (!b) throw vm.error('TypeError', `sequence item ${n}: expected a bytes-like object, ${item.type.name} found`);
        return b;
      });
      const joined = concat(parts, data(self));
      chargeLoop(vm, 'joinItem', items.length);
      chargeLoop(vm, 'char', joined.length);
      return makeFilled(joined);
    } finally {
      for (const i of items) vm.decref(i, Cause.Slot);
    }
  });
  m('replace', (args, _k, self) => {
    checkPositional(vm, 'replace', args.length, 2, 3);
    const old = bytesArg(args[0]);
    const repl = bytesArg(args[1]);
    let count = args[2] ? indexArg(vm, args[2]) : -1;
    if (count < 0) count = Infinity;
    const b = data(self);
    if (count === 0 || (old.length > 0 && indexOf(b, old, 0, b.length) < 0)) return sameOrNew(self as PyObject, b);
    if (old.length === 0) {
      const parts: Uint8Array[] = [];
      let done = 0;
      for (let i = 0; i <= b.length; i++) {
        if (done < count) {
          parts.push(repl);
          done++;
        }
        if (i < b.length) parts.push(b.slice(i, i + 1));
      }
      return makeFilled(concat(parts));
    }
    const parts = splitAll(b, old);
    if (count >= parts.length - 1) return makeFilled(concat(parts, repl));
    return makeFilled(concat([concat(parts.slice(0, count + 1), repl), concat(parts.slice(count + 1), old)], old));
  });
  m('translate', (args, kwargs, self) => {
    if (args.length < 1) throw vm.error('TypeError', `translate() takes at least 1 positional argument (${args.length} given)`);
    tupleArity(vm, 'translate', args.length + (kwargs?.size ?? 0), 1, 2);
    checkKeywords(vm, 'translate', kwargs, ['delete']);
    checkNotTwice(vm, 'translate', args.length, kwargs, ['table', 'delete']);
    const table = args[0] === vm.none ? null : bytesArg(args[0]);
    if (table && table.length !== 256) throw vm.error('ValueError', 'translation table must be 256 characters long');
    const delObj = args[1] ?? kwargs?.get('delete');
    const del = delObj ? new Set(bytesArg(delObj)) : new Set<number>();
    const out = Uint8Array.from(Array.from(data(self)).filter((c) => !del.has(c)).map((c) => (table ? table[c] : c)));
    return (self as PyObject).type === vm.t.bytes && sameBytes(data(self), out) ? vm.incref(self as PyObject, Cause.Return) : makeFilled(out);
  });

  // ---- hex, fromhex, maketrans, decode ------------------------------------------------------------
  m('hex', (args, kwargs, self) => hexMethod(vm, data(self), args, kwargs));
  m('decode', (args, kwargs, self) => decodeMethod(vm, self as PyBytes, args, kwargs));
  const classFunction = (name: string, impl: (args: PyObject[]) => PyObject) => {
    const f = new PyBuiltin(vm.t.builtin_function_or_method, name, (args) => impl(args), type, typeName);
    f.immortal = true;
    setName(vm, type.dict, name, f, true);
  };
  classFunction('fromhex', (args) => {
    arity(vm, 'fromhex', args, 1);
    if (!(args[0] instanceof PyStr)) throw vm.error('TypeError', `fromhex() argument must be str, not ${clinicTypeName(vm, args[0])}`);
    const s = args[0].value;
    const out: number[] = [];
    const hexValue = (i: number) => (i < s.length && /[0-9a-fA-F]/.test(s[i]) ? parseInt(s[i], 16) : -1);
    for (let i = 0; i < s.length; ) {
      if (isSpace(s.charCodeAt(i))) {
        i++;
        continue;
      }
      const hi = hexValue(i);
      const lo = hexValue(i + 1);
      if (hi < 0 || lo < 0) throw vm.error('ValueError', `non-hexadecimal number found in fromhex() arg at position ${hi < 0 ? i : i + 1}`);
      out.push(hi * 16 + lo);
      i += 2;
    }
    return make(Uint8Array.from(out));
  });
  classFunction('maketrans', (args) => {
    checkPositional(vm, 'maketrans', args.length, 2, 2);
    const from = bytesArg(args[0]);
    const to = bytesArg(args[1]);
    if (from.length !== to.length) throw vm.error('ValueError', 'maketrans arguments must have same length');
    const table = Uint8Array.from({ length: 256 }, (_, i) => i);
    from.forEach((c, i) => (table[c] = to[i]));
    return vm.newBytes(table);
  });
}

/** bytes.hex, bytearray.hex and memoryview.hex (_Py_strhex_with_sep): the digits, grouped by `sep` when given. */
export function hexMethod(vm: VM, b: Uint8Array, args: PyObject[], kwargs: Map<string, PyObject> | null): PyObject {
  tupleArity(vm, 'hex', args.length + (kwargs?.size ?? 0), 0, 2);
  checkKeywords(vm, 'hex', kwargs, ['sep', 'bytes_per_sep']);
  checkNotTwice(vm, 'hex', args.length, kwargs, ['sep', 'bytes_per_sep']);
  const digits = Array.from(b, (c) => c.toString(16).padStart(2, '0'));
  const sepObj = args[0] ?? kwargs?.get('sep');
  // Argument Clinic converts bytes_per_sep before the implementation looks at sep.
  const perObj = args[1] ?? kwargs?.get('bytes_per_sep');
  const per = perObj ? indexArg(vm, perObj) : 1;
  if (sepObj === undefined) return vm.newStr(digits.join(''));
  // _Py_strhex_impl: the separator's length first (any sized object), then its type.
  const len = sepObj instanceof PyStr ? sepObj.value.length : sepObj instanceof PyBytes ? sepObj.value.length : builtinLen(sepObj);
  if (len === null) throw vm.error('TypeError', `object of type '${sepObj.type.name}' has no len()`);
  if (len !== 1) throw vm.error('ValueError', 'sep must be length 1.');
  if (!(sepObj instanceof PyStr) && sepObj.type !== vm.t.bytes) throw vm.error('TypeError', 'sep must be str or bytes.');
  const sep = sepObj instanceof PyStr ? sepObj.value : latin1String((sepObj as PyBytes).value);
  if (sep.charCodeAt(0) > 0x7f) throw vm.error('ValueError', 'sep must be ASCII.');
  if (per === 0) return vm.newStr(digits.join(''));
  // Groups of |per| bytes, counted from the right when per > 0, from the left when negative.
  const size = Math.abs(per);
  const groups: string[] = [];
  if (per > 0) for (let end = digits.length; end > 0; end -= size) groups.unshift(digits.slice(Math.max(0, end - size), end).join(''));
  else for (let start = 0; start < digits.length; start += size) groups.push(digits.slice(start, start + size).join(''));
  return vm.newStr(groups.join(sep));
}
