// The reprs of weak references and proxies (Objects/weakrefobject.c weakref_repr, proxy_repr):
// `<weakref at 0x…; to 'A' at 0x…>`, with the referent's __name__ when it has a str one
// (`… (f)>` for a function or a class), `<weakref at 0x…; dead>` once it died. A proxy's changed in 3.13.

import type { PyObject } from '../objects/object';
import { PyType } from '../objects/type';
import { PyStr } from '../objects/atoms';
import { PyFunction, PyBuiltin } from '../objects/callables';
import type { PyWeakref } from '../objects/weakref';
import type { VM } from '../vm/vm';
import { address } from './repr';

/**
 * The referent's __name__ as _PyObject_LookupSpecial finds it, on its type: a function's, a class's, a
 * built-in's, or a str class attribute; a module's __name__ is in its own dict, so it has none here.
 */
function nameOf(o: PyObject): string | null {
  if (o instanceof PyFunction) return o.name.value;
  if (o instanceof PyType) return o.name;
  if (o instanceof PyBuiltin) return o.name;
  const found = o.type.lookup('__name__');
  return found instanceof PyStr ? found.value : null;
}

export function weakrefRepr(vm: VM, ref: PyWeakref): string {
  const target = ref.referent;
  if (ref.proxy) {
    if (vm.options.version.weakproxyReprQuoted) return target ? `<weakproxy at ${address(ref)}; to '${target.type.name}' at ${address(target)}>` : `<weakproxy at ${address(ref)}; dead>`;
    // 3.11/3.12 print PyWeakref_GET_OBJECT, None once the referent died.
    const shown = target ?? vm.none;
    return `<weakproxy at ${address(ref)} to ${shown.type.name} at ${address(shown)}>`;
  }
  if (!target) return `<weakref at ${address(ref)}; dead>`;
  const name = nameOf(target);
  return `<weakref at ${address(ref)}; to '${target.type.name}' at ${address(target)}${name === null ? '' : ` (${name})`}>`;
}
