// dir(o) without a __dir__ of the program's own (object.__dir__, type.__dir__, module.__dir__): the
// names of o's namespace and of its class and bases, sorted (a built-in type's names as the real
// interpreter's dict has them). Also the candidates of "Did you mean".

import type { PyObject } from '../objects/object';
import { PyStr } from '../objects/atoms';
import { PyDict } from '../objects/dict';
import { PyType } from '../objects/type';
import { PyModule } from '../objects/instances';
import type { PythonVersion } from '../versions';
import { cpythonTypeDictNames } from './cpython-names';

export function dirNames(o: PyObject, version: PythonVersion): string[] {
  const names = new Set<string>();
  const addKeys = (d: PyDict) => {
    for (const e of d.items()) if (e.key instanceof PyStr) names.add(e.key.value);
  };
  if (o instanceof PyModule) {
    addKeys(o.dict);
  } else {
    const d = o instanceof PyType ? null : (o as { dict?: PyDict | null }).dict;
    if (d instanceof PyDict) addKeys(d);
    const mro = o instanceof PyType ? o.mro : o.type.mro;
    for (const t of mro) {
      // A built-in type's dict as CPython's has it: the simulator's lacks many slot wrappers (`int.__floor__`).
      const cpython = t.heap ? null : cpythonTypeDictNames(version, t);
      if (cpython) for (const name of cpython) names.add(name);
      else addKeys(t.dict);
      // __slots__ become member descriptors in the class dict.
      for (const slot of t.declaredSlots ?? []) names.add(slot);
    }
  }
  return [...names].sort();
}
