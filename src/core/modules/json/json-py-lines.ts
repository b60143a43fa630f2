// Lines of Lib/json/*.py that tracebacks show, by the key the simulator's json sources mark them with
// (modules/python/json-source.ts, runtime/stdlib-frames.ts): 3.11.7, 3.12.1 and 3.13.0, read off the real
// files (each marked line's text is CPython's line there, in the same function). 3.13t takes 3.13.0's: no
// 3.13.5 interpreter was at hand to check its files against. json/__init__.py and _make_iterencode are the same in all three; 3.13's decoder.py has the
// trailing-comma checks (7 more lines before decode) and its iterencode turns an int indent into spaces.

type Lines = Readonly<Record<string, number>>;

/** json/__init__.py */
const INIT: Lines = {
  'json.dump.for': 179,
  'json.dump.write': 180,
  'json.dumps.default_encoder': 231,
  'json.dumps.cls_encode': 238,
  'json.load': 293,
  'json.loads.bom': 335,
  'json.loads.type': 339,
  'json.loads.default_decoder': 346,
  'json.loads.cls_decode': 359,
};

/** json/encoder.py, but for iterencode's last line. */
const ENCODER: Lines = {
  'json.encoder.default': 180,
  'json.encoder.encode.iterencode': 200,
  'json.encoder.encode.list': 202,
  'json.encoder.floatstr': 240,
  'json.encoder._iterencode_list.circular': 285,
  'json.encoder._iterencode_list.yield_from': 326,
  'json.encoder._iterencode_dict.circular': 341,
  'json.encoder._iterencode_dict.keys': 377,
  'json.encoder._iterencode_dict.yield_from': 406,
  'json.encoder._iterencode.list': 430,
  'json.encoder._iterencode.dict': 432,
  'json.encoder._iterencode.circular': 437,
  'json.encoder._iterencode.default': 439,
  'json.encoder._iterencode.yield_from': 440,
};

function decoderLines(shift: number): Lines {
  return {
    'json.decoder.decode.raw_decode': 337 + shift,
    'json.decoder.decode.extra_data': 340 + shift,
    'json.decoder.raw_decode.scan_once': 353 + shift,
    'json.decoder.raw_decode.expecting_value': 355 + shift,
  };
}

export const JSON_PY_LINES: Readonly<Record<'3.11' | '3.12' | '3.13', Lines>> = {
  '3.11': { ...INIT, ...ENCODER, 'json.encoder.iterencode.call': 258, ...decoderLines(0) },
  '3.12': { ...INIT, ...ENCODER, 'json.encoder.iterencode.call': 258, ...decoderLines(0) },
  '3.13': { ...INIT, ...ENCODER, 'json.encoder.iterencode.call': 261, ...decoderLines(7) },
};
