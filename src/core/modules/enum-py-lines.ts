// Lines of Lib/enum.py that tracebacks show, by the key the simulator's enum source marks them with
// (modules/python/enum-source.ts, runtime/stdlib-frames.ts): 3.11.7, 3.12.1, 3.13.0 and 3.13.5 (the 3.13t
// oracle's). Read off the real files; EnumType.__getattr__ is 3.11's only.

type Lines = Readonly<Record<string, number>>;

function lines(setattr: number, call: number, getitem: number, reassign: number, raiseValueError: number, getattr?: number): Lines {
  return {
    'enum.property.__set__': setattr,
    'enum.EnumType.__call__.lookup': call,
    'enum.EnumType.__getitem__': getitem,
    'enum.EnumType.__setattr__': reassign,
    'enum.Enum.__new__.raise_ve_exc': raiseValueError,
    // `raise exc` (what _missing_ raised, or its TypeError) is 8 lines further in each version.
    'enum.Enum.__new__.raise_exc': raiseValueError + 8,
    ...(getattr === undefined ? {} : { 'enum.EnumType.__getattr__': getattr }),
  };
}

export const ENUM_PY_LINES: Readonly<Record<'3.11' | '3.12' | '3.13' | '3.13t', Lines>> = {
  '3.11': lines(215, 712, 790, 836, 1135, 784),
  '3.12': lines(225, 744, 801, 847, 1158),
  '3.13': lines(226, 722, 782, 828, 1189),
  '3.13t': lines(227, 726, 793, 839, 1203),
};
