// Lines of Lib/heapq.py that tracebacks show, by the key the simulator's heapq source marks them with
// (modules/python/heapq-source.ts, runtime/stdlib-frames.ts). The file is the same in 3.11.7, 3.12.1,
// 3.13.0 and 3.13.5t (one checksum), so every version takes these numbers. Read off the real file: each
// marked line's text is CPython's line there, in the same function.

/** nsmallest's and nlargest's lines, in the order of the keys below (the two functions share their shape). */
const SELECTION_KEYS = [
  'one', 'one_iter', 'one_extreme', 'len', 'n_size', 'sorted', 'iter', 'first', 'heapify', 'rest', 'compare', 'replace', 'sort',
  'key_iter', 'key_first', 'key_heapify', 'key_rest', 'key', 'key_compare', 'key_replace', 'key_sort',
] as const;

function selection(name: 'nsmallest' | 'nlargest', numbers: readonly number[]): Record<string, number> {
  return Object.fromEntries(SELECTION_KEYS.map((key, i) => {
    const shown = key === 'one_extreme' ? (name === 'nsmallest' ? 'one_min' : 'one_max') : key;
    return [`heapq.${name}.${shown}`, numbers[i]];
  }));
}

export const HEAPQ_PY_LINES: Readonly<Record<string, number>> = {
  'heapq.merge.reverse': 337,
  'heapq.merge.iterables': 349,
  'heapq.merge.first': 352,
  'heapq.merge.heapify': 355,
  'heapq.merge.next': 361,
  'heapq.merge.replace': 362,
  'heapq.merge.pop': 364,
  'heapq.merge.rest': 369,
  'heapq.merge.key_iterables': 372,
  'heapq.merge.key_first_next': 375,
  'heapq.merge.key_first': 376,
  'heapq.merge.key_heapify': 379,
  'heapq.merge.key_next': 385,
  'heapq.merge.key_key': 386,
  'heapq.merge.key_replace': 388,
  'heapq.merge.key_pop': 390,
  'heapq.merge.key_rest': 394,
  ...selection('nsmallest', [470, 471, 473, 478, 482, 483, 487, 490, 493, 497, 498, 499, 502, 506, 507, 510, 514, 515, 516, 517, 520]),
  ...selection('nlargest', [530, 531, 533, 538, 542, 543, 547, 548, 551, 555, 556, 557, 560, 564, 565, 568, 572, 573, 574, 575, 578]),
};
