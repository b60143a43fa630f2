// _lens_posixpath: what the simulator's os.path (modules/python/posixpath-source.ts) asks of the in-memory
// working directory (runtime/virtual-files.ts): genericpath's os.stat() calls, answered without a real disk.
// stat() is a system call with the GIL released, as os.remove's (os-files.ts).

import type { PyObject } from '../objects/object';
import type { PyModule } from '../objects/instances';
import { PyStr } from '../objects/atoms';
import type { VM } from '../vm/vm';
import type { Native } from '../vm/frame';
import { fn, arity } from '../builtins/define';
import { fileSystemOf, resolvePath, errnoError, type Resolved } from '../runtime/virtual-files';
import { fileSyscall } from './io/io-types';

function* stat(vm: VM, path: PyObject): Native<{ where: Resolved; key: PyStr }> {
  if (!(path instanceof PyStr)) {
    if (path.type === vm.t.bytes || path.type === vm.t.int) throw vm.unsupported('os.path of bytes or a file descriptor');
    throw vm.error('TypeError', `stat: path should be string, bytes, os.PathLike or integer, not ${path.type.name}`);
  }
  const where = resolvePath(vm, fileSystemOf(vm), path.value);
  yield* fileSyscall(vm, 'stat');
  return { where, key: path };
}

export function createPosixpathHelpers(vm: VM, module: PyModule): void {
  const d = module.dict;
  // genericpath.exists/isfile/isdir: os.stat(), an OSError meaning no.
  fn(vm, d, '_stat_kind', function* (args): Native {
    arity(vm, '_stat_kind', args, 1);
    const { where } = yield* stat(vm, args[0]);
    if (where.kind === 'error') return vm.newNone();
    if (where.kind === 'directory') return vm.newStr('directory');
    return fileSystemOf(vm).files.has(where.key) ? vm.newStr('file') : vm.newNone();
  });
  // genericpath.getsize: os.stat(filename).st_size.
  fn(vm, d, '_file_size', function* (args): Native {
    arity(vm, '_file_size', args, 1);
    const { where, key } = yield* stat(vm, args[0]);
    if (where.kind === 'error') throw errnoError(vm, where.errno, key);
    if (where.kind === 'directory') throw vm.unsupported("os.path.getsize of the working directory");
    const file = fileSystemOf(vm).files.get(where.key);
    if (!file) throw errnoError(vm, 2, key);
    return vm.newInt(file.size);
  });
}
