// The native half of the string module: what its Python source (modules/python/string-source.ts) needs
// before it runs, and the line of Lib/string.py that CPython's tracebacks show of capwords.

import type { PyModule } from '../objects/instances';
import type { VM } from '../vm/vm';
import { addNotModelled } from '../builtins/define';

/** Lib/string.py's lines by the key the source marks them with (the file is the same in 3.11.7, 3.12.1 and 3.13.0). */
export const STRING_PY_LINES: Readonly<Record<string, number>> = { 'string.capwords': 48 };

export function createString(vm: VM, module: PyModule): void {
  addNotModelled(vm, module.dict);
}
