// Lines of Lib/random.py that tracebacks show, by the key the simulator's random source marks them with
// (modules/python/random-source.ts, runtime/stdlib-frames.ts): 3.11.7, 3.12.1, 3.13.0 and 3.13.5t (whose
// random.py has 3.13.0's line numbers). A key a version lacks marks a line only another version has
// (3.11's int() fallbacks in randrange, 3.12's binomialvariate). Read off the real files: each marked
// line's text is CPython's line there, in the same function.

type Lines = Readonly<Record<string, number>>;

const COLUMNS = [
  'random.Random.__init__.seed',
  'random.Random.seed.types',
  'random.Random.setstate.version',
  'random.Random.setstate.unpack3',
  'random.Random.setstate.restore3',
  'random.Random.setstate.unpack2',
  'random.Random.setstate.restore2',
  'random.Random.setstate.bad_version',
  'random.Random.randbytes',
  'random.Random.randrange.index_start',
  'random.Random.randrange.int_start',
  'random.Random.randrange.non_integer_start',
  'random.Random.randrange.missing_stop',
  'random.Random.randrange.below_start',
  'random.Random.randrange.empty_start',
  'random.Random.randrange.index_stop',
  'random.Random.randrange.int_stop',
  'random.Random.randrange.non_integer_stop',
  'random.Random.randrange.width',
  'random.Random.randrange.index_step',
  'random.Random.randrange.int_step',
  'random.Random.randrange.non_integer_step',
  'random.Random.randrange.below_width',
  'random.Random.randrange.empty_width',
  'random.Random.randrange.zero_step',
  'random.Random.randrange.empty_steps',
  'random.Random.randrange.below_steps',
  'random.Random.randint',
  'random.Random.choice.len',
  'random.Random.choice.empty',
  'random.Random.choice.item',
  'random.Random.shuffle.loop',
  'random.Random.shuffle.swap',
  'random.Random.sample.not_sequence',
  'random.Random.sample.cum_counts',
  'random.Random.sample.counts_length',
  'random.Random.sample.counts_type',
  'random.Random.sample.counts_total',
  'random.Random.sample.selections',
  'random.Random.sample.k_range',
  'random.Random.sample.too_large',
  'random.Random.sample.result',
  'random.Random.sample.pick',
  'random.Random.choices.len',
  'random.Random.choices.uniform',
  'random.Random.choices.cum_weights',
  'random.Random.choices.k_positional',
  'random.Random.choices.both_weights',
  'random.Random.choices.weights_length',
  'random.Random.choices.weights_mismatch',
  'random.Random.choices.total',
  'random.Random.choices.total_zero',
  'random.Random.choices.total_finite',
  'random.Random.choices.weighted',
  'random.Random.uniform',
  'random.Random.triangular.c',
  'random.Random.triangular.result',
  'random.Random.normalvariate.result',
  'random.Random.gauss.result',
  'random.Random.lognormvariate',
  'random.Random.expovariate',
  'random.Random.gammavariate.domain',
  'random.Random.betavariate.y',
  'random.Random.betavariate.ratio',
  'random.Random.paretovariate',
  'random.Random.weibullvariate',
  'random.SystemRandom.getrandbits',
  'random.SystemRandom._notimplemented',
  'random.Random.binomialvariate.n',
  'random.Random.binomialvariate.p',
] as const;

/** The line numbers in COLUMNS' order, 0 where the version has no such line. */
function lines(numbers: readonly number[]): Lines {
  const out: Record<string, number> = {};
  COLUMNS.forEach((key, i) => {
    if (numbers[i]) out[key] = numbers[i];
  });
  return out;
}

export const RANDOM_PY_LINES: Readonly<Record<'3.11' | '3.12' | '3.13', Lines>> = {
  '3.11': lines([
    125, 160, 172, 174, 175, 177, 186, 188, 279, 295, 297, 301, 310, 312, 313, 317, 319, 323, 328, 330, 332, 336,
    344, 345, 353, 355, 356, 362, 372, 373, 374, 380, 383, 439, 443, 445, 448, 450, 451, 455, 456, 457, 477, 488,
    493, 495, 500, 504, 505, 506, 507, 509, 511, 514, 522, 535, 542, 563, 601, 611, 628, 689, 759, 761, 769, 780,
    803, 820, 0, 0
  ]),
  '3.12': lines([
    132, 167, 179, 181, 182, 184, 193, 195, 286, 301, 0, 0, 306, 308, 309, 312, 0, 0, 313, 314, 0, 0, 318, 319,
    327, 329, 330, 336, 346, 347, 348, 354, 357, 413, 417, 419, 422, 424, 425, 429, 430, 431, 451, 462, 467, 469,
    474, 478, 479, 480, 481, 483, 485, 488, 503, 521, 528, 549, 587, 597, 617, 682, 757, 759, 767, 778, 892, 909,
    801, 807
  ]),
  '3.13': lines([
    125, 170, 182, 184, 185, 187, 196, 198, 290, 305, 0, 0, 310, 312, 313, 316, 0, 0, 317, 318, 0, 0, 322, 323,
    331, 333, 334, 340, 350, 351, 352, 358, 361, 417, 421, 423, 426, 428, 429, 433, 434, 435, 455, 466, 471, 473,
    478, 482, 483, 484, 485, 487, 489, 492, 507, 525, 532, 553, 591, 601, 621, 686, 761, 763, 771, 782, 896, 913,
    805, 811
  ]),
};
