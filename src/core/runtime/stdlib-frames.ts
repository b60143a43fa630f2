// Frames of CPython's own Python modules (threading.py, multiprocessing/process.py) in tracebacks.
// The simulator runs shorter versions of them (modules/python/*-source.ts), whose frames tracebacks
// leave out, except at the lines CPython's tracebacks show: such a line of the simulator's source has a
// `# traceback: key` comment above it, and the version's stdlibLines[key] is the line number in CPython's
// file. The printed source line is the simulator's, which is written as CPython's.

import type { VM } from '../vm/vm';
import { SIMULATOR_LIBRARY_SOURCES } from '../compile/bytecode';

const MARKER = /^\s*# traceback: (\S+)\s*$/;

/** CPython's file for a simulator library file of another name (a package's __init__.py). */
const CPYTHON_FILES: Record<string, string> = {
  'collections.py': 'collections/__init__.py',
  'json.py': 'json/__init__.py',
  'json.decoder.py': 'json/decoder.py',
  'json.encoder.py': 'json/encoder.py',
  're.py': 're/__init__.py',
};

/** CPython's file for the marked lines of a simulator file that stands for several (asyncio's modules), by key prefix. */
const CPYTHON_FILES_BY_KEY: readonly [prefix: string, file: string][] = [
  ['asyncio.runners.', 'asyncio/runners.py'],
  ['asyncio.base_events.', 'asyncio/base_events.py'],
  ['asyncio.taskgroups.', 'asyncio/taskgroups.py'],
  ['asyncio.threads.', 'asyncio/threads.py'],
  ['concurrent.futures.thread.', 'concurrent/futures/thread.py'],
  ['concurrent.futures._base.', 'concurrent/futures/_base.py'],
  ['_weakrefset.', '_weakrefset.py'],
  ['concurrent.futures.process.', 'concurrent/futures/process.py'],
  // sharedctypes' properties are exec'd from a template: their frames are in `<string>`, without source.
  ['multiprocessing.sharedctypes.template.', '<string>'],
  ['multiprocessing.sharedctypes.', 'multiprocessing/sharedctypes.py'],
  ['multiprocessing.pool.', 'multiprocessing/pool.py'],
  ['multiprocessing.managers.', 'multiprocessing/managers.py'],
];

/** Per library file: its lines, and the key of each marked line (1-based). */
const marked = new Map<string, { lines: string[]; keys: Map<number, string> }>();

function markedLines(file: string): { lines: string[]; keys: Map<number, string> } | null {
  let found = marked.get(file);
  if (found) return found;
  const source = SIMULATOR_LIBRARY_SOURCES.get(file);
  if (source === undefined) return null;
  const lines = source.split('\n');
  const keys = new Map<number, string>();
  lines.forEach((text, i) => {
    const m = MARKER.exec(text);
    if (m) keys.set(i + 2, m[1]);
  });
  found = { lines, keys };
  marked.set(file, found);
  return found;
}

/** Where CPython's standard library lives as tracebacks print it (the oracle maps the directory to `<stdlib>/`). */
export function stdlibPath(vm: VM, relative: string): string {
  const v = vm.options.version;
  return `/usr/lib/python${v.versionInfo[0]}.${v.versionInfo[1]}${v.freeThreading?.biasedRefcounts ? 't' : ''}/${relative}`;
}

export interface StdlibFrame {
  /** The path CPython prints, and the line in its file. */
  filename: string;
  line: number;
  /** The simulator's source of the module, whose line `sourceLine` is printed under the frame (none for code exec'd from a string). */
  sourceLines: readonly string[] | null;
  sourceLine: number;
}

/** The frame CPython shows for a frame of the simulator's library file at `line`, or null when it shows none. */
export function stdlibFrame(vm: VM, file: string, line: number): StdlibFrame | null {
  const source = markedLines(file);
  const key = source?.keys.get(line);
  if (!source || !key) return null;
  const cpythonLine = vm.options.version.stdlibLines[key];
  if (cpythonLine === undefined) throw new Error(`internal: no line of CPython's ${file} for '${key}' in ${vm.options.version.version}`);
  const byKey = CPYTHON_FILES_BY_KEY.find(([prefix]) => key.startsWith(prefix))?.[1];
  if (byKey?.startsWith('<')) return { filename: byKey, line: cpythonLine, sourceLines: null, sourceLine: line };
  return { filename: stdlibPath(vm, byKey ?? CPYTHON_FILES[file] ?? file), line: cpythonLine, sourceLines: source.lines, sourceLine: line };
}

/** Every key the library sources mark (the unit tests check the versions know them all). */
export function markedKeys(file: string): string[] {
  return [...(markedLines(file)?.keys.values() ?? [])];
}
