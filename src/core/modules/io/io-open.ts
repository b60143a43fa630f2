// open() (builtins.open is io.open: Modules/_io/_iomodule.c, _io_open_impl): the mode checked, a FileIO
// made on the simulated file system (runtime/virtual-files.ts; fileio.c's _io_FileIO___init___impl),
// wrapped in a Buffered* object unless buffering=0, and that in a TextIOWrapper unless the mode is binary
// (the wrapper then gets `mode` as an attribute). Python -X utf8 (the goldens' mode) makes the default
// encoding 'utf-8'.

import type { PyObject } from '../../objects/object';
import { PyInt, PyStr, PyBytes } from '../../objects/atoms';
import { PyFileIO, PyBuffered, PyTextIO, PyCodecState, type BufferedKind } from '../../objects/io-objects';
import type { VM } from '../../vm/vm';
import type { Native } from '../../vm/frame';
import { unpackKeywords, type ClinicSignature } from '../../builtins/clinic-keywords';
import { setName } from '../../runtime/dicts';
import { lookupCodec } from '../../runtime/text/codecs';
import { fileSystemOf, resolvePath, errnoError } from '../../runtime/virtual-files';
import { processOf } from '../../processes/process';
import { ioTypes, fileSyscall, closeRawFile, FILE_BLOCK_SIZE } from './io-types';
import { Cause } from '../../trace/events';

const PARAMS = ['file', 'mode', 'buffering', 'encoding', 'errors', 'newline', 'closefd', 'opener'] as const;

function strOrNone(vm: VM, o: PyObject | undefined, name: string): string | null {
  if (o === undefined || o === vm.none) return null;
  if (!(o instanceof PyStr)) throw vm.error('TypeError', `open() argument '${name}' must be str or None, not ${o.type.name}`);
  return o.value;
}

/** Files are one process's: once processes run side by side, what one writes the others would have to see. */
function checkSingleProcess(vm: VM): void {
  const p = processOf(vm);
  if (p.mode === 'live' && p.machine.forked) throw vm.unsupported('open() in a program that starts processes');
}

export function* ioOpen(vm: VM, args: PyObject[], kwargs: Map<string, PyObject> | null): Native {
  // _io.open's clinic signature: eight parameters, any by position or keyword, `file` required.
  const signature: ClinicSignature = { name: 'open', parameters: PARAMS, positionalOnly: 0, maxPositional: PARAMS.length, minPositional: 1 };
  const [fileArg, modeArg, bufferingArg, encodingArg, errorsArg, newlineArg, closefdArg, opener] = unpackKeywords(vm, signature, args, kwargs).map((o) => o ?? undefined);
  const file = fileArg as PyObject; // required: unpackKeywords raised without it
  if (modeArg !== undefined && !(modeArg instanceof PyStr)) throw vm.error('TypeError', `open() argument 'mode' must be str, not ${modeArg.type.name}`);
  const mode = modeArg ? modeArg.value : 'r';
  let buffering = -1;
  if (bufferingArg !== undefined) {
    if (!(bufferingArg instanceof PyInt)) throw vm.error('TypeError', `'${bufferingArg.type.name}' object cannot be interpreted as an integer`);
    buffering = Number(bufferingArg.value);
  }
  const encoding = strOrNone(vm, encodingArg, 'encoding');
  const errors = strOrNone(vm, errorsArg, 'errors');
  const newline = strOrNone(vm, newlineArg, 'newline');
  if (file instanceof PyInt) throw vm.unsupported('open() of a file descriptor');
  if (file instanceof PyBytes) throw vm.unsupported('open() of a bytes path');
  if (!(file instanceof PyStr)) throw vm.error('TypeError', `expected str, bytes or os.PathLike object, not ${file.type.name}`);
  if ((closefdArg !== undefined && closefdArg !== vm.true_) || (opener !== undefined && opener !== vm.none)) throw vm.unsupported('open() with closefd or opener');

  // The mode's letters, each at most once.
  let creating = false, reading = false, writing = false, appending = false, updating = false, text = false, binary = false;
  for (let i = 0; i < mode.length; i++) {
    const c = mode[i];
    if (!'xrwa+tb'.includes(c) || mode.indexOf(c, i + 1) >= 0) throw vm.error('ValueError', `invalid mode: '${mode}'`);
    if (c === 'x') creating = true;
    else if (c === 'r') reading = true;
    else if (c === 'w') writing = true;
    else if (c === 'a') appending = true;
    else if (c === '+') updating = true;
    else if (c === 't') text = true;
    else binary = true;
  }
  if (text && binary) throw vm.error('ValueError', "can't have text and binary mode at once");
  const kinds = Number(creating) + Number(reading) + Number(writing) + Number(appending);
  if (kinds > 1) throw vm.error('ValueError', 'must have exactly one of create/read/write/append mode');
  if (binary && encoding !== null) throw vm.error('ValueError', "binary mode doesn't take an encoding argument");
  if (binary && errors !== null) throw vm.error('ValueError', "binary mode doesn't take an errors argument");
  if (binary && newline !== null) throw vm.error('ValueError', "binary mode doesn't take a newline argument");
  if (binary && buffering === 1) throw vm.unsupported('open() with line buffering in binary mode (a RuntimeWarning)');
  // FileIO's own check (its mode is the letters without t or b).
  if (kinds === 0) throw vm.error('ValueError', 'Must have exactly one of create/read/write/append mode and at most one plus');
  if (!binary) {
    if (encoding !== null && lookupCodec(encoding) !== 'utf-8') throw vm.unsupported(`open() with encoding '${encoding}' (only UTF-8 is modelled)`);
    if (errors !== null && errors !== 'strict') throw vm.unsupported(`open() with errors='${errors}'`);
    if (newline !== null && !['', '\n', '\r', '\r\n'].includes(newline)) throw vm.error('ValueError', `illegal newline value: ${newline}`);
    if (newline === '\r' || newline === '\r\n') throw vm.unsupported(`open() with newline=${newline === '\r' ? "'\\r'" : "'\\r\\n'"}`);
  }
  checkSingleProcess(vm);

  // FileIO(file, rawmode): the system call, GIL released; then the name as an attribute.
  const fs = fileSystemOf(vm);
  const where = resolvePath(vm, fs, file.value);
  yield* fileSyscall(vm, 'open');
  if (where.kind === 'error') throw errnoError(vm, where.errno, file);
  if (where.kind === 'directory') throw errnoError(vm, creating ? 17 : 21, file);
  let entry = fs.files.get(where.key);
  if (creating && entry) throw errnoError(vm, 17, file);
  if ((reading) && !entry) throw errnoError(vm, 2, file);
  if (!entry) fs.files.set(where.key, (entry = { data: new Uint8Array(64), size: 0 }));
  if (writing) entry.size = 0;
  const types = ioTypes(vm);
  const readable = reading || updating;
  const writable = !reading || updating;
  const raw = vm.track(new PyFileIO(types.fileio, entry, readable, writable, appending, creating), 'fresh');
  if (appending) raw.pos = entry.size;
  const rawDict = vm.newDict();
  setName(vm, rawDict, 'name', file);
  raw.subclassDict = rawDict;
  if (buffering === 0 && !binary) {
    // Checked once the file is open (created or truncated already): the error path closes it.
    yield* closeRawFile(vm, raw);
    vm.decref(raw, Cause.Internal);
    throw vm.error('ValueError', "can't have unbuffered text I/O");
  }
  const modeObj = vm.newStr(mode);
  if (buffering === 0) {
    vm.decref(modeObj, Cause.Internal);
    return raw;
  }
  const kind: BufferedKind = updating ? 'BufferedRandom' : reading ? 'BufferedReader' : 'BufferedWriter';
  const size = buffering > 1 ? buffering : FILE_BLOCK_SIZE;
  const buffer = vm.track(new PyBuffered(types.buffered[kind], kind, raw, size), 'fresh');
  if (binary) {
    vm.decref(modeObj, Cause.Internal);
    return buffer;
  }
  // TextIOWrapper(buffer, encoding, errors, newline, line_buffering): it keeps the raw file too.
  const encoder = writable ? vm.track(new PyCodecState(types.encoder), 'fresh') : null;
  const decoder = readable ? vm.track(new PyCodecState(types.decoder), 'fresh') : null;
  const wrapper = vm.track(new PyTextIO(
    types.textiowrapper, buffer, vm.incref(raw, Cause.Slot, 'raw') as PyFileIO, vm.newStr(encoding ?? 'utf-8'), vm.incref(vm.intern(errors ?? 'strict'), Cause.Slot, 'errors'),
    encoder, decoder, newline === null, newline === null || newline === '', buffering === 1,
  ), 'fresh');
  const dict = vm.newDict();
  setName(vm, dict, 'mode', modeObj);
  vm.decref(modeObj, Cause.Internal);
  wrapper.subclassDict = dict;
  return wrapper;
}
