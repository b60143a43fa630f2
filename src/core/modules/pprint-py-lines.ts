// Lines of Lib/pprint.py that tracebacks show, by the key the simulator's pprint source marks them with
// (modules/python/pprint-source.ts, runtime/stdlib-frames.ts): 3.11.7 and 3.12.1 alike, 3.13.0's three lines
// further down after PrettyPrinter.__init__'s docstring (3.13.5t's as 3.13.0's). Read off the real files.

type Lines = Readonly<Record<string, number>>;

const KEYS = [
  'pprint.pprint.init',
  'pprint.pprint',
  'pprint.pformat.init',
  'pprint.pformat',
  'pprint.pp',
  'pprint.saferepr',
  'pprint.isreadable',
  'pprint.isrecursive',
  'pprint._safe_key.__lt__',
  'pprint._safe_key.__lt__.fallback',
  'pprint.PrettyPrinter.__init__.indent',
  'pprint.PrettyPrinter.__init__.width',
  'pprint.PrettyPrinter.__init__.indent_error',
  'pprint.PrettyPrinter.__init__.depth_error',
  'pprint.PrettyPrinter.__init__.width_error',
  'pprint.PrettyPrinter.pprint',
  'pprint.PrettyPrinter.pprint.write',
  'pprint.PrettyPrinter.pformat',
  'pprint.PrettyPrinter.isrecursive',
  'pprint.PrettyPrinter.isreadable',
  'pprint.PrettyPrinter._format.recursion',
  'pprint.PrettyPrinter._format.repr',
  'pprint.PrettyPrinter._format.dispatch',
  'pprint.PrettyPrinter._format.dataclass',
  'pprint.PrettyPrinter._format.write',
  'pprint.PrettyPrinter._pprint_dataclass.items',
  'pprint.PrettyPrinter._pprint_dataclass.format',
  'pprint.PrettyPrinter._pprint_dict.sort',
  'pprint.PrettyPrinter._pprint_dict.format',
  'pprint.PrettyPrinter._pprint_ordered_dict.format',
  'pprint.PrettyPrinter._pprint_list.format',
  'pprint.PrettyPrinter._pprint_tuple.format',
  'pprint.PrettyPrinter._pprint_set.sort',
  'pprint.PrettyPrinter._pprint_set.format',
  'pprint.PrettyPrinter._pprint_mappingproxy.format',
  'pprint.PrettyPrinter._pprint_simplenamespace.format',
  'pprint.PrettyPrinter._format_dict_items.key',
  'pprint.PrettyPrinter._format_dict_items.value',
  'pprint.PrettyPrinter._format_namespace_items.value',
  'pprint.PrettyPrinter._format_items.compact',
  'pprint.PrettyPrinter._format_items.format',
  'pprint.PrettyPrinter._repr',
  'pprint.PrettyPrinter.format',
  'pprint.PrettyPrinter._pprint_default_dict.factory',
  'pprint.PrettyPrinter._pprint_default_dict.format',
  'pprint.PrettyPrinter._pprint_counter.format',
  'pprint.PrettyPrinter._pprint_deque.format',
  'pprint.PrettyPrinter._pprint_deque.format_maxlen',
  'pprint.PrettyPrinter._safe_repr.sort',
  'pprint.PrettyPrinter._safe_repr.key',
  'pprint.PrettyPrinter._safe_repr.value',
  'pprint.PrettyPrinter._safe_repr.item',
  'pprint.PrettyPrinter._safe_repr.repr',
] as const;

/** The line numbers in KEYS' order. */
function lines(numbers: readonly number[]): Lines {
  if (numbers.length !== KEYS.length) throw new Error('internal: pprint.py lines do not match their keys');
  return Object.fromEntries(KEYS.map((key, i) => [key, numbers[i]]));
}

const LINES_3_11 = [51, 55, 60, 62, 66, 70, 74, 78, 97, 99, 132, 133, 135, 137, 139, 153, 154, 158, 162, 165, 171, 175, 181, 191, 194, 199, 201, 214, 217, 229, 238, 247, 265, 266, 356, 372, 385, 388, 407, 436, 450, 455, 468, 474, 478, 492, 525, 529, 580, 584, 586, 619, 629];

export const PPRINT_PY_LINES: Readonly<Record<'3.11' | '3.12' | '3.13', Lines>> = {
  '3.11': lines(LINES_3_11),
  '3.12': lines(LINES_3_11),
  '3.13': lines([51, 55, 60, 62, 66, 70, 74, 78, 97, 99, 135, 136, 138, 140, 142, 156, 157, 161, 165, 168, 174, 178, 184, 194, 197, 202, 204, 217, 220, 232, 241, 250, 268, 269, 359, 375, 388, 391, 410, 439, 453, 458, 471, 477, 481, 495, 528, 532, 583, 587, 589, 622, 632]),
};
