// The lines of Lib/multiprocessing/sharedctypes.py that CPython's tracebacks show, by the `# traceback: key`
// comments that mark them in the simulator's Python half (modules/python/multiprocessing-shared-source.ts).

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
