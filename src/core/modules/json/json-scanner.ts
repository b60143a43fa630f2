// The C scanner of json.loads (Modules/_json.c scan_once_unicode and what it calls): reads one JSON
// value from a str and returns the objects CPython makes, in CPython's order, with its references.
// Dicts get their keys through the call's memo dict (PyDict_SetDefault(memo, key, key)), so equal
// keys within one loads are one str object; object_hook, object_pairs_hook, parse_float, parse_int and
// parse_constant are called as C calls them. Failures are JSONDecodeError (raised by the module, which
// calls json.decoder.JSONDecodeError) or StopIteration(idx), which JSONDecoder.raw_decode turns into
// "Expecting value".

import type { PyObject } from '../../objects/object';
import type { PyDict } from '../../objects/dict';
import type { PyList } from '../../objects/containers';
import type { VM } from '../../vm/vm';
import type { CallRequest } from '../../vm/frame';
import { dictGet, dictSet } from '../../runtime/dicts';
import { listResize } from '../../runtime/list-storage';
import { Cause } from '../../trace/events';
import { scanString, type Chars } from './json-strings';
import { enterJsonNesting } from './json-nesting';

/** raise_errmsg: a JSONDecodeError with this message at this position. */
export class JsonDecodeFailure {
  constructor(readonly msg: string, readonly pos: number) {}
}

/** raise_stop_iteration: no JSON value starts at `idx`. */
export class NoJsonValue {
  constructor(readonly idx: number) {}
}

/** The scanner object's fields (PyScannerObject) and the call's input. */
export interface ScanContext {
  vm: VM;
  chars: Chars;
  strict: boolean;
  objectHook: PyObject;
  objectPairsHook: PyObject;
  parseFloat: PyObject;
  parseInt: PyObject;
  parseConstant: PyObject;
  memo: PyDict;
  /** Nesting of objects and arrays (_Py_EnterRecursiveCall). */
  depth: number;
}

type Scan = Generator<CallRequest, [PyObject, number], PyObject>;

const isWhitespace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\n' || c === '\r';
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';

function skipWhitespace(chars: Chars, idx: number): number {
  while (idx < chars.length && isWhitespace(chars[idx])) idx++;
  return idx;
}

/** scan_once_unicode: the value starting at idx (a new reference) and the index after it. */
export function* scanOnce(sc: ScanContext, idx: number): Scan {
  const { vm, chars } = sc;
  if (idx < 0) throw vm.error('ValueError', 'idx cannot be negative');
  if (idx >= chars.length) throw new NoJsonValue(idx);
  const at = (word: string) => chars.slice(idx, idx + word.length).join('') === word;
  switch (chars[idx]) {
    case '"': {
      const read = scanString(chars, idx + 1, sc.strict);
      if ('error' in read) throw new JsonDecodeFailure(read.error, read.pos);
      return [vm.newStr(read.text), read.end];
    }
    case '{':
    case '[': {
      const kind = chars[idx] === '{' ? 'object' : 'array';
      enterJsonNesting(vm, sc.depth + 1, ` while decoding a JSON ${kind} from a unicode string`);
      sc.depth++;
      try {
        return kind === 'object' ? yield* parseObject(sc, idx + 1) : yield* parseArray(sc, idx + 1);
      } finally {
        sc.depth--;
      }
    }
    case 'n':
      if (at('null')) return [vm.newNone(), idx + 4];
      break;
    case 't':
      if (at('true')) return [vm.newBool(true), idx + 4];
      break;
    case 'f':
      if (at('false')) return [vm.newBool(false), idx + 5];
      break;
    case 'N':
      if (at('NaN')) return yield* parseConstant(sc, 'NaN', idx);
      break;
    case 'I':
      if (at('Infinity')) return yield* parseConstant(sc, 'Infinity', idx);
      break;
    case '-':
      if (at('-Infinity')) return yield* parseConstant(sc, '-Infinity', idx);
      break;
  }
  return yield* matchNumber(sc, idx);
}

/** _parse_constant: parse_constant called with the interned name ("NaN", "Infinity", "-Infinity"). */
function* parseConstant(sc: ScanContext, name: string, idx: number): Scan {
  const { vm } = sc;
  const cstr = vm.newInternedStr(name);
  try {
    const value = yield { callable: sc.parseConstant, args: [cstr], kwargs: null };
    return [value, idx + name.length];
  } finally {
    vm.decref(cstr, Cause.Stack);
  }
}

/** _match_number_unicode: an int or a float (or what parse_int / parse_float make of its text). */
function* matchNumber(sc: ScanContext, start: number): Scan {
  const { vm, chars } = sc;
  const last = chars.length - 1;
  let idx = start;
  if (chars[idx] === '-') {
    idx++;
    if (idx > last) throw new NoJsonValue(start);
  }
  if (chars[idx] >= '1' && chars[idx] <= '9') {
    idx++;
    while (idx <= last && isDigit(chars[idx])) idx++;
  } else if (chars[idx] === '0') {
    idx++;
  } else {
    throw new NoJsonValue(start);
  }
  let isFloat = false;
  if (idx < last && chars[idx] === '.' && isDigit(chars[idx + 1])) {
    isFloat = true;
    idx += 2;
    while (idx <= last && isDigit(chars[idx])) idx++;
  }
  if (idx < last && (chars[idx] === 'e' || chars[idx] === 'E')) {
    const eStart = idx;
    idx++;
    if (idx < last && (chars[idx] === '-' || chars[idx] === '+')) idx++;
    while (idx <= last && isDigit(chars[idx])) idx++;
    // An exponent without digits is not part of the number.
    if (isDigit(chars[idx - 1])) isFloat = true;
    else idx = eStart;
  }
  const text = chars.slice(start, idx).join('');
  const custom = isFloat ? (sc.parseFloat !== vm.t.float ? sc.parseFloat : null) : sc.parseInt !== vm.t.int ? sc.parseInt : null;
  if (custom) {
    const numstr = vm.newStr(text);
    try {
      return [yield { callable: custom, args: [numstr], kwargs: null }, idx];
    } finally {
      vm.decref(numstr, Cause.Stack);
    }
  }
  return [isFloat ? vm.newFloat(Number(text)) : vm.newInt(BigInt(text)), idx];
}

/** _parse_object_unicode: a dict (or a list of pairs for object_pairs_hook), then the hook's result. */
function* parseObject(sc: ScanContext, idx: number): Scan {
  const { vm, chars } = sc;
  const last = chars.length - 1;
  const pairsHook = sc.objectPairsHook !== vm.none;
  const rval: PyObject = pairsHook ? vm.newList([]) : vm.newDict();
  let key: PyObject | null = null;
  let val: PyObject | null = null;
  try {
    idx = skipWhitespace(chars, idx);
    if (idx > last || chars[idx] !== '}') {
      for (;;) {
        if (idx > last || chars[idx] !== '"') throw new JsonDecodeFailure('Expecting property name enclosed in double quotes', idx);
        const read = scanString(chars, idx + 1, sc.strict);
        if ('error' in read) throw new JsonDecodeFailure(read.error, read.pos);
        key = memoKey(sc, vm.newStr(read.text));
        idx = skipWhitespace(chars, read.end);
        if (idx > last || chars[idx] !== ':') throw new JsonDecodeFailure("Expecting ':' delimiter", idx);
        idx = skipWhitespace(chars, idx + 1);
        [val, idx] = yield* scanOnce(sc, idx);
        if (pairsHook) {
          const item = vm.newTuple([key, val]);
          key = val = null;
          appendStolen(vm, rval as PyList, item);
        } else {
          dictSet(vm, rval as PyDict, key, val);
          vm.decref(key, Cause.Stack);
          vm.decref(val, Cause.Stack);
          key = val = null;
        }
        idx = skipWhitespace(chars, idx);
        if (idx <= last && chars[idx] === '}') break;
        if (idx > last || chars[idx] !== ',') throw new JsonDecodeFailure("Expecting ',' delimiter", idx);
        const commaIdx = idx;
        idx = skipWhitespace(chars, idx + 1);
        if (trailingCommaError(vm) && idx <= last && chars[idx] === '}') throw new JsonDecodeFailure('Illegal trailing comma before end of object', commaIdx);
      }
    }
  } catch (e) {
    if (key) vm.decref(key, Cause.Stack);
    if (val) vm.decref(val, Cause.Stack);
    vm.decref(rval, Cause.Stack);
    throw e;
  }
  const hook = pairsHook ? sc.objectPairsHook : sc.objectHook !== vm.none ? sc.objectHook : null;
  if (!hook) return [rval, idx + 1];
  try {
    return [yield { callable: hook, args: [rval], kwargs: null }, idx + 1];
  } finally {
    vm.decref(rval, Cause.Stack);
  }
}

/** _parse_array_unicode: a list of the values. */
function* parseArray(sc: ScanContext, idx: number): Scan {
  const { vm, chars } = sc;
  const last = chars.length - 1;
  const rval = vm.newList([]);
  try {
    idx = skipWhitespace(chars, idx);
    if (idx > last || chars[idx] !== ']') {
      for (;;) {
        const [val, next] = yield* scanOnce(sc, idx);
        appendStolen(vm, rval, val);
        idx = skipWhitespace(chars, next);
        if (idx <= last && chars[idx] === ']') break;
        if (idx > last || chars[idx] !== ',') throw new JsonDecodeFailure("Expecting ',' delimiter", idx);
        const commaIdx = idx;
        idx = skipWhitespace(chars, idx + 1);
        if (trailingCommaError(vm) && idx <= last && chars[idx] === ']') throw new JsonDecodeFailure('Illegal trailing comma before end of array', commaIdx);
      }
    }
  } catch (e) {
    vm.decref(rval, Cause.Stack);
    throw e;
  }
  return [rval, idx + 1];
}

/** 3.13 names a comma before a closing bracket (gh-113149); before, the next value is simply missing. */
function trailingCommaError(vm: VM): boolean {
  return vm.options.version.versionInfo[1] >= 13;
}

/** PyDict_SetDefault(memo, key, key): the first equal key read in this call stands for all of them. */
function memoKey(sc: ScanContext, key: PyObject): PyObject {
  const { vm } = sc;
  const known = dictGet(vm, sc.memo, key);
  if (known) {
    vm.decref(key, Cause.Stack);
    return vm.incref(known, Cause.Stack);
  }
  dictSet(vm, sc.memo, key, key);
  return key;
}

/** PyList_Append (the list's own reference), then the caller's reference dropped (Py_CLEAR). */
function appendStolen(vm: VM, list: PyList, item: PyObject): void {
  listResize(list, list.items.length + 1);
  list.items.push(vm.incref(item, Cause.Slot, `[${list.items.length}]`));
  vm.decref(item, Cause.Stack);
}
