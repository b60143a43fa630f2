// The native half of _json (Modules/_json.c), under the Python half in modules/python/json-source.ts:
// the escapers encode_basestring(_ascii), scanstring, and the calls of the scanner and encoder objects
// (their classes are Python there, marked as the C types _json.Scanner and _json.Encoder). What the
// calls make is counted as CPython counts it (json-scanner.ts, json-encoder.ts).

import type { PyObject } from '../../objects/object';
import type { PyModule } from '../../objects/instances';
import { PyExceptionObj } from '../../objects/instances';
import { PyStr, PyInt } from '../../objects/atoms';
import { PyDict } from '../../objects/dict';
import type { VM } from '../../vm/vm';
import type { Native } from '../../vm/frame';
import { PyError } from '../../vm/errors';
import { fn, arity, checkAtMost } from '../../builtins/define';
import { setName, dictClear } from '../../runtime/dicts';
import { truthy } from '../../runtime/operators';
import { defineCTypeMarker } from '../c-type-names';
import { Cause } from '../../trace/events';
import { encodeBasestring, encodeBasestringAscii, scanString } from './json-strings';
import { scanOnce, JsonDecodeFailure, NoJsonValue, type ScanContext } from './json-scanner';
import { encodeToText, type EncoderFields } from './json-encoder';

/** A str argument of _json's functions, else "first argument must be a string, not int". */
function strArgument(vm: VM, o: PyObject): PyStr {
  if (o instanceof PyStr) return o;
  throw vm.error('TypeError', `first argument must be a string, not ${o.type.name}`);
}

/** An index argument ('n' of PyArg_Parse). */
function indexArgument(vm: VM, o: PyObject): number {
  if (o instanceof PyInt) return Number(o.value);
  throw vm.error('TypeError', `'${o.type.name}' object cannot be interpreted as an integer`);
}

/** raise_errmsg: json.decoder.JSONDecodeError(msg, s, end), raised. */
function* raiseErrmsg(vm: VM, failure: JsonDecodeFailure, s: PyStr): Native<never> {
  const decoder = vm.modules.get('json.decoder') as PyModule | undefined;
  const cls = decoder?.dict.getStr('JSONDecodeError');
  if (!cls) throw vm.unsupported('_json without json.decoder');
  const msg = vm.newStr(failure.msg);
  const pos = vm.newInt(failure.pos);
  let exc: PyObject;
  try {
    exc = yield { callable: cls, args: [msg, s, pos], kwargs: null };
  } finally {
    vm.decref(msg, Cause.Stack);
    vm.decref(pos, Cause.Stack);
  }
  if (!(exc instanceof PyExceptionObj)) throw vm.error('TypeError', 'exceptions must derive from BaseException');
  throw new PyError(exc);
}

/**
 * _PyObject_MakeTpCall: a call of the C scanner or encoder type, or of one of their objects, packs the
 * positional arguments into a tuple (counted by the collector unless a free list has one), released when
 * the call returns. The simulated classes are Python classes, whose calls the VM runs without one.
 */
function packArguments(vm: VM, args: PyObject[]): PyObject {
  return vm.newTuple(args.map((a) => vm.incref(a, Cause.Slot)));
}

export function createJsonNative(vm: VM, module: PyModule): void {
  const d = module.dict;
  const minor = vm.options.version.versionInfo[1];
  defineCTypeMarker(vm, d);
  // 3.13's scanner makes a memo dict per call (3.11 and 3.12 keep one and clear it).
  setName(vm, d, '_lens_memo_per_call', vm.newBool(minor >= 13), true);
  // 3.13's JSONEncoder uses the C encoder with an indent too.
  setName(vm, d, '_lens_c_indent', vm.newBool(minor >= 13), true);

  fn(vm, d, 'encode_basestring_ascii', (args) => {
    arity(vm, '_json.encode_basestring_ascii', args, 1);
    return vm.newStr(encodeBasestringAscii(strArgument(vm, args[0]).value));
  });
  fn(vm, d, 'encode_basestring', (args) => {
    arity(vm, '_json.encode_basestring', args, 1);
    return vm.newStr(encodeBasestring(strArgument(vm, args[0]).value));
  });
  const fastEncoders = new Map<PyObject, (s: string) => string>([
    [d.getStr('encode_basestring_ascii') as PyObject, encodeBasestringAscii],
    [d.getStr('encode_basestring') as PyObject, encodeBasestring],
  ]);

  fn(vm, d, 'scanstring', function* (args): Native {
    // PyArg_ParseTuple's "On|p:scanstring".
    if (args.length < 2) throw vm.error('TypeError', `scanstring() takes at least 2 arguments (${args.length} given)`);
    checkAtMost(vm, 'scanstring', args.length, 3);
    const s = strArgument(vm, args[0]);
    const end = indexArgument(vm, args[1]);
    const chars = Array.from(s.value);
    if (end < 0 || end > chars.length) throw vm.error('ValueError', 'end is out of bounds');
    const read = scanString(chars, end, args.length < 3 || (yield* truthy(vm, args[2])));
    if ('error' in read) return yield* raiseErrmsg(vm, new JsonDecodeFailure(read.error, read.pos), s);
    return vm.newTuple([vm.newStr(read.text), vm.newInt(read.end)]);
  });

  // decoder.py's WHITESPACE.match(s, idx).end(): the index after the spaces, tabs and newlines at idx.
  fn(vm, d, '_lens_whitespace_end', (args) => {
    const chars = Array.from(strArgument(vm, args[0]).value);
    let idx = indexArgument(vm, args[1]);
    while (idx < chars.length && ' \t\n\r'.includes(chars[idx])) idx++;
    return vm.newInt(idx);
  });

  // scanner_call: (value, index after it), or StopIteration(idx) when no value starts at idx.
  fn(vm, d, '_lens_scan_once', function* (args): Native {
    const [string, idxObj, strict, objectHook, objectPairsHook, parseFloat, parseInt, parseConstant, kept] = args;
    const packed = packArguments(vm, [string, idxObj]);
    const s = strArgument(vm, string);
    const idx = indexArgument(vm, idxObj);
    const memo = kept instanceof PyDict ? kept : vm.newDict();
    const sc: ScanContext = {
      vm, chars: Array.from(s.value), strict: strict === vm.true_, objectHook, objectPairsHook, parseFloat, parseInt, parseConstant, memo, depth: 0,
    };
    try {
      const [value, end] = yield* scanOnce(sc, idx);
      return vm.newTuple([value, vm.newInt(end)]);
    } catch (e) {
      if (e instanceof JsonDecodeFailure) return yield* raiseErrmsg(vm, e, s);
      if (e instanceof NoJsonValue) throw vm.errorWith('StopIteration', [vm.newInt(e.idx)]);
      throw e;
    } finally {
      if (memo === kept) dictClear(vm, memo);
      else vm.decref(memo, Cause.Stack);
      vm.decref(packed, Cause.Argument);
    }
  });

  // make_scanner(context): the type call's argument tuple (scanner_new reads the context's settings).
  fn(vm, d, '_lens_scanner_new', (args) => {
    vm.decref(packArguments(vm, args), Cause.Argument);
    return vm.newNone();
  });

  // encoder_new: the type call's argument tuple; markers a dict or None, the separators str ("U").
  fn(vm, d, '_lens_encoder_new', (args) => {
    vm.decref(packArguments(vm, args), Cause.Argument);
    const [markers, , , , keySeparator, itemSeparator] = args;
    if (markers !== vm.none && !(markers instanceof PyDict)) {
      throw vm.error('TypeError', `make_encoder() argument 1 must be dict or None, not ${markers.type.name}`);
    }
    for (const [i, sep] of [[5, keySeparator], [6, itemSeparator]] as const) {
      if (!(sep instanceof PyStr)) throw vm.error('TypeError', `make_encoder() argument ${i} must be str, not ${sep.type.name}`);
    }
    return vm.newNone();
  });

  // encoder_call: the text in a one-item sequence (3.11: _PyAccu's list; 3.12+: a tuple), which encode() joins.
  fn(vm, d, '_lens_encode', function* (args): Native {
    const [obj, level, markers, defaultFn, encoder, indent, keySeparator, itemSeparator, sortKeys, skipkeys, allowNan] = args;
    const fields: EncoderFields = {
      markers, defaultFn, encoder, indent,
      keySeparator: (keySeparator as PyStr).value,
      itemSeparator: (itemSeparator as PyStr).value,
      sortKeys: sortKeys === vm.true_,
      skipkeys: skipkeys === vm.true_,
      allowNan: allowNan === vm.true_,
      fastEncode: fastEncoders.get(encoder) ?? null,
    };
    const packed = packArguments(vm, [obj, level]);
    // 3.11 accumulates the pieces in a _PyAccu: a list of small pieces, joined into the list returned.
    const small = minor >= 12 ? null : vm.newList([]);
    try {
      const text = yield* encodeToText(vm, fields, obj, indexArgument(vm, level));
      return minor >= 12 ? vm.newTuple([vm.newStr(text)]) : vm.newList([vm.newStr(text)]);
    } finally {
      if (small) vm.decref(small, Cause.Stack);
      vm.decref(packed, Cause.Argument);
    }
  });
}
