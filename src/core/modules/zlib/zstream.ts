// zlib's z_stream driven as Modules/zlibmodule.c drives it: input given at once, output collected
// in CPython's growing blocks (_BlocksOutputBuffer), deflate()/inflate() called until a block is
// left unfilled. Each of those calls runs between Py_BEGIN_ALLOW_THREADS and Py_END_ALLOW_THREADS,
// so the calls are recorded (input consumed, output produced) for the GIL model.

/// <reference path="./pako-zlib.d.ts" />
// (The reference brings pako's declarations into every program that imports this file.)
import ZStream = require('pako/lib/zlib/zstream.js');
import { deflate, deflateInit2, deflateEnd } from 'pako/lib/zlib/deflate.js';
import { inflate, inflateInit2, inflateEnd } from 'pako/lib/zlib/inflate.js';

export { ZStream, deflateInit2, deflateEnd, inflateInit2, inflateEnd };

export const Z_OK = 0;
export const Z_STREAM_END = 1;
export const Z_NEED_DICT = 2;
export const Z_STREAM_ERROR = -2;
export const Z_DATA_ERROR = -3;
export const Z_MEM_ERROR = -4;
export const Z_BUF_ERROR = -5;
export const Z_NO_FLUSH = 0;
export const Z_SYNC_FLUSH = 2;
export const Z_FINISH = 4;

/** Include/internal/pycore_blocks_output_buffer.h: BUFFER_BLOCK_SIZE (the last one repeats). */
const KB = 1024;
const MB = 1024 * KB;
const BLOCK_SIZES = [32 * KB, 64 * KB, 256 * KB, MB, 4 * MB, 8 * MB, 16 * MB, 16 * MB, 32 * MB, 32 * MB, 32 * MB, 32 * MB, 64 * MB, 64 * MB, 128 * MB, 128 * MB, 256 * MB];

/** One deflate()/inflate() call: bytes it consumed and produced. */
export interface StreamCall {
  consumed: number;
  produced: number;
}

/** The output of one Python-level call, block by block. */
export class OutputBlocks {
  private readonly blocks: Uint8Array[] = [];
  constructor(private readonly firstSize = BLOCK_SIZES[0]) {}

  /** arrange_output_buffer: a fresh block when the current one is full. */
  arrange(strm: ZStream): void {
    if (strm.output && strm.avail_out > 0) return;
    const n = this.blocks.length;
    const size = n === 0 ? this.firstSize : BLOCK_SIZES[Math.min(n, BLOCK_SIZES.length - 1)];
    const block = new Uint8Array(size);
    this.blocks.push(block);
    strm.output = block;
    strm.next_out = 0;
    strm.avail_out = size;
  }

  /** The bytes written (the last block up to next_out). */
  finish(strm: ZStream): Uint8Array {
    if (!this.blocks.length) return new Uint8Array(0);
    const last = this.blocks.length - 1;
    const total = this.blocks.slice(0, last).reduce((s, b) => s + b.length, 0) + strm.next_out;
    const out = new Uint8Array(total);
    let at = 0;
    for (let i = 0; i < last; i++) {
      out.set(this.blocks[i], at);
      at += this.blocks[i].length;
    }
    out.set(this.blocks[last].subarray(0, strm.next_out), at);
    strm.output = null;
    strm.avail_out = 0;
    return out;
  }
}

export function setInput(strm: ZStream, data: Uint8Array): void {
  strm.input = data;
  strm.next_in = 0;
  strm.avail_in = data.length;
}

/**
 * Calls deflate (or inflate) with `flush` until a call leaves room in its block (or `stop` says
 * so, or the call fails): zlibmodule.c's inner `do { … } while (zst.avail_out == 0)`.
 */
export function runStream(strm: ZStream, kind: 'deflate' | 'inflate', flush: number, blocks: OutputBlocks, calls: StreamCall[], stop: (err: number) => boolean): number {
  let err: number;
  do {
    blocks.arrange(strm);
    const inBefore = strm.avail_in;
    const outBefore = strm.avail_out;
    err = kind === 'deflate' ? deflate(strm, flush) : inflate(strm, flush);
    calls.push({ consumed: inBefore - strm.avail_in, produced: outBefore - strm.avail_out });
    if (stop(err)) break;
  } while (strm.avail_out === 0);
  return err;
}

/** zlib_error: "Error <code> <while …>: <zlib's message>". */
export function zlibErrorMessage(err: number, msg: string, what: string): string {
  let z = msg || null;
  if (!z) z = err === Z_BUF_ERROR ? 'incomplete or truncated stream' : err === Z_STREAM_ERROR ? 'inconsistent stream state' : err === Z_DATA_ERROR ? 'invalid input data' : null;
  return z ? `Error ${err} ${what}: ${z}` : `Error ${err} ${what}`;
}
