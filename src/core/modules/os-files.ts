// os.remove / os.unlink and os.listdir on the simulated process's in-memory working directory
// (runtime/virtual-files.ts), each system call with the GIL released (Modules/posixmodule.c:
// os_unlink_impl and _posix_listdir call unlink() and readdir() between Py_BEGIN/END_ALLOW_THREADS).
// listdir gives the names in creation order (a real directory's order is the file system's own: print
// sorted(os.listdir()) to compare). An open file object keeps its removed file's contents, as on Linux.

import type { PyObject } from '../objects/object';
import type { PyDict } from '../objects/dict';
import { PyStr } from '../objects/atoms';
import type { VM } from '../vm/vm';
import type { Native } from '../vm/frame';
import { fn } from '../builtins/define';
import { checkKeywords } from '../builtins/keyword-arguments';
import { fileSystemOf, resolvePath, errnoError } from '../runtime/virtual-files';
import { fileSyscall } from './io/io-types';

function pathArgument(vm: VM, name: string, o: PyObject | undefined): PyStr {
  if (o instanceof PyStr) return o;
  if (o === undefined) throw vm.error('TypeError', `${name}() missing required argument 'path' (pos 1)`);
  if (o.type === vm.t.bytes || o.type === vm.t.int) throw vm.unsupported(`os.${name}() of bytes or a file descriptor`);
  throw vm.error('TypeError', `${name}: path should be string, bytes or os.PathLike, not ${o.type.name}`);
}

export function installOsFiles(vm: VM, d: PyDict): void {
  for (const name of ['remove', 'unlink']) {
    fn(vm, d, name, function* (args, kwargs): Native {
      checkKeywords(vm, name, kwargs, ['path', 'dir_fd']);
      if (kwargs?.has('dir_fd')) throw vm.unsupported(`os.${name}() with dir_fd`);
      if (args.length > 1) throw vm.error('TypeError', `${name}() takes at most 1 positional argument (${args.length} given)`);
      const path = pathArgument(vm, name, args[0] ?? kwargs?.get('path'));
      const fs = fileSystemOf(vm);
      const where = resolvePath(vm, fs, path.value);
      yield* fileSyscall(vm, 'unlink');
      if (where.kind === 'error') throw errnoError(vm, where.errno, path);
      if (where.kind === 'directory') throw errnoError(vm, 21, path);
      if (!fs.files.delete(where.key)) throw errnoError(vm, 2, path);
      return vm.newNone();
    });
  }
  fn(vm, d, 'listdir', function* (args, kwargs): Native {
    checkKeywords(vm, 'listdir', kwargs, ['path']);
    if (args.length > 1) throw vm.error('TypeError', `listdir() takes at most 1 argument (${args.length} given)`);
    const given = args[0] ?? kwargs?.get('path');
    const path = given === undefined || given === vm.none ? null : pathArgument(vm, 'listdir', given);
    const fs = fileSystemOf(vm);
    const where = path ? resolvePath(vm, fs, path.value) : ({ kind: 'directory' } as const);
    yield* fileSyscall(vm, 'listdir');
    if (where.kind === 'error') throw errnoError(vm, where.errno, path as PyStr);
    if (where.kind === 'file') throw errnoError(vm, fs.files.has(where.key) ? 20 : 2, path as PyStr);
    return vm.newList([...fs.files.keys()].map((key) => vm.newStr(key)));
  });
}
