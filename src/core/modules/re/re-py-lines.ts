// Lines of Lib/re/__init__.py that tracebacks show, by the key the simulator's re source marks them with
// (modules/python/re-source.ts, runtime/stdlib-frames.ts): the `return _compile(pattern, flags)...` line
// of each module-level function, the frame between the program and what Pattern's C methods call or
// raise (a TypeError for the string, the program's own replacement function). Read off 3.11.7, 3.12.1
// and 3.13.0. [unverified] 3.13t (3.13.5 for the oracle) is given 3.13.0's lines: no 3.13.5 source was at hand.

type Lines = Readonly<Record<string, number>>;

const NAMES = ['match', 'fullmatch', 'search', 'sub', 'subn', 'split', 'findall', 'finditer', 'compile'] as const;

function lines(...numbers: number[]): Lines {
  return Object.fromEntries(NAMES.map((name, i) => [`re.${name}`, numbers[i]]));
}

export const RE_PY_LINES: Readonly<Record<'3.11' | '3.12' | '3.13' | '3.13t', Lines>> = {
  '3.11': lines(166, 171, 176, 185, 196, 206, 216, 223, 227),
  '3.12': lines(167, 172, 177, 186, 197, 207, 217, 224, 228),
  '3.13': lines(167, 172, 177, 208, 238, 267, 278, 285, 289),
  '3.13t': lines(167, 172, 177, 208, 238, 267, 278, 285, 289),
};
