// The lines of Lib/multiprocessing/sharedctypes.py, pool.py and managers.py that CPython's tracebacks show, by the
// `# traceback: key` comments that mark them in the simulator's Python half (modules/python/multiprocessing-*-source.ts).

/**
 * sharedctypes.py's lines (the same from 3.7 to 3.13), and those of make_property's template, which
 * CPython exec's: its frames are `File "<string>", line 5, in getvalue` / `line 11, in setvalue`.
 */
export const SHAREDCTYPES_PY_LINES: Readonly<Record<string, number>> = {
  'multiprocessing.sharedctypes.getitem': 223,
  'multiprocessing.sharedctypes.setitem': 227,
  'multiprocessing.sharedctypes.template.getvalue': 5,
  'multiprocessing.sharedctypes.template.setvalue': 11,
  'multiprocessing.sharedctypes.template.getraw': 5,
  'multiprocessing.sharedctypes.template.setraw': 11,
};

/** Lib/multiprocessing/pool.py's lines (the same in 3.11.7, 3.12.1 and 3.13.0): a task's remote traceback and the caller's frames. */
export const POOL_PY_LINES: Readonly<Record<string, number>> = {
  'multiprocessing.pool.mapstar': 48,
  'multiprocessing.pool.starmapstar': 51,
  'multiprocessing.pool.worker': 125,
  'multiprocessing.pool.Pool.apply': 360,
  'multiprocessing.pool.Pool.map': 367,
  'multiprocessing.pool.Pool.starmap': 375,
  'multiprocessing.pool.ApplyResult.get.timeout': 770,
  'multiprocessing.pool.ApplyResult.get': 774,
  'multiprocessing.pool.IMapIterator.next': 873,
};

/** Lib/multiprocessing/managers.py's lines: where a proxy raises the referent's exception (BaseProxy._callmethod). */
export const MANAGERS_PY_LINES: Readonly<Record<'3.11' | '3.12' | '3.13', Readonly<Record<string, number>>>> = {
  '3.11': { 'multiprocessing.managers.BaseProxy._callmethod': 837 },
  '3.12': { 'multiprocessing.managers.BaseProxy._callmethod': 836 },
  '3.13': { 'multiprocessing.managers.BaseProxy._callmethod': 840 },
};
