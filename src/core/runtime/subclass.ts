// Instances of a class statement's subclass of a built-in type (`class Stack(list)`) behave as
// the built-in does, except where the class (or a class between it and the built-in) defines
// the special method itself.

import type { PyObject } from '../objects/object';
import { PyInstance } from '../objects/instances';

/** Whether `o` takes the built-in path for an operation whose special methods are `dunders`. */
export function behavesAsBuiltin(o: PyObject, ...dunders: string[]): boolean {
  const t = o.type;
  if (!t.heap) return true;
  if (o instanceof PyInstance) return false;
  for (const cls of t.mro) {
    if (!cls.heap) break;
    for (const d of dunders) if (cls.dict.getStr(d)) return false;
  }
  return true;
}
