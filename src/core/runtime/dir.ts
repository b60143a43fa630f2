// dir(o) without a __dir__ of the program's own (object.__dir__, type.__dir__, module.__dir__): the
// names of o's namespace and of its class and bases, sorted. Also the candidates of "Did you mean".

import type { PyObject } from '../objects/object';
import { PyStr } from '../objects/atoms';
import { PyDict } from '../objects/dict';
import { PyType } from '../objects/type';
import { PyModule } from '../objects/instances';

export function dirNames(o: PyObject): string[] {
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
      addKeys(t.dict);
      // __slots__ become member descriptors in the class dict.
      for (const slot of t.declaredSlots ?? []) names.add(slot);
    }
  }
  return [...names].sort();
}
