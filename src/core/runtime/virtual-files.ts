// The simulated process's file system: its working directory, empty at the start, in memory. A file
// exists only once the program created it (open(..., 'w'/'a'/'x')); nothing here ever reads or writes
// the real disk. The names are resolved as the kernel would in an empty directory with no
// subdirectories (os.mkdir is not modelled): 'x.txt' and './x.txt' are one file, '.' is the directory
// itself (EISDIR), 'd/x.txt' has no directory d (ENOENT), 'x.txt/y' goes through a file (ENOTDIR).
// An absolute path would name the real machine's files: not modelled.

import type { PyObject } from '../objects/object';
import type { VM } from '../vm/vm';
import type { PyError } from '../vm/errors';
import { Cause } from '../trace/events';

/** One file's contents; every open file object on it shares this (a write through one is seen by the others). */
export interface VirtualFile {
  data: Uint8Array;
  size: number;
}

export class VirtualFileSystem {
  readonly files = new Map<string, VirtualFile>();
}

const systems = new WeakMap<VM, VirtualFileSystem>();

/** The process's working directory (one per interpreter: a forked child's starts as a replay of its parent's). */
export function fileSystemOf(vm: VM): VirtualFileSystem {
  let fs = systems.get(vm);
  if (!fs) systems.set(vm, (fs = new VirtualFileSystem()));
  return fs;
}

/** OSError subclasses by errno (Objects/exceptions.c's errnomap), as PyErr_SetFromErrnoWithFilenameObject raises them. */
const ERRORS: Record<number, [string, string]> = {
  2: ['FileNotFoundError', 'No such file or directory'],
  17: ['FileExistsError', 'File exists'],
  20: ['NotADirectoryError', 'Not a directory'],
  21: ['IsADirectoryError', 'Is a directory'],
};

/** `[Errno n] text: 'name'`: the exception's filename is the object the program passed. */
export function errnoError(vm: VM, errno: number, filename: PyObject): PyError {
  const [type, text] = ERRORS[errno];
  return vm.errorWith(type, [vm.newInt(errno), vm.newStr(text), vm.incref(filename, Cause.Exception)]);
}

export type Resolved = { kind: 'file'; key: string } | { kind: 'directory' } | { kind: 'error'; errno: number };

/** What a path names in the working directory. */
export function resolvePath(vm: VM, fs: VirtualFileSystem, path: string): Resolved {
  if (path.startsWith('/')) throw vm.unsupported('files outside the working directory (an absolute path)');
  if (path === '') return { kind: 'error', errno: 2 };
  const parts = path.split('/').filter((p) => p !== '' && p !== '.');
  if (parts.includes('..')) throw vm.unsupported("files outside the working directory ('..')");
  if (parts.length === 0) return { kind: 'directory' };
  if (parts.length > 1 || path.endsWith('/')) {
    // Only the working directory exists: a first part that is a file is not a directory.
    return { kind: 'error', errno: fs.files.has(parts[0]) ? 20 : 2 };
  }
  return { kind: 'file', key: parts[0] };
}
