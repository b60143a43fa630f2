// The keyword names of a `f(**mapping)` call are the mapping's own str objects: CALL_FUNCTION_EX's dict
// (DICT_MERGE's copy) keeps its keys, _PyStack_UnpackDict (Objects/call.c) puts those very keys in the
// kwnames tuple, and the callee's **kwargs dict (initialize_locals) or a built-in's (dict_vectorcall)
// stores them. The simulator passes keywords as a Map of names; this remembers, per such Map, the key
// object of each name, so the dicts made from it hold the mapping's objects, not interned copies.

import type { PyObject } from '../objects/object';
import type { VM } from './vm';
import { Cause } from '../trace/events';

type Keywords = ReadonlyMap<string, PyObject>;

const keyObjects = new WeakMap<Keywords, Map<string, PyObject>>();

/** Records the str object each keyword of `kwargs` came from (borrowed: the call's dict holds them meanwhile). */
export function rememberKeywordKeys(kwargs: Keywords, keys: Map<string, PyObject>): void {
  keyObjects.set(kwargs, keys);
}

/** The key objects of a `**mapping` call's keywords, in order (none for keywords written in the call). */
export function keywordKeyObjects(kwargs: Keywords): PyObject[] {
  return [...(keyObjects.get(kwargs)?.values() ?? [])];
}

/** A new reference to the str a keyword named `name` is: the mapping's own key, else one made as the parser makes it. */
export function keywordKey(vm: VM, kwargs: Keywords | null, name: string): PyObject {
  const own = kwargs ? keyObjects.get(kwargs)?.get(name) : undefined;
  return own ? vm.incref(own, Cause.Stack) : vm.newKeywordName(name);
}
