// str's methods (Objects/unicodeobject.c, Objects/stringlib/): Python's code-point indices,
// start/end arguments with ADJUST_INDICES, CPython's argument errors per version, Unicode case
// mappings and character classes, and the exact str returned unchanged (`s.strip() is s`) where
// CPython returns it (unicode_result_unchanged), which a refcount view shows.

import type { PyObject } from '../objects/object';
import { PyBytes, PyInt, PyStr } from '../objects/atoms';
import { PyTuple } from '../objects/containers';
import { PyDict } from '../objects/dict';
import { PyBuiltin } from '../objects/callables';
import type { VM } from '../vm/vm';
import type { Native } from '../vm/frame';
import { PyError } from '../vm/errors';
import { method, arity, checkPositional } from './define';
import { checkKeywords } from './keyword-arguments';
import { useArgumentParser } from '../runtime/arg-parsers';
import { iterateToArray } from '../runtime/iteration';
import { chargeLoop } from '../threads/native-loops';
import { getItem } from '../runtime/subscripts';
import { dictSet, setName } from '../runtime/dicts';
import { codePoints, fromCodePoints, isPySpace, pyLen, pyPrefix } from '../runtime/text/unicode-props';
import * as uc from '../runtime/text/unicode-case';
import { decodeBytes, encodeText, lookupCodec } from '../runtime/text/codecs';
import { codecFailure } from '../runtime/unicode-error';
import { checkNotTwice, checkResultLength, clinicTypeName, indexArg, intArg, keependsArg, searchArity, searchBounds, tupleArity } from './text-arguments';
import { strFormat } from './str-format';
import { Cause } from '../trace/events';

const text = (o: PyObject | null) => (o as PyStr).value;
const hasAstral = (s: string) => /[\ud800-\udbff][\udc00-\udfff]/.test(s);

/** A str's code-point indices over its JS (UTF-16) string: the same unless it has astral characters. */
class CodePointText {
  readonly astral: boolean;
  readonly len: number;
  constructor(readonly s: string) {
    this.astral = hasAstral(s);
    this.len = this.astral ? pyLen(s) : s.length;
  }
  unit(cp: number): number {
    return this.astral ? pyPrefix(this.s, cp).length : cp;
  }
  cp(unit: number): number {
    return this.astral ? pyLen(this.s.slice(0, unit)) : unit;
  }
  slice(start: number, end: number): string {
    return this.s.slice(this.unit(start), this.unit(end));
  }
}

/** str methods return the string itself when nothing changed (unicode_result_unchanged): only an exact str. */
function sameOrNew(vm: VM, self: PyObject, result: string): PyObject {
  if (self instanceof PyStr && self.type === vm.t.str && self.value === result) return vm.incref(self, Cause.Return);
  return vm.newStr(result);
}

/** A str argument, or TypeError(message(type name)); `clinic`: an Argument Clinic converter, which calls None "None". */
function strArg(vm: VM, o: PyObject | undefined, message: (typeName: string) => string, clinic = false): string {
  if (o instanceof PyStr) return o.value;
  throw vm.error('TypeError', message(clinic ? clinicTypeName(vm, o as PyObject) : (o as PyObject).type.name));
}


/** find/rfind/index/rindex/count: the substring and its bounds. */
/** The characters a search for `sub` in [start, end) scans before it answers (at: where it found it, or -1). */
function chargeSearch(vm: VM, a: { sub: string; start: number; end: number }, at: number, fromRight = false): void {
  chargeLoop(vm, 'char', at < 0 ? a.end - a.start : fromRight ? a.end - at : at - a.start + a.sub.length);
}

function searchArgs(vm: VM, name: string, args: PyObject[], self: PyObject): { t: CodePointText; sub: string; start: number; end: number } {
  searchArity(vm, name, args.length);
  const t = new CodePointText(text(self));
  // 3.13's Argument Clinic converts the substring first; before, start and end were read first.
  if (vm.options.version.strMethodsClinic) {
    const sub = strArg(vm, args[0], (type) => `${name}() argument 1 must be str, not ${type}`, true);
    const [start, end] = searchBounds(vm, args, t.len);
    return { t, sub, start, end };
  }
  const [start, end] = searchBounds(vm, args, t.len);
  const sub = strArg(vm, args[0], (type) => `must be str, not ${type}`);
  return { t, sub, start, end };
}

/** stringlib find/rfind: -1 when absent; an empty substring is found at start (or end) while start <= end. */
function findIn(t: CodePointText, sub: string, start: number, end: number, fromRight: boolean): number {
  const subLen = pyLen(sub);
  if (end - start < subLen) return -1;
  if (subLen === 0) return fromRight ? end : start;
  const window = t.slice(start, end);
  const i = fromRight ? window.lastIndexOf(sub) : window.indexOf(sub);
  if (i < 0) return -1;
  return start + (t.astral ? pyLen(window.slice(0, i)) : i);
}

function countIn(t: CodePointText, sub: string, start: number, end: number): number {
  const subLen = pyLen(sub);
  if (end - start < subLen) return 0;
  if (subLen === 0) return end - start + 1;
  return t.slice(start, end).split(sub).length - 1;
}

/** startswith/endswith's tailmatch on the adjusted window. */
function tailMatch(t: CodePointText, sub: string, start: number, end: number, atEnd: boolean): boolean {
  const subLen = pyLen(sub);
  if (end - subLen < start) return false;
  if (subLen === 0) return true;
  const window = t.slice(start, end);
  return atEnd ? window.endsWith(sub) : window.startsWith(sub);
}

/** split() on runs of whitespace (Py_UNICODE_ISSPACE), from the left. */
function splitWhitespace(s: string, maxsplit: number): string[] {
  const out: string[] = [];
  let i = 0;
  const n = s.length;
  while (i < n) {
    while (i < n && isPySpace(s.charCodeAt(i))) i++;
    if (i === n) break;
    if (maxsplit-- === 0) {
      // The rest stays as it is, trailing whitespace included.
      out.push(s.slice(i));
      return out;
    }
    const j = i;
    while (i < n && !isPySpace(s.charCodeAt(i))) i++;
    out.push(s.slice(j, i));
  }
  return out;
}

/** rsplit() on runs of whitespace, from the right. */
function rsplitWhitespace(s: string, maxsplit: number): string[] {
  const out: string[] = [];
  let i = s.length;
  while (i > 0) {
    while (i > 0 && isPySpace(s.charCodeAt(i - 1))) i--;
    if (i === 0) break;
    if (maxsplit-- === 0) {
      out.push(s.slice(0, i));
      break;
    }
    const j = i;
    while (i > 0 && !isPySpace(s.charCodeAt(i - 1))) i--;
    out.push(s.slice(i, j));
  }
  return out.reverse();
}

function trimStart(s: string): string {
  let i = 0;
  while (i < s.length && isPySpace(s.charCodeAt(i))) i++;
  return s.slice(i);
}
function trimEnd(s: string): string {
  let j = s.length;
  while (j > 0 && isPySpace(s.charCodeAt(j - 1))) j--;
  return s.slice(0, j);
}

/** strip/lstrip/rstrip with a set of characters (code points), or whitespace when null. */
function stripChars(s: string, chars: string | null, left: boolean, right: boolean): string {
  if (chars === null) {
    let out = s;
    if (left) out = trimStart(out);
    if (right) out = trimEnd(out);
    return out;
  }
  const set = new Set(codePoints(chars));
  const cps = codePoints(s);
  let i = 0;
  let j = cps.length;
  if (left) while (i < j && set.has(cps[i])) i++;
  if (right) while (j > i && set.has(cps[j - 1])) j--;
  return i === 0 && j === cps.length ? s : fromCodePoints(cps, i, j);
}

/** splitlines' boundaries: \r\n, and each of \n \r \v \f \x1c \x1d \x1e \x85 \u2028 \u2029. */
function splitLines(s: string, keepends: boolean): string[] {
  const lines: string[] = [];
  const boundary = /\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/g;
  let start = 0;
  for (let m = boundary.exec(s); m; m = boundary.exec(s)) {
    lines.push(s.slice(start, keepends ? m.index + m[0].length : m.index));
    start = m.index + m[0].length;
  }
  if (start < s.length) lines.push(s.slice(start));
  return lines;
}

/** expandtabs: columns restart after \n and \r. */
export function expandTabs(s: string, tabsize: number): string {
  let out = '';
  let col = 0;
  for (const c of s) {
    if (c === '\t') {
      if (tabsize > 0) {
        const n = tabsize - (col % tabsize);
        out += ' '.repeat(n);
        col += n;
      }
    } else {
      out += c;
      col = c === '\n' || c === '\r' ? 0 : col + 1;
    }
  }
  return out;
}

/** pad(): `left` fill characters before, `right` after. */
const pad = (s: string, left: number, right: number, fill: string) => fill.repeat(Math.max(0, left)) + s + fill.repeat(Math.max(0, right));

export function installStrMethods(vm: VM): void {
  const t = vm.t;
  const noArgs = (name: string, f: (s: string) => string | boolean, unchangedIsSelf = false) =>
    method(vm, t.str, name, (args, _k, self) => {
      arity(vm, `str.${name}`, args, 0);
      const r = f(text(self));
      if (typeof r === 'boolean') return vm.newBool(r);
      return unchangedIsSelf ? sameOrNew(vm, self as PyObject, r) : vm.newStr(r);
    });

  // ---- case mappings and character classes ------------------------------------------------
  noArgs('upper', uc.strUpper);
  noArgs('lower', uc.strLower);
  noArgs('casefold', uc.strCasefold);
  noArgs('title', uc.strTitle);
  noArgs('capitalize', uc.strCapitalize);
  noArgs('swapcase', uc.strSwapcase);
  noArgs('isupper', uc.strIsUpper);
  noArgs('islower', uc.strIsLower);
  noArgs('istitle', uc.strIsTitle);
  noArgs('isalpha', uc.strIsAlpha);
  noArgs('isalnum', uc.strIsAlnum);
  noArgs('isdecimal', uc.strIsDecimal);
  noArgs('isdigit', uc.strIsDigit);
  noArgs('isnumeric', uc.strIsNumeric);
  noArgs('isspace', uc.strIsSpace);
  noArgs('isprintable', uc.strIsPrintable);
  noArgs('isascii', uc.strIsAscii);
  noArgs('isidentifier', uc.strIsIdentifier);

  // ---- searching ----------------------------------------------------------------------------
  method(vm, t.str, 'find', (args, _k, self) => {
    const a = searchArgs(vm, 'find', args, self as PyObject);
    const at = findIn(a.t, a.sub, a.start, a.end, false);
    chargeSearch(vm, a, at);
    return vm.newInt(at);
  });
  method(vm, t.str, 'rfind', (args, _k, self) => {
    const a = searchArgs(vm, 'rfind', args, self as PyObject);
    const at = findIn(a.t, a.sub, a.start, a.end, true);
    chargeSearch(vm, a, at, true);
    return vm.newInt(at);
  });
  const index = (name: string, fromRight: boolean) =>
    method(vm, t.str, name, (args, _k, self) => {
      const a = searchArgs(vm, name, args, self as PyObject);
      const i = findIn(a.t, a.sub, a.start, a.end, fromRight);
      chargeSearch(vm, a, i, fromRight);
      if (i < 0) throw vm.error('ValueError', 'substring not found');
      return vm.newInt(i);
    });
  index('index', false);
  index('rindex', true);
  method(vm, t.str, 'count', (args, _k, self) => {
    const a = searchArgs(vm, 'count', args, self as PyObject);
    chargeSearch(vm, a, -1);
    return vm.newInt(countIn(a.t, a.sub, a.start, a.end));
  });
  const affix = (name: 'startswith' | 'endswith') =>
    method(vm, t.str, name, (args, _k, self) => {
      searchArity(vm, name, args.length);
      const st = new CodePointText(text(self));
      const [start, end] = searchBounds(vm, args, st.len);
      const p = args[0];
      if (p instanceof PyTuple) {
        for (const item of p.items) {
          const sub = strArg(vm, item, (type) => `tuple for ${name} must only contain str, not ${type}`);
          if (tailMatch(st, sub, start, end, name === 'endswith')) return vm.newBool(true);
        }
        return vm.newBool(false);
      }
      const sub = strArg(vm, p, (type) => `${name} first arg must be str or a tuple of str, not ${type}`);
      return vm.newBool(tailMatch(st, sub, start, end, name === 'endswith'));
    });
  affix('startswith');
  affix('endswith');

  // ---- producing new strings ----------------------------------------------------------------
  const strip = (name: string, left: boolean, right: boolean) =>
    method(vm, t.str, name, (args, _k, self) => {
      checkPositional(vm, name, args.length, 0, 1);
      const c = args[0];
      if (c !== undefined && c !== vm.none && !(c instanceof PyStr)) throw vm.error('TypeError', `${name} arg must be None or str`);
      const chars = c instanceof PyStr ? c.value : null;
      return sameOrNew(vm, self as PyObject, stripChars(text(self), chars, left, right));
    });
  strip('strip', true, true);
  strip('lstrip', true, false);
  strip('rstrip', false, true);
  const affixRemoval = (name: 'removeprefix' | 'removesuffix') =>
    method(vm, t.str, name, (args, _k, self) => {
      arity(vm, `str.${name}`, args, 1);
      const a = strArg(vm, args[0], (type) => `${name}() argument must be str, not ${type}`, true);
      const s = text(self);
      if (a === '') return sameOrNew(vm, self as PyObject, s);
      if (name === 'removeprefix') return sameOrNew(vm, self as PyObject, s.startsWith(a) ? s.slice(a.length) : s);
      return sameOrNew(vm, self as PyObject, s.endsWith(a) ? s.slice(0, s.length - a.length) : s);
    });
  affixRemoval('removeprefix');
  affixRemoval('removesuffix');
  method(vm, t.str, 'replace', (args, kwargs, self) => {
    // 3.13: count may be given by keyword (the keyword check refuses any keyword before).
    const n = args.length + (kwargs?.size ?? 0);
    if (vm.options.version.strMethodsClinic) {
      if (args.length < 2) throw vm.error('TypeError', `replace() takes at least 2 positional arguments (${args.length} given)`);
      if (n > 3) throw vm.error('TypeError', `replace() takes at most 3 arguments (${n} given)`);
    }
    checkKeywords(vm, 'replace', kwargs, ['count']);
    checkNotTwice(vm, 'replace', args.length, kwargs, ['old', 'new', 'count']);
    if (!vm.options.version.strMethodsClinic) checkPositional(vm, 'replace', args.length, 2, 3);
    const old = strArg(vm, args[0], (type) => `replace() argument 1 must be str, not ${type}`, true);
    const repl = strArg(vm, args[1], (type) => `replace() argument 2 must be str, not ${type}`, true);
    const countObj = args[2] ?? kwargs?.get('count');
    let count = countObj ? indexArg(vm, countObj) : -1;
    const s = text(self);
    chargeLoop(vm, 'rebuildChar', s.length);
    if (count < 0) count = Infinity;
    if (count === 0 || (old !== '' && !s.includes(old)) || old === repl) return sameOrNew(vm, self as PyObject, s);
    if (old === '') {
      // An empty pattern matches before each character and at the end.
      const cps = Array.from(s);
      let out = '';
      let done = 0;
      for (let i = 0; i <= cps.length; i++) {
        if (done < count) {
          out += repl;
          done++;
        }
        if (i < cps.length) out += cps[i];
      }
      return vm.newStr(out);
    }
    const parts = s.split(old);
    if (count >= parts.length - 1) return vm.newStr(parts.join(repl));
    return vm.newStr(parts.slice(0, count + 1).join(repl) + old + parts.slice(count + 1).join(old));
  });
  method(vm, t.str, 'expandtabs', (args, kwargs, self) => {
    tupleArity(vm, 'expandtabs', args.length + (kwargs?.size ?? 0), 0, 1);
    checkKeywords(vm, 'expandtabs', kwargs, ['tabsize']);
    checkNotTwice(vm, 'expandtabs', args.length, kwargs, ['tabsize']);
    const sizeObj = args[0] ?? kwargs?.get('tabsize');
    const size = sizeObj ? intArg(vm, sizeObj) : 8;
    checkResultLength(vm, size * (text(self).split('\t').length - 1));
    return sameOrNew(vm, self as PyObject, expandTabs(text(self), size));
  });
  const fillArg = (o: PyObject | undefined): string => {
    if (o === undefined) return ' ';
    if (!(o instanceof PyStr)) throw vm.error('TypeError', `The fill character must be a unicode character, not ${o.type.name}`);
    if (pyLen(o.value) !== 1) throw vm.error('TypeError', 'The fill character must be exactly one character long');
    return o.value;
  };
  const justify = (name: string, place: (marg: number, width: number) => [number, number]) =>
    method(vm, t.str, name, (args, _k, self) => {
      checkPositional(vm, name, args.length, 1, 2);
      const width = indexArg(vm, args[0]);
      const fill = fillArg(args[1]);
      const s = text(self);
      const marg = width - pyLen(s);
      if (marg <= 0) return sameOrNew(vm, self as PyObject, s);
      checkResultLength(vm, width);
      const [left, right] = place(marg, width);
      return vm.newStr(pad(s, left, right, fill));
    });
  // center: the odd extra column goes left when the width is odd (marg / 2 + (marg & width & 1)).
  justify('center', (marg, width) => {
    const left = Math.floor(marg / 2) + (marg & width & 1);
    return [left, marg - left];
  });
  justify('ljust', (marg) => [0, marg]);
  justify('rjust', (marg) => [marg, 0]);
  method(vm, t.str, 'zfill', (args, _k, self) => {
    arity(vm, 'str.zfill', args, 1);
    const width = indexArg(vm, args[0]);
    const s = text(self);
    const fill = width - pyLen(s);
    if (fill <= 0) return sameOrNew(vm, self as PyObject, s);
    checkResultLength(vm, width);
    const sign = s[0] === '+' || s[0] === '-' ? s[0] : '';
    return vm.newStr(sign + '0'.repeat(fill) + s.slice(sign.length));
  });

  // ---- splitting and joining -----------------------------------------------------------------
  const split = (name: 'split' | 'rsplit') =>
    method(vm, t.str, name, (args, kwargs, self) => {
      tupleArity(vm, name, args.length + (kwargs?.size ?? 0), 0, 2);
      checkKeywords(vm, name, kwargs, ['sep', 'maxsplit']);
      checkNotTwice(vm, name, args.length, kwargs, ['sep', 'maxsplit']);
      useArgumentParser(vm, `str.${name}`, kwargs);
      const sepObj = args[0] ?? kwargs?.get('sep') ?? vm.none;
      const maxObj = args[1] ?? kwargs?.get('maxsplit');
      let max = maxObj ? indexArg(vm, maxObj) : -1;
      if (max < 0) max = Infinity;
      const s = text(self);
      let parts: string[];
      if (sepObj === vm.none) parts = name === 'split' ? splitWhitespace(s, max) : rsplitWhitespace(s, max);
      else {
        const sep = strArg(vm, sepObj, (type) => `must be str or None, not ${type}`);
        if (sep === '') throw vm.error('ValueError', 'empty separator');
        const all = s.split(sep);
        if (all.length - 1 <= max) parts = all;
        else if (name === 'split') parts = [...all.slice(0, max), all.slice(max).join(sep)];
        else parts = [all.slice(0, all.length - max).join(sep), ...all.slice(all.length - max)];
      }
      // The scan, and one new str per part.
      chargeLoop(vm, 'char', s.length);
      chargeLoop(vm, 'iterItem', parts.length);
      // Nothing split off: the list holds the exact str itself.
      if (parts.length === 1 && parts[0] === s) return vm.newList([sameOrNew(vm, self as PyObject, s)]);
      return vm.newList(parts.map((p) => vm.newStr(p)));
    });
  split('split');
  split('rsplit');
  method(vm, t.str, 'splitlines', function* (args, kwargs, self): Native {
    const keepends = yield* keependsArg(vm, args, kwargs);
    const s = text(self);
    const lines = splitLines(s, keepends);
    if (lines.length === 1 && lines[0] === s) return vm.newList([sameOrNew(vm, self as PyObject, s)]);
    return vm.newList(lines.map((l) => vm.newStr(l)));
  });
  const partition = (name: 'partition' | 'rpartition') =>
    method(vm, t.str, name, (args, _k, self) => {
      arity(vm, `str.${name}`, args, 1);
      const sep = strArg(vm, args[0], (type) => `must be str, not ${type}`);
      if (sep === '') throw vm.error('ValueError', 'empty separator');
      const s = text(self);
      const i = name === 'rpartition' ? s.lastIndexOf(sep) : s.indexOf(sep);
      const whole = () => sameOrNew(vm, self as PyObject, s);
      if (i < 0) return vm.newTuple(name === 'rpartition' ? [vm.newStr(''), vm.newStr(''), whole()] : [whole(), vm.newStr(''), vm.newStr('')]);
      return vm.newTuple([vm.newStr(s.slice(0, i)), vm.incref(args[0], Cause.Slot), vm.newStr(s.slice(i + sep.length))]);
    });
  partition('partition');
  partition('rpartition');
  method(vm, t.str, 'join', function* (args, _k, self): Native {
    arity(vm, 'str.join', args, 1);
    // PySequence_Fast(iterable, "can only join an iterable").
    const items = yield* iterateToArray(vm, args[0], { when: 'any-type-error', message: function* () { return 'can only join an iterable'; } });
    try {
      // _PyUnicode_JoinArray: one exact str is the result itself.
      if (items.length === 1 && items[0] instanceof PyStr && items[0].type === vm.t.str) return vm.incref(items[0], Cause.Return);
      items.forEach((i, n) => {
        if (!(i instanceof PyStr)) throw vm.error('TypeError', `sequence item ${n}: expected str instance, ${i.type.name} found`);
      });
      const joined = items.map((i) => (i as PyStr).value).join(text(self));
      chargeLoop(vm, 'joinItem', items.length);
      chargeLoop(vm, 'char', joined.length);
      return vm.newStr(joined);
    } finally {
      for (const i of items) vm.decref(i, Cause.Slot);
    }
  });

  // ---- translate, maketrans ------------------------------------------------------------------
  method(vm, t.str, 'translate', function* (args, _k, self): Native {
    arity(vm, 'str.translate', args, 1);
    const table = args[0];
    let out = '';
    for (const cp of codePoints(text(self))) {
      const key = vm.newInt(cp);
      let value: PyObject;
      try {
        value = yield* getItem(vm, table, key);
      } catch (e) {
        // A LookupError (KeyError, IndexError) leaves the character as it is.
        if (!(e instanceof PyError && e.exc.type.isSubtypeOf(vm.exc.get('LookupError') as never))) throw e;
        vm.decref(e.exc, Cause.Exception);
        out += String.fromCodePoint(cp);
        continue;
      } finally {
        vm.decref(key, Cause.Stack);
      }
      try {
        if (value === vm.none) continue;
        if (value instanceof PyInt) {
          if (value.value < 0n || value.value > 0x10ffffn) throw vm.error('ValueError', 'character mapping must be in range(0x110000)');
          out += String.fromCodePoint(Number(value.value));
        } else if (value instanceof PyStr) out += value.value;
        else throw vm.error('TypeError', 'character mapping must return integer, None or str');
      } finally {
        vm.decref(value, Cause.Stack);
      }
    }
    return vm.newStr(out);
  });
  const maketrans = new PyBuiltin(vm.t.builtin_function_or_method, 'maketrans', (args) => {
    checkPositional(vm, 'maketrans', args.length, 1, 3);
    const out = vm.newDict();
    const put = (k: number, v: PyObject) => {
      const key = vm.newInt(k);
      dictSet(vm, out, key, v);
      vm.decref(key, Cause.Stack);
    };
    if (args.length === 1) {
      const d = args[0];
      if (!(d instanceof PyDict)) throw vm.error('TypeError', 'if you give only one argument to maketrans it must be a dict');
      for (const e of d.items()) {
        if (e.key instanceof PyStr) {
          if (pyLen(e.key.value) !== 1) throw vm.error('ValueError', 'string keys in translate table must be of length 1');
          put(e.key.value.codePointAt(0) as number, e.value);
        } else if (e.key instanceof PyInt) dictSet(vm, out, e.key, e.value);
        else throw vm.error('TypeError', 'keys in translate table must be strings or integers');
      }
      return out;
    }
    const x = codePoints(strArg(vm, args[0], (type) => `maketrans() argument 1 must be str, not ${type}`, true));
    const y = codePoints(strArg(vm, args[1], (type) => `maketrans() argument 2 must be str, not ${type}`, true));
    const z = args[2] ? codePoints(strArg(vm, args[2], (type) => `maketrans() argument 3 must be str, not ${type}`, true)) : [];
    if (x.length !== y.length) throw vm.error('ValueError', 'the first two maketrans arguments must have equal length');
    x.forEach((c, i) => {
      const v = vm.newInt(y[i]);
      put(c, v);
      vm.decref(v, Cause.Stack);
    });
    for (const c of z) put(c, vm.none);
    return out;
  }, t.str, 'str');
  maketrans.immortal = true;
  setName(vm, t.str.dict, 'maketrans', maketrans, true);

  // ---- encode, format -------------------------------------------------------------------------
  method(vm, t.str, 'encode', (args, kwargs, self) => {
    tupleArity(vm, 'encode', args.length + (kwargs?.size ?? 0), 0, 2);
    checkKeywords(vm, 'encode', kwargs, ['encoding', 'errors']);
    checkNotTwice(vm, 'encode', args.length, kwargs, ['encoding', 'errors']);
    useArgumentParser(vm, 'str.encode', kwargs);
    const name = (i: number, key: string, dflt: string) => {
      const o = args[i] ?? kwargs?.get(key);
      if (o === undefined) return dflt;
      return strArg(vm, o, (type) => `encode() argument '${key}' must be str, not ${type}`, true);
    };
    const encoding = name(0, 'encoding', 'utf-8');
    const errors = name(1, 'errors', 'strict');
    const codec = lookupCodec(encoding);
    if (codec === null) throw vm.error('LookupError', `unknown encoding: ${encoding}`);
    if (codec === 'other') throw vm.unsupported(`the '${encoding}' codec`);
    const r = encodeText(text(self), codec, errors);
    if (!r.ok) throw codecFailure(vm, r.error, self as PyObject);
    return vm.newBytes(r.value);
  });
  // A format that is one piece of literal text is handed back as it is, even a str subclass (the
  // writer keeps the object it was given whole).
  const literalOrNew = (self: PyObject, out: string) => (out !== '' && out === text(self) && !/[{}]/.test(out) ? vm.incref(self, Cause.Return) : sameOrNew(vm, self, out));
  method(vm, t.str, 'format', function* (args, kwargs, self): Native {
    const s = text(self);
    const out = yield* strFormat(vm, s, args, function* (key) {
      const v = kwargs?.get(key);
      if (!v) throw vm.errorWith('KeyError', [vm.newStr(key)]);
      return vm.incref(v, Cause.Stack);
    });
    return out.sole ?? literalOrNew(self as PyObject, out.text);
  });
  method(vm, t.str, 'format_map', function* (args, _k, self): Native {
    arity(vm, 'str.format_map', args, 1);
    const mapping = args[0];
    const s = text(self);
    const out = yield* strFormat(vm, s, null, function* (key) {
      const k = vm.newStr(key);
      try {
        return yield* getItem(vm, mapping, k);
      } finally {
        vm.decref(k, Cause.Stack);
      }
    });
    return out.sole ?? literalOrNew(self as PyObject, out.text);
  });
}

/** bytes.decode / bytearray.decode (encoding='utf-8', errors='strict'). */
export function decodeMethod(vm: VM, self: PyBytes, args: PyObject[], kwargs: Map<string, PyObject> | null): PyObject {
  tupleArity(vm, 'decode', args.length + (kwargs?.size ?? 0), 0, 2);
  checkKeywords(vm, 'decode', kwargs, ['encoding', 'errors']);
  checkNotTwice(vm, 'decode', args.length, kwargs, ['encoding', 'errors']);
  const name = (i: number, key: string, dflt: string) => {
    const o = args[i] ?? kwargs?.get(key);
    if (o === undefined) return dflt;
    return strArg(vm, o, (type) => `decode() argument '${key}' must be str, not ${type}`, true);
  };
  const encoding = name(0, 'encoding', 'utf-8');
  const errors = name(1, 'errors', 'strict');
  // PyUnicode_Decode: empty input is '' before any codec is looked up.
  if (self.value.length === 0) return vm.newStr('');
  const codec = lookupCodec(encoding);
  if (codec === null) throw vm.error('LookupError', `unknown encoding: ${encoding}`);
  if (codec === 'other') throw vm.unsupported(`the '${encoding}' codec`);
  const r = decodeBytes(self.value, codec, errors);
  if (!r.ok) throw codecFailure(vm, r.error, self);
  return vm.newStr(r.value);
}
