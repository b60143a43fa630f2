// The native half of the string module: what its Python source (modules/python/string-source.ts) needs
// before it runs, and the lines of Lib/string.py that CPython's tracebacks show of capwords and Template.

import type { PyModule } from '../objects/instances';
import type { VM } from '../vm/vm';
import { addNotModelled } from '../builtins/define';

/** Lib/string.py's lines by the key the source marks them with (the file is the same in 3.11.7, 3.12.1 and 3.13.0). */
export const STRING_PY_LINES: Readonly<Record<string, number>> = {
  'string.capwords': 48,
  'string.Template.__init_subclass__.compile': 85,
  'string.Template._invalid': 101,
  'string.Template.substitute.chainmap': 108,
  'string.Template.substitute.convert.groups': 112,
  'string.Template.substitute.convert.named': 114,
  'string.Template.substitute.convert.escaped': 115,
  'string.Template.substitute.convert.invalid_group': 117,
  'string.Template.substitute.convert.invalid': 118,
  'string.Template.substitute.convert.unrecognized': 119,
  'string.Template.substitute': 121,
  'string.Template.safe_substitute.chainmap': 127,
  'string.Template.safe_substitute.convert.groups': 130,
  'string.Template.safe_substitute.convert.named': 133,
  'string.Template.safe_substitute.convert.escaped': 136,
  'string.Template.safe_substitute.convert.invalid_group': 138,
  'string.Template.safe_substitute.convert.unrecognized': 140,
  'string.Template.safe_substitute': 142,
  'string.Template.is_valid.invalid': 146,
  'string.Template.is_valid.named': 148,
  'string.Template.is_valid.braced': 149,
  'string.Template.is_valid.escaped': 150,
  'string.Template.is_valid.unrecognized': 153,
  'string.Template.get_identifiers.groups': 160,
  'string.Template.get_identifiers.invalid': 165,
  'string.Template.get_identifiers.escaped': 166,
  'string.Template.get_identifiers.unrecognized': 169,
};

export function createString(vm: VM, module: PyModule): void {
  addNotModelled(vm, module.dict);
}
