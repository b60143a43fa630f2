// Lines of Lib/reprlib.py that tracebacks show, by the key the simulator's reprlib source marks them with
// (modules/python/reprlib-source.ts, runtime/stdlib-frames.ts): 3.11.7, 3.12.1 and 3.13.0 (3.13.5t's as 3.13.0's).
// Read off the real files.

type Lines = Readonly<Record<string, number>>;

const KEYS = [
  'reprlib.recursive_repr.wrapper',
  'reprlib.Repr.repr',
  'reprlib.Repr.repr1.typed',
  'reprlib.Repr.repr1.instance',
  'reprlib.Repr._join.negative',
  'reprlib.Repr._join.type',
  'reprlib.Repr._repr_iterable.pieces',
  'reprlib.Repr._repr_iterable.join',
  'reprlib.Repr.repr_tuple',
  'reprlib.Repr.repr_list',
  'reprlib.Repr.repr_array',
  'reprlib.Repr.repr_set',
  'reprlib.Repr.repr_frozenset',
  'reprlib.Repr.repr_deque',
  'reprlib.Repr.repr_dict.key',
  'reprlib.Repr.repr_dict.value',
  'reprlib.Repr.repr_dict.join',
  'reprlib.Repr.repr_int',
  'reprlib.Repr.repr_instance',
] as const;

/** The line numbers in KEYS' order. */
function lines(numbers: readonly number[]): Lines {
  if (numbers.length !== KEYS.length) throw new Error('internal: reprlib.py lines do not match their keys');
  // 0: a line the version's file does not have (the code marked there never runs in it).
  return Object.fromEntries(KEYS.map((key, i) => [key, numbers[i]] as const).filter(([, n]) => n > 0));
}

export const REPRLIB_PY_LINES: Readonly<Record<'3.11' | '3.12' | '3.13', Lines>> = {
  '3.11': lines([21, 53, 61, 63, 0, 0, 72, 0, 81, 84, 90, 96, 102, 106, 118, 119, 0, 136, 145]),
  '3.12': lines([21, 59, 67, 69, 79, 86, 98, 101, 107, 110, 116, 122, 128, 132, 144, 145, 149, 162, 171]),
  '3.13': lines([21, 60, 68, 70, 80, 87, 99, 102, 108, 111, 117, 123, 129, 133, 145, 146, 150, 163, 172]),
};
