// repr(float) and str(float): the shortest string that reads back as the same double,
// switching to an exponent when the decimal exponent is < -4 or >= 16.

import { doubleToString } from './double-to-string';

/** Python's `repr(x)` for a float: '1.0', '1e+16', '1e-05', '0.1', 'inf', '-inf', 'nan', '-0.0'. */
export function floatRepr(x: number): string {
  return doubleToString(x, 'r', 0, { addDot0: true });
}

/** Python's `str(x)` for a float (the same as repr since Python 3.2). */
export function floatStr(x: number): string {
  return floatRepr(x);
}
