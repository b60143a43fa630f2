// The lines of Lib/weakref.py that CPython's tracebacks show, by the `# traceback: key` comments that
// mark them in the simulator's Python half of the module (modules/python/weakref-source.ts).

/** Lib/weakref.py's lines by the key the Python half marks them with (the same in 3.11.7, 3.12.1, 3.13.0 and 3.13.5t). */
export const WEAKREF_PY_LINES: Readonly<Record<string, number>> = {
  'weakref.WeakValueDictionary.getitem': 136,
  'weakref.WeakValueDictionary.getitem_dead': 138,
  'weakref.WeakValueDictionary.delitem': 145,
  'weakref.WeakKeyDictionary.delitem': 412,
  'weakref.WeakKeyDictionary.getitem': 415,
  // Lib/_weakrefset.py (the same in 3.11.7, 3.12.1 and 3.13.0).
  '_weakrefset.WeakSet.pop': 105,
  '_weakrefset.WeakSet.remove': 113,
};
