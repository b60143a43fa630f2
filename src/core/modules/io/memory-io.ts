// io.StringIO and io.BytesIO: files in memory (Modules/_io/stringio.c, bytesio.c). They read and write
// what they hold and never touch the GIL or the simulated file system. What shows:
// - StringIO copies the text written (no reference to the str is kept) and gives a new str for each
//   getvalue(); its line endings follow `newline` as TextIOWrapper's do;
// - BytesIO keeps its bytes in a bytes object, as CPython does: BytesIO(b) starts by sharing b (one more
//   reference to it), getvalue() and a read() of everything from 0 hand that object out, and the first
//   change after that copies it (unshare_buffer), so `BytesIO(b).getvalue() is b`;
// - their error messages: StringIO's "I/O operation on closed file" has no full stop, BytesIO's has.
// Not modelled: BytesIO.getbuffer() and readinto(), pickling, StringIO's internal newline decoder object.

import type { PyObject } from '../../objects/object';
import { PyInt, PyStr, PyBytes } from '../../objects/atoms';
import { PyStringIO, PyBytesIO, type StringIONewlines } from '../../objects/io-objects';
import type { PyType } from '../../objects/type';
import type { VM } from '../../vm/vm';
import type { Native } from '../../vm/frame';
import { constructors } from '../../vm/calls';
import { method } from '../../builtins/define';
import { unpackKeywords } from '../../builtins/clinic-keywords';
import { bufferBytes } from '../../runtime/buffers';
import { strRepr } from '../../runtime/text/str-repr';
import { Cause } from '../../trace/events';
import { def, getter, intArgument, bytesArgument, closedFile, unsupportedOperation } from './io-types';

/** CHECK_CLOSED's message in stringio.c (bytesio.c's ends with a full stop). */
const STRINGIO_CLOSED = 'I/O operation on closed file';

/** A Py_ssize_t argument (seek's position): an int, or CPython's index error. */
function indexArgument(vm: VM, o: PyObject | undefined, dflt: number): number {
  if (o === undefined) return dflt;
  if (!(o instanceof PyInt)) throw vm.error('TypeError', `'${o.type.name}' object cannot be interpreted as an integer`);
  return Number(o.value);
}


/** tp_new's object, tracked (an instance of a subclass references its class). */
function newMemoryFile<T extends PyStringIO | PyBytesIO>(vm: VM, o: T): T {
  vm.track(o, 'fresh');
  if (o.type.heap) vm.incref(o.type, Cause.Type, '__class__');
  return o;
}

/** tp_init on what tp_new made; the object is dropped when __init__ raises. */
function initialized<T extends PyObject>(vm: VM, made: T, init: (o: T) => void): T {
  try {
    init(made);
  } catch (e) {
    vm.decref(made, Cause.New);
    throw e;
  }
  return made;
}

// ---- StringIO ------------------------------------------------------------------------------------

function S(vm: VM, o: PyObject): PyStringIO {
  const s = o as PyStringIO;
  if (s.closed) throw vm.error('ValueError', STRINGIO_CLOSED);
  return s;
}

/** _io_StringIO___init___impl's newline rules. */
function stringIONewlines(vm: VM, newline: PyObject | null): StringIONewlines {
  if (newline === vm.none) return { universal: true, translate: true, readnl: null, writenl: null };
  const value = newline === null ? '\n' : newline instanceof PyStr ? newline.value : null;
  if (value === null) throw vm.error('TypeError', `newline must be str or None, not ${(newline as PyObject).type.name}`);
  if (value !== '' && value !== '\n' && value !== '\r' && value !== '\r\n') {
    throw vm.error('ValueError', `illegal newline value: ${strRepr(value)}`);
  }
  return { universal: value === '', translate: false, readnl: value === '' ? null : value, writenl: value.startsWith('\r') ? value : null };
}


/** write_str: newlines translated as `newline` says, then the text laid over the buffer at the position. */
function stringIOWrite(vm: VM, s: PyStringIO, str: PyStr): void {
  let written = str.value;
  if (s.newlines.universal) {
    // The IncrementalNewlineDecoder (final=True) notes the endings seen; newline=None turns them into '\n'.
    if (/\r\n/.test(written)) s.seen |= 4;
    if (/\r(?!\n)/.test(written)) s.seen |= 1;
    if (/(?<!\r)\n/.test(written)) s.seen |= 2;
    if (s.newlines.translate) written = written.replace(/\r\n?/g, '\n');
  }
  if (s.newlines.writenl) written = written.replace(/\n/g, s.newlines.writenl);
  const chars = Array.from(written);
  if (s.accumulating && s.pos === s.chars.length) {
    // The writer takes an exact str written into it while empty as it is (3.11); it copies anything after.
    const sameObject = written === str.value && str.type === vm.t.str;
    if (s.chars.length === 0 && sameObject && vm.options.version.stringIOKeepsSoleText) s.held = vm.incref(str, Cause.Internal, 'StringIO writer');
    else releaseHeld(vm, s);
    for (const c of chars) s.chars.push(c);
    s.pos += chars.length;
    return;
  }
  realize(vm, s);
  while (s.chars.length < s.pos) s.chars.push('\0');
  s.chars.splice(s.pos, chars.length, ...chars);
  s.pos += chars.length;
}

function releaseHeld(vm: VM, s: PyStringIO): void {
  const held = s.held;
  if (!held) return;
  s.held = null;
  vm.decref(held, Cause.Internal, 'StringIO writer');
}

/** realize: the writer's text goes into the character buffer; the StringIO stops accumulating for good. */
function realize(vm: VM, s: PyStringIO): void {
  if (!s.accumulating) return;
  s.accumulating = false;
  releaseHeld(vm, s);
}

/** make_intermediate (getvalue(), and read() of everything from 0, while accumulating): the text as one str, which a 3.11 writer keeps. */
function intermediate(vm: VM, s: PyStringIO): PyObject {
  if (s.held) return vm.incref(s.held, Cause.Return);
  const value = vm.newStr(s.chars.join(''));
  if (s.chars.length && vm.options.version.stringIOKeepsSoleText) s.held = vm.incref(value, Cause.Internal, 'StringIO writer');
  return value;
}

/** _stringio_readline: up to and with the line ending `newline` chose, at most `limit` characters. */
function stringIOReadline(s: PyStringIO, limit: number): string {
  if (s.pos >= s.chars.length) return '';
  const end = limit < 0 || limit > s.chars.length - s.pos ? s.chars.length : s.pos + limit;
  const { universal, translate, readnl } = s.newlines;
  let stop = end;
  for (let i = s.pos; i < end; i++) {
    const c = s.chars[i];
    if (translate || !universal) {
      const nl = translate ? '\n' : (readnl as string);
      if (c === nl[0] && (nl.length === 1 || (i + 1 < end && s.chars[i + 1] === nl[1]))) {
        stop = i + nl.length;
        break;
      }
    } else if (c === '\n') {
      stop = i + 1;
      break;
    } else if (c === '\r') {
      stop = i + 1 < end && s.chars[i + 1] === '\n' ? i + 2 : i + 1;
      break;
    }
  }
  const line = s.chars.slice(s.pos, stop).join('');
  s.pos = stop;
  return line;
}

/** The decoder's `newlines`: None, one ending, or a tuple of those seen ('\r', '\n', '\r\n' order). */
function seenNewlines(vm: VM, seen: number): PyObject {
  const kinds = [[1, '\r'], [2, '\n'], [4, '\r\n']] as const;
  const found = kinds.filter(([bit]) => seen & bit).map(([, text]) => text);
  if (found.length === 0) return vm.newNone();
  if (found.length === 1) return vm.newStr(found[0]);
  return vm.newTuple(found.map((text) => vm.newStr(text)));
}

const STRINGIO_INIT = { name: 'StringIO', parameters: ['initial_value', 'newline'], positionalOnly: 0, maxPositional: 2, minPositional: 0 };

function stringIOInit(vm: VM, s: PyStringIO, args: PyObject[], kwargs: Map<string, PyObject> | null): void {
  const [value, newline] = unpackKeywords(vm, STRINGIO_INIT, args, kwargs);
  const newlines = stringIONewlines(vm, newline);
  if (value && value !== vm.none && !(value instanceof PyStr)) throw vm.error('TypeError', `initial_value must be str or None, not ${value.type.name}`);
  releaseHeld(vm, s);
  s.newlines = newlines;
  s.seen = 0;
  s.chars = [];
  s.pos = 0;
  // An initial value is written into the character buffer (STATE_REALIZED); an empty StringIO accumulates.
  s.accumulating = !(value instanceof PyStr && value.value);
  if (value instanceof PyStr && value.value) stringIOWrite(vm, s, value);
  s.pos = 0;
  s.closed = false;
}

function installStringIO(vm: VM, t: PyType): void {
  constructors.set(t, (vm, args, kwargs, type) => initialized(vm, newMemoryFile(vm, new PyStringIO(type)), (s) => stringIOInit(vm, s, args, kwargs)));
  method(vm, t, '__init__', (args, kwargs, self) => {
    stringIOInit(vm, self as PyStringIO, args, kwargs);
    return vm.newNone();
  });
  def(vm, t, 'write', ['s'], (self, args) => {
    const text = args[0];
    if (!(text instanceof PyStr)) throw vm.error('TypeError', `string argument expected, got '${text.type.name}'`);
    const s = S(vm, self);
    if (text.value) stringIOWrite(vm, s, text);
    return vm.newInt(Array.from(text.value).length);
  });
  def(vm, t, 'read', ['size='], (self, args) => {
    const s = S(vm, self);
    const size = intArgument(vm, args[0], -1);
    const rest = Math.max(0, s.chars.length - s.pos);
    const n = size < 0 || size > rest ? rest : size;
    if (s.accumulating && s.pos === 0 && n === rest) {
      s.pos = s.chars.length;
      return intermediate(vm, s);
    }
    realize(vm, s);
    const out = s.chars.slice(s.pos, s.pos + n).join('');
    s.pos += n;
    return vm.newStr(out);
  });
  def(vm, t, 'readline', ['size='], (self, args) => {
    const s = S(vm, self);
    realize(vm, s);
    return vm.newStr(stringIOReadline(s, intArgument(vm, args[0], -1)));
  });
  def(vm, t, '__next__', [], (self) => {
    const s = S(vm, self);
    realize(vm, s);
    const line = stringIOReadline(s, -1);
    if (line === '') throw vm.error('StopIteration');
    return vm.newStr(line);
  });
  def(vm, t, 'getvalue', [], (self) => {
    const s = S(vm, self);
    return s.accumulating ? intermediate(vm, s) : vm.newStr(s.chars.join(''));
  });
  def(vm, t, 'tell', [], (self) => vm.newInt(S(vm, self).pos));
  def(vm, t, 'seek', ['pos', 'whence='], (self, args) => {
    const s = S(vm, self);
    const pos = indexArgument(vm, args[0], 0);
    const whence = indexArgument(vm, args[1], 0);
    if (whence !== 0 && whence !== 1 && whence !== 2) throw vm.error('ValueError', `Invalid whence (${whence}, should be 0, 1 or 2)`);
    if (pos < 0 && whence === 0) throw vm.error('ValueError', `Negative seek position ${pos}`);
    if (whence !== 0 && pos !== 0) throw vm.errorWith('OSError', [vm.newStr("Can't do nonzero cur-relative seeks")]);
    s.pos = whence === 0 ? pos : whence === 1 ? s.pos : s.chars.length;
    return vm.newInt(s.pos);
  });
  def(vm, t, 'truncate', ['pos='], (self, args) => {
    const s = S(vm, self);
    const size = intArgument(vm, args[0], s.pos);
    if (size < 0) throw vm.error('ValueError', `Negative size value ${size}`);
    if (size < s.chars.length) {
      realize(vm, s);
      s.chars.length = size;
    }
    return vm.newInt(size);
  });
  def(vm, t, 'close', [], (self) => {
    const s = self as PyStringIO;
    s.closed = true;
    s.chars = [];
    releaseHeld(vm, s);
    return vm.newNone();
  });
  for (const name of ['readable', 'writable', 'seekable']) {
    def(vm, t, name, [], (self) => {
      S(vm, self);
      return vm.newBool(true);
    });
  }
  // IOBase's and TextIOBase's: the check of `closed` (with a full stop), flush() that does not look, the refusals.
  def(vm, t, 'isatty', [], (self) => {
    if ((self as PyStringIO).closed) throw closedFile(vm);
    return vm.newBool(false);
  });
  def(vm, t, 'flush', [], () => vm.newNone());
  for (const name of ['fileno', 'detach']) {
    def(vm, t, name, [], () => {
      throw unsupportedOperation(vm, name);
    });
  }
  getter(vm, t, 'encoding', () => vm.newNone());
  getter(vm, t, 'errors', () => vm.newNone());
  getter(vm, t, 'closed', (o) => vm.newBool((o as PyStringIO).closed));
  getter(vm, t, 'line_buffering', (o) => {
    S(vm, o);
    return vm.newBool(false);
  });
  getter(vm, t, 'newlines', (o) => {
    const s = S(vm, o);
    return s.newlines.universal ? seenNewlines(vm, s.seen) : vm.newNone();
  });
}

// ---- BytesIO -------------------------------------------------------------------------------------

function B(vm: VM, o: PyObject): PyBytesIO & { buf: PyBytes } {
  const b = o as PyBytesIO;
  if (b.buf === null) throw closedFile(vm);
  return b as PyBytesIO & { buf: PyBytes };
}

/** The buffer's capacity: the length of the bytes object holding it. */
const capacity = (b: PyBytesIO & { buf: PyBytes }) => b.buf.value.length;

/** unshare_buffer: a bytes object of `size` of the BytesIO's own, with what it holds copied in. */
function unshare(vm: VM, b: PyBytesIO & { buf: PyBytes }, size: number): void {
  const data = new Uint8Array(size);
  data.set(b.buf.value.subarray(0, Math.min(b.size, size)));
  const own = vm.newFilledBytes(data) as PyBytes;
  vm.decref(b.buf, Cause.Slot, 'buf');
  b.buf = own;
}

/** resize_buffer: the buffer grows (or shrinks) in place, over-allocated as bytesio.c does it. */
function resize(b: PyBytesIO & { buf: PyBytes }, size: number): void {
  let alloc = capacity(b);
  if (size < alloc / 2) alloc = size + 1;
  else if (size < alloc) return;
  else if (size <= alloc * 1.125) alloc = size + (size >> 3) + (size < 9 ? 3 : 6);
  else alloc = size + 1;
  const data = new Uint8Array(alloc);
  data.set(b.buf.value.subarray(0, Math.min(b.size, alloc)));
  b.buf.value = data;
}

/** write_bytes: at the position (zeros fill a gap past the end). */
function bytesIOWrite(vm: VM, b: PyBytesIO & { buf: PyBytes }, bytes: Uint8Array): number {
  if (bytes.length === 0) return 0;
  const end = b.pos + bytes.length;
  if (b.buf.rc > 1) unshare(vm, b, Math.max(end, b.size));
  else if (end > capacity(b)) resize(b, end);
  const data = b.buf.value;
  if (b.pos > b.size) data.fill(0, b.size, b.pos);
  data.set(bytes, b.pos);
  b.pos = end;
  if (end > b.size) b.size = end;
  return bytes.length;
}

/** read_bytes: a new bytes object, or the buffer's own when it is all of it, read from the start. */
function bytesIORead(vm: VM, b: PyBytesIO & { buf: PyBytes }, size: number): PyObject {
  const rest = Math.max(0, b.size - b.pos);
  const n = size < 0 || size > rest ? rest : size;
  if (n > 1 && b.pos === 0 && n === capacity(b)) {
    b.pos += n;
    return vm.incref(b.buf, Cause.Return);
  }
  const out = b.buf.value.slice(b.pos, b.pos + n);
  b.pos += n;
  return vm.newBytes(out);
}

function bytesIOReadline(b: PyBytesIO & { buf: PyBytes }, limit: number): Uint8Array {
  if (b.pos >= b.size) return new Uint8Array(0);
  const data = b.buf.value.subarray(0, b.size);
  const nl = data.indexOf(10, b.pos);
  let end = nl < 0 ? b.size : nl + 1;
  if (limit >= 0 && end - b.pos > limit) end = b.pos + limit;
  const out = data.slice(b.pos, end);
  b.pos = end;
  return out;
}

const BYTESIO_INIT = { name: 'BytesIO', parameters: ['initial_bytes'], positionalOnly: 0, maxPositional: 1, minPositional: 0 };

function bytesIOInit(vm: VM, b: PyBytesIO, args: PyObject[], kwargs: Map<string, PyObject> | null): void {
  const [initial] = unpackKeywords(vm, BYTESIO_INIT, args, kwargs);
  b.size = 0;
  b.pos = 0;
  if (!b.buf) b.buf = vm.newBytes(new Uint8Array(0));
  if (!initial || initial === vm.none) return;
  if (initial instanceof PyBytes && initial.type === vm.t.bytes) {
    // PyBytes_CheckExact: the object itself becomes the buffer.
    vm.decref(b.buf, Cause.Slot, 'buf');
    b.buf = vm.incref(initial, Cause.Slot, 'buf');
    b.size = initial.value.length;
    return;
  }
  const bytes = bufferBytes(vm, initial);
  if (!bytes) throw vm.error('TypeError', `a bytes-like object is required, not '${initial.type.name}'`);
  bytesIOWrite(vm, b as PyBytesIO & { buf: PyBytes }, Uint8Array.from(bytes));
  b.pos = 0;
}

function installBytesIO(vm: VM, t: PyType): void {
  constructors.set(t, (vm, args, kwargs, type) => {
    const b = newMemoryFile(vm, new PyBytesIO(type));
    // bytesio_new: an empty bytes object as the buffer.
    b.buf = vm.newBytes(new Uint8Array(0));
    return initialized(vm, b, (made) => bytesIOInit(vm, made, args, kwargs));
  });
  method(vm, t, '__init__', (args, kwargs, self) => {
    bytesIOInit(vm, B(vm, self as PyObject), args, kwargs);
    return vm.newNone();
  });
  def(vm, t, 'write', ['b'], (self, args) => {
    const b = B(vm, self);
    return vm.newInt(bytesIOWrite(vm, b, bytesArgument(vm, args[0])));
  });
  const read = (self: PyObject, args: PyObject[]) => bytesIORead(vm, B(vm, self), intArgument(vm, args[0], -1));
  def(vm, t, 'read', ['size='], read);
  def(vm, t, 'read1', ['size='], read);
  def(vm, t, 'readline', ['size='], (self, args) => vm.newBytes(bytesIOReadline(B(vm, self), intArgument(vm, args[0], -1))));
  def(vm, t, '__next__', [], (self) => {
    const line = bytesIOReadline(B(vm, self), -1);
    if (!line.length) throw vm.error('StopIteration');
    return vm.newBytes(line);
  });
  // getvalue: a copy of at most one byte; else the buffer itself, cut to its size first.
  def(vm, t, 'getvalue', [], (self) => {
    const b = B(vm, self);
    if (b.size <= 1) return vm.newBytes(b.buf.value.slice(0, b.size));
    if (b.size !== capacity(b)) {
      if (b.buf.rc > 1) unshare(vm, b, b.size);
      else b.buf.value = b.buf.value.slice(0, b.size);
    }
    return vm.incref(b.buf, Cause.Return);
  });
  def(vm, t, 'tell', [], (self) => vm.newInt(B(vm, self).pos));
  def(vm, t, 'seek', ['pos', 'whence='], (self, args) => {
    const b = B(vm, self);
    let pos = indexArgument(vm, args[0], 0);
    const whence = indexArgument(vm, args[1], 0);
    if (pos < 0 && whence === 0) throw vm.error('ValueError', `negative seek value ${pos}`);
    if (whence === 1) pos += b.pos;
    else if (whence === 2) pos += b.size;
    else if (whence !== 0) throw vm.error('ValueError', `invalid whence (${whence}, should be 0, 1 or 2)`);
    b.pos = Math.max(0, pos);
    return vm.newInt(b.pos);
  });
  def(vm, t, 'truncate', ['size='], (self, args) => {
    const b = B(vm, self);
    const size = intArgument(vm, args[0], b.pos);
    if (size < 0) throw vm.error('ValueError', `negative size value ${size}`);
    if (size < b.size) {
      b.size = size;
      if (b.buf.rc > 1) unshare(vm, b, size);
      else resize(b, size);
    }
    return vm.newInt(size);
  });
  def(vm, t, 'close', [], (self) => {
    const b = self as PyBytesIO;
    if (b.buf) {
      const buf = b.buf;
      b.buf = null;
      vm.decref(buf, Cause.Slot, 'buf');
    }
    return vm.newNone();
  });
  def(vm, t, 'flush', [], (self) => {
    B(vm, self);
    return vm.newNone();
  });
  def(vm, t, 'isatty', [], (self) => {
    B(vm, self);
    return vm.newBool(false);
  });
  for (const name of ['readable', 'writable', 'seekable']) {
    def(vm, t, name, [], (self) => {
      B(vm, self);
      return vm.newBool(true);
    });
  }
  def(vm, t, 'fileno', [], () => {
    throw unsupportedOperation(vm, 'fileno');
  });
  def(vm, t, 'getbuffer', [], () => {
    throw vm.unsupported('BytesIO.getbuffer()');
  });
  def(vm, t, 'readinto', null, () => {
    throw vm.unsupported('BytesIO.readinto()');
  });
  getter(vm, t, 'closed', (o) => vm.newBool((o as PyBytesIO).buf === null));
}

/** The line a StringIO or BytesIO gives readline() (IOBase's readlines and iteration go through it). */
export function* memoryReadline(vm: VM, o: PyStringIO | PyBytesIO, limit: number): Native {
  if (o instanceof PyStringIO) {
    realize(vm, S(vm, o));
    return vm.newStr(stringIOReadline(o, limit));
  }
  return vm.newBytes(bytesIOReadline(B(vm, o), limit));
}

export function installMemoryIO(vm: VM, stringio: PyType, bytesio: PyType): void {
  installStringIO(vm, stringio);
  installBytesIO(vm, bytesio);
}
