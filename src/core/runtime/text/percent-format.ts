// printf-style formatting of str: `fmt % args`, as CPython 3.11's PyUnicode_Format.
// The VM describes its objects through callbacks, so this file needs no object model:
// `T` is whatever the VM uses for a Python object (or an index into an argument list).

import { doubleToString } from './double-to-string';
import { intStr } from './int-ops';
import { ok, PyErrorInfo, TextResult } from './result';
import { asciiEscape } from './str-repr';
import { codePoints, fromCodePoints, pyLen, pyPrefix } from './unicode-props';

/** What % needs to know about one value. */
export type PercentValue =
  /** An int or an int subclass (bool too: typeName 'bool'). `exact` is true for exactly int. */
  | { readonly kind: 'int'; readonly value: bigint; readonly typeName: string; readonly exact: boolean }
  /** A float or a float subclass. */
  | { readonly kind: 'float'; readonly value: number; readonly typeName: string }
  /** A str or a str subclass. */
  | { readonly kind: 'str'; readonly value: string; readonly typeName: string }
  /**
   * Anything else. The optional hooks call the object's __index__, int() (__int__,
   * __index__, __trunc__) and float() (__float__, then __index__) when it has them.
   */
  | {
      readonly kind: 'other';
      readonly typeName: string;
      readonly index?: () => TextResult<bigint>;
      readonly int?: () => TextResult<bigint>;
      readonly float?: () => TextResult<number>;
    };

/** The right operand of % and the operations on values that % calls back into the VM for. */
export interface PercentOperand<T> {
  /** The right operand itself. */
  readonly args: T;
  /** Its items when it is a tuple (or tuple subclass); null for any other object. */
  readonly tupleItems: readonly T[] | null;
  /**
   * PyMapping_Check(args) and not a tuple or str: a dict, or any object with __getitem__
   * (a list too). It enables %(key)s and silences "not all arguments converted".
   */
  readonly isMapping: boolean;
  /** args[key] for %(key)s (a KeyError, or whatever __getitem__ raised, as an error). */
  getItem(key: string): TextResult<T>;
  /** Classify a value for the numeric conversions. */
  describe(value: T): PercentValue;
  /** str(value) */
  str(value: T): TextResult<string>;
  /** repr(value); %a uses ascii() = the repr with non-ASCII characters escaped. */
  repr(value: T): TextResult<string>;
  /**
   * Present for `bytes % args` (_PyBytes_FormatEx): the bytes %s and %b take from a bytes-like value
   * (or its __bytes__), as a string of code points 0-255; null when the value has none. The format
   * and the result are then such strings too.
   */
  bytesOf?(value: T): TextResult<string> | null;
}

const F_LJUST = 1;
const F_SIGN = 2;
const F_BLANK = 4;
const F_ALT = 8;
const F_ZERO = 16;

const PY_SSIZE_T_MAX = 2n ** 63n - 1n;
const INT_MAX = 2147483647;
/** Largest field this helper will build; past it, MemoryError. */
const MAX_FIELD = 1 << 28;

class Abort {
  constructor(readonly error: PyErrorInfo) {}
}

function raise(type: PyErrorInfo['type'], message: string): never {
  throw new Abort({ type, message });
}

function unwrap<V>(r: TextResult<V>): V {
  if (!r.ok) throw new Abort(r.error);
  return r.value;
}

/** `fmt % operand` for a str fmt: the formatted string, or the exception CPython raises. */
export function percentFormat<T>(fmt: string, operand: PercentOperand<T>): TextResult<string> {
  try {
    return ok(new Formatter(fmt, operand).run());
  } catch (e) {
    if (e instanceof Abort) return { ok: false, error: e.error };
    throw e;
  }
}

class Formatter<T> {
  private readonly cps: number[];
  private pos = 0;
  private cnt = 0;
  private args: T;
  private arglen: number;
  private argidx: number;
  private readonly dict: boolean;
  private out = '';

  constructor(
    fmt: string,
    private readonly operand: PercentOperand<T>,
  ) {
    this.cps = codePoints(fmt);
    this.args = operand.args;
    if (operand.tupleItems !== null) {
      this.arglen = operand.tupleItems.length;
      this.argidx = 0;
    } else {
      this.arglen = -1;
      this.argidx = -2;
    }
    this.dict = operand.isMapping && operand.tupleItems === null;
  }

  /** PyUnicode_READ past the end reads the terminating NUL. */
  private read(): number {
    return this.pos < this.cps.length ? this.cps[this.pos] : 0;
  }

  run(): string {
    const n = this.cps.length;
    this.cnt = n;
    this.pos = 0;
    while (--this.cnt >= 0) {
      if (this.read() !== 0x25) {
        const start = this.pos;
        while (this.pos < n && this.cps[this.pos] !== 0x25) this.pos++;
        this.out += fromCodePoints(this.cps, start, this.pos);
        this.cnt = n - this.pos;
      } else {
        this.pos++;
        this.formatArg();
      }
    }
    if (this.argidx < this.arglen && !this.dict) {
      raise('TypeError', `not all arguments converted during ${this.operand.bytesOf ? 'bytes' : 'string'} formatting`);
    }
    return this.out;
  }

  private nextArg(): T {
    const idx = this.argidx;
    if (idx < this.arglen) {
      this.argidx++;
      if (this.arglen < 0) return this.args;
      return (this.operand.tupleItems as readonly T[])[idx];
    }
    return raise('TypeError', 'not enough arguments for format string');
  }

  private formatArg(): void {
    let ch = this.read();
    if (ch === 0x25) {
      this.pos++;
      this.cnt--;
      this.out += '%';
      return;
    }
    let flags = 0;
    let width = -1;
    let prec = -1;

    // %(key)
    if (ch === 0x28) {
      if (!this.dict) raise('TypeError', 'format requires a mapping');
      this.pos++;
      this.cnt--;
      const keyStart = this.pos;
      let pcount = 1;
      while (pcount > 0 && --this.cnt >= 0) {
        ch = this.read();
        if (ch === 0x29) pcount--;
        else if (ch === 0x28) pcount++;
        this.pos++;
      }
      if (this.cnt < 0 || pcount > 0) raise('ValueError', 'incomplete format key');
      const key = fromCodePoints(this.cps, keyStart, this.pos - 1);
      this.args = unwrap(this.operand.getItem(key));
      this.arglen = -1;
      this.argidx = -2;
    }

    // flags
    while (--this.cnt >= 0) {
      ch = this.read();
      this.pos++;
      if (ch === 0x2d) flags |= F_LJUST;
      else if (ch === 0x2b) flags |= F_SIGN;
      else if (ch === 0x20) flags |= F_BLANK;
      else if (ch === 0x23) flags |= F_ALT;
      else if (ch === 0x30) flags |= F_ZERO;
      else break;
    }

    // width
    if (ch === 0x2a) {
      const v = this.operand.describe(this.nextArg());
      if (v.kind !== 'int') raise('TypeError', '* wants int');
      if (v.value > PY_SSIZE_T_MAX || v.value < -PY_SSIZE_T_MAX - 1n) {
        raise('OverflowError', 'Python int too large to convert to C ssize_t');
      }
      width = Number(v.value);
      if (width < 0) {
        flags |= F_LJUST;
        width = -width;
      }
      if (--this.cnt >= 0) {
        ch = this.read();
        this.pos++;
      }
    } else if (ch >= 0x30 && ch <= 0x39) {
      let w = BigInt(ch - 0x30);
      while (--this.cnt >= 0) {
        ch = this.read();
        this.pos++;
        if (ch < 0x30 || ch > 0x39) break;
        if (w > (PY_SSIZE_T_MAX - BigInt(ch - 0x30)) / 10n) raise('ValueError', 'width too big');
        w = w * 10n + BigInt(ch - 0x30);
      }
      width = Number(w);
    }

    // precision
    if (ch === 0x2e) {
      prec = 0;
      if (--this.cnt >= 0) {
        ch = this.read();
        this.pos++;
      }
      if (ch === 0x2a) {
        const v = this.operand.describe(this.nextArg());
        if (v.kind !== 'int') raise('TypeError', '* wants int');
        if (v.value > BigInt(INT_MAX) || v.value < -BigInt(INT_MAX) - 1n) {
          raise('OverflowError', 'Python int too large to convert to C int');
        }
        prec = Number(v.value);
        if (prec < 0) prec = 0;
        if (--this.cnt >= 0) {
          ch = this.read();
          this.pos++;
        }
      } else if (ch >= 0x30 && ch <= 0x39) {
        prec = ch - 0x30;
        while (--this.cnt >= 0) {
          ch = this.read();
          this.pos++;
          if (ch < 0x30 || ch > 0x39) break;
          if (prec > Math.floor((INT_MAX - (ch - 0x30)) / 10)) raise('ValueError', 'precision too big');
          prec = prec * 10 + (ch - 0x30);
        }
      }
    }

    // length modifiers h, l, L are ignored
    if (this.cnt >= 0 && (ch === 0x68 || ch === 0x6c || ch === 0x4c)) {
      if (--this.cnt >= 0) {
        ch = this.read();
        this.pos++;
      }
    }
    if (this.cnt < 0) raise('ValueError', 'incomplete format');

    this.formatValue(ch, flags, width, prec);

    if (this.dict && this.argidx < this.arglen) {
      raise('TypeError', `not all arguments converted during ${this.operand.bytesOf ? 'bytes' : 'string'} formatting`);
    }
  }

  private formatValue(ch: number, flags: number, width: number, prec: number): void {
    const arg = this.nextArg();
    const type = String.fromCodePoint(ch);
    let text: string;
    let numeric = false;
    const bytesOf = this.operand.bytesOf;
    if (bytesOf && (type === 's' || type === 'b' || type === 'r' || type === 'a' || type === 'c')) {
      // bytes: %s and %b take bytes, %r and %a are both ascii(), %c one byte.
      if (type === 'c') text = String.fromCharCode(formatByte(this.operand.describe(arg), bytesOf(arg)));
      else if (type === 'r' || type === 'a') text = asciiEscape(unwrap(this.operand.repr(arg)));
      else {
        const b = bytesOf(arg);
        if (b === null) {
          return raise('TypeError', `%b requires a bytes-like object, or an object that implements __bytes__, not '${this.operand.describe(arg).typeName.slice(0, 50)}'`);
        }
        text = unwrap(b);
      }
      this.out += outputArg(text, type === 'b' ? 's' : type === 'c' ? 'c' : 'r', flags, width, prec, false);
      return;
    }
    switch (type) {
      case 's':
      case 'r':
      case 'a': {
        if (type === 's') text = unwrap(this.operand.str(arg));
        else {
          const r = unwrap(this.operand.repr(arg));
          text = type === 'r' ? r : asciiEscape(r);
        }
        break;
      }
      case 'i':
      case 'd':
      case 'u':
      case 'o':
      case 'x':
      case 'X':
        text = formatLong(this.operand.describe(arg), type, flags, prec);
        numeric = true;
        break;
      case 'e':
      case 'E':
      case 'f':
      case 'F':
      case 'g':
      case 'G': {
        const x = asDouble(this.operand.describe(arg));
        text = doubleToString(x, type, prec < 0 ? 6 : prec, { alt: (flags & F_ALT) !== 0 });
        numeric = true;
        break;
      }
      case 'c':
        text = String.fromCodePoint(formatChar(this.operand.describe(arg)));
        break;
      default: {
        const shown = ch >= 31 && ch <= 126 ? String.fromCharCode(ch) : '?';
        return raise(
          'ValueError',
          `unsupported format character '${shown}' (0x${ch.toString(16)}) at index ${this.pos - 1}`,
        );
      }
    }
    this.out += outputArg(text, type, flags, width, prec, numeric);
  }
}

/** PyFloat_AsDouble */
function asDouble(v: PercentValue): number {
  switch (v.kind) {
    case 'float':
      return v.value;
    case 'int': {
      const x = Number(v.value);
      if (!Number.isFinite(x)) raise('OverflowError', 'int too large to convert to float');
      return x;
    }
    case 'other':
      if (v.float) return unwrap(v.float());
      if (v.index) {
        const x = Number(unwrap(v.index()));
        if (!Number.isFinite(x)) raise('OverflowError', 'int too large to convert to float');
        return x;
      }
      return raise('TypeError', `must be real number, not ${v.typeName.slice(0, 50)}`);
    case 'str':
      return raise('TypeError', `must be real number, not ${v.typeName.slice(0, 50)}`);
  }
}

/** mainformatlong + _PyUnicode_FormatLong */
function formatLong(v: PercentValue, type: string, flags: number, prec: number): string {
  const hexOrOct = type === 'o' || type === 'x' || type === 'X';
  const wrongType = (): never =>
    raise(
      'TypeError',
      hexOrOct
        ? `%${type} format: an integer is required, not ${v.typeName.slice(0, 200)}`
        : `%${type} format: a real number is required, not ${v.typeName.slice(0, 200)}`,
    );
  let value: bigint;
  const convert = (r: TextResult<bigint>): bigint => {
    if (!r.ok && r.error.type === 'TypeError') return wrongType();
    return unwrap(r);
  };
  switch (v.kind) {
    case 'int':
      value = v.value;
      break;
    case 'float':
      if (hexOrOct) return wrongType();
      if (Number.isNaN(v.value)) return raise('ValueError', 'cannot convert float NaN to integer');
      if (!Number.isFinite(v.value)) return raise('OverflowError', 'cannot convert float infinity to integer');
      value = BigInt(Math.trunc(v.value));
      break;
    case 'other': {
      const hook = hexOrOct ? v.index : v.int;
      if (!hook) return wrongType();
      value = convert(hook());
      break;
    }
    default:
      return wrongType();
  }
  if (prec > INT_MAX - 3) raise('OverflowError', 'precision too large');
  if (prec > MAX_FIELD) raise('MemoryError', '');
  const negative = value < 0n;
  const magnitude = negative ? -value : value;
  let digits: string;
  let prefix = '';
  if (type === 'o') {
    digits = magnitude.toString(8);
    prefix = '0o';
  } else if (type === 'x' || type === 'X') {
    digits = magnitude.toString(16);
    prefix = '0x';
  } else {
    digits = unwrap(intStr(magnitude));
  }
  if (prec > digits.length) digits = '0'.repeat(prec - digits.length) + digits;
  let s = (negative ? '-' : '') + ((flags & F_ALT) !== 0 ? prefix : '') + digits;
  if (type === 'X') s = s.replace(/[a-x]/g, (c) => c.toUpperCase());
  return s;
}

/** formatchar */
function formatChar(v: PercentValue): number {
  let x: bigint;
  switch (v.kind) {
    case 'str': {
      const cps = codePoints(v.value);
      if (cps.length === 1) return cps[0];
      return raise('TypeError', '%c requires int or char');
    }
    case 'int':
      x = v.value;
      break;
    case 'other': {
      if (!v.index) return raise('TypeError', '%c requires int or char');
      const r = v.index();
      if (!r.ok && r.error.type === 'TypeError') return raise('TypeError', '%c requires int or char');
      x = unwrap(r);
      break;
    }
    default:
      return raise('TypeError', '%c requires int or char');
  }
  if (x < 0n || x > 0x10ffffn) raise('OverflowError', '%c arg not in range(0x110000)');
  return Number(x);
}

/** bytes' %c: an int in range(256), or a bytes object of length 1. */
function formatByte(v: PercentValue, bytes: TextResult<string> | null): number {
  if (v.kind === 'int') {
    if (v.value < 0n || v.value > 255n) raise('OverflowError', '%c arg not in range(256)');
    return Number(v.value);
  }
  if (bytes && bytes.ok && bytes.value.length === 1) return bytes.value.charCodeAt(0);
  return raise('TypeError', '%c requires an integer in range(256) or a single byte');
}

/** unicode_format_arg_output: sign, '0x' prefix, padding. */
function outputArg(str: string, type: string, flags: number, width: number, prec: number, numeric: boolean): string {
  let sign = numeric;
  const fill = sign && (flags & F_ZERO) !== 0 ? '0' : ' ';
  let len = pyLen(str);
  if ((width === -1 || width <= len) && (prec === -1 || prec >= len) && (flags & (F_SIGN | F_BLANK)) === 0) {
    return str;
  }
  if (width > MAX_FIELD) raise('MemoryError', '');
  if ((type === 's' || type === 'r' || type === 'a') && prec >= 0 && len > prec) {
    str = pyPrefix(str, prec);
    len = prec;
  }
  let body = str;
  let signChar = '';
  if (sign) {
    const first = body[0];
    if (first === '-' || first === '+') {
      signChar = first;
      body = body.slice(1);
      len--;
    } else if ((flags & F_SIGN) !== 0) signChar = '+';
    else if ((flags & F_BLANK) !== 0) signChar = ' ';
    else sign = false;
  }
  if (width < len) width = len;
  let out = '';
  if (sign) {
    if (fill !== ' ') out += signChar;
    if (width > len) width--;
  }
  const alt = (flags & F_ALT) !== 0 && (type === 'x' || type === 'X' || type === 'o');
  let prefix = '';
  if (alt) {
    prefix = body.slice(0, 2);
    body = body.slice(2);
    if (fill !== ' ') out += prefix;
    width -= 2;
    if (width < 0) width = 0;
    len -= 2;
  }
  if (width > len && (flags & F_LJUST) === 0) {
    out += fill.repeat(width - len);
    width = len;
  }
  if (fill === ' ') {
    if (sign) out += signChar;
    if (alt) out += prefix;
  }
  out += body;
  if (width > len) out += ' '.repeat(width - len);
  return out;
}
