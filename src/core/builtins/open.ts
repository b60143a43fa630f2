// open(): io.open (modules/io/io-open.ts), on the simulated process's in-memory file system.

import type { VM } from '../vm/vm';
import { fn } from './define';
import { ioOpen } from '../modules/io/io-open';

export function installOpen(vm: VM): void {
  fn(vm, vm.builtins, 'open', (args, kwargs) => ioOpen(vm, args, kwargs));
  const open = vm.builtins.getStr('open');
  if (open && 'module' in open) (open as { module: string | null }).module = 'io';
}
