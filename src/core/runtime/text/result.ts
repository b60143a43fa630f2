// Tagged results for the text helpers. The helpers never throw Python exceptions:
// they return `{ ok: false, error }` and the VM raises `error.type(error.message)`.

/** The Python exception classes these helpers can ask the caller to raise. */
export type PyErrorType =
  | 'ValueError'
  | 'TypeError'
  | 'OverflowError'
  | 'ZeroDivisionError'
  | 'MemoryError'
  | 'KeyError';

export interface PyErrorInfo {
  readonly type: PyErrorType;
  /** Exactly CPython 3.11's `str(exc)`. */
  readonly message: string;
}

export type TextResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: PyErrorInfo };

export function ok<T>(value: T): TextResult<T> {
  return { ok: true, value };
}

export function fail<T = never>(type: PyErrorType, message: string): TextResult<T> {
  return { ok: false, error: { type, message } };
}
