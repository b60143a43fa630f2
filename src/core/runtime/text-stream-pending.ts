// The pieces sys.stdout and sys.stderr (io.TextIOWrapper) gather before they pass them to the buffer
// below (Modules/_io/textio.c, _io_TextIOWrapper_write_impl). An ASCII str of at most chunk_size (8192)
// characters is kept as it is — a reference to the very object written, which sys.getrefcount() sees:
// `print(s)` leaves s one reference higher until the pieces are flushed —, any other text as its encoded
// bytes. The first piece since the last flush is kept alone, the second one makes a list of both
// (PyList_New, a GC allocation gc.get_count() shows), later ones are appended. The pieces go (and their
// references with them) when they reach chunk_size, on a newline of the line-buffered stderr, or on
// flush(). print() writes each argument, separator and end apart; stdout is a pipe under the oracle, so
// not line-buffered (PYTHONUNBUFFERED or `-u` would flush every piece, and then no list is made).
// Measured on 3.11 to 3.13t: `s = ''.join(['ab', 'cd']); print(s); sys.getrefcount(s)` is 3, 2 after
// sys.stdout.flush().
// Not modelled: the str objects print() makes of what is not a str (they are held the same way), and the
// singletons of print's default separator and end.

import type { PyObject } from '../objects/object';
import type { PyList } from '../objects/containers';
import type { VM } from '../vm/vm';
import type { StreamName } from '../processes/std-streams';
import { utf8Length } from './utf8';
import { Cause } from '../trace/events';

/** textio.c's chunk_size: pending pieces are flushed once they reach it. */
const CHUNK_SIZE = 8192;

interface Pending {
  pieces: number;
  bytes: number;
  list: PyList | null;
  /** The written str objects kept as pieces (owned). */
  held: PyObject[];
}

const pendingByVm = new WeakMap<VM, Map<unknown, Pending>>();

/** The pending pieces of one TextIOWrapper: sys.stdout or sys.stderr by name, a file object by itself. */
function pendingOf(vm: VM, owner: unknown): Pending {
  let all = pendingByVm.get(vm);
  if (!all) pendingByVm.set(vm, (all = new Map()));
  let p = all.get(owner);
  if (!p) all.set(owner, (p = { pieces: 0, bytes: 0, list: null, held: [] }));
  return p;
}

/** What the holder of a pending piece is called in the trace. */
function holderLabel(stream: StreamName): string {
  return `sys.${stream} pending write`;
}

/**
 * One TextIOWrapper.write() of `text` to sys.stdout or sys.stderr, as far as its pending pieces go.
 * `written`: the str object passed to write(), when there is one (print() of an exact str, write(s)).
 */
export function textStreamWrite(vm: VM, stream: StreamName, text: string, written: PyObject | null = null): void {
  // stderr is line-buffered (3.9+): a piece with a newline or a carriage return flushes.
  const lineFlush = stream === 'stderr' && /[\n\r]/.test(text);
  if (textPendingWrite(vm, stream, holderLabel(stream), text, written, lineFlush)) textStreamFlush(vm, stream);
}

/** _textiowrapper_writeflush: the pending pieces go to the buffer, the list and the kept str objects are released. */
export function textStreamFlush(vm: VM, stream: StreamName): void {
  textPendingFlush(vm, stream, holderLabel(stream));
}

/**
 * The pending pieces of any TextIOWrapper (`owner`: the stream's name or the file object): keeps what
 * write() keeps; returns true when the pieces must go to the buffer now (chunk_size reached, or
 * `lineFlush`). The pieces a write must send on before it (textPendingFlushesFirst) are released here
 * unless the caller did it.
 */
export function textPendingWrite(vm: VM, owner: unknown, label: string, text: string, written: PyObject | null, lineFlush: boolean): boolean {
  const p = pendingOf(vm, owner);
  const length = utf8Length(text);
  // PyUnicode_IS_ASCII(text) && length <= chunk_size: the piece is the str itself.
  const keepsObject = written !== null && length === text.length && text.length <= CHUNK_SIZE;
  if (textPendingFlushesFirst(vm, owner, text)) textPendingFlush(vm, owner, label);
  if (p.pieces === 0) {
    p.pieces = 1;
  } else {
    if (p.pieces === 1) p.list = vm.newList([]);
    p.pieces++;
  }
  if (keepsObject) p.held.push(vm.incref(written, Cause.Internal, label));
  p.bytes += length;
  return p.bytes >= CHUNK_SIZE || lineFlush;
}

/** Whether a write of `text` first sends the pending pieces to the buffer (a file's caller does it, then writes). */
export function textPendingFlushesFirst(vm: VM, owner: unknown, text: string): boolean {
  const p = pendingOf(vm, owner);
  if (!p.pieces) return false;
  const length = utf8Length(text);
  return vm.options.version.textStreamFlushBeforeAppend === 'over-chunk'
    ? p.bytes + length > CHUNK_SIZE // 3.11, 3.12: pieces are not gathered past a chunk
    : length >= CHUNK_SIZE; // 3.13 (gh-87426): only a piece of a chunk or more goes after the pending ones
}

/** Releases the pending pieces' list and kept str objects of `owner`. */
export function textPendingFlush(vm: VM, owner: unknown, label: string): void {
  const p = pendingOf(vm, owner);
  const list = p.list;
  const held = p.held;
  p.pieces = 0;
  p.bytes = 0;
  p.list = null;
  p.held = [];
  if (list) vm.decref(list, Cause.Internal, 'pending_bytes');
  for (const o of held) vm.decref(o, Cause.Internal, label);
}

/** Forgets a closed file object's (empty) pending state. */
export function textPendingForget(vm: VM, owner: unknown): void {
  pendingByVm.get(vm)?.delete(owner);
}
