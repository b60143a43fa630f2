// CPython 3.11's text formatting of numbers and strings, as pure functions:
// repr/str of float, str and bytes; int and float arithmetic with Python's rules;
// int()/float() parsing; format()/f-string specs; printf-style `%` formatting.
// Ints are bigint, floats are number. Errors come back as `{ ok: false, error }`
// with the exception type and CPython's exact message, for the VM to raise.

export * from './result';
export { floatRepr, floatStr } from './float-repr';
export { doubleToString } from './double-to-string';
export type { DoubleFormatCode, DoubleFormatFlags } from './double-to-string';
export { strRepr, strAscii, asciiEscape, bytesRepr, truncatedStrRepr } from './str-repr';
export {
  intFloorDiv,
  intMod,
  intDivmod,
  intTrueDiv,
  intToFloat,
  intPow,
  intPowMod,
  intLshift,
  intRshift,
  intRound,
  intStr,
  intToBaseString,
  INT_BITS_LIMIT,
} from './int-ops';
export { intFromString, parseIntLiteral, invalidIntLiteralMessage, INT_MAX_STR_DIGITS } from './int-parse';
export { floatFromString, parseFloatLiteral, floatParseErrorMessage } from './float-parse';
export {
  floatTrueDiv,
  floatMod,
  floatFloorDiv,
  floatDivmod,
  floatPow,
  COMPLEX_POWER,
  floatToInt,
  floatRound,
  floatRoundDigits,
  compareIntFloat,
  floatAsIntegerRatio,
  ratioToFloat,
} from './float-ops';
export { parseFormatSpec, unknownFormatCodeMessage } from './format-spec';
export type { FormatSpec, Align, Grouping } from './format-spec';
export { formatStr, formatInt, formatFloat } from './format-value';
export { percentFormat } from './percent-format';
export type { PercentOperand, PercentValue } from './percent-format';
export { isPrintable, isPySpace, decimalValue, codePoints, pyLen } from './unicode-props';
