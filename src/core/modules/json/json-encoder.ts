// The C encoder of json.dumps (Modules/_json.c encoder_listencode_obj and what it calls), used by
// JSONEncoder.iterencode for a one-shot encode: the whole text is built in one writer, and only the
// objects C makes are made (the markers' id ints, the items lists of sort_keys, default()'s results).
// 3.11 and 3.12 use it without an indent (JSONEncoder runs the Python _make_iterencode for one);
// 3.13 also with one, as a str (encoder.py turns an int indent into spaces first).

import type { PyObject } from '../../objects/object';
import { pythonId } from '../../objects/object';
import { PyStr, PyInt, PyFloat } from '../../objects/atoms';
import { PyDict } from '../../objects/dict';
import { PyList, PyTuple } from '../../objects/containers';
import type { VM } from '../../vm/vm';
import type { CallRequest } from '../../vm/frame';
import { dictDel, dictGet, dictSet } from '../../runtime/dicts';
import { floatRepr } from '../../runtime/text/float-repr';
import { getAttr } from '../../runtime/attributes';
import { iterateToArray } from '../../runtime/iteration';
import { Cause } from '../../trace/events';
import { enterJsonNesting } from './json-nesting';

/** PyEncoderObject's fields. */
export interface EncoderFields {
  markers: PyObject;
  defaultFn: PyObject;
  encoder: PyObject;
  /** None, or (3.13) the str of one indent level. */
  indent: PyObject;
  keySeparator: string;
  itemSeparator: string;
  sortKeys: boolean;
  skipkeys: boolean;
  allowNan: boolean;
  /** s->fast_encode: the encoder is _json's own encode_basestring(_ascii), called without a Python call. */
  fastEncode: ((s: string) => string) | null;
}

type Encode = Generator<CallRequest, void, PyObject>;

/** What encoding writes to: the text so far, and how deep the encoding is (_Py_EnterRecursiveCall). */
interface Writer {
  parts: string[];
  depth: number;
}

/** encoder_call: the JSON text of `obj` (indent_level is where a 3.13 indent starts). */
export function* encodeToText(vm: VM, s: EncoderFields, obj: PyObject, indentLevel: number): Generator<CallRequest, string, PyObject> {
  const writer: Writer = { parts: [], depth: 0 };
  yield* encodeObj(vm, s, writer, obj, indentLevel);
  return writer.parts.join('');
}

/** encoder_encode_float: repr(float), or NaN / Infinity / -Infinity when allow_nan. */
function encodeFloat(vm: VM, s: EncoderFields, value: number): string {
  if (Number.isFinite(value)) return floatRepr(value);
  if (!s.allowNan) {
    // 3.12 added the value's repr to the message (3.11's C encoder says only this).
    const shown = vm.options.version.versionInfo[1] >= 12 ? `: ${value > 0 ? 'inf' : value < 0 ? '-inf' : 'nan'}` : '';
    throw vm.error('ValueError', `Out of range float values are not JSON compliant${shown}`);
  }
  return value > 0 ? 'Infinity' : value < 0 ? '-Infinity' : 'NaN';
}

/** encoder_encode_string: the fast C escaper, or a call of the encoder given (which must return a str). */
function* encodeString(vm: VM, s: EncoderFields, obj: PyStr): Generator<CallRequest, string, PyObject> {
  if (s.fastEncode) return s.fastEncode(obj.value);
  const encoded = yield { callable: s.encoder, args: [obj], kwargs: null };
  try {
    if (!(encoded instanceof PyStr)) throw vm.error('TypeError', `encoder() must return a string, not ${encoded.type.name}`);
    return encoded.value;
  } finally {
    vm.decref(encoded, Cause.Stack);
  }
}

function enterRecursiveCall(vm: VM, w: Writer): void {
  enterJsonNesting(vm, w.depth + 1, ' while encoding a JSON object');
  w.depth++;
}

/**
 * The markers dict of check_circular: id(obj) -> obj while obj is being encoded. Returns the id int the
 * caller deletes when done, or null without markers.
 */
function markerEnter(vm: VM, s: EncoderFields, obj: PyObject): PyObject | null {
  if (!(s.markers instanceof PyDict)) return null;
  const ident = vm.newInt(pythonId(obj));
  if (dictGet(vm, s.markers, ident)) {
    vm.decref(ident, Cause.Stack);
    throw vm.error('ValueError', 'Circular reference detected');
  }
  dictSet(vm, s.markers, ident, obj);
  return ident;
}

function markerLeave(vm: VM, s: EncoderFields, ident: PyObject | null): void {
  if (!ident) return;
  dictDel(vm, s.markers as PyDict, ident);
  vm.decref(ident, Cause.Stack);
}

/** encoder_listencode_obj: one value of any kind. */
function* encodeObj(vm: VM, s: EncoderFields, w: Writer, obj: PyObject, indentLevel: number): Encode {
  if (obj === vm.none) w.parts.push('null');
  else if (obj === vm.true_) w.parts.push('true');
  else if (obj === vm.false_) w.parts.push('false');
  else if (obj instanceof PyStr) w.parts.push(yield* encodeString(vm, s, obj));
  else if (obj instanceof PyInt) w.parts.push(obj.value.toString());
  else if (obj instanceof PyFloat) w.parts.push(encodeFloat(vm, s, obj.value));
  else if (obj instanceof PyList || obj instanceof PyTuple || obj instanceof PyDict) {
    enterRecursiveCall(vm, w);
    try {
      if (obj instanceof PyDict) yield* encodeDict(vm, s, w, obj, indentLevel);
      else yield* encodeList(vm, s, w, obj, indentLevel);
    } finally {
      w.depth--;
    }
  } else {
    const ident = markerEnter(vm, s, obj);
    let newobj: PyObject;
    try {
      newobj = yield { callable: s.defaultFn, args: [obj], kwargs: null };
    } catch (e) {
      if (ident) vm.decref(ident, Cause.Stack);
      throw e;
    }
    try {
      enterRecursiveCall(vm, w);
      try {
        yield* encodeObj(vm, s, w, newobj, indentLevel);
      } finally {
        w.depth--;
      }
    } catch (e) {
      vm.decref(newobj, Cause.Stack);
      if (ident) vm.decref(ident, Cause.Stack);
      throw e;
    }
    vm.decref(newobj, Cause.Stack);
    markerLeave(vm, s, ident);
  }
}

/** The newline and indent of a 3.13 indented container's items, or null without an indent. */
function newlineIndent(vm: VM, s: EncoderFields, level: number): string | null {
  return s.indent instanceof PyStr ? '\n' + s.indent.value.repeat(level) : null;
}

/** encoder_listencode_list: a list or tuple. */
function* encodeList(vm: VM, s: EncoderFields, w: Writer, seq: PyList | PyTuple, indentLevel: number): Encode {
  if (seq.items.length === 0) {
    w.parts.push('[]');
    return;
  }
  // PySequence_Fast: a list or tuple is used as it is, with a reference held.
  vm.incref(seq, Cause.Stack);
  let ident: PyObject | null = null;
  try {
    ident = markerEnter(vm, s, seq);
    w.parts.push('[');
    const newline = newlineIndent(vm, s, indentLevel + 1);
    if (newline) w.parts.push(newline);
    const separator = s.itemSeparator + (newline ?? '');
    for (let i = 0; i < seq.items.length; i++) {
      if (i) w.parts.push(separator);
      yield* encodeObj(vm, s, w, seq.items[i], newline ? indentLevel + 1 : indentLevel);
    }
    markerLeave(vm, s, ident);
    ident = null;
    if (newline) w.parts.push(newlineIndent(vm, s, indentLevel) as string);
    w.parts.push(']');
  } finally {
    if (ident) vm.decref(ident, Cause.Stack);
    vm.decref(seq, Cause.Stack);
  }
}

/** encoder_encode_key_value's key: the str a key stands for, or null when skipkeys skips it. */
function keyText(vm: VM, s: EncoderFields, key: PyObject): PyStr | string | null {
  if (key instanceof PyStr) return key;
  if (key instanceof PyFloat) return encodeFloat(vm, s, key.value);
  if (key === vm.true_) return 'true';
  if (key === vm.false_) return 'false';
  if (key === vm.none) return 'null';
  if (key instanceof PyInt) return key.value.toString();
  if (s.skipkeys) return null;
  throw vm.error('TypeError', `keys must be str, int, float, bool or None, not ${key.type.name}`);
}

/**
 * PyMapping_Items: a dict's (key, value) tuples (PyDict_Items), or for a dict subclass the list of what
 * its items() gives (an OrderedDict's order, a subclass's own items()).
 */
function* mappingItems(vm: VM, dct: PyDict): Generator<CallRequest, PyList, PyObject> {
  if (dct.type === vm.t.dict) {
    return vm.newList(dct.entryList().map((e) => vm.newTuple([vm.incref(e.key, Cause.Slot), vm.incref(e.value, Cause.Slot)])));
  }
  const method = yield* getAttr(vm, dct, 'items');
  let view: PyObject;
  try {
    view = yield { callable: method, args: [], kwargs: null };
  } finally {
    vm.decref(method, Cause.Stack);
  }
  try {
    return vm.newList(yield* iterateToArray(vm, view));
  } finally {
    vm.decref(view, Cause.Stack);
  }
}

/** The items list, sorted with list.sort when sort_keys; each item must be a 2-tuple. */
function* dictItems(vm: VM, s: EncoderFields, dct: PyDict): Generator<CallRequest, PyList, PyObject> {
  const items = yield* mappingItems(vm, dct);
  try {
    if (s.sortKeys) {
      const sort = vm.t.list.dict.getStr('sort') as PyObject;
      vm.decref(yield { callable: sort, args: [items], kwargs: null }, Cause.Stack);
    }
    if (items.items.some((item) => !(item instanceof PyTuple) || item.items.length !== 2)) {
      throw vm.error('ValueError', 'items must return 2-tuples');
    }
  } catch (e) {
    vm.decref(items, Cause.Stack);
    throw e;
  }
  return items;
}

/** encoder_listencode_dict: a dict's items, `"key": value`. */
function* encodeDict(vm: VM, s: EncoderFields, w: Writer, dct: PyDict, indentLevel: number): Encode {
  if (dct.size === 0) {
    w.parts.push('{}');
    return;
  }
  let ident: PyObject | null = markerEnter(vm, s, dct);
  // 3.12+ walk an exact dict's own table when they do not sort (PyDict_Next); 3.11 always makes the items list.
  const useItems = s.sortKeys || dct.type !== vm.t.dict || vm.options.version.versionInfo[1] < 12;
  let items: PyList | null = null;
  try {
    w.parts.push('{');
    const newline = newlineIndent(vm, s, indentLevel + 1);
    if (newline) w.parts.push(newline);
    const separator = s.itemSeparator + (newline ?? '');
    const level = newline ? indentLevel + 1 : indentLevel;
    let pairs: [PyObject, PyObject][];
    if (useItems) {
      items = yield* dictItems(vm, s, dct);
      pairs = items.items.map((t) => (t as PyTuple).items as [PyObject, PyObject]);
    } else {
      pairs = dct.entryList().map((e) => [e.key, e.value]);
    }
    let first = true;
    for (const [key, value] of pairs) {
      const text = keyText(vm, s, key);
      if (text === null) continue;
      if (first) first = false;
      else w.parts.push(separator);
      w.parts.push(text instanceof PyStr ? yield* encodeString(vm, s, text) : yield* encodeKeyString(vm, s, text));
      w.parts.push(s.keySeparator);
      yield* encodeObj(vm, s, w, value, level);
    }
    markerLeave(vm, s, ident);
    ident = null;
    if (newline) w.parts.push(newlineIndent(vm, s, indentLevel) as string);
    w.parts.push('}');
  } finally {
    if (items) vm.decref(items, Cause.Stack);
    if (ident) vm.decref(ident, Cause.Stack);
  }
}

/** A converted key (the str C makes of an int, float or constant key), encoded like any str. */
function* encodeKeyString(vm: VM, s: EncoderFields, text: string): Generator<CallRequest, string, PyObject> {
  if (s.fastEncode) return s.fastEncode(text);
  const keystr = vm.newStr(text) as PyStr;
  try {
    return yield* encodeString(vm, s, keystr);
  } finally {
    vm.decref(keystr, Cause.Stack);
  }
}
