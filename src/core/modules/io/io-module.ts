// The io module (Lib/io.py over Modules/_io): open (builtins.open is the same function), the classes
// of the file objects it returns, DEFAULT_BUFFER_SIZE and the SEEK_* constants. UnsupportedOperation is
// a heap class of OSError and ValueError (_io's module init makes it with PyType_FromSpecWithBases;
// io.py re-exports it): the module's Python half defines it (python/io-source.ts).

import type { PyModule } from '../../objects/instances';
import type { PyObject } from '../../objects/object';
import type { VM } from '../../vm/vm';
import { setName } from '../../runtime/dicts';
import { Cause } from '../../trace/events';
import { ioTypes } from './io-types';
import { fn, checkPositional } from '../../builtins/define';

export function createIo(vm: VM, module: PyModule): void {
  const d = module.dict;
  const types = ioTypes(vm);
  // builtins.open is io.open: one function.
  setName(vm, d, 'open', vm.builtins.getStr('open') as PyObject);
  for (const t of [types.fileio, types.textiowrapper, types.stringio, types.bytesio, ...Object.values(types.buffered)]) {
    setName(vm, d, t.qualname, vm.incref(t, Cause.Slot), true);
  }
  // The bases of io.py's ABCs (python/io-source.ts), under names it deletes.
  const bases = [['IOBase', types.iobase], ['RawIOBase', types.rawiobase], ['BufferedIOBase', types.bufferediobase], ['TextIOBase', types.textiobase]] as const;
  for (const [name, t] of bases) setName(vm, d, `_lens_${name}`, vm.incref(t, Cause.Slot), true);
  setName(vm, d, 'DEFAULT_BUFFER_SIZE', vm.newInt(8192), true);
  for (const [name, value] of [['SEEK_SET', 0], ['SEEK_CUR', 1], ['SEEK_END', 2]] as const) setName(vm, d, name, vm.newInt(value), true);
  // _io.text_encoding(encoding, stacklevel=2, /): None is "utf-8" in UTF-8 mode, as the oracle's interpreters run
  // (-X utf8); sys.flags.warn_default_encoding is off, so no EncodingWarning.
  fn(vm, d, 'text_encoding', (args, kwargs) => {
    if (kwargs && kwargs.size) throw vm.error('TypeError', 'text_encoding() takes no keyword arguments');
    checkPositional(vm, 'text_encoding', args.length, 1, 2);
    return args[0] === vm.none ? vm.newStr('utf-8') : vm.incref(args[0], Cause.Return);
  });
}
