// The zlib module (Modules/zlibmodule.c) on pako, a line-by-line port of zlib's C code (with the
// classic hash, so the bytes equal CPython's zlib 1.2.13 output): compress, decompress, crc32,
// adler32, compressobj/decompressobj, zlib.error and the constants.
//
// The GIL: every deflate()/inflate() call runs between Py_BEGIN_ALLOW_THREADS and
// Py_END_ALLOW_THREADS, whatever the size (one call per output block: a big output takes the GIL
// back between blocks); crc32 and adler32 release it only for more than 5 KiB (`data->len > 1024*5`).

import type { PyObject } from '../../objects/object';
import { PyInt, PyStr } from '../../objects/atoms';
import { PyType } from '../../objects/type';
import { PyDict } from '../../objects/dict';
import type { PyModule } from '../../objects/instances';
import { PyNativeObject } from '../../objects/native-object';
import type { VM } from '../../vm/vm';
import type { Native } from '../../vm/frame';
import { PyError } from '../../vm/errors';
import { method, arity } from '../../builtins/define';
import { setName } from '../../runtime/dicts';
import { bufferBytes } from '../../runtime/buffers';
import { address } from '../../runtime/repr';
import { compute, computeWithoutGil } from '../../threads/native-work';
import { ZLIB_COMPRESS, ZLIB_DECOMPRESS, ZLIB_CRC32, ZLIB_ADLER32, costOf, type LinearCost } from '../../threads/native-costs';
import { crc32, adler32 } from './checksums';
import {
  ZStream, OutputBlocks, deflateInit2, deflateEnd, inflateInit2, inflateEnd, setInput, runStream, zlibErrorMessage, type StreamCall,
  Z_OK, Z_STREAM_END, Z_STREAM_ERROR, Z_BUF_ERROR, Z_MEM_ERROR, Z_NO_FLUSH, Z_SYNC_FLUSH, Z_FINISH,
} from './zstream';
import { Cause } from '../../trace/events';

const DEFLATED = 8;
const MAX_WBITS = 15;
const DEF_MEM_LEVEL = 8;
const DEF_BUF_SIZE = 16 * 1024;
/** Checksums release the GIL above this many bytes. */
const CHECKSUM_GIL_MINSIZE = 5 * 1024;

const CONSTANTS: Record<string, number> = {
  MAX_WBITS, DEFLATED, DEF_MEM_LEVEL, DEF_BUF_SIZE,
  Z_NO_COMPRESSION: 0, Z_BEST_SPEED: 1, Z_BEST_COMPRESSION: 9, Z_DEFAULT_COMPRESSION: -1,
  Z_FILTERED: 1, Z_HUFFMAN_ONLY: 2, Z_RLE: 3, Z_FIXED: 4, Z_DEFAULT_STRATEGY: 0,
  Z_NO_FLUSH: 0, Z_PARTIAL_FLUSH: 1, Z_SYNC_FLUSH: 2, Z_FULL_FLUSH: 3, Z_FINISH: 4, Z_BLOCK: 5, Z_TREES: 6,
};

interface ZlibState {
  compress: PyType;
  decompress: PyType;
}
const states = new WeakMap<VM, ZlibState>();

/** A zlib.Compress or zlib.Decompress object: its z_stream, and what the Decompress one exposes. */
class PyZStream extends PyNativeObject {
  readonly strm = new ZStream();
  finished = false;
  /** deflateEnd ran (flush(Z_FINISH)): zlib's deflate() then fails without a message (pako words one). */
  ended = false;
  unusedData: Uint8Array = new Uint8Array(0);
  /** A Compress object's level (its cost per byte). */
  level = -1;
  constructor(type: PyType, readonly kind: 'deflate' | 'inflate') {
    super(type);
  }
  nativeAttribute(vm: VM, name: string): PyObject | null {
    if (this.kind !== 'inflate') return null;
    if (name === 'eof') return vm.newBool(this.finished);
    if (name === 'unused_data') return vm.newBytes(this.unusedData);
    if (name === 'unconsumed_tail') return vm.newBytes(new Uint8Array(0));
    return null;
  }
  override nativeRepr(): string {
    return `<zlib.${this.type.name} object at ${address(this)}>`;
  }
}

function nativeType(vm: VM, name: string): PyType {
  const t = new PyType(vm.t.type, name, 'object');
  t.bases = [vm.t.object];
  t.mro = [t, vm.t.object];
  t.dict = new PyDict(vm.t.dict);
  t.module = 'zlib';
  t.immortal = true;
  return t;
}

function bytesArg(vm: VM, o: PyObject): Uint8Array {
  const b = bufferBytes(vm, o);
  if (!b) throw vm.error('TypeError', `a bytes-like object is required, not '${o.type.name}'`);
  return b;
}

function intArg(vm: VM, o: PyObject | null | undefined, fallback: number): number {
  if (o === null || o === undefined) return fallback;
  if (!(o instanceof PyInt)) throw vm.error('TypeError', `'${o.type.name}' object cannot be interpreted as an integer`);
  return Number(o.value);
}

/** Positional-or-keyword arguments by name (Argument Clinic's parser, for the parameters given). */
function params(vm: VM, fname: string, names: string[], positionalOnly: number, args: PyObject[], kwargs: Map<string, PyObject> | null): (PyObject | null)[] {
  if (args.length > names.length) throw vm.error('TypeError', `${fname}() takes at most ${names.length} argument${names.length === 1 ? '' : 's'} (${args.length} given)`);
  const out: (PyObject | null)[] = names.map((_, i) => args[i] ?? null);
  for (const [key, value] of kwargs ?? []) {
    const i = names.indexOf(key);
    if (i < positionalOnly) {
      if (vm.options.version.clinicUnexpectedKeywordMessage) throw vm.error('TypeError', `${fname}() got an unexpected keyword argument '${key}'`);
      throw vm.error('TypeError', `'${key}' is an invalid keyword argument for ${fname}()`);
    }
    if (out[i]) throw vm.error('TypeError', `argument for ${fname}() given by name ('${key}') and position (${i + 1})`);
    out[i] = value;
  }
  return out;
}

function compressCost(level: number): LinearCost & { perOutputByteNs: number } {
  return level === 0 ? ZLIB_COMPRESS.stored : level >= 1 && level <= 3 ? ZLIB_COMPRESS.fast : ZLIB_COMPRESS.slow;
}

/** Each deflate()/inflate() call computes without the GIL; the call's share of the work is its share of `units`. */
function* releaseForCalls(vm: VM, label: string, cost: LinearCost, calls: StreamCall[], unitsOf: (c: StreamCall) => number): Native<void> {
  for (let i = 0; i < calls.length; i++) {
    yield* computeWithoutGil(vm, label, (i === 0 ? cost.fixedNs : 0) + cost.perUnitNs * unitsOf(calls[i]));
  }
}

export function createZlib(vm: VM, module: PyModule): void {
  const d = module.dict;
  const state: ZlibState = { compress: nativeType(vm, 'Compress'), decompress: nativeType(vm, 'Decompress') };
  states.set(vm, state);
  // zlib.error is a heap exception class (PyErr_NewException): the module's Python half defines it.
  const zerror = (message: string) => new PyError(vm.newException(d.getStr('error') as PyType, [vm.newStr(message)]));
  for (const [name, value] of Object.entries(CONSTANTS)) setName(vm, d, name, vm.newInt(value), true);
  setName(vm, d, 'ZLIB_VERSION', vm.newStr('1.2.13'), true);
  setName(vm, d, 'ZLIB_RUNTIME_VERSION', vm.newStr('1.2.13'), true);

  const fn = (name: string, impl: (args: PyObject[], kwargs: Map<string, PyObject> | null) => unknown) => setName(vm, d, name, vm.newBuiltin(name, impl), true);

  fn('compress', function* (args, kwargs): Native {
    const [dataArg, levelArg, wbitsArg] = params(vm, 'compress', ['data', 'level', 'wbits'], 1, args, kwargs);
    if (!dataArg) throw vm.error('TypeError', "compress() missing required argument 'data' (pos 1)");
    const data = bytesArg(vm, dataArg);
    const level = intArg(vm, levelArg, -1);
    const strm = new ZStream();
    const err = deflateInit2(strm, level, DEFLATED, intArg(vm, wbitsArg, MAX_WBITS), DEF_MEM_LEVEL, 0, true);
    if (err === Z_STREAM_ERROR) throw zerror('Bad compression level');
    if (err !== Z_OK) throw zerror(zlibErrorMessage(err, strm.msg, 'while compressing data'));
    setInput(strm, data);
    const blocks = new OutputBlocks();
    const calls: StreamCall[] = [];
    const last = runStream(strm, 'deflate', Z_FINISH, blocks, calls, (e) => e === Z_STREAM_ERROR);
    if (last === Z_STREAM_ERROR) throw zerror(zlibErrorMessage(last, strm.msg, 'while compressing data'));
    const out = blocks.finish(strm);
    deflateEnd(strm);
    const cost = compressCost(level);
    yield* releaseForCalls(vm, 'zlib.compress', cost, calls, (c) => c.consumed + (c.produced * cost.perOutputByteNs) / cost.perUnitNs);
    return vm.newBytes(out);
  });

  fn('decompress', function* (args, kwargs): Native {
    const [dataArg, wbitsArg, bufsizeArg] = params(vm, 'decompress', ['data', 'wbits', 'bufsize'], 1, args, kwargs);
    if (!dataArg) throw vm.error('TypeError', "decompress() missing required argument 'data' (pos 1)");
    const data = bytesArg(vm, dataArg);
    const bufsize = intArg(vm, bufsizeArg, DEF_BUF_SIZE);
    if (bufsize < 0) throw vm.error('ValueError', 'bufsize must be non-negative');
    const strm = new ZStream();
    const init = inflateInit2(strm, intArg(vm, wbitsArg, MAX_WBITS));
    if (init !== Z_OK) throw zerror(zlibErrorMessage(init, strm.msg, 'while preparing to decompress data'));
    setInput(strm, data);
    const blocks = new OutputBlocks(Math.max(bufsize, 1));
    const calls: StreamCall[] = [];
    const ok = (e: number) => e === Z_OK || e === Z_BUF_ERROR || e === Z_STREAM_END;
    const err = runStream(strm, 'inflate', Z_FINISH, blocks, calls, (e) => !ok(e));
    const out = blocks.finish(strm);
    inflateEnd(strm);
    // The calls ran (the GIL released for each) before the error was seen.
    yield* releaseForCalls(vm, 'zlib.decompress', ZLIB_DECOMPRESS, calls, (c) => c.produced);
    if (err === Z_MEM_ERROR) throw vm.error('MemoryError', 'Out of memory while decompressing data');
    if (err !== Z_STREAM_END) throw zerror(zlibErrorMessage(err, strm.msg, 'while decompressing data'));
    return vm.newBytes(out);
  });

  const checksum = (name: string, f: (data: Uint8Array, value: number) => number, start: number, cost: LinearCost) =>
    fn(name, function* (args, kwargs): Native {
      if (kwargs?.size) throw vm.error('TypeError', `${name}() takes no keyword arguments`);
      arity(vm, name, args, 1, 2);
      const data = bytesArg(vm, args[0]);
      const value = args[1] ? Number(BigInt.asUintN(32, intValue(vm, args[1]))) : start;
      const result = f(data, value);
      yield* compute(vm, `zlib.${name}`, costOf(cost, data.length), data.length > CHECKSUM_GIL_MINSIZE);
      return vm.newInt(result);
    });
  checksum('crc32', crc32, 0, ZLIB_CRC32);
  checksum('adler32', adler32, 1, ZLIB_ADLER32);

  fn('compressobj', (args, kwargs) => {
    const [levelArg, methodArg, wbitsArg, memLevelArg, strategyArg, zdictArg] = params(vm, 'compressobj', ['level', 'method', 'wbits', 'memLevel', 'strategy', 'zdict'], 0, args, kwargs);
    if (zdictArg && zdictArg !== vm.none) throw vm.unsupported('zlib.compressobj(zdict=...)');
    const c = vm.track(new PyZStream(state.compress, 'deflate'));
    c.level = intArg(vm, levelArg, -1);
    const err = deflateInit2(c.strm, c.level, intArg(vm, methodArg, DEFLATED), intArg(vm, wbitsArg, MAX_WBITS), intArg(vm, memLevelArg, DEF_MEM_LEVEL), intArg(vm, strategyArg, 0), true);
    if (err === Z_STREAM_ERROR) {
      vm.decref(c, Cause.Stack);
      throw vm.error('ValueError', 'Invalid initialization option');
    }
    return c;
  });

  fn('decompressobj', (args, kwargs) => {
    const [wbitsArg, zdictArg] = params(vm, 'decompressobj', ['wbits', 'zdict'], 0, args, kwargs);
    if (zdictArg && !(zdictArg instanceof PyStr) && bufferBytes(vm, zdictArg)?.length) throw vm.unsupported('zlib.decompressobj(zdict=...)');
    const o = vm.track(new PyZStream(state.decompress, 'inflate'));
    const err = inflateInit2(o.strm, intArg(vm, wbitsArg, MAX_WBITS));
    if (err === Z_STREAM_ERROR) {
      vm.decref(o, Cause.Stack);
      throw vm.error('ValueError', 'Invalid initialization option');
    }
    return o;
  });

  method(vm, state.compress, 'compress', function* (args, _kwargs, self): Native {
    arity(vm, 'compress', args, 1);
    const c = self as PyZStream;
    setInput(c.strm, bytesArg(vm, args[0]));
    const blocks = new OutputBlocks();
    const calls: StreamCall[] = [];
    const err = runStream(c.strm, 'deflate', Z_NO_FLUSH, blocks, calls, (e) => e === Z_STREAM_ERROR);
    const out = blocks.finish(c.strm);
    if (err === Z_STREAM_ERROR) throw zerror(zlibErrorMessage(err, c.ended ? '' : c.strm.msg, 'while compressing data'));
    const cost = compressCost(c.level);
    yield* releaseForCalls(vm, 'Compress.compress', cost, calls, (call) => call.consumed + (call.produced * cost.perOutputByteNs) / cost.perUnitNs);
    return vm.newBytes(out);
  });
  method(vm, state.compress, 'flush', function* (args, _kwargs, self): Native {
    arity(vm, 'flush', args, 0, 1);
    const c = self as PyZStream;
    const mode = intArg(vm, args[0], Z_FINISH);
    if (mode === Z_NO_FLUSH) return vm.newBytes(new Uint8Array(0));
    setInput(c.strm, new Uint8Array(0));
    const blocks = new OutputBlocks();
    const calls: StreamCall[] = [];
    const err = runStream(c.strm, 'deflate', mode, blocks, calls, (e) => e === Z_STREAM_ERROR);
    const out = blocks.finish(c.strm);
    if (err === Z_STREAM_ERROR) throw zerror(zlibErrorMessage(err, c.ended ? '' : c.strm.msg, 'while flushing'));
    if (mode === Z_FINISH && err === Z_STREAM_END) {
      deflateEnd(c.strm);
      c.ended = true;
    }
    const cost = compressCost(c.level);
    yield* releaseForCalls(vm, 'Compress.flush', cost, calls, (call) => (call.produced * cost.perOutputByteNs) / cost.perUnitNs);
    return vm.newBytes(out);
  });

  method(vm, state.decompress, 'decompress', function* (args, kwargs, self): Native {
    const [dataArg, maxArg] = params(vm, 'decompress', ['data', 'max_length'], 1, args, kwargs);
    if (!dataArg) throw vm.error('TypeError', "decompress() missing required argument 'data' (pos 1)");
    if (maxArg && intArg(vm, maxArg, 0) !== 0) throw vm.unsupported('Decompress.decompress(max_length=...)');
    const o = self as PyZStream;
    const data = bytesArg(vm, dataArg);
    if (o.finished) {
      // After the end of the stream, input is only kept as unused data.
      o.unusedData = concat(o.unusedData, data);
      return vm.newBytes(new Uint8Array(0));
    }
    setInput(o.strm, data);
    const blocks = new OutputBlocks(DEF_BUF_SIZE);
    const calls: StreamCall[] = [];
    const ok = (e: number) => e === Z_OK || e === Z_BUF_ERROR || e === Z_STREAM_END;
    const err = runStream(o.strm, 'inflate', Z_SYNC_FLUSH, blocks, calls, (e) => !ok(e) || e === Z_STREAM_END);
    const out = blocks.finish(o.strm);
    yield* releaseForCalls(vm, 'Decompress.decompress', ZLIB_DECOMPRESS, calls, (call) => call.produced);
    if (!ok(err)) throw zerror(zlibErrorMessage(err, o.strm.msg, 'while decompressing data'));
    if (err === Z_STREAM_END) {
      o.finished = true;
      o.unusedData = concat(o.unusedData, data.subarray(data.length - o.strm.avail_in));
      inflateEnd(o.strm);
    }
    return vm.newBytes(out);
  });
  method(vm, state.decompress, 'flush', (args, _kwargs, self) => {
    arity(vm, 'flush', args, 0, 1);
    void self;
    // Input is consumed entirely by decompress() (max_length is not modelled): nothing is left to flush.
    return vm.newBytes(new Uint8Array(0));
  });
}

function intValue(vm: VM, o: PyObject): bigint {
  if (!(o instanceof PyInt)) throw vm.error('TypeError', `'${o.type.name}' object cannot be interpreted as an integer`);
  return o.value;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}
