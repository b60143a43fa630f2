// The file objects open() returns (Modules/_io): a FileIO on the file (fileio.c), a BufferedReader,
// BufferedWriter or BufferedRandom over it (bufferedio.c) and, in text mode, a TextIOWrapper over that
// (textio.c). Each holds counted references as its C struct does: the buffered object its raw FileIO,
// the wrapper its buffer, and also the raw FileIO (textiowrapper_init keeps self->raw when the buffer is
// an exact Buffered* over an exact FileIO), its encoding and errors strs, its encoder or decoder.
// FileIO keeps its name in its __dict__ (fileio_init sets the attribute), the wrapper its mode
// (_io_open_impl sets it): both in `subclassDict`, the instance dict attribute lookup reads.
// Counting references is the module's job (modules/io).

import { PyObject, PyAtom } from './object';
import type { PyType } from './type';
import type { VirtualFile } from '../runtime/virtual-files';

/** Any of the three: what iobase_finalize closes when its count reaches zero. */
export abstract class PyIOObject extends PyObject {
  abstract get isClosed(): boolean;
}

export class PyFileIO extends PyIOObject {
  closed = false;
  pos = 0;
  /** False for the descriptors sys.stdout and sys.stderr are on: close() leaves them open. */
  closefd = true;
  constructor(
    type: PyType,
    readonly file: VirtualFile,
    readonly readable: boolean,
    readonly writable: boolean,
    readonly appending: boolean,
    readonly created: boolean,
  ) {
    super(type);
  }
  get isClosed(): boolean {
    return this.closed;
  }
  /** mode_string (fileio.c). */
  get mode(): string {
    if (this.created) return this.readable ? 'xb+' : 'xb';
    if (this.appending) return this.readable ? 'ab+' : 'ab';
    if (this.readable) return this.writable ? 'rb+' : 'rb';
    return 'wb';
  }
  traverse(): void {}
  clearRefs(): PyObject[] {
    return [];
  }
}

export type BufferedKind = 'BufferedReader' | 'BufferedWriter' | 'BufferedRandom';

export class PyBuffered extends PyIOObject {
  /** Bytes written and not yet passed to the raw file (the write buffer). */
  pending: number[] = [];
  constructor(
    type: PyType,
    readonly kind: BufferedKind,
    public raw: PyFileIO | null,
    readonly bufferSize: number,
  ) {
    super(type);
  }
  get isClosed(): boolean {
    return this.raw === null || this.raw.closed;
  }
  get readable(): boolean {
    return this.kind !== 'BufferedWriter';
  }
  get writable(): boolean {
    return this.kind !== 'BufferedReader';
  }
  traverse(visit: (child: PyObject, slot: string) => void): void {
    if (this.raw) visit(this.raw, 'raw');
  }
  clearRefs(): PyObject[] {
    const out: PyObject[] = this.raw ? [this.raw] : [];
    this.raw = null;
    return out;
  }
}

export class PyTextIO extends PyIOObject {
  /** Text written and not yet encoded into the buffer (pending_bytes; its references: runtime/text-stream-pending.ts). */
  pendingText = '';
  /** Decoded text read ahead of the position (decoded_chars); a read of part of the file leaves the rest here. */
  decoded = '';
  /** False while a for loop reads it (textiowrapper_iternext): tell() refuses until the loop reaches the end. */
  telling = true;
  /** With universal newlines, a '\r' ended the decoded text or was the last character read (tell() would encode a decoder state). */
  crRead = false;
  constructor(
    type: PyType,
    public buffer: PyBuffered | null,
    public raw: PyFileIO | null,
    public encoding: PyObject | null,
    public errors: PyObject | null,
    /** The IncrementalEncoder of a writable file, the IncrementalNewlineDecoder of a readable one. */
    public encoder: PyObject | null,
    public decoder: PyObject | null,
    /** newline=None: '\r\n' and '\r' read as '\n'. */
    readonly translateNewlines: boolean,
    /** newline None or '': '\r\n' and '\r' end lines too ('\n': only '\n'). */
    readonly universal: boolean,
    readonly lineBuffering: boolean,
  ) {
    super(type);
  }
  get isClosed(): boolean {
    return this.buffer === null || this.buffer.isClosed;
  }
  traverse(visit: (child: PyObject, slot: string) => void): void {
    // textiowrapper_traverse's order.
    if (this.buffer) visit(this.buffer, 'buffer');
    if (this.encoding) visit(this.encoding, 'encoding');
    if (this.encoder) visit(this.encoder, 'encoder');
    if (this.decoder) visit(this.decoder, 'decoder');
    if (this.errors) visit(this.errors, 'errors');
    if (this.raw) visit(this.raw, 'raw');
  }
  clearRefs(): PyObject[] {
    const out = [this.buffer, this.encoding, this.encoder, this.decoder, this.errors, this.raw].filter((o): o is PyObject => o !== null);
    this.buffer = this.raw = null;
    this.encoding = this.encoder = this.decoder = this.errors = null;
    return out;
  }
}

/** The codec state objects a TextIOWrapper holds (encodings.utf_8.IncrementalEncoder, _io.IncrementalNewlineDecoder): opaque here. */
export class PyCodecState extends PyAtom {}

/** How a StringIO handles line endings (stringio.c's readuniversal, readtranslate, readnl, writenl). */
export interface StringIONewlines {
  /** newline None or '': '\r', '\n' and '\r\n' all end lines on reading. */
  universal: boolean;
  /** newline None: '\r\n' and '\r' written become '\n'. */
  translate: boolean;
  /** newline '\n', '\r' or '\r\n': the one ending lines on reading (null when universal). */
  readnl: string | null;
  /** newline '\r' or '\r\n': what a written '\n' becomes. */
  writenl: string | null;
}

/**
 * io.StringIO (Modules/_io/stringio.c): its text, by code point, and a position. CPython copies what is
 * written (a _PyUnicodeWriter, then a UCS4 buffer): no reference to the written str is kept.
 */
export class PyStringIO extends PyIOObject {
  chars: string[] = [];
  pos = 0;
  closed = false;
  /** STATE_ACCUMULATING: only appended to since it was made empty (a _PyUnicodeWriter holds the text). */
  accumulating = true;
  /** 3.11: the str the accumulating writer holds as it is (its whole text), a counted reference. */
  held: PyObject | null = null;
  newlines: StringIONewlines = { universal: false, translate: false, readnl: '\n', writenl: null };
  /** The kinds of line ending written so far (the decoder's seennl: 1 '\r', 2 '\n', 4 '\r\n'), for `newlines`. */
  seen = 0;
  get isClosed(): boolean {
    return this.closed;
  }
  /** stringio_traverse does not visit the writer. */
  traverse(): void {}
  clearRefs(): PyObject[] {
    const out = this.held ? [this.held] : [];
    this.held = null;
    return out;
  }
}

/**
 * io.BytesIO (Modules/_io/bytesio.c): its bytes and a position. It starts by sharing the bytes object it was
 * made from, and getvalue() shares its buffer out as a bytes object: `buf` holds that object (a counted
 * reference) until a change makes the buffer the BytesIO's own again (unshare_buffer copies it).
 */
export class PyBytesIO extends PyIOObject {
  data: Uint8Array = new Uint8Array(0);
  size = 0;
  pos = 0;
  closed = false;
  buf: PyObject | null = null;
  get isClosed(): boolean {
    return this.closed;
  }
  traverse(visit: (child: PyObject, slot: string) => void): void {
    if (this.buf) visit(this.buf, 'buf');
  }
  clearRefs(): PyObject[] {
    const out = this.buf ? [this.buf] : [];
    this.buf = null;
    return out;
  }
}
