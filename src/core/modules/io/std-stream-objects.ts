// sys.stdout and sys.stderr as CPython makes them (Python/pylifecycle.c, create_stdio): a TextIOWrapper
// over a BufferedWriter over a FileIO on file descriptor 1 or 2, named '<stdout>' / '<stderr>', closefd
// False, UTF-8 (the oracle's -X utf8: errors 'surrogateescape' on stdout, 'backslashreplace' on stderr),
// stderr line-buffered. They are the io module's own types, so repr(), isinstance() and the attributes are
// CPython's. What they write still goes through the interpreter's streams (processes/std-streams.ts and
// runtime/text-stream-pending.ts model the buffering); the wrapper's methods ask `stdStreamOf` first.
// Writing bytes through `sys.stdout.buffer` is not modelled (its order against the text still pending in
// the wrapper would have to be).

import type { PyObject } from '../../objects/object';
import { PyFileIO, PyBuffered, PyTextIO, PyCodecState } from '../../objects/io-objects';
import type { StreamName } from '../../processes/std-streams';
import type { VM } from '../../vm/vm';
import { setName } from '../../runtime/dicts';
import { Cause } from '../../trace/events';
import { ioTypes } from './io-types';

/** textio.c's chunk size and io.DEFAULT_BUFFER_SIZE: the BufferedWriter create_stdio makes. */
const STD_BUFFER_SIZE = 8192;

const wrappers = new WeakMap<PyObject, StreamName>();
const rawFiles = new WeakMap<PyObject, StreamName>();
const stdinObjects = new WeakSet<PyObject>();

/** Whether `o` is sys.stdin's first TextIOWrapper, its buffer or its raw file. */
export function isStdinObject(o: PyObject | null | undefined): boolean {
  return !!o && stdinObjects.has(o);
}

/** Which of the interpreter's streams `o` is, if it is sys.stdout's or sys.stderr's first TextIOWrapper. */
export function stdStreamOf(o: PyObject | null | undefined): StreamName | null {
  return o ? wrappers.get(o) ?? null : null;
}

/** Which stream a FileIO writes to, if it is the one under sys.stdout or sys.stderr. */
export function stdRawFileOf(o: PyObject | null | undefined): StreamName | null {
  return o ? rawFiles.get(o) ?? null : null;
}

/** The descriptor create_stdio opened the stream on. */
export function stdStreamFd(stream: StreamName | 'stdin'): number {
  return stream === 'stdin' ? 0 : stream === 'stdout' ? 1 : 2;
}

/**
 * create_stdio's three layers for descriptor `fd` (named `<stdin>`...): FileIO (closefd=False), a Buffered*
 * of io.DEFAULT_BUFFER_SIZE, and the TextIOWrapper (UTF-8, its mode in its __dict__ as open() leaves it).
 */
function newConsoleStream(vm: VM, stream: StreamName | 'stdin'): { wrapper: PyTextIO; buffer: PyBuffered; raw: PyFileIO } {
  const types = ioTypes(vm);
  const reading = stream === 'stdin';
  const name = vm.newStr(`<${stream}>`);
  const raw = vm.track(new PyFileIO(types.fileio, { data: new Uint8Array(0), size: 0 }, reading, !reading, false, false), 'fresh');
  raw.closefd = false;
  const rawDict = vm.newDict();
  setName(vm, rawDict, 'name', name);
  raw.subclassDict = rawDict;
  vm.decref(name, Cause.Internal);
  const kind = reading ? 'BufferedReader' : 'BufferedWriter';
  const buffer = vm.track(new PyBuffered(types.buffered[kind], kind, raw, STD_BUFFER_SIZE), 'fresh');
  // -X utf8: stdin and stdout with 'surrogateescape', stderr with 'backslashreplace'; stderr line-buffered.
  const errors = stream === 'stderr' ? 'backslashreplace' : 'surrogateescape';
  const encoder = reading ? null : vm.track(new PyCodecState(types.encoder), 'fresh');
  const decoder = reading ? vm.track(new PyCodecState(types.decoder), 'fresh') : null;
  const wrapper = vm.track(new PyTextIO(
    types.textiowrapper, buffer, vm.incref(raw, Cause.Slot, 'raw') as PyFileIO, vm.newStr('utf-8'), vm.incref(vm.intern(errors), Cause.Slot, 'errors'),
    encoder, decoder, false, false, stream === 'stderr',
  ), 'fresh');
  const dict = vm.newDict();
  setName(vm, dict, 'mode', vm.newStr(reading ? 'r' : 'w'), true);
  wrapper.subclassDict = dict;
  return { wrapper, buffer, raw };
}

/**
 * sys.stdin: a TextIOWrapper (newline='\n', errors 'surrogateescape') over a BufferedReader over FileIO(0).
 * What it reads comes from runtime/stdin.ts, as input() does.
 */
export function newStdin(vm: VM): PyTextIO {
  const { wrapper, buffer, raw } = newConsoleStream(vm, 'stdin');
  for (const o of [wrapper, buffer, raw]) stdinObjects.add(o);
  return wrapper;
}

/** sys.stdout or sys.stderr, made when the program first imports sys (they are the interpreter's, not the program's, allocations). */
export function newStdStream(vm: VM, stream: StreamName): PyTextIO {
  const { wrapper, raw } = newConsoleStream(vm, stream);
  wrappers.set(wrapper, stream);
  rawFiles.set(raw, stream);
  return wrapper;
}
