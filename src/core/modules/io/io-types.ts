// The _io types open() returns and their methods, after Modules/_io (fileio.c, bufferedio.c, textio.c,
// iobase.c; Lib/_pyio.py reads the same): FileIO on the in-memory file (runtime/virtual-files.ts),
// BufferedReader/Writer/Random over it, TextIOWrapper over those. What shows:
// - writes stay in the buffers until CPython's would pass them on: the wrapper's pending text goes to
//   the buffer at chunk_size (8192) or on flush (runtime/text-stream-pending.ts, which also keeps a
//   reference to each ASCII str written), the buffer's bytes go to the file when they would overflow
//   its size (st_blksize: 4096, as the goldens' Linux file system reports) or on flush(), close(),
//   seek() or a read through the same object; another file object on the same file sees only what
//   reached the file;
// - the raw file's system calls (open, read, write, close) release the GIL for a short simulated time
//   (fileio.c: _Py_open, _Py_read, _Py_write and internal_close run between Py_BEGIN/END_ALLOW_THREADS);
// - a file object whose count reaches zero closes itself (iobase_finalize, runtime/finalizers.ts).
// Not modelled (the run stops with a "not modelled" message): encodings other than UTF-8, error
// handlers other than 'strict', newline='\r' or '\r\n', file descriptors and openers.
// Simplified: a read takes the rest of the file at once (CPython reads it in chunks of the buffer's
// size: the same text for files nobody writes meanwhile); text tell() is the byte offset, which is
// CPython's cookie whenever its decoder has nothing pending (UTF-8 read whole characters at a time).

import type { PyObject } from '../../objects/object';
import type { PyType } from '../../objects/type';
import { PyInt, PyStr, PyBytes } from '../../objects/atoms';
import { PyFileIO, PyBuffered, PyTextIO, PyIOObject, PyStringIO, PyBytesIO, type BufferedKind } from '../../objects/io-objects';
import { installMemoryIO, memoryReadline } from './memory-io';
import { stdStreamOf, stdRawFileOf, stdStreamFd, isStdinObject } from './std-stream-objects';
import { stdinRead, stdinReadLine } from '../../runtime/stdin';
import { writeStdText, flushStdText } from '../../builtins/file-write';
import type { StreamName } from '../../processes/std-streams';
import { PyNativeGetSet } from '../../objects/native-descriptor';
import type { VM } from '../../vm/vm';
import type { Native } from '../../vm/frame';
import { PyError, type UnsupportedError } from '../../vm/errors';
import { method, checkPositional } from '../../builtins/define';
import { constructors } from '../../vm/calls';
import { nativeType } from '../collections/native-type';
import { getAttr } from '../../runtime/attributes';
import { getIter, iterNext } from '../../runtime/iteration';
import { reprOf } from '../../runtime/repr';
import { bufferBytes } from '../../runtime/buffers';
import { utf8Encode, utf8Length } from '../../runtime/utf8';
import { decodeBytes } from '../../runtime/text/codecs';
import { textPendingWrite, textPendingFlush, textPendingFlushesFirst, textPendingForget } from '../../runtime/text-stream-pending';
import { computeWithoutGil } from '../../threads/native-work';
import { FILE_SYSCALL_NS, FILE_BYTE_NS } from '../../threads/native-costs';
import { Cause } from '../../trace/events';
import { importModule } from '../registry';
import { setName } from '../../runtime/dicts';
import type { PyModule } from '../../objects/instances';
import { NO_POSITION } from '../../compile/bytecode';

export interface IoTypes {
  iobase: PyType;
  rawiobase: PyType;
  bufferediobase: PyType;
  textiobase: PyType;
  fileio: PyType;
  buffered: Record<BufferedKind, PyType>;
  textiowrapper: PyType;
  stringio: PyType;
  bytesio: PyType;
  encoder: PyType;
  decoder: PyType;
}

/** The simulated file system's st_blksize: the buffer size open() picks (_io_open_impl reads raw._blksize). */
export const FILE_BLOCK_SIZE = 4096;

/** The system call of a raw file, its GIL released meanwhile. */
export function* fileSyscall(vm: VM, label: string, bytes = 0): Native<void> {
  yield* computeWithoutGil(vm, label, FILE_SYSCALL_NS + FILE_BYTE_NS * bytes);
}

const typesByVm = new WeakMap<VM, IoTypes>();

export function ioTypes(vm: VM): IoTypes {
  let types = typesByVm.get(vm);
  if (types) return types;
  const t = vm.t;
  const iobase = nativeType(vm, '_io._IOBase', t.object, 'object');
  const rawiobase = nativeType(vm, '_io._RawIOBase', iobase, 'object');
  const bufferediobase = nativeType(vm, '_io._BufferedIOBase', iobase, 'object');
  const textiobase = nativeType(vm, '_io._TextIOBase', iobase, 'object');
  types = {
    iobase, rawiobase, bufferediobase, textiobase,
    fileio: nativeType(vm, '_io.FileIO', rawiobase, 'object'),
    buffered: {
      BufferedReader: nativeType(vm, '_io.BufferedReader', bufferediobase, 'object'),
      BufferedWriter: nativeType(vm, '_io.BufferedWriter', bufferediobase, 'object'),
      BufferedRandom: nativeType(vm, '_io.BufferedRandom', bufferediobase, 'object'),
    },
    textiowrapper: nativeType(vm, '_io.TextIOWrapper', textiobase, 'object'),
    stringio: nativeType(vm, '_io.StringIO', textiobase, 'object'),
    bytesio: nativeType(vm, '_io.BytesIO', bufferediobase, 'object'),
    encoder: nativeType(vm, 'encodings.utf_8.IncrementalEncoder', t.object, 'object'),
    decoder: nativeType(vm, '_io.IncrementalNewlineDecoder', t.object, 'object'),
  };
  // iobase_finalize closes any of them whose count reaches zero (stringio_dealloc and bytesio_dealloc do not call it).
  for (const ty of [types.fileio, types.textiowrapper, ...Object.values(types.buffered)]) ty.finalizesNatively = true;
  typesByVm.set(vm, types);
  installIOBase(vm, types);
  installFileIO(vm, types);
  installBuffered(vm, types);
  installTextIOWrapper(vm, types);
  installMemoryIO(vm, types.stringio, types.bytesio);
  return types;
}

/** io.UnsupportedOperation (the io module's Python half defines it: a class of both OSError and ValueError). */
export function unsupportedOperation(vm: VM, message: string): PyError {
  // The interpreter imports io at start-up: here, when a program first needs its exception.
  const io = (vm.modules.get('io') ?? importModule(vm, 'io', NO_POSITION)) as PyModule;
  const type = io.dict.getStr('UnsupportedOperation') as PyType | undefined;
  if (!type) throw new Error('internal: io.UnsupportedOperation before the io module');
  return new PyError(vm.newException(type, [vm.newStr(message)]));
}

export const closedFile = (vm: VM, message = 'I/O operation on closed file.') => vm.error('ValueError', message);

export function intArgument(vm: VM, o: PyObject | undefined, dflt: number): number {
  if (o === undefined || o === vm.none) return dflt;
  if (!(o instanceof PyInt)) throw vm.error('TypeError', `argument should be integer or None, not '${o.type.name}'`);
  return Number(o.value);
}

// ---- the raw file --------------------------------------------------------------------------------

/** FileIO.read(n) / readall(): bytes from the position. */
function* rawRead(vm: VM, raw: PyFileIO, n: number): Native<Uint8Array> {
  if (raw.closed) throw closedFile(vm);
  if (isStdinObject(raw)) throw bytesFromStdin(vm);
  if (!raw.readable) throw unsupportedOperation(vm, 'File not open for reading');
  const end = n < 0 ? raw.file.size : Math.min(raw.file.size, raw.pos + n);
  const out = raw.file.data.slice(Math.min(raw.pos, end), end);
  yield* fileSyscall(vm, 'read', out.length);
  raw.pos = Math.max(raw.pos, end);
  return out;
}

/** FileIO.write(b): at the position, or at the end of an O_APPEND file. */
function* rawWrite(vm: VM, raw: PyFileIO, bytes: Uint8Array): Native<number> {
  if (raw.closed) throw closedFile(vm);
  if (stdRawFileOf(raw)) throw bytesToConsole(vm, raw);
  if (!raw.writable) throw unsupportedOperation(vm, 'File not open for writing');
  yield* fileSyscall(vm, 'write', bytes.length);
  const f = raw.file;
  if (raw.appending) raw.pos = f.size;
  const end = raw.pos + bytes.length;
  if (end > f.data.length) {
    const grown = new Uint8Array(Math.max(end, f.data.length * 2, 64));
    grown.set(f.data.subarray(0, f.size));
    f.data = grown;
  }
  if (raw.pos > f.size) f.data.fill(0, f.size, raw.pos);
  f.data.set(bytes, raw.pos);
  raw.pos = end;
  f.size = Math.max(f.size, end);
  return bytes.length;
}

export function* closeRawFile(vm: VM, raw: PyFileIO): Native<void> {
  yield* rawClose(vm, raw);
}

function* rawClose(vm: VM, raw: PyFileIO): Native<void> {
  if (raw.closed) return;
  raw.closed = true;
  // closefd=False (sys.stdout's and sys.stderr's descriptors): the descriptor stays open.
  if (raw.closefd) yield* fileSyscall(vm, 'close');
}

/** Bytes written under sys.stdout or sys.stderr: where they would come among the wrapper's pending text is not modelled. */
function bytesToConsole(vm: VM, raw: PyFileIO): UnsupportedError {
  return vm.unsupported(`writing bytes to sys.${stdRawFileOf(raw)}.buffer`);
}

/** Whether `o` is sys.stdin's, sys.stdout's or sys.stderr's wrapper, buffer or raw file: a pipe, not seekable, on descriptor 0, 1 or 2. */
function consoleStream(o: PyObject): StreamName | 'stdin' | null {
  if (isStdinObject(o)) return 'stdin';
  if (o instanceof PyFileIO) return stdRawFileOf(o);
  if (o instanceof PyBuffered || o instanceof PyTextIO) return stdRawFileOf(o.raw);
  return null;
}

/** Bytes read under sys.stdin: the text layer's read-ahead would have to be modelled. */
function bytesFromStdin(vm: VM): UnsupportedError {
  return vm.unsupported('reading bytes from sys.stdin.buffer');
}

function rawSeek(vm: VM, raw: PyFileIO, offset: number, whence: number): number {
  if (raw.closed) throw closedFile(vm);
  const base = whence === 0 ? 0 : whence === 1 ? raw.pos : raw.file.size;
  const pos = base + offset;
  if (pos < 0) throw vm.errorWith('OSError', [vm.newInt(22), vm.newStr('Invalid argument')]);
  raw.pos = pos;
  return pos;
}

// ---- the buffered layer --------------------------------------------------------------------------

function checkBuffered(vm: VM, b: PyBuffered, message: string): PyFileIO {
  if (!b.raw || b.raw.closed) throw closedFile(vm, message);
  return b.raw;
}

/** _bufferedwriter_flush_unlocked: the write buffer goes to the raw file. */
function* bufferedFlush(vm: VM, b: PyBuffered): Native<void> {
  if (!b.pending.length || !b.raw) return;
  const bytes = Uint8Array.from(b.pending);
  b.pending = [];
  yield* rawWrite(vm, b.raw, bytes);
}

/** bufferedwriter_write: what fits stays in the buffer; else the buffer goes out, and data larger than the buffer goes straight on. */
function* bufferedWrite(vm: VM, b: PyBuffered, bytes: Uint8Array): Native<number> {
  checkBuffered(vm, b, 'write to closed file');
  if (stdRawFileOf(b.raw)) throw bytesToConsole(vm, b.raw as PyFileIO);
  if (b.pending.length + bytes.length <= b.bufferSize) {
    for (const x of bytes) b.pending.push(x);
    return bytes.length;
  }
  yield* bufferedFlush(vm, b);
  if (bytes.length > b.bufferSize) yield* rawWrite(vm, b.raw as PyFileIO, bytes);
  else for (const x of bytes) b.pending.push(x);
  return bytes.length;
}

/** buffered_read: a writable object's pending writes go out first (BufferedRandom). */
function* bufferedRead(vm: VM, b: PyBuffered, n: number): Native<Uint8Array> {
  const raw = checkBuffered(vm, b, 'read of closed file');
  yield* bufferedFlush(vm, b);
  return yield* rawRead(vm, raw, n);
}

/** _buffered_readline: up to and with the next b'\n'. */
function* bufferedReadline(vm: VM, b: PyBuffered, limit: number): Native<Uint8Array> {
  const raw = checkBuffered(vm, b, 'readline of closed file');
  if (isStdinObject(raw)) throw bytesFromStdin(vm);
  yield* bufferedFlush(vm, b);
  const data = raw.file.data.subarray(0, raw.file.size);
  let end = data.indexOf(10, raw.pos);
  end = end < 0 ? raw.file.size : end + 1;
  if (limit >= 0) end = Math.min(end, raw.pos + limit);
  return yield* rawRead(vm, raw, Math.max(0, end - raw.pos));
}

function bufferedTell(vm: VM, b: PyBuffered): number {
  if (!b.raw) throw closedFile(vm);
  if (b.raw.closed) throw closedFile(vm);
  return b.raw.pos + b.pending.length;
}

function* bufferedSeek(vm: VM, b: PyBuffered, offset: number, whence: number): Native<number> {
  const raw = checkBuffered(vm, b, 'seek of closed file');
  yield* bufferedFlush(vm, b);
  return rawSeek(vm, raw, offset, whence);
}

/** buffered_close: flush, then the raw file's close. */
function* bufferedClose(vm: VM, b: PyBuffered): Native<void> {
  if (b.isClosed || !b.raw) return;
  try {
    yield* bufferedFlush(vm, b);
  } finally {
    yield* rawClose(vm, b.raw);
  }
}

// ---- the text layer ------------------------------------------------------------------------------

function textBuffer(vm: VM, f: PyTextIO): PyBuffered {
  if (!f.buffer) throw vm.error('ValueError', 'underlying buffer has been detached');
  if (f.buffer.isClosed) throw closedFile(vm);
  return f.buffer;
}

const pendingLabel = 'TextIOWrapper pending write';

/** _textiowrapper_writeflush: the pending text, encoded, to the buffer's write(). */
function* textWriteFlush(vm: VM, f: PyTextIO): Native<void> {
  const text = f.pendingText;
  textPendingFlush(vm, f, pendingLabel);
  if (!text || !f.buffer) return;
  f.pendingText = '';
  yield* bufferedWrite(vm, f.buffer, utf8Encode(text));
}

/** The rest of the file, decoded, after what was read ahead (universal newlines translate on the way out). */
function* textFill(vm: VM, f: PyTextIO, b: PyBuffered): Native<void> {
  yield* textWriteFlush(vm, f);
  const bytes = yield* bufferedRead(vm, b, -1);
  if (!bytes.length) return;
  const r = decodeBytes(bytes, 'utf-8', 'strict');
  if (!r.ok) throw vm.unsupported('reading a file that is not valid UTF-8');
  f.decoded += r.value;
  // The chunk's last '\r' stays in the decoder (pendingcr) until it sees what follows.
  if (f.universal && r.value.endsWith('\r')) f.crRead = true;
}

/** How much of `text` makes `n` characters once '\r\n' and '\r' read as '\n' (when translating). */
function takeChars(text: string, n: number, translate: boolean): [string, number] {
  if (!translate) {
    const chars = Array.from(text).slice(0, n).join('');
    return [chars, chars.length];
  }
  let out = '';
  let i = 0;
  let count = 0;
  while (i < text.length && count < n) {
    const c = text.codePointAt(i) as number;
    const s = String.fromCodePoint(c);
    if (s === '\r') {
      out += '\n';
      i += text[i + 1] === '\n' ? 2 : 1;
    } else {
      out += s;
      i += s.length;
    }
    count++;
  }
  return [out, i];
}

/** Drops the first `n` characters read ahead (they were read); a lone '\r' read last leaves the decoder a state. */
function consume(f: PyTextIO, n: number): void {
  if (n > 0 && f.universal && f.decoded[n - 1] === '\r') f.crRead = true;
  f.decoded = f.decoded.slice(n);
}

function takeLine(f: PyTextIO, limit: number): string {
  const text = f.decoded;
  // The line's end: '\n', '\r\n' or '\r' with universal newlines (newline None or ''), '\n' with newline='\n'.
  const m = f.universal ? /\r\n|\r|\n/.exec(text) : /\n/.exec(text);
  const rawEnd = m ? m.index + m[0].length : text.length;
  let line = text.slice(0, rawEnd);
  if (f.translateNewlines) line = line.replace(/\r\n?/g, '\n');
  let consumed = rawEnd;
  if (limit >= 0 && Array.from(line).length > limit) [line, consumed] = takeChars(text, limit, f.translateNewlines);
  consume(f, consumed);
  // A line that reached the end of the file without a line ending: _textiowrapper_readline drops the
  // snapshot there, and tell() is the buffer's position again.
  if (!m && f.decoded === '') f.crRead = false;
  return line;
}

function* textReadline(vm: VM, f: PyTextIO, limit: number): Native<string> {
  const b = textBuffer(vm, f);
  if (!f.decoder) throw unsupportedOperation(vm, 'not readable');
  if (isStdinObject(f)) return stdinReadLine(vm, limit);
  yield* textFill(vm, f, b);
  return takeLine(f, limit);
}

/** textiowrapper_write: the text joins the pending pieces; a newline flushes a line-buffered file. */
function* textWrite(vm: VM, f: PyTextIO, s: PyStr): Native<number> {
  const b = textBuffer(vm, f);
  if (!f.encoder) throw unsupportedOperation(vm, 'not writable');
  const text = s.value;
  // Text read ahead is dropped (the position stays where the reading left the buffer).
  f.decoded = '';
  const needFlush = f.lineBuffering && /[\n\r]/.test(text);
  if (textPendingFlushesFirst(vm, f, text)) yield* textWriteFlush(vm, f);
  const full = textPendingWrite(vm, f, pendingLabel, text, s, false);
  f.pendingText += text;
  if (full || needFlush) yield* textWriteFlush(vm, f);
  if (needFlush) yield* bufferedFlush(vm, b);
  return Array.from(text).length;
}

function* textFlush(vm: VM, f: PyTextIO): Native<void> {
  const b = textBuffer(vm, f);
  yield* textWriteFlush(vm, f);
  checkBuffered(vm, b, 'flush of closed file');
  yield* bufferedFlush(vm, b);
}

function* textClose(vm: VM, f: PyTextIO): Native<void> {
  if (!f.buffer || f.isClosed) return;
  try {
    yield* textFlush(vm, f);
  } finally {
    yield* bufferedClose(vm, f.buffer);
    textPendingForget(vm, f);
  }
}

// ---- methods -------------------------------------------------------------------------------------

type Impl = (self: PyObject, args: PyObject[]) => Native | PyObject;

/**
 * A method of an _io type, its arguments checked as CPython's are: all positional-only; `params` names
 * them, an optional one ending in '='; null: METH_VARARGS (__exit__ takes anything). The messages are
 * METH_NOARGS', METH_O's and Argument Clinic's, under the type defining the method.
 */
export function def(vm: VM, type: PyType, name: string, params: string[] | null, impl: Impl): void {
  const shown = `${type.qualname}.${name}`;
  const max = params?.length ?? Infinity;
  const min = params?.filter((p) => !p.endsWith('=')).length ?? 0;
  method(vm, type, name, (args, kwargs, self) => {
    if (params && !name.startsWith('__')) {
      if (kwargs && kwargs.size) throw vm.error('TypeError', `${shown}() takes no keyword arguments`);
      if (max === 0 && args.length) throw vm.error('TypeError', `${shown}() takes no arguments (${args.length} given)`);
      if (min === 1 && max === 1 && args.length !== 1) throw vm.error('TypeError', `${shown}() takes exactly one argument (${args.length} given)`);
      checkPositional(vm, name, args.length, min, max);
    }
    return impl(self as PyObject, args);
  });
}

export function getter(vm: VM, type: PyType, name: string, get: (o: PyObject) => PyObject): void {
  const d = new PyNativeGetSet(vm.t.getset_descriptor, name, type, 'attribute', (_vm, o) => get(o), null);
  d.immortal = true;
  setName(vm, type.dict, name, d, true);
}

/** The line iteration shared by the three (iobase_iternext: readline until it gives nothing). */
function* nextLine(vm: VM, o: PyObject): Native {
  if (o instanceof PyTextIO) o.telling = false;
  const line = yield* readlineOf(vm, o, -1);
  if ((line instanceof PyStr && line.value === '') || (line instanceof PyBytes && line.value.length === 0)) {
    vm.decref(line, Cause.Stack);
    if (o instanceof PyTextIO) o.telling = true;
    throw vm.error('StopIteration');
  }
  return line;
}

function* readlineOf(vm: VM, o: PyObject, limit: number): Native {
  if (o instanceof PyTextIO) return vm.newStr(yield* textReadline(vm, o, limit));
  if (o instanceof PyStringIO || o instanceof PyBytesIO) return yield* memoryReadline(vm, o, limit);
  if (o instanceof PyBuffered) {
    if (!o.readable) throw unsupportedOperation(vm, 'read');
    return vm.newBytes(yield* bufferedReadline(vm, o, limit));
  }
  throw vm.unsupported('readline() of a raw FileIO');
}

function installIOBase(vm: VM, types: IoTypes): void {
  const t = types.iobase;
  const checkOpen = (o: PyObject) => {
    if ((o as PyIOObject).isClosed) throw closedFile(vm);
  };
  def(vm, t, '__enter__', [], (self) => {
    checkOpen(self);
    return vm.incref(self, Cause.Return);
  });
  def(vm, t, '__exit__', null, function* (self): Native {
    const close = yield* getAttr(vm, self, 'close');
    try {
      return yield { callable: close, args: [], kwargs: null };
    } finally {
      vm.decref(close, Cause.Stack);
    }
  });
  def(vm, t, '__iter__', [], (self) => {
    checkOpen(self);
    return vm.incref(self, Cause.Return);
  });
  def(vm, t, '__next__', [], (self) => nextLine(vm, self));
  def(vm, t, 'readline', ['size='], (self, args) => readlineOf(vm, self, intArgument(vm, args[0], -1)));
  def(vm, t, 'readlines', ['hint='], function* (self, args): Native {
    // iter(self) first: IOBase's check of `closed`.
    checkOpen(self);
    const hint = intArgument(vm, args[0], -1);
    const lines = vm.newList([]);
    let total = 0;
    try {
      for (;;) {
        const line = yield* readlineOf(vm, self, -1);
        const n = line instanceof PyStr ? Array.from(line.value).length : (line as PyBytes).value.length;
        if (n === 0) {
          vm.decref(line, Cause.Stack);
          break;
        }
        lines.items.push(line);
        total += n;
        if (hint > 0 && total >= hint) break;
      }
    } catch (e) {
      vm.decref(lines, Cause.Stack);
      throw e;
    }
    return lines;
  });
  def(vm, t, 'writelines', ['lines'], function* (self, args): Native {
    checkOpen(self);
    const it = yield* getIter(vm, args[0]);
    try {
      for (let line = yield* iterNext(vm, it); line; line = yield* iterNext(vm, it)) {
        try {
          const write = yield* getAttr(vm, self, 'write');
          try {
            vm.decref(yield { callable: write, args: [line], kwargs: null }, Cause.Return);
          } finally {
            vm.decref(write, Cause.Stack);
          }
        } finally {
          vm.decref(line, Cause.Stack);
        }
      }
    } finally {
      vm.decref(it, Cause.Stack);
    }
    return vm.newNone();
  });
  def(vm, t, 'readable', [], (self) => {
    checkOpen(self);
    const o = self as PyIOObject;
    return vm.newBool(o instanceof PyTextIO ? o.decoder !== null : (o as PyFileIO | PyBuffered).readable);
  });
  def(vm, t, 'writable', [], (self) => {
    checkOpen(self);
    const o = self as PyIOObject;
    return vm.newBool(o instanceof PyTextIO ? o.encoder !== null : (o as PyFileIO | PyBuffered).writable);
  });
  // isatty(): FileIO's answer (the other two ask their raw file), closed or not as FileIO says it.
  def(vm, t, 'isatty', [], (self) => {
    const o = self as PyIOObject;
    const raw = o instanceof PyFileIO ? o : o instanceof PyBuffered ? o.raw : (o as PyTextIO).raw;
    if (!raw || raw.closed) throw closedFile(vm, 'I/O operation on closed file');
    return vm.newBool(false);
  });
  def(vm, t, 'seekable', [], (self) => {
    checkOpen(self);
    return vm.newBool(consoleStream(self) === null);
  });
  def(vm, t, 'fileno', [], (self) => {
    // The wrapper and the buffer ask the raw FileIO, whose err_closed() has no full stop.
    if ((self as PyIOObject).isClosed) throw closedFile(vm, 'I/O operation on closed file');
    const stream = consoleStream(self);
    if (!stream) throw vm.unsupported('fileno() of a file opened by the program (file descriptors are not modelled)');
    return vm.newInt(stdStreamFd(stream));
  });
  // Each concrete type has a `closed` of its own (the error of an assignment names it).
  for (const owner of [t, types.fileio, types.textiowrapper, ...Object.values(types.buffered)]) {
    getter(vm, owner, 'closed', (o) => vm.newBool((o as PyIOObject).isClosed));
  }
  // The classes called directly (io.FileIO(name), io.TextIOWrapper(buffer)): only open() is modelled.
  for (const owner of [types.fileio, types.textiowrapper, ...Object.values(types.buffered)]) {
    constructors.set(owner, () => {
      throw vm.unsupported(`${owner.name}() (files are opened with open())`);
    });
  }
}

function installFileIO(vm: VM, types: IoTypes): void {
  const t = types.fileio;
  const F = (o: PyObject) => o as PyFileIO;
  def(vm, t, 'read', ['size='], function* (self, args): Native {
    return vm.newBytes(yield* rawRead(vm, F(self), intArgument(vm, args[0], -1)));
  });
  def(vm, t, 'readall', [], function* (self): Native {
    return vm.newBytes(yield* rawRead(vm, F(self), -1));
  });
  def(vm, t, 'write', ['b'], function* (self, args): Native {
    return vm.newInt(yield* rawWrite(vm, F(self), bytesArgument(vm, args[0])));
  });
  def(vm, t, 'close', [], function* (self): Native {
    yield* rawClose(vm, F(self));
    return vm.newNone();
  });
  def(vm, t, 'flush', [], (self) => {
    if (F(self).closed) throw closedFile(vm);
    return vm.newNone();
  });
  def(vm, t, 'tell', [], (self) => {
    if (F(self).closed) throw closedFile(vm);
    return vm.newInt(F(self).pos);
  });
  def(vm, t, 'seek', ['pos', 'whence='], (self, args) => vm.newInt(rawSeek(vm, F(self), intArgument(vm, args[0], 0), intArgument(vm, args[1], 0))));
  getter(vm, t, 'mode', (o) => vm.newStr(F(o).mode));
  getter(vm, t, 'closefd', (o) => vm.newBool(F(o).closefd));
  def(vm, t, '__repr__', [], function* (self): Native {
    const f = F(self);
    if (f.closed) return vm.newStr('<_io.FileIO [closed]>');
    const name = f.subclassDict ? (f.subclassDict as import('../../objects/dict').PyDict).getStr('name') : null;
    const shown = name ? yield* reprOf(vm, name) : null;
    return vm.newStr(`<_io.FileIO ${shown !== null ? `name=${shown} ` : ''}mode='${f.mode}' closefd=${f.closefd ? 'True' : 'False'}>`);
  });
}

/** A bytes-like argument of a binary write: "a bytes-like object is required, not 'str'". */
export function bytesArgument(vm: VM, o: PyObject | undefined): Uint8Array {
  const bytes = o ? bufferBytes(vm, o) : null;
  if (!bytes) throw vm.error('TypeError', `a bytes-like object is required, not '${o?.type.name ?? 'NoneType'}'`);
  return Uint8Array.from(bytes);
}

function* nameOf(vm: VM, raw: PyObject | null): Native {
  if (!raw) throw vm.error('ValueError', 'raw stream has been detached');
  return yield* getAttr(vm, raw, 'name');
}

function installBuffered(vm: VM, types: IoTypes): void {
  const base = types.bufferediobase;
  const B = (o: PyObject) => o as PyBuffered;
  // _BufferedIOBase's read and write refuse; the concrete types that can define their own.
  def(vm, base, 'read', ['size='], () => {
    throw unsupportedOperation(vm, 'read');
  });
  def(vm, base, 'write', ['b'], () => {
    throw unsupportedOperation(vm, 'write');
  });
  for (const t of Object.values(types.buffered)) {
    if (t !== types.buffered.BufferedWriter) {
      def(vm, t, 'read', ['size='], function* (self, args): Native {
        return vm.newBytes(yield* bufferedRead(vm, B(self), intArgument(vm, args[0], -1)));
      });
    }
    if (t !== types.buffered.BufferedReader) {
      def(vm, t, 'write', ['b'], function* (self, args): Native {
        const bytes = bytesArgument(vm, args[0]);
        return vm.newInt(yield* bufferedWrite(vm, B(self), bytes));
      });
    }
    def(vm, t, 'flush', [], function* (self): Native {
      checkBuffered(vm, B(self), 'flush of closed file');
      yield* bufferedFlush(vm, B(self));
      return vm.newNone();
    });
    def(vm, t, 'close', [], function* (self): Native {
      yield* bufferedClose(vm, B(self));
      return vm.newNone();
    });
    def(vm, t, 'tell', [], (self) => vm.newInt(bufferedTell(vm, B(self))));
    def(vm, t, 'seek', ['target', 'whence='], function* (self, args): Native {
      return vm.newInt(yield* bufferedSeek(vm, B(self), intArgument(vm, args[0], 0), intArgument(vm, args[1], 0)));
    });
  }
  getter(vm, base, 'raw', (o) => (B(o).raw ? vm.incref(B(o).raw as PyObject, Cause.Return) : vm.newNone()));
  getter(vm, base, 'mode', (o) => vm.newStr(B(o).raw?.mode ?? ''));
  for (const t of Object.values(types.buffered)) {
    def(vm, t, '__repr__', [], function* (self): Native {
      const name = yield* nameOf(vm, B(self).raw);
      try {
        return vm.newStr(`<_io.${B(self).kind} name=${yield* reprOf(vm, name)}>`);
      } finally {
        vm.decref(name, Cause.Stack);
      }
    });
  }
  // name: the raw file's (buffered_name_get).
  const nameGetSet = new PyNativeGetSet(vm.t.getset_descriptor, 'name', base, 'attribute', (_vm, o) => {
    const raw = B(o).raw;
    const dict = raw?.subclassDict as import('../../objects/dict').PyDict | null;
    const name = dict?.getStr('name');
    if (!name) throw vm.error('AttributeError', "'_io.FileIO' object has no attribute 'name'");
    return vm.incref(name, Cause.Return);
  }, null);
  nameGetSet.immortal = true;
  setName(vm, base.dict, 'name', nameGetSet, true);
}

function installTextIOWrapper(vm: VM, types: IoTypes): void {
  const t = types.textiowrapper;
  const T = (o: PyObject) => o as PyTextIO;
  def(vm, t, 'read', ['size='], function* (self, args): Native {
    const f = T(self);
    const n = intArgument(vm, args[0], -1);
    const b = textBuffer(vm, f);
    if (!f.decoder) throw unsupportedOperation(vm, 'not readable');
    if (isStdinObject(f)) return vm.newStr(stdinRead(vm, n));
    yield* textFill(vm, f, b);
    const [out, consumed] = takeChars(f.decoded, n < 0 ? Infinity : n, f.translateNewlines);
    consume(f, consumed);
    // read() of everything decodes to the end (final=True) and drops the snapshot: tell() is the buffer's again.
    if (n < 0) f.crRead = false;
    return vm.newStr(out);
  });
  def(vm, t, 'write', ['text'], function* (self, args): Native {
    const s = args[0];
    // Argument Clinic's _PyArg_BadArgument names None as 'None'.
    if (!(s instanceof PyStr)) throw vm.error('TypeError', `write() argument must be str, not ${!s || s === vm.none ? 'None' : s.type.name}`);
    const stream = stdStreamOf(self);
    if (stream) {
      if (T(self).isClosed) throw closedFile(vm);
      writeStdText(vm, stream, s.value, s);
      return vm.newInt(Array.from(s.value).length);
    }
    return vm.newInt(yield* textWrite(vm, T(self), s));
  });
  def(vm, t, 'flush', [], function* (self): Native {
    const stream = stdStreamOf(self);
    if (stream) {
      if (T(self).isClosed) throw closedFile(vm);
      flushStdText(vm, stream);
      return vm.newNone();
    }
    yield* textFlush(vm, T(self));
    return vm.newNone();
  });
  def(vm, t, 'close', [], function* (self): Native {
    const stream = stdStreamOf(self);
    if (stream) {
      // TextIOWrapper.close(): flush, then the buffer's close (the raw FileIO's, closefd=False).
      const raw = T(self).raw;
      if (!raw || raw.closed) return vm.newNone();
      flushStdText(vm, stream);
      raw.closed = true;
      return vm.newNone();
    }
    yield* textClose(vm, T(self));
    return vm.newNone();
  });
  def(vm, t, 'tell', [], function* (self): Native {
    const f = T(self);
    if (consoleStream(self)) {
      if (f.isClosed) throw closedFile(vm);
      throw unsupportedOperation(vm, 'underlying stream is not seekable');
    }
    const b = textBuffer(vm, f);
    if (!f.telling) throw vm.errorWith('OSError', [vm.newStr('telling position disabled by next() call')]);
    // A universal-newlines decoder holds a '\r' that ends what it decoded or was read last, waiting for a
    // possible '\n': CPython's cookie then packs that state with a position (textiowrapper_build_cookie).
    if (f.crRead) throw vm.unsupported("TextIOWrapper.tell() after reading a '\\r' with universal newlines");
    yield* textWriteFlush(vm, f);
    yield* bufferedFlush(vm, b);
    return vm.newInt(bufferedTell(vm, b) - utf8Length(f.decoded));
  });
  def(vm, t, 'seek', ['cookie', 'whence='], function* (self, args): Native {
    const f = T(self);
    if (consoleStream(self)) {
      if (f.isClosed) throw closedFile(vm);
      throw unsupportedOperation(vm, 'underlying stream is not seekable');
    }
    const b = textBuffer(vm, f);
    const cookie = intArgument(vm, args[0], 0);
    const whence = intArgument(vm, args[1], 0);
    if (whence === 1 && cookie !== 0) throw unsupportedOperation(vm, "can't do nonzero cur-relative seeks");
    if (whence === 2 && cookie !== 0) throw unsupportedOperation(vm, "can't do nonzero end-relative seeks");
    if (whence === 0 && cookie < 0) throw vm.error('ValueError', `negative seek position ${cookie}`);
    if (whence < 0 || whence > 2) throw vm.error('ValueError', `invalid whence (${whence}, should be 0, 1 or 2)`);
    yield* textWriteFlush(vm, f);
    if (whence === 1) {
      yield* bufferedFlush(vm, b);
      return vm.newInt(bufferedTell(vm, b) - utf8Length(f.decoded));
    }
    f.decoded = '';
    f.crRead = false;
    return vm.newInt(yield* bufferedSeek(vm, b, cookie, whence));
  });
  getter(vm, t, 'encoding', (o) => vm.incref(T(o).encoding ?? vm.none, Cause.Return));
  getter(vm, t, 'errors', (o) => vm.incref(T(o).errors ?? vm.none, Cause.Return));
  getter(vm, t, 'buffer', (o) => vm.incref(T(o).buffer ?? vm.none, Cause.Return));
  getter(vm, t, 'line_buffering', (o) => vm.newBool(T(o).lineBuffering));
  getter(vm, t, 'write_through', () => vm.newBool(false));
  // The decoder's record of the line endings read: None for a file that is not read.
  getter(vm, t, 'newlines', (o) => {
    // sys.stdin reads with newline='\n': a plain UTF-8 decoder, which has no record (None).
    if (T(o).decoder && !isStdinObject(o)) throw vm.unsupported('TextIOWrapper.newlines of a file opened for reading');
    return vm.newNone();
  });
  const nameGetSet = new PyNativeGetSet(vm.t.getset_descriptor, 'name', t, 'attribute', (_vm, o) => {
    const dict = T(o).raw?.subclassDict as import('../../objects/dict').PyDict | null;
    const name = dict?.getStr('name');
    if (!name) throw vm.error('AttributeError', "'_io.FileIO' object has no attribute 'name'");
    return vm.incref(name, Cause.Return);
  }, null);
  nameGetSet.immortal = true;
  setName(vm, t.dict, 'name', nameGetSet, true);
  def(vm, t, '__repr__', [], function* (self): Native {
    const f = T(self);
    let out = '<_io.TextIOWrapper';
    for (const attr of ['name', 'mode']) {
      let value: PyObject;
      try {
        value = yield* getAttr(vm, f, attr);
      } catch (e) {
        if (!(e instanceof PyError)) throw e;
        vm.decref(e.exc, Cause.Exception);
        continue;
      }
      try {
        out += ` ${attr}=${yield* reprOf(vm, value)}`;
      } finally {
        vm.decref(value, Cause.Stack);
      }
    }
    if (f.encoding) out += ` encoding=${yield* reprOf(vm, f.encoding)}`;
    return vm.newStr(`${out}>`);
  });
}

/** A file object being freed closes itself (iobase_finalize); an error in close() is dropped. */
export function* finalizeFile(vm: VM, o: PyIOObject): Native<void> {
  if (o.isClosed) return;
  try {
    const close = yield* getAttr(vm, o, 'close');
    try {
      vm.decref(yield { callable: close, args: [], kwargs: null }, Cause.Return);
    } finally {
      vm.decref(close, Cause.Stack);
    }
  } catch (e) {
    if (!(e instanceof PyError)) throw e;
    vm.decref(e.exc, Cause.Exception);
  }
}
