// Types for pako's port of zlib's own C API (deflateInit2/deflate/inflate on a z_stream), which
// the zlib module drives the way Modules/zlibmodule.c drives zlib. pako ships no types for it.

declare module 'pako/lib/zlib/zstream.js' {
  class ZStream {
    input: Uint8Array | null;
    next_in: number;
    avail_in: number;
    total_in: number;
    output: Uint8Array | null;
    next_out: number;
    avail_out: number;
    total_out: number;
    msg: string;
  }
  export = ZStream;
}

declare module 'pako/lib/zlib/deflate.js' {
  import ZStream = require('pako/lib/zlib/zstream.js');
  export function deflateInit2(strm: ZStream, level: number, method: number, windowBits: number, memLevel: number, strategy: number, legacyHash?: boolean): number;
  export function deflate(strm: ZStream, flush: number): number;
  export function deflateEnd(strm: ZStream): number;
}

declare module 'pako/lib/zlib/inflate.js' {
  import ZStream = require('pako/lib/zlib/zstream.js');
  export function inflateInit2(strm: ZStream, windowBits: number): number;
  export function inflate(strm: ZStream, flush: number): number;
  export function inflateEnd(strm: ZStream): number;
}
