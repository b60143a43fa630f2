// Adapts the pure number/text helpers (src/core/runtime/text/) to the VM: their tagged
// errors become Python exceptions.

import type { TextResult } from './text/result';
import type { VM } from '../vm/vm';

export function unwrap<T>(vm: VM, r: TextResult<T>): T {
  if (r.ok) return r.value;
  throw vm.error(r.error.type, r.error.message);
}
