// Lines of Lib/contextlib.py that tracebacks show, by the key the simulator's contextlib source marks them
// with (modules/python/contextlib-source.ts, runtime/stdlib-frames.ts): 3.11.7, 3.12.1, 3.13.0 and 3.13.5t
// (whose contextlib.py is 3.13.0's). Read off the real files: each marked line's text is CPython's line
// there, in the same function (3.11's throw() passes the triple, 3.12+'s the exception alone; 3.12+'s
// suppress tests issubclass() on a line of its own; 3.13's ExitStack re-raises `exc`).

type Lines = Readonly<Record<string, number>>;

const KEYS = [
  'contextlib.ContextDecorator.__call__.inner.with',
  'contextlib.ContextDecorator.__call__.inner.call',
  'contextlib._GeneratorContextManagerBase.__init__.call',
  'contextlib._GeneratorContextManagerBase._recreate_cm',
  'contextlib._GeneratorContextManager.__enter__.del',
  'contextlib._GeneratorContextManager.__enter__.next',
  'contextlib._GeneratorContextManager.__enter__.didnt_yield',
  'contextlib._GeneratorContextManager.__exit__.next',
  'contextlib._GeneratorContextManager.__exit__.didnt_stop',
  'contextlib._GeneratorContextManager.__exit__.close',
  'contextlib._GeneratorContextManager.__exit__.instantiate',
  'contextlib._GeneratorContextManager.__exit__.throw',
  'contextlib._GeneratorContextManager.__exit__.didnt_stop_after_throw',
  'contextlib._GeneratorContextManager.__exit__.close_after_throw',
  'contextlib.contextmanager.helper',
  'contextlib.closing.__exit__',
  'contextlib._RedirectStream.__exit__',
  'contextlib.suppress.__exit__',
  'contextlib._BaseExitStack._create_cb_wrapper._exit_wrapper',
  'contextlib._BaseExitStack.enter_context.not_a_context_manager',
  'contextlib._BaseExitStack.enter_context.enter',
  'contextlib.ExitStack.__exit__.callback',
  'contextlib.ExitStack.__exit__.raise',
  'contextlib.ExitStack.close',
  // 3.12+'s `raise rest` of what suppress() leaves of a group (3.11's suppress has none: its __exit__ line).
  'contextlib.suppress.__exit__.raise_rest',
] as const;

/** The line numbers in KEYS' order. */
function lines(numbers: readonly number[]): Lines {
  if (numbers.length !== KEYS.length) throw new Error('internal: contextlib.py lines do not match their keys');
  return Object.fromEntries(KEYS.map((key, i) => [key, numbers[i]]));
}

export const CONTEXTLIB_PY_LINES: Readonly<Record<'3.11' | '3.12' | '3.13', Lines>> = {
  '3.11': lines([80, 81, 105, 122, 135, 137, 139, 144, 149, 151, 156, 158, 194, 196, 301, 360, 404, 456, 469, 515, 517, 586, 601, 609, 456]),
  '3.12': lines([80, 81, 105, 122, 135, 137, 139, 144, 149, 151, 156, 158, 194, 196, 301, 360, 404, 458, 478, 524, 526, 595, 610, 618, 464]),
  '3.13': lines([84, 85, 109, 126, 139, 141, 143, 148, 153, 155, 160, 162, 198, 200, 305, 364, 408, 462, 482, 528, 530, 604, 619, 627, 468]),
};
