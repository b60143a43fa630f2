// What differs between the CPython versions the simulator models. Differences are data,
// read by the VM; there is one interpreter, not one per version.

import type { FreelistSizes } from './runtime/freelists';
import { Op } from './compile/bytecode';
import { CLASS_COST_NS, FREE_THREADED_CLASS_COST_NS, type CostClass } from './threads/cost-model';
import { RANDOM_PY_LINES } from './modules/random/random-py-lines';
import { HEAPQ_PY_LINES } from './modules/heapq/heapq-py-lines';
import { CONTEXTLIB_PY_LINES } from './modules/contextlib-py-lines';
import { STRING_PY_LINES } from './modules/string';
import { PPRINT_PY_LINES } from './modules/pprint-py-lines';
import { REPRLIB_PY_LINES } from './modules/reprlib-py-lines';
import { TEXTWRAP_PY_LINES } from './modules/textwrap-py-lines';
import { JSON_PY_LINES } from './modules/json/json-py-lines';
import { ASYNCIO_PY_LINES } from './modules/asyncio-py-lines';
import { FUTURES_PY_LINES, FUTURES_PROCESS_PY_LINES } from './modules/futures-py-lines';
import { ENUM_PY_LINES } from './modules/enum-py-lines';
import { QUEUE_PY_LINES } from './modules/queue-py-lines';
import { RE_PY_LINES } from './modules/re/re-py-lines';
import { WEAKREF_PY_LINES } from './modules/weakref-py-lines';
import { SHAREDCTYPES_PY_LINES, POOL_PY_LINES, MANAGERS_PY_LINES } from './modules/multiprocessing-py-lines';
import { IMPORT_TRACES } from './modules/import-traces-data';
import type { ImportTraces } from './modules/import-traces';

/** RESUME, JUMP_BACKWARD, CALL, CALL_FUNCTION_EX: the check points of 3.11 to 3.13 (see evalBreakerChecks). */
const EVAL_BREAKER_CHECKS: readonly number[] = [Op.RESUME, Op.JUMP_BACKWARD, Op.CALL, Op.CALL_FUNCTION_EX];

/** '3.13t': the free-threaded build of 3.13 (PEP 703, `./configure --disable-gil`). */
/**
 * 'nogil-hypothetical': NOT a CPython — 3.13 without its GIL and with plain, non-atomic reference counts
 * (runtime/racy-refcount.ts), the interpreter the GIL exists to prevent (lesson 3). No oracle exists for it.
 */
export type PythonVersion = '3.11' | '3.12' | '3.13' | '3.13t' | 'nogil-hypothetical';

/**
 * The collector's state when a program's first line runs, measured on the reference interpreters
 * (`python3.1x -X utf8 case.py` with PYTHONHASHSEED=0, as the oracle goldens are made) by
 * `node scripts/measure-gc-startup.mjs`: the real interpreter's startup heap weighs on when
 * collections run. The allocation count also includes what compiling the program itself allocated
 * (symbol tables, constants), which grows with the program by a few dozen: these figures are a
 * small teaching program's (the simulator does not count its own compilation).
 */
export interface GcStartup {
  /** gc.get_count() after `import gc`. */
  counts: [number, number, number];
  /** Startup objects per generation (len(gc.get_objects(g))). */
  objects: [number, number, number];
  stats: { collections: number; collected: number; uncollectable: number }[];
  longLivedPending: number;
  longLivedTotal: number;
  /** Objects kept on the free lists. */
  freelists: FreelistSizes;
  /**
   * Startup objects already in the permanent generation (gc.get_freeze_count() before any gc.freeze()):
   * 3.12 puts there the immortal tp_bases/tp_mro tuples of the static built-in types (375 on 3.12.1,
   * with or without site; gc.unfreeze() moves them to the oldest generation). 0 elsewhere.
   */
  frozen?: number;
  /**
   * 3.13t: the allocations the main thread counted that count[0] does not have yet (get_count() adds them)
   * when the program's first line runs, apart from what compiling the program keeps
   * (runtime/compiled-objects.ts) and what waits on the free lists. `counts` is then count[0] itself
   * (the startup flushed 512 once). Measured with gdb at run_eval_code_obj (scripts/probes/gc-ft-start.gdb)
   * on 3.13.5t for the 51 gc/ and weakref/ oracle programs: the thread's alloc_count minus its free lists' objects minus the compiled
   * objects is 269 for every one of them; PyEval_EvalCode's function object for the module's code makes 270.
   */
  unflushedCount?: number;
  /**
   * 3.13t: what the first collection finds unreachable among the startup's objects (the whole heap is
   * examined): `import gc; print(gc.collect())` prints 138 (at times 137) on the 3.13.5t build.
   */
  unreachableAtStart?: number;
  /**
   * 3.13t: the deallocations that freeing them counts: 35 functions and 11 tuples freed, and 100 tuples
   * that go to the free list which the same collection empties (gdb on PyObject_GC_Del).
   */
  startupGarbageFrees?: number;
  /**
   * 3.13t: the objects importing a built-in module leaves alive (importlib's that stay, the module, its
   * dict and functions), measured with gdb on gc_alloc / _PyObject_GC_Link / PyObject_GC_Del and the free
   * lists: `import gc` counts 20 allocations and takes 2 objects from the free lists. The simulator makes
   * the module and its dict itself; the rest is counted as allocations.
   */
  importAllocations?: Readonly<Record<string, number>>;
}

/**
 * Which of CPython's printers lays out a traceback's source lines, and so which PEP 657 position
 * markers (`~~~~^^^^`) appear under them (runtime/traceback-source.ts).
 * - 'c-with-markers': Python/traceback.c of 3.11 and 3.12: the instruction's first line as the file has it
 *   (trailing blanks kept), markers from its start to its end (or the line's end), none when they would
 *   cover the whole line; `~`/`^` anchors for a binary operator and a subscript's brackets.
 * - 'c-without-markers': Python/traceback.c of 3.13: the line only (the markers moved to traceback.py).
 * - 'py-first-line': Lib/traceback.py of 3.11 and 3.12: the stripped line, the same markers.
 * - 'py-all-lines': Lib/traceback.py of 3.13: every line of a multi-line instruction (`...<N lines>...`
 *   for a long one), anchors for calls too, and no markers for a call that is a whole `return f(…)` or
 *   `x = …(…)` statement.
 */
export type TracebackPrinter = 'c-with-markers' | 'c-without-markers' | 'py-first-line' | 'py-all-lines';

/**
 * Where the compiler places the instructions whose position changed between versions (co_positions:
 * the line a traceback names and the markers under it), read with dis on each interpreter.
 */
export interface CompilerPositions {
  /**
   * An assert's RAISE_VARARGS: 'statement' (3.12); 'test' (3.13); 'last-comparison' (3.11: the location
   * of the last comparison compiler_jump_if compiled for the test, e.g. `b > 1` in `assert a and b > 1`,
   * stays current, else the statement's).
   */
  assertRaise: 'statement' | 'test' | 'last-comparison';
  /** A for loop's GET_ITER and FOR_ITER: at the whole statement (≤ 3.12) or at the iterable (3.13). */
  forIter: 'statement' | 'iterable';
  /** A with statement's __enter__/__exit__ instructions: at the whole statement (≤ 3.12) or at the item's expression (3.13). */
  withItem: 'statement' | 'item';
  /**
   * A comprehension's GET_ITER (and FOR_ITER): at the whole comprehension (≤ 3.12) or at the
   * iterable of its `for` (3.13).
   */
  comprehensionIter: 'comprehension' | 'iterable';
  /** FORMAT_VALUE: at the whole f-string (3.11) or at its replacement field `{…}` (3.12+, PEP 701). */
  formattedValue: 'string' | 'field';
  /**
   * An except handler's hidden cleanup (no location, artificial-lines.ts) when it is reached from several
   * places: it has a line only where the function ends after it ('single-predecessor', ≤ 3.12), or also
   * in each copy 3.13's inline_small_or_no_lineno_blocks makes for an unconditional jump to it ('per-jump').
   */
  handlerCleanupLine: 'single-predecessor' | 'per-jump';
  /**
   * The conditional jump of an `if`, `while`, `assert` or conditional expression's test: at the test
   * (3.12+: ADDOP_JUMP(c, LOC(e), ...)), or at whatever location is current (3.11: the statement's or the
   * enclosing expression's, but a comparison's own, which stays current after it).
   */
  conditionalJump: 'test' | 'enclosing';
  /**
   * A comprehension's append (LIST_APPEND...), its jump back and its return: at the comprehension (3.12+),
   * or at the location current then (3.11: a condition's comparison's, which stays current after it).
   */
  comprehensionTail: 'comprehension' | 'current';
}

export const POSITIONS_3_11: CompilerPositions = {
  assertRaise: 'last-comparison', forIter: 'statement', withItem: 'statement', comprehensionIter: 'comprehension', formattedValue: 'string', handlerCleanupLine: 'single-predecessor',
  conditionalJump: 'enclosing', comprehensionTail: 'current',
};
const POSITIONS_3_12: CompilerPositions = {
  assertRaise: 'statement', forIter: 'statement', withItem: 'statement', comprehensionIter: 'comprehension', formattedValue: 'field',
  handlerCleanupLine: 'single-predecessor', conditionalJump: 'test', comprehensionTail: 'comprehension',
};
const POSITIONS_3_13: CompilerPositions = {
  assertRaise: 'test', forIter: 'iterable', withItem: 'item', comprehensionIter: 'iterable', formattedValue: 'field',
  handlerCleanupLine: 'per-jump', conditionalJump: 'test', comprehensionTail: 'comprehension',
};

export interface TracebackPrinters {
  /**
   * An uncaught exception and threading.excepthook: PyErr_Display, which prints with traceback.c up to
   * 3.12 and calls traceback._print_exception_bltin from 3.13 on.
   */
  uncaught: TracebackPrinter;
  /** "Exception ignored in" (PyErr_WriteUnraisable) and _thread's unhandled exceptions: traceback.c in every version. */
  unraisable: TracebackPrinter;
  /** traceback.print_exc() and friends in Python code (a multiprocessing child's traceback). */
  library: TracebackPrinter;
}

const TRACEBACKS_3_11: TracebackPrinters = { uncaught: 'c-with-markers', unraisable: 'c-with-markers', library: 'py-first-line' };
const TRACEBACKS_3_13: TracebackPrinters = { uncaught: 'py-all-lines', unraisable: 'c-without-markers', library: 'py-all-lines' };

/** How the version's parser reports what the simulator's parser (3.11's) finds. */
export interface SyntaxModel {
  /** 3.12's tokenizer (PEP 701) gives a NEWLINE token the newline's width: an error there ends a column later. */
  newlineTokenWidth: 0 | 1;
  /** The parser's messages reworded since 3.11: 3.11's → this version's. */
  rewordedMessages: Readonly<Record<string, string>>;
  /** 3.12+: a string whose escapes do not decode is the error's range (3.11: the token after the strings). */
  decodeErrorsAtLiteral: boolean;
  /** 3.12+: SyntaxWarning for an invalid escape in a string literal (3.11: a DeprecationWarning, not shown). */
  invalidEscapeWarnings: boolean;
  /** 3.12+: `"is" with 'int' literal` (3.11: `"is" with a literal`). */
  isLiteralWarningNamesType: boolean;
  /** Which line an invalid escape's warning names: the string's first (3.12, 3.13.0), or the escape's (3.13.5). */
  invalidEscapeLine: 'literal' | 'escape';
  /**
   * 3.13.5: the compiler warns through the warnings registry of the code that compiles (the interpreter's
   * for the program's file, the calling module's for exec()): a message is printed once per line.
   */
  compileWarningsOncePerLine: boolean;
}

const SYNTAX_3_11: SyntaxModel = {
  newlineTokenWidth: 0, rewordedMessages: {}, decodeErrorsAtLiteral: false, invalidEscapeWarnings: false, isLiteralWarningNamesType: false,
  invalidEscapeLine: 'literal', compileWarningsOncePerLine: false,
};
const SYNTAX_3_12: SyntaxModel = {
  newlineTokenWidth: 1,
  decodeErrorsAtLiteral: true,
  invalidEscapeWarnings: true,
  isLiteralWarningNamesType: true,
  invalidEscapeLine: 'literal',
  compileWarningsOncePerLine: false,
  rewordedMessages: { 'non-default argument follows default argument': 'parameter without a default follows parameter with a default' },
};

export interface LazyKeywordTuple {
  keywords: readonly string[];
  builtBy: 'any-call' | 'keyword-call';
}

/**
 * _bisect is built as an extension module in every version (Py_BUILD_CORE_MODULE: no static keyword
 * tuples), so each of its four parsers makes its tuple at the first call with keywords.
 */
const BISECT_KEYWORD_TUPLES: Readonly<Record<string, LazyKeywordTuple>> = Object.fromEntries(
  ['bisect_left', 'bisect_right', 'insort_left', 'insort_right'].map((f) => [`_bisect.${f}`, { keywords: ['a', 'x', 'lo', 'hi', 'key'], builtBy: 'keyword-call' }]),
);

const LAZY_KEYWORD_TUPLES_3_11: Readonly<Record<string, LazyKeywordTuple>> = {
  ...BISECT_KEYWORD_TUPLES,
  print: { keywords: ['sep', 'end', 'file', 'flush'], builtBy: 'any-call' },
  // sorted() passes its keywords on to list.sort, whose parser this is.
  'list.sort': { keywords: ['key', 'reverse'], builtBy: 'keyword-call' },
  'str.split': { keywords: ['sep', 'maxsplit'], builtBy: 'keyword-call' },
  round: { keywords: ['number', 'ndigits'], builtBy: 'keyword-call' },
  'str.encode': { keywords: ['encoding', 'errors'], builtBy: 'keyword-call' },
  sum: { keywords: ['start'], builtBy: 'keyword-call' },
};
/** 3.13's min() and max(): a parser for `key` and `default`, built on first use (none in 3.11 and 3.12). */
const LAZY_KEYWORD_TUPLES_3_13: Readonly<Record<string, LazyKeywordTuple>> = {
  ...BISECT_KEYWORD_TUPLES,
  min: { keywords: ['key', 'default'], builtBy: 'keyword-call' },
  max: { keywords: ['key', 'default'], builtBy: 'keyword-call' },
};

/** What of Lib/dataclasses.py shows: where its exec'd methods' lines are, and one error message. */
export interface DataclassesModel {
  /**
   * 3.13's _FuncBuilder execs all of a class's methods in one `__create_fn__` (a traceback's
   * `File "<string>", line 32, in __setattr__` counts the methods before it); 3.11-3.12 exec each alone.
   */
  singleExec: boolean;
  /** 3.13: "non-default argument 'y' follows default argument 'x'" (the earlier versions stop at "argument"). */
  namesPriorDefault: boolean;
}

/** Generator methods that changed (Objects/genobject.c). */
export interface GeneratorModel {
  /** 3.12+: throw(type, value, traceback) warns (DeprecationWarning) in favour of throw(value). */
  throwTripleDeprecated: boolean;
  /** 3.13+: close() returns what the generator returned on GeneratorExit (3.11-3.12: None). */
  closeReturnsValue: boolean;
  /** 3.13+: an asend()/__anext__(), athrow() or aclose() awaitable that dies never awaited warns (RuntimeWarning). */
  unawaitedAgenMethodWarns: boolean;
  /**
   * 3.13+ (gen_close): a generator suspended at a `yield` that no try, with or except block surrounds (its
   * RESUME's RESUME_OPARG_DEPTH1_MASK) ends at close() without running: its locals cleared, no GeneratorExit.
   */
  closeAtOuterYieldFinishes: boolean;
}

/** What changed in Lib/asyncio from 3.11 to 3.13. */
export interface AsyncioModel {
  /**
   * 3.12+: wait_for(aw, timeout) awaits `aw` in the calling task inside asyncio.timeout() (gh-96764);
   * 3.11 wraps it in a task of its own (ensure_future), which takes a task name and a loop iteration.
   */
  waitForUsesTimeout: boolean;
  /**
   * 3.13+: Semaphore.acquire, once woken, wakes in a `finally` as many waiters as the value allows
   * (gh-90155); 3.11 and 3.12 wake at most one more.
   */
  semaphoreWakesInFinally: boolean;
  /**
   * 3.13's TaskGroup (gh-116720 and neighbours): the parent's uncancel() after the tasks are waited for,
   * CancelledError subclasses, the parent re-cancelled when it was being cancelled, coroutines closed when
   * create_task refuses them; and Task.uncancel() clearing a pending cancel when the count reaches 0.
   */
  taskGroup313: boolean;
  /**
   * 3.13+: as_completed() returns an _AsCompletedIterator, a plain and an asynchronous iterator, built
   * (its tasks made) when called, and refusing any awaitable; 3.11 and 3.12's is a generator that does
   * all that at the first next() and refuses only a future or a coroutine (gh-77714).
   */
  asCompletedIterator: boolean;
  /**
   * 3.13+: Condition.wait() makes its future before releasing the lock and, on any error out of it,
   * notifies another waiter in its place (gh-112202); 3.11 and 3.12 re-raise a bare CancelledError.
   */
  conditionNotifiesOnError: boolean;
}

/** What changed in Lib/contextlib.py from 3.11 to 3.13 (read off the real files). */
export interface ContextlibModel {
  /** 3.12+: _GeneratorContextManager.__exit__ calls gen.throw(value) (3.11: throw(typ, value, traceback)). */
  throwValueOnly: boolean;
  /** 3.12+: suppress.__exit__ returns None without an exception, and splits exception groups. */
  suppressSplitsGroups: boolean;
  /** 3.13: ExitStack.__exit__ tracks the exception alone (sys.exception()), passing each callback its own __traceback__. */
  exitStackByException: boolean;
  /** 3.13: AbstractContextManager and AbstractAsyncContextManager have `__slots__ = ()`. */
  abstractSlots: boolean;
}

/** What changed in Lib/random.py from 3.11 to 3.13 (read off the real files). */
export interface RandomModuleModel {
  /**
   * 3.12+ (gh-86388): randrange() takes integers only (operator.index raises the TypeError); 3.11 falls back
   * on int() with a DeprecationWarning, or a ValueError for a non-integral float. The same change made the
   * empty-range messages name the arguments ("empty range in randrange(5, 2)").
   */
  randrangeIndexOnly: boolean;
  /** 3.13: seed()'s TypeError breaks its line before "None" rather than after it. */
  seedTypesBreakBeforeNone: boolean;
  /** 3.13.4+ (the 3.13t oracle is 3.13.5): sample(counts=...) accepts counts summing to 0 ("Counts must be non-negative"). */
  sampleZeroCounts: boolean;
  /** 3.12+: binomialvariate(). */
  binomialvariate: boolean;
  /** 3.12+: expovariate()'s rate defaults to 1.0. */
  expovariateDefaultRate: boolean;
}

const RANDOM_3_11: RandomModuleModel = {
  randrangeIndexOnly: false, seedTypesBreakBeforeNone: false, sampleZeroCounts: false, binomialvariate: false, expovariateDefaultRate: false,
};
const RANDOM_3_12: RandomModuleModel = { ...RANDOM_3_11, randrangeIndexOnly: true, binomialvariate: true, expovariateDefaultRate: true };
const RANDOM_3_13: RandomModuleModel = { ...RANDOM_3_12, seedTypesBreakBeforeNone: true };

/** Lib/enum.py's differences, given to the simulator's enum source as module globals (modules/enum.ts). */
export interface EnumModel {
  /** 3.12+: `x in Color` is True for a member's value too; 3.11 warns (DeprecationWarning) and raises TypeError for a non-member. */
  containsValues: boolean;
  /** 3.11: EnumType.__getattr__ looks members up (`AttributeError: PURPLE`); 3.12+ have none (type's own message). */
  metaGetattr: boolean;
  /** 3.12+: an enum.property redirect keeps its member and the attribute it shadows (`member`, `_attr_type`, `_cls_type`). */
  propertyKeepsMember: boolean;
  /**
   * 3.12+: EnumType.__call__(cls, value, names, *values) (a tuple value given as arguments; "has no members" for a
   * lookup on an empty enum), _generate_next_value_ a staticmethod, and type.__new__'s errors raised anew.
   */
  callTakesValues: boolean;
  /** 3.13+: EnumDict, _add_member_, _add_alias_, _add_value_alias_, _unhashable_values_map_, the `__in_progress` guard. */
  aliasApi: boolean;
  /** 3.13.5 (the 3.13t oracle): _hashable_values_, a list of the members' values that `in` searches. */
  hashableValuesList: boolean;
  /** 3.11 and 3.12: a class defined in an enum's body becomes a member (with a DeprecationWarning); 3.13 leaves it an attribute. */
  nestedClassesAreMembers: boolean;
  /** 3.13+: auto() after values that do not sort raises TypeError (3.11 and 3.12 warn and add 1 to the last value). */
  autoNeedsSortable: boolean;
  /** 3.13+: Flag operators refuse a pseudo-member whose value is None ("cannot be combined"). */
  flagOperandChecks: boolean;
}

export interface VersionModel {
  version: PythonVersion;
  /** sys.version_info. */
  versionInfo: [number, number, number];
  versionString: string;
  /** PEP 683 (3.12+): None, True, False, small ints, static types are immortal. */
  immortalStatics: boolean;
  /** 3.12 made every interned string immortal; 3.13 only the statically allocated ones. */
  immortalInterned: boolean;
  /**
   * 3.11/3.12: the one-character identifiers whose interned string is a deep-frozen module's static string
   * (Tools/build/deepfreeze.py; _PyStaticCode_InternStrings interns them at startup, before any Latin-1
   * singleton), so that the literal 'a' is not chr(97) nor 'abc'[i]. Measured on the oracle interpreters:
   * `[c for c in ascii_letters + digits + '_' if eval(repr(c)) is not chr(ord(c))]`. 3.13's intern_common
   * interns a one-character string as its singleton: none.
   */
  deepFrozenChars: string;
  /**
   * 3.13: only a class whose instances are a bare object (tp_basicsize == sizeof(PyObject): no __slots__
   * members) keeps their attributes inline (type_ready_managed_dict sets Py_TPFLAGS_INLINE_VALUES); the
   * others get a dict object at their first attribute (_PyObjectDict_SetItem, new_dict_with_shared_keys).
   */
  inlineValuesNeedBareObject: boolean;
  /** 3.13: gc.get_referrers/get_referents are METH_FASTCALL (clinic `*objs`), so a keyword's error names them "gc.get_referrers()". */
  gcReferentsFastcall: boolean;
  /**
   * Starting counts of pre-existing objects where they are mortal (3.11): what the startup's objects hold,
   * which depends on the modules loaded (`type`: a plausible value for every static type). Programs should
   * only ever see "large" of them.
   */
  staticRefcounts: {
    None: number; True: number; False: number; Ellipsis: number; NotImplemented: number; smallInt: number; type: number;
  };
  gcThresholds: [number, number, number];
  gcStartup: GcStartup;
  /** Only 3.12 leaves a code object's constant tuples untracked by the collector. */
  constTuplesUntracked: boolean;
  /** 3.12+: the parser's arena holds a bytes literal written as one token twice (Parser/action_helpers.c). */
  parserHoldsBytesLiteralTwice: boolean;
  /**
   * object_new's refusal of an abstract class: 3.11 "with abstract methods a, b", 3.12+ "without an
   * implementation for abstract methods 'a', 'b'".
   */
  abstractClassMessage: 'with' | 'without-implementation';
  /**
   * Argument parsers whose tuple of keyword names CPython builds on first use (Python/getargs.c's
   * parser_init; 3.12 made most of them static objects): a tracked tuple, kept for good, which
   * gc.get_count() counts unless a free list supplies it. 'any-call': built by the first call (print, whose
   * *args always take the slow path); 'keyword-call': by the first call that passes keywords. Measured
   * on each interpreter after gc.collect(): the new tracked objects after one call.
   */
  lazyKeywordTuples: Readonly<Record<string, LazyKeywordTuple>>;
  /** gc.set_threshold's argument-count error (3.13 words it differently). */
  setThresholdArityMessage: 'takes' | 'requires';
  /** Argument Clinic's unknown keyword: "'k' is an invalid keyword argument for f()" (≤ 3.12), "f() got an unexpected keyword argument 'k'" (3.13). */
  clinicUnexpectedKeywordMessage: boolean;
  /**
   * 3.13 (gh-95754): a module of the script's folder that lacks an attribute suggests renaming its file when it
   * hides a standard module, or when its code is still running (instead of "partially initialized module").
   */
  moduleShadowingHints: boolean;
  /** 3.12+ (gh-91058): ImportError has name_from, the name `from m import x` asked for (a keyword and a member). */
  importErrorNameFrom: boolean;
  /**
   * A namespace package's repr (_module_repr_from_spec): 3.11 names its loader (`<module 'ns' (<..NamespaceLoader
   * object at 0x...>)>`), 3.12+ says `(namespace) from ['/path/ns']` (gh-99139).
   */
  namespaceModuleRepr: 'loader' | 'paths';
  /** 3.13 (gh-107944): a Python function's unknown keyword names the nearest of its keyword parameters: ". Did you mean 'action'?". */
  keywordArgumentSuggestions: boolean;
  /**
   * 3.13: BaseExceptionGroup.split/subgroup take any callable but a class as a predicate (3.11, 3.12: a Python
   * function only, with another TypeError message), and check their argument as Argument Clinic's METH_O does.
   */
  splitTakesAnyCallable: boolean;
  /**
   * 3.13 moved str's and bytes's find/rfind/index/rindex/count/startswith/endswith to Argument Clinic:
   * "find expected at least 1 argument, got 0" and "find() argument 1 must be str, not int" instead of
   * "find() takes at least 1 argument (0 given)" and "must be str, not int"; str.replace took `count`
   * by keyword, so its arity errors became "replace() takes at least 2 positional arguments (1 given)".
   */
  strMethodsClinic: boolean;
  /** str.splitlines(keepends) takes any object as a truth value from 3.12 on (3.11: an int, "'str' object cannot be interpreted as an integer"). */
  splitlinesKeependsAnyObject: boolean;
  /** 3.11 collects inside the allocation that crossed the threshold; 3.12+ at the next eval-breaker check, if still over. */
  gcRecheckThreshold: boolean;
  /** locals() in a function returns a dict cached on the frame (≤ 3.12) or a fresh snapshot (PEP 667, 3.13). */
  localsCachedOnFrame: boolean;
  /** A weak proxy's repr: `<weakproxy at A to T at B>` (3.11, 3.12), `<weakproxy at A; to 'T' at B>` and `; dead` (3.13). */
  weakproxyReprQuoted: boolean;
  /** Once `obj.__dict__` was used, the collector counts the dict apart from the instance (≤ 3.12). */
  materializedDictIsSeparate: boolean;
  /** 3.13's list_extend resizes for an exact dict or set (list_extend_dict/_set) instead of an exact preallocation. */
  listExtendResizesDictsAndSets: boolean;
  /** sys.getsizeof layouts that differ by version (64-bit; see runtime/sizes.ts). */
  sizes: SizeModel;
  /** The TypeError of a class pattern whose "class" is not one: "… must be a type" (3.11), "… a class" (3.12+). */
  matchNotAClassMessage: string;
  /**
   * The instructions that look at the eval breaker (a GIL drop request, a scheduled collection in
   * 3.12+): 3.11 ceval.c CHECK_EVAL_BREAKER() in RESUME, JUMP_BACKWARD and after CALL/CALL_FUNCTION_EX
   * of non-Python callables; 3.12/3.13 bytecodes.c the same places. Since 3.10 no longer every dispatch.
   */
  evalBreakerChecks: readonly number[];
  processBootstrapLines: [number, number];
  /**
   * Line numbers in CPython's own Python modules of the lines its tracebacks show, by the key that marks
   * the same line in the simulator's version of the module (`# traceback: key`, runtime/stdlib-frames.ts).
   */
  stdlibLines: Readonly<Record<string, number>>;
  /** Lib/random.py's differences (modules/python/random-source.ts reads them through _lens_random). */
  random: RandomModuleModel;
  /**
   * _bisect (3.12+) looks the sequence's sq_item up once before searching, and compares an item of x's
   * own type through that type's tp_richcompare first (modules/bisect/bisect-search.ts): an object that
   * cannot be indexed fails even for an empty range, and a __lt__ returning NotImplemented is called a
   * second time by the generic comparison that follows. 3.11 calls PySequence_GetItem at each probe.
   */
  bisectTypeFastPaths: boolean;
  /**
   * list.sort's count_run takes equal elements into a descending run, reversing each group of equals
   * (3.13, gh-116554); 3.11 and 3.12 end a descending run at the first pair not strictly descending.
   * Either way the result is the same; the comparisons a __lt__ sees differ (runtime/timsort.ts).
   */
  sortDescendingRunsTakeEquals: boolean;
  generators: GeneratorModel;
  /**
   * Where a warning with no Python frame to blame is attributed (_warnings.c setup_context): the `sys`
   * module at line 1 up to 3.12, `<sys>` at line 0 from 3.13 (a coroutine never awaited, freed at exit).
   */
  warningWithoutFrame: { filename: string; line: number };
  /**
   * How an unraisable exception with a context of its own is introduced: 3.11-3.12's _PyErr_WriteUnraisableMsg
   * `Exception ignored in atexit callback: <function f>`, 3.13's PyErr_FormatUnraisable
   * `Exception ignored in atexit callback <function f>:` (the object in the message, err_msg).
   */
  unraisableObjectInMessage: boolean;
  /**
   * 3.11: _PySys_Create ends with _PyImport_FixupBuiltin(sysmod, "sys"), whose m_copy (a copy of sys's dict, kept
   * for the interpreter's life) holds one more reference to what sys had then: sys.modules and what
   * _PySys_InitCore set (version_info, flags, float_info...). 3.12+ copy it (interp->sysdict_copy) before.
   */
  sysDictCopyAfterInit: boolean;
  /** Lib/asyncio's differences (modules/python/asyncio-source.ts reads them through _lens_asyncio). */
  asyncio: AsyncioModel;
  /** Lib/contextlib.py's differences (modules/python/contextlib-source.ts reads them through _lens_contextlib). */
  contextlib: ContextlibModel;
  pickleLocalVerb: 'pickle' | 'get';
  /** Simulated ns per instruction of each cost class (threads/cost-model.ts, scripts/calibrate-clock.ts). */
  instructionCostNs: Record<CostClass, number>;
  /**
   * hashlib as 3.13.4+ has it (the 3.13t oracle is 3.13.5): the constructors take the data as
   * `data=` too, and hashlib.new passes a non-str name to _hashlib.new, whose clinic check words the error.
   */
  hashlibDataKeyword: boolean;
  /**
   * CALL_FUNCTION_EX on a Python function pushes its frame with _PyEvalFramePushAndInit_Ex (3.12+),
   * which releases the *args tuple and **kwargs dict once the arguments are in the frame's locals;
   * 3.11 keeps them on the caller's stack until the call returns.
   */
  callExReleasesArgs: boolean;
  /**
   * 3.11's call_attribute (Objects/typeobject.c), how slot_tp_getattr_hook calls a class's Python
   * `__getattribute__` or `__getattr__`, binds the function to the instance (a method object holding one
   * more reference to it) before calling it; 3.12+ calls a method descriptor with the instance directly.
   */
  attributeHookBindsMethod: boolean;
  /** sum() adds floats with Neumaier's compensated summation (3.12+): sum([0.1] * 10) == 1.0. */
  sumCompensated: boolean;
  /** copy.replace() and __replace__ (3.13+). */
  copyReplace: boolean;
  /** How dataclasses generates a class's methods (modules/python/dataclasses-source.ts). */
  dataclasses: DataclassesModel;
  /** What enum does differently (modules/python/enum-source.ts). */
  enum: EnumModel;
  /** typing's messages that changed (modules/python/typing-source.ts). */
  typing: { /** 3.13 (PEP 696): "Too few arguments for <class 'C'>; actual 1, expected at least 2". */ tooFewSaysAtLeast: boolean };
  /** itertools, functools and operator. */
  functionalModules: {
    /** itertools.batched: absent (3.11), batched(iterable, n) (3.12), with keyword-only strict= (3.13+). */
    batched: 'absent' | 'n' | 'n-strict';
    /** itertools.pairwise keeps the tuple it returned and refills it while nothing else holds it (3.13+). */
    pairwiseKeepsResult: boolean;
    /**
     * How operator.methodcaller calls the method (Modules/_operator.c). 'tp_call' (3.11, 3.12):
     * PyObject_Call with the stored argument tuple, whose _PyStack_UnpackDict holds one more reference
     * to each argument when there are keywords. 'vectorcall' (3.13): the stored arguments, borrowed.
     * 'tp_call-slice' (3.13t, whose vectorcall is off, gh-127065): tp_call on a new slice of the
     * stored tuple (one more reference to each positional argument), then as 'tp_call'.
     */
    methodcallerCall: 'tp_call' | 'vectorcall' | 'tp_call-slice';
  };
  /** sys._is_gil_enabled() exists (3.13+): it returns whether the GIL is on. */
  hasIsGilEnabled: boolean;
  /**
   * The ValueError of a lock's acquire(timeout=negative other than -1) (Modules/_threadmodule.c
   * lock_acquire_parse_args): 3.13 reworded "timeout value must be positive".
   */
  lockNegativeTimeoutMessage: string;
  /**
   * The OverflowError of an int number of seconds beyond the C time type (Python/pytime.c pytime_overflow):
   * "timestamp too large to convert to C _PyTime_t", 3.13 named the type PyTime_t.
   */
  pyTimeOverflowMessage: string;
  /**
   * format_kwargs_error turns a KeyError from `f(**m)` into "f() got multiple values for keyword argument":
   * 3.11 only dict_merge's own (an unnormalized (key,) value), 3.12+ any KeyError with one argument
   * (one raised by the mapping's __getitem__ too: exceptions are always normalized there).
   */
  kwargsAnyKeyErrorReworded: boolean;
  /**
   * int() and str() check their argument count in a vectorcall (3.13: long_vectorcall, unicode_vectorcall):
   * "int expected at most 2 arguments, got 3" instead of the argument parser's "int() takes at most 2 arguments (3 given)".
   */
  vectorcallIntAndStr: boolean;
  /** bytearray.extend(str): "expected iterable of integers; got: 'str'" (3.13) instead of the item's TypeError. */
  bytearrayExtendStrMessage: boolean;
  /**
   * obj.x = v on an object without a __dict__: "… has no attribute 'x' and no __dict__ for setting new
   * attributes", with the AttributeError's name and obj set (3.13); "… has no attribute 'x'" before.
   */
  setattrNoDictMessage: boolean;
  /**
   * When TextIOWrapper.write() passes the pending pieces on before it adds a new one: 'over-chunk' when
   * together they would pass chunk_size (3.11, 3.12), 'chunk-sized-piece' only when the new piece alone is
   * chunk_size or more (3.13, gh-87426); then the pieces go once they reach chunk_size.
   */
  textStreamFlushBeforeAppend: 'over-chunk' | 'chunk-sized-piece';
  /** 3.12+: _io's types are heap types made from specs (gh-101819), so their tp_traverse visits the type first (gc.get_referents). */
  ioTraverseVisitsType: boolean;
  /**
   * 3.11: an empty StringIO's _PyUnicodeWriter keeps the first str written as it is (readonly), and each
   * getvalue() hands out that str, or the one it made, and keeps it again: `f.write(s); f.getvalue() is s`.
   * 3.12+: the writer copies what it is given.
   */
  stringIOKeepsSoleText: boolean;
  /**
   * What importing each standard module does to the collector, measured on the real interpreter
   * (modules/import-garbage.ts replays it for the program's imports); null where not measured (3.13t).
   */
  importTraces: ImportTraces | null;
  /** min() and max() of an empty iterable without a default: "max() arg is an empty sequence" (3.11), "max() iterable argument is empty" (3.12+). */
  minMaxEmptyMessage: string;
  /** x % 0.0: "float modulo" (3.11, 3.12), "float modulo by zero" (3.13, gh-117974's float_rem). */
  floatModuloByZeroMessage: string;
  /** 3.12+: a slice is hashable (slice_hash over start, stop and step, gh-101264); 3.11's are "unhashable type: 'slice'". */
  sliceHashable: boolean;
  /** 3.12+: hash(None) is a constant, 0xFCA86420 (gh-99540); 3.11's comes from None's address. */
  noneHashConstant: boolean;
  /** 3.13: chr() takes any int (a huge one is "chr() arg not in range(0x110000)"); before, a C int (OverflowError past one). */
  chrTakesAnyInt: boolean;
  /**
   * "Did you mean" for an AttributeError leaves out names starting with '_' unless the missing name does,
   * or the code that failed is a method of the object (3.13's traceback._compute_suggestion_error).
   */
  suggestionsHideUnderscored: boolean;
  /**
   * Who words a NameError's suggestion: 3.11's C code (suggestions.c: the closest name only), or
   * 3.12+'s traceback._compute_suggestion_error, which first tries `self.name` in a method and then
   * "Did you forget to import" for a standard module.
   */
  nameErrorSuggestions: 'suggestions-c' | 'traceback-py';
  /** The free-threaded build's differences (PEP 703); null for a build with the GIL. */
  freeThreading: FreeThreadingModel | null;
  /** What differs in the collections module (modules/collections, modules/python/collections-source.ts). */
  collections: CollectionsModel;
  /** What differs in the array module (modules/array). */
  array: ArrayModuleModel;
  /** 3.11: a generator holds its code (gi_code) besides its frame's reference (3.12+: the frame's only). */
  generatorHoldsCode: boolean;
  /** How tracebacks show source lines and position markers, by where they are printed. */
  tracebacks: TracebackPrinters;
  /** SyntaxError messages and positions that differ from 3.11's. */
  syntax: SyntaxModel;
  /** Instruction positions that differ by version. */
  positions: CompilerPositions;
  /**
   * PEP 709 (3.12+): list, set and dict comprehensions run inline in their function, without a frame
   * of their own. The simulator still runs them as 3.11 does; tracebacks leave their frame out.
   */
  inlinedComprehensions: boolean;
  /**
   * 3.13: a class body stores `__firstlineno__` (its first line, decorators included) after `__qualname__`
   * and, last, `__static_attributes__` (the sorted names of every `self.X = …` in its functions).
   */
  classBodyNames: boolean;
  /**
   * 3.13 (gh-81283): the compiler strips docstrings' indentation as inspect.cleandoc does, but keeps
   * trailing blank lines (_PyCompile_CleanDoc, compile/docstring.ts).
   */
  cleanDocstrings: boolean;
  /** sys.settrace and sys.setprofile. */
  tracing: TracingModel;
}

/**
 * sys.settrace and sys.setprofile: 3.11's eval loop calls them itself (Python/ceval.c call_trace,
 * maybe_call_line_trace); 3.12 rebuilt them over sys.monitoring (Python/legacy_tracing.c, instrumentation.c).
 */
export interface TracingModel {
  /**
   * 3.12+: the events are sys.monitoring's. A line event comes from an instruction that starts a line
   * (a new line in the code's order, a jump target, a handler) and a backward jump within one line
   * (instrumentation.c initialize_lines, legacy_tracing.c sys_trace_jump_func); the end of a `yield from`
   * or `await` of a generator or coroutine reports a StopIteration (INSTRUMENTED_END_SEND); the frame
   * object is held for the call (call_trace_func's Py_INCREF); a trace function failing on a 'return'
   * event fails the RETURN_VALUE itself. 3.11: a line event whenever the line differs from the previous
   * instruction's or a jump went backward, and that failure leaves the frame without a traceback entry.
   */
  monitoring: boolean;
  /** 3.12: a generator's throw() gives the profile function its 'call' event with the exception (sys_profile_func3), 3.11 and 3.13 None. */
  throwCallArgIsException: boolean;
  /**
   * 3.13: an exception thrown into a generator or coroutine stopped in a `yield from` or `await` reports
   * that line again (its frame resumes at the RESUME, and the loop's CLEANUP_THROW handler starts a line).
   */
  throwReportsDelegationLine: boolean;
}

const TRACING_3_11: TracingModel = { monitoring: false, throwCallArgIsException: false, throwReportsDelegationLine: false };
const TRACING_3_12: TracingModel = { monitoring: true, throwCallArgIsException: true, throwReportsDelegationLine: false };
const TRACING_3_13: TracingModel = { monitoring: true, throwCallArgIsException: false, throwReportsDelegationLine: true };

/** What the compiler reads of a version model. */
export type CompilerRules = Pick<VersionModel, 'positions' | 'inlinedComprehensions' | 'classBodyNames' | 'cleanDocstrings'> & {
  /**
   * Code of the simulator's own library (never traced): its instructions stay as the cost model was
   * calibrated with, without what only the learner's code needs of CPython's exact instruction stream
   * (compiler.ts exactInstructions).
   */
  libraryCode?: boolean;
};

/** The rules the simulator's own library modules are compiled with, but for the version's positions (modules/registry.ts). */
export const LIBRARY_COMPILER_RULES: CompilerRules = { positions: POSITIONS_3_11, inlinedComprehensions: false, classBodyNames: false, cleanDocstrings: false, libraryCode: true };

/** collections and _collections, by version (read in their sources and checked on the interpreters). */
export interface CollectionsModel {
  /** OrderedDict's repr: `OrderedDict([('a', 1)])` (3.11), `OrderedDict({'a': 1})` (3.12+: a dict copy's repr, gh-101446). */
  orderedDictRepr: 'pairs' | 'dict';
  /**
   * The module in the names of _collections' helper types (_deque_iterator, _deque_reverse_iterator,
   * _tuplegetter): '_collections' (3.11, static types), 'collections' (3.12+, heap types made from specs,
   * and _collections exports the deque iterator types).
   */
  helperTypesModule: '_collections' | 'collections';
  /**
   * deque's insert, index and rotate parse their arguments with Argument Clinic's positional checks (3.13):
   * "insert expected 2 arguments, got 1" rather than "insert() takes exactly 2 arguments (1 given)".
   */
  dequeArgumentClinic: boolean;
}

/** The array module by version (measured on the interpreters). */
export interface ArrayModuleModel {
  /** array.typecodes: 3.13 adds 'w' (Py_UCS4 items). */
  typecodes: string;
  /** array.clear() (3.13+). */
  clear: boolean;
  /** The typecodes array()'s "bad typecode" error lists: 3.13.0 still 3.11's; 3.13.5 (the 3.13t oracle) adds 'w'. */
  badTypecodeList: string;
}

const ARRAY_3_11: ArrayModuleModel = { typecodes: 'bBuhHiIlLqQfd', clear: false, badTypecodeList: 'b, B, u, h, H, i, I, l, L, q, Q, f or d' };
const ARRAY_3_13: ArrayModuleModel = { typecodes: 'bBuwhHiIlLqQfd', clear: true, badTypecodeList: 'b, B, u, h, H, i, I, l, L, q, Q, f or d' };

const COLLECTIONS_3_11: CollectionsModel = { orderedDictRepr: 'pairs', helperTypesModule: '_collections', dequeArgumentClinic: false };
const COLLECTIONS_3_12: CollectionsModel = { orderedDictRepr: 'dict', helperTypesModule: 'collections', dequeArgumentClinic: false };
const COLLECTIONS_3_13: CollectionsModel = { orderedDictRepr: 'dict', helperTypesModule: 'collections', dequeArgumentClinic: true };

/**
 * What the free-threaded build (Py_GIL_DISABLED) changes that a program can observe, read in CPython
 * 3.13's source and checked against a `--disable-gil` build (test/oracle/README.md).
 */
export interface FreeThreadingModel {
  /**
   * Biased reference counting (Include/object.h, Objects/object.c): an object's creating thread owns it
   * (ob_tid) and counts in ob_ref_local without atomics; other threads count in ob_ref_shared.
   * Py_REFCNT is their sum. When the owner's local count reaches 0 the two merge
   * (_Py_MergeZeroLocalRefcount); a non-owner whose decrement finds the shared count at 0 queues the
   * object to its owner instead (Python/brc.c), which merges at its next eval-breaker check.
   */
  biasedRefcounts: boolean;
  /** The hypothetical interpreter: plain load-add-store counts that lose concurrent updates (racy-refcount.ts). */
  racyRefcounts: boolean;
  /**
   * _PyObject_SetDeferredRefcount: module-level functions, classes, modules (and code objects) count
   * one extra local reference that the collector accounts for; once a second thread starts, every
   * such object, existing or new, is made immortal instead (gh-117783, Python/pystate.c).
   */
  deferredRefcount: boolean;
  /** gh-130851 (3.13.4+): code object constants (ints, floats, tuples of immortals...) are immortal. */
  immortalConstants: boolean;
  /** An exhausted list iterator keeps its list (listobject.c: it_seq is only cleared with the GIL). */
  listIteratorKeepsList: boolean;
  /**
   * gc_free_threading.c: a collection of any generation examines the whole heap (no young/old lists,
   * no promotion), untracks tuples and dicts every time, and get_objects(g) lists every object.
   */
  wholeHeapCollections: boolean;
  /** Code objects are GC objects, tracked by the collector (they use deferred reference counts). */
  codeObjectsTracked: boolean;
  /**
   * CPU time a finishing thread spends after its function returned, beyond what the default build
   * spends: PyThreadState_Clear abandons the thread's mimalloc heaps (_PyThreadState_ClearMimallocHeaps)
   * and leaves QSBR. Measured on 3.13.5t against 3.13.0 (scripts/probes/thread-lifecycle.py): about
   * 300 µs of process CPU per started-and-joined thread against 85 µs.
   */
  threadTeardownNs: number;
}

/** tp_basicsize and friends that changed between versions (bytes, 64-bit, without the GC header). */
export interface SizeModel {
  /** sizeof(PyASCIIObject) and sizeof(PyCompactUnicodeObject): 3.12 removed wstr (8 bytes each). */
  strAsciiHeader: number;
  strCompactHeader: number;
  /** sizeof(PyUnicodeObject): a str subclass instance keeps its characters apart. */
  strLegacyHeader: number;
  /**
   * 3.12+: the static one-character Latin-1 strings (_Py_LATIN1_CHR, U+0080–U+00FF) carry their UTF-8
   * form (2 bytes and a NUL), which unicode_sizeof counts.
   */
  latin1CharUtf8: boolean;
  /** sizeof(PyFunctionObject): 3.12 added func_typeparams. */
  function: number;
  /** gen_sizeof: offsetof(PyGenObject, gi_iframe) + offsetof(_PyInterpreterFrame, localsplus). */
  generatorHeader: number;
  /** 3.12+ generators run inside an implicit handler that needs two stack slots (lasti, exception). */
  generatorMinStack: number;
  /** 3.12+ keep a class instance's weakref list before the object (Py_TPFLAGS_MANAGED_WEAKREF). */
  managedWeakref: boolean;
  /** sizeof(PyTypeObject) and sizeof(PyHeapTypeObject). */
  staticType: number;
  heapType: number;
  /** range_iterator: 3.12 dropped `start`'s separate field (longer fields: 4 → 3). */
  rangeIterator: number;
  /** ImportError gained name_from in 3.12. */
  importError: number;
  /**
   * sizeof(PyObject): 16 (ob_refcnt, ob_type); 32 in the free-threaded build (ob_tid, ob_mutex,
   * ob_gc_bits, ob_ref_local, ob_ref_shared: Include/object.h).
   */
  objectHeader: number;
  /** sizeof(PyGC_Head) before each GC object: 16; none in the free-threaded build (_PyType_PreHeaderSize). */
  gcHeader: number;
  /**
   * 3.13+ keep a class instance's attribute values inside its block (Py_TPFLAGS_INLINE_VALUES), sized when it is
   * made; 3.11 and 3.12 allocate them apart (new_values), after taking one slot off the class's shared keys.
   */
  inlineValues: boolean;
}

const stats = (gen0: [number, number], gen1: [number, number]) => [
  { collections: gen0[0], collected: gen0[1], uncollectable: 0 },
  { collections: gen1[0], collected: gen1[1], uncollectable: 0 },
  { collections: 0, collected: 0, uncollectable: 0 },
];
/**
 * The collector's state at a program's first line, as a clean interpreter (no .pth file run: scripts/pythons.mjs)
 * leaves it: the startup's, plus what compiling the program counted, which depends on the program.
 * 3.11.7: the median over the oracle programs (scripts/measure-gc-program-start.mjs, gdb at run_eval_code_obj) of
 * those whose compilation ran no collection, 767 of 832: count[0] 572 to 695, median 611 (the others: one
 * more collection, count[0] small); the free lists likewise. Objects per generation: `import gc;
 * print(len(gc.get_objects(g)))` as a small program's first lines (its compilation counted little). No
 * collection of generation 1 yet, so nothing is long-lived, and the startup's objects (sys.modules, __main__'s
 * dict...) are in generation 1, as in 3.12 and 3.13.
 * 3.12.1 and 3.13.0: scripts/probes/gc-startup.py. Their startup leaves count[0] just under the threshold
 * (3.12: 687 of 700 for a 3-line program; 3.13: 1966 of 2000): a program's compilation takes it over and the
 * collection runs at its first eval-breaker check (3.12+), which these figures show as done.
 */
const GC_STARTUP: Record<Exclude<PythonVersion, 'nogil-hypothetical'>, GcStartup> = {
  '3.11': {
    counts: [611, 7, 0], objects: [589, 4175, 0], stats: stats([7, 24], [0, 0]), longLivedPending: 0, longLivedTotal: 0,
    freelists: { list: 9, dict: 15, slice: 1, tuple: ([5, 25, 2, 1, 1, 1, 0, 0, 0, 0, 1, 0, 1, 0, 1, 0, 1, 0, 0]) },
  },
  '3.12': {
    counts: [20, 5, 0], objects: [26, 4968, 0], stats: stats([4, 24], [0, 0]), longLivedPending: 0, longLivedTotal: 0, frozen: 375,
    freelists: { list: 18, dict: 1, slice: 1, tuple: ([1, 33, 1, 1, 2, 1, 1, 1, 2, 1, 1, 1, 1, 1, 1, 1, 1, 2, 1]) },
  },
  '3.13': {
    counts: [93, 3, 0], objects: [71, 5084, 0], stats: stats([3, 24], [0, 0]), longLivedPending: 0, longLivedTotal: 0,
    freelists: { list: 18, dict: 26, slice: 1, tuple: ([1, 33, 1, 1, 2, 2, 5, 2, 3, 5, 2, 8, 2, 1, 1, 1, 1, 2, 1]) },
  },
  // 3.13.5t (scripts/probes/gc-startup.py): one heap, so every generation lists the 5940 startup objects
  // (kept here as the oldest generation's); the last startup collection found them all alive. Its
  // collections clear the free lists, which hold what the startup made since. count[0] is what the
  // startup flushed (512), the rest waits in the thread's counter (unflushedCount).
  '3.13t': {
    counts: [512, 3, 0], objects: [0, 0, 5940], stats: stats([3, 255], [0, 0]), longLivedPending: 0, longLivedTotal: 5940,
    unflushedCount: 270, unreachableAtStart: 138, startupGarbageFrees: 146, importAllocations: { gc: 22 },
    freelists: { list: 18, dict: 0, slice: 1, tuple: ([1, 33, 1, 1, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]) },
  },
};

/** Lib/collections/__init__.py of each interpreter (3.11.7, 3.12.1, 3.13.0, 3.13.5t): the lines its tracebacks show. */
const collectionsLines = (namedtupleChecks: number, make: number, counterInit: number, fromkeys: number, update: number) => ({
  'collections.namedtuple.not_str': namedtupleChecks,
  'collections.namedtuple.not_identifier': namedtupleChecks + 2,
  'collections.namedtuple.keyword': namedtupleChecks + 5,
  'collections.namedtuple.underscore': namedtupleChecks + 11,
  'collections.namedtuple.duplicate': namedtupleChecks + 14,
  'collections.namedtuple.defaults': namedtupleChecks + 21,
  'collections.namedtuple._make': make,
  'collections.namedtuple._replace': make + 9,
  'collections.Counter.__init__': counterInit,
  'collections.Counter.fromkeys': fromkeys,
  'collections.Counter.update': update,
});

/**
 * Lib/threading.py of each interpreter (3.11.7, 3.12.1, 3.13.0, 3.13.5t); `invokeExcepthook`: the
 * `hook(args)` of _make_invoke_excepthook's function, shown when threading.excepthook raises.
 */
const threadingLines = (bootstrapInner: number, run: number, start: number, joinNotStarted: number, timerRun: number, invokeExcepthook: number, bootstrap: number) => ({
  // The outermost frame of a thread: only a stack printed from the thread shows it (traceback.print_stack, logging's stack_info).
  'threading.Thread._bootstrap': bootstrap,
  'threading.Thread._bootstrap_inner': bootstrapInner,
  'threading.Thread.run': run,
  'threading.Thread.start': start,
  'threading.Thread.join.not_started': joinNotStarted,
  'threading.Thread.join.current': joinNotStarted + 2,
  'threading.Timer.run': timerRun,
  'threading._make_invoke_excepthook.invoke_excepthook': invokeExcepthook,
});

/**
 * The lines of Lib/threading.py's checks on a Thread whose __init__ never ran (a subclass that forgot
 * super().__init__()) and on setting daemon once started, in the order: __repr__, start, join, name,
 * name's setter, ident, native_id, is_alive, daemon, daemon's setter (not initialised, then active).
 */
const threadingCheckLines = (lines: readonly number[]) => Object.fromEntries([
  'threading.Thread.__repr__', 'threading.Thread.start.not_initialized', 'threading.Thread.join.not_initialized',
  'threading.Thread.name', 'threading.Thread.name.setter', 'threading.Thread.ident', 'threading.Thread.native_id',
  'threading.Thread.is_alive', 'threading.Thread.daemon', 'threading.Thread.daemon.setter.not_initialized',
  'threading.Thread.daemon.setter.active',
].map((key, i) => [key, lines[i]]));
// 3.13t's (3.13.5) are taken as 3.13.0's + 2, the shift of the five threadingLines read off it (no 3.13t
// interpreter was at hand to read these).
const THREADING_CHECKS_3_13 = [941, 964, 1081, 1102, 1107, 1119, 1131, 1142, 1157, 1163, 1167];

// 3.11.7's, measured at a program's first line (a clean start: no .pth file run; sys.getrefcount less what the
// simulator's own objects and the program's constants hold).
const mortalStatics = { None: 3651, True: 43, False: 67, Ellipsis: 2, NotImplemented: 3, smallInt: 1000000000, type: 100 };
const immortal = 4294967295;
const immortalStatics = { None: immortal, True: immortal, False: immortal, Ellipsis: immortal, NotImplemented: immortal, smallInt: immortal, type: immortal };

const ENUM_3_13: EnumModel = {
  containsValues: true, metaGetattr: false, propertyKeepsMember: true, callTakesValues: true, aliasApi: true, hashableValuesList: false,
  nestedClassesAreMembers: false, autoNeedsSortable: true, flagOperandChecks: true,
};

const V3_13: VersionModel = {
  version: '3.13', versionInfo: [3, 13, 0], versionString: '3.13.0 (CPython Lens model)',
  immortalStatics: true, immortalInterned: false, deepFrozenChars: '', inlineValuesNeedBareObject: true, gcReferentsFastcall: true, staticRefcounts: immortalStatics, gcThresholds: [2000, 10, 10], localsCachedOnFrame: false, weakproxyReprQuoted: true, materializedDictIsSeparate: false,
  gcStartup: GC_STARTUP['3.13'], clinicUnexpectedKeywordMessage: true, importErrorNameFrom: true, namespaceModuleRepr: 'paths', moduleShadowingHints: true, keywordArgumentSuggestions: true, splitTakesAnyCallable: true, strMethodsClinic: true, splitlinesKeependsAnyObject: true, gcRecheckThreshold: true, constTuplesUntracked: false, parserHoldsBytesLiteralTwice: true, abstractClassMessage: 'without-implementation', setThresholdArityMessage: 'requires',
  matchNotAClassMessage: 'called match pattern must be a class', listExtendResizesDictsAndSets: true, evalBreakerChecks: EVAL_BREAKER_CHECKS,
  processBootstrapLines: [313, 108], pickleLocalVerb: 'get', stdlibLines: { ...threadingLines(1041, 992, 967, 1083, 1342, 1290, 1012), 'threading.Barrier.__init__.parties': 693, ...threadingCheckLines(THREADING_CHECKS_3_13), ...RANDOM_PY_LINES['3.13'], ...collectionsLines(398, 451, 608, 667, 700), ...HEAPQ_PY_LINES, ...CONTEXTLIB_PY_LINES['3.13'], ...STRING_PY_LINES, ...PPRINT_PY_LINES['3.13'], ...REPRLIB_PY_LINES['3.13'], ...TEXTWRAP_PY_LINES['3.13'], ...WEAKREF_PY_LINES, ...SHAREDCTYPES_PY_LINES, ...POOL_PY_LINES, ...MANAGERS_PY_LINES['3.13'], ...FUTURES_PY_LINES['3.13'], ...FUTURES_PROCESS_PY_LINES['3.13'], ...ASYNCIO_PY_LINES['3.13'], ...QUEUE_PY_LINES['3.13'], ...ENUM_PY_LINES['3.13'], ...JSON_PY_LINES['3.13'], ...RE_PY_LINES['3.13'] }, random: RANDOM_3_13, bisectTypeFastPaths: true, sortDescendingRunsTakeEquals: true,
  generators: { throwTripleDeprecated: true, closeReturnsValue: true, unawaitedAgenMethodWarns: true, closeAtOuterYieldFinishes: true },
  warningWithoutFrame: { filename: '<sys>', line: 0 },
  unraisableObjectInMessage: true,
  sysDictCopyAfterInit: false,
  asyncio: { waitForUsesTimeout: true, semaphoreWakesInFinally: true, taskGroup313: true, asCompletedIterator: true, conditionNotifiesOnError: true },
  contextlib: { throwValueOnly: true, suppressSplitsGroups: true, exitStackByException: true, abstractSlots: true },
  hasIsGilEnabled: true, lockNegativeTimeoutMessage: 'timeout value must be a non-negative number', pyTimeOverflowMessage: 'timestamp too large to convert to C PyTime_t', freeThreading: null, hashlibDataKeyword: false, copyReplace: true, dataclasses: { singleExec: true, namesPriorDefault: true }, enum: ENUM_3_13, typing: { tooFewSaysAtLeast: true }, callExReleasesArgs: true, attributeHookBindsMethod: false, sumCompensated: true, instructionCostNs: CLASS_COST_NS, kwargsAnyKeyErrorReworded: true, vectorcallIntAndStr: true, bytearrayExtendStrMessage: true, setattrNoDictMessage: true, textStreamFlushBeforeAppend: 'chunk-sized-piece', importTraces: IMPORT_TRACES['3.13'], stringIOKeepsSoleText: false, ioTraverseVisitsType: true, minMaxEmptyMessage: 'iterable argument is empty', suggestionsHideUnderscored: true, nameErrorSuggestions: 'traceback-py', floatModuloByZeroMessage: 'float modulo by zero', sliceHashable: true, noneHashConstant: true, chrTakesAnyInt: true,
  generatorHoldsCode: false, tracebacks: TRACEBACKS_3_13, syntax: SYNTAX_3_12, positions: POSITIONS_3_13, inlinedComprehensions: true, classBodyNames: true, cleanDocstrings: true, lazyKeywordTuples: LAZY_KEYWORD_TUPLES_3_13,
  collections: COLLECTIONS_3_13,
  tracing: TRACING_3_13,
  array: ARRAY_3_13,
  functionalModules: { batched: 'n-strict', pairwiseKeepsResult: true, methodcallerCall: 'vectorcall' },
  sizes: {
    strAsciiHeader: 40, strCompactHeader: 56, strLegacyHeader: 64, latin1CharUtf8: true, function: 144, generatorHeader: 144, generatorMinStack: 2,
    managedWeakref: true, staticType: 400, heapType: 928, rangeIterator: 40, importError: 104, objectHeader: 16, gcHeader: 16, inlineValues: true,
  },
};

/**
 * The free-threaded build of 3.13 (`--disable-gil`): 3.13 plus the differences of FreeThreadingModel.
 * Its oracle is 3.13.5t (the nearest free-threaded build at hand), hence the version info.
 */
const V3_13T: VersionModel = {
  ...V3_13,
  version: '3.13t', versionInfo: [3, 13, 5], versionString: '3.13.5 experimental free-threading build (CPython Lens model)',
  gcStartup: GC_STARTUP['3.13t'],
  // No 3.13t interpreter here to measure what its imports do.
  importTraces: null,
  stdlibLines: { ...threadingLines(1043, 994, 969, 1085, 1344, 1292, 1014), 'threading.Barrier.__init__.parties': 695, ...threadingCheckLines(THREADING_CHECKS_3_13.map((line) => line + 2)), ...RANDOM_PY_LINES['3.13'], ...collectionsLines(401, 454, 611, 670, 703), ...HEAPQ_PY_LINES, ...CONTEXTLIB_PY_LINES['3.13'], ...STRING_PY_LINES, ...PPRINT_PY_LINES['3.13'], ...REPRLIB_PY_LINES['3.13'], ...TEXTWRAP_PY_LINES['3.13'], ...WEAKREF_PY_LINES, ...SHAREDCTYPES_PY_LINES, ...POOL_PY_LINES, ...MANAGERS_PY_LINES['3.13'], ...FUTURES_PY_LINES['3.13'], ...FUTURES_PROCESS_PY_LINES['3.13'], ...ASYNCIO_PY_LINES['3.13t'], ...QUEUE_PY_LINES['3.13'], ...ENUM_PY_LINES['3.13t'], ...JSON_PY_LINES['3.13'], ...RE_PY_LINES['3.13t'] },
  random: { ...RANDOM_3_13, sampleZeroCounts: true },
  // 3.13.5's enum.py keeps a list of the hashable values too.
  enum: { ...ENUM_3_13, hashableValuesList: true },
  hashlibDataKeyword: true,
  // 3.13.5's compiler warnings (the 3.13t oracle's version).
  syntax: { ...V3_13.syntax, invalidEscapeLine: 'escape', compileWarningsOncePerLine: true },
  array: { ...ARRAY_3_13, badTypecodeList: 'b, B, u, w, h, H, i, I, l, L, q, Q, f or d' },
  sizes: { ...V3_13.sizes, objectHeader: 32, gcHeader: 0 },
  instructionCostNs: FREE_THREADED_CLASS_COST_NS,
  // intern_common: every interned string is immortal in the free-threaded build.
  immortalInterned: true,
  functionalModules: { ...V3_13.functionalModules, methodcallerCall: 'tp_call-slice' },
  freeThreading: { biasedRefcounts: true, racyRefcounts: false, deferredRefcount: true, immortalConstants: true, listIteratorKeepsList: true, wholeHeapCollections: true, codeObjectsTracked: true, threadTeardownNs: 215_000 },
};

/**
 * The hypothetical interpreter of lesson 3: 3.13's default build (its counts, immortal objects and
 * collector) with the GIL removed and nothing put in its place — threads run bytecode in parallel on the
 * simulated cores, and every reference count is a plain load-add-store.
 */
const NO_GIL_HYPOTHETICAL: VersionModel = {
  ...V3_13,
  version: 'nogil-hypothetical',
  versionString: '3.13.0 without its GIL, with non-atomic reference counts (a hypothetical interpreter, not a CPython)',
  // Not a CPython: no import to measure.
  importTraces: null,
  freeThreading: {
    biasedRefcounts: false, racyRefcounts: true, deferredRefcount: false, immortalConstants: false, listIteratorKeepsList: false,
    wholeHeapCollections: false, codeObjectsTracked: false, threadTeardownNs: 0,
  },
};

export const VERSIONS: Record<PythonVersion, VersionModel> = {
  '3.11': {
    version: '3.11', versionInfo: [3, 11, 7], versionString: '3.11.7 (CPython Lens model)',
    immortalStatics: false, immortalInterned: false, deepFrozenChars: 'abcdefhijklmnopqrstvwxyBCLST_', inlineValuesNeedBareObject: false, gcReferentsFastcall: false, staticRefcounts: mortalStatics, gcThresholds: [700, 10, 10], localsCachedOnFrame: true, weakproxyReprQuoted: false, materializedDictIsSeparate: true,
    gcStartup: GC_STARTUP['3.11'], clinicUnexpectedKeywordMessage: false, importErrorNameFrom: false, namespaceModuleRepr: 'loader', moduleShadowingHints: false, keywordArgumentSuggestions: false, splitTakesAnyCallable: false, strMethodsClinic: false, splitlinesKeependsAnyObject: false, gcRecheckThreshold: false, constTuplesUntracked: false, parserHoldsBytesLiteralTwice: false, abstractClassMessage: 'with', setThresholdArityMessage: 'takes',
    matchNotAClassMessage: 'called match pattern must be a type', listExtendResizesDictsAndSets: false, evalBreakerChecks: EVAL_BREAKER_CHECKS,
    processBootstrapLines: [314, 108], pickleLocalVerb: 'pickle', stdlibLines: { ...threadingLines(1045, 982, 959, 1114, 1401, 1349, 1002), ...threadingCheckLines([932, 956, 1112, 1160, 1165, 1177, 1189, 1200, 1218, 1224, 1226]), ...RANDOM_PY_LINES['3.11'], ...collectionsLines(393, 446, 599, 657, 690), ...HEAPQ_PY_LINES, ...CONTEXTLIB_PY_LINES['3.11'], ...STRING_PY_LINES, ...PPRINT_PY_LINES['3.11'], ...REPRLIB_PY_LINES['3.11'], ...TEXTWRAP_PY_LINES['3.11'], ...WEAKREF_PY_LINES, ...SHAREDCTYPES_PY_LINES, ...POOL_PY_LINES, ...MANAGERS_PY_LINES['3.11'], ...FUTURES_PY_LINES['3.11'], ...FUTURES_PROCESS_PY_LINES['3.11'], ...ASYNCIO_PY_LINES['3.11'], ...QUEUE_PY_LINES['3.11'], ...ENUM_PY_LINES['3.11'], ...JSON_PY_LINES['3.11'], ...RE_PY_LINES['3.11'] }, random: RANDOM_3_11, bisectTypeFastPaths: false, sortDescendingRunsTakeEquals: false,
    generators: { throwTripleDeprecated: false, closeReturnsValue: false, unawaitedAgenMethodWarns: false, closeAtOuterYieldFinishes: false },
    warningWithoutFrame: { filename: 'sys', line: 1 },
    unraisableObjectInMessage: false,
    sysDictCopyAfterInit: true,
    asyncio: { waitForUsesTimeout: false, semaphoreWakesInFinally: false, taskGroup313: false, asCompletedIterator: false, conditionNotifiesOnError: false },
    contextlib: { throwValueOnly: false, suppressSplitsGroups: false, exitStackByException: false, abstractSlots: false },
    hasIsGilEnabled: false, lockNegativeTimeoutMessage: 'timeout value must be positive', pyTimeOverflowMessage: 'timestamp too large to convert to C _PyTime_t', freeThreading: null, hashlibDataKeyword: false, copyReplace: false, dataclasses: { singleExec: false, namesPriorDefault: false }, enum: { containsValues: false, metaGetattr: true, propertyKeepsMember: false, callTakesValues: false, aliasApi: false, hashableValuesList: false, nestedClassesAreMembers: true, autoNeedsSortable: false, flagOperandChecks: false }, typing: { tooFewSaysAtLeast: false }, callExReleasesArgs: false, attributeHookBindsMethod: true, sumCompensated: false, instructionCostNs: CLASS_COST_NS, kwargsAnyKeyErrorReworded: false, vectorcallIntAndStr: false, bytearrayExtendStrMessage: false, setattrNoDictMessage: false, textStreamFlushBeforeAppend: 'over-chunk', importTraces: IMPORT_TRACES['3.11'], stringIOKeepsSoleText: true, ioTraverseVisitsType: false, minMaxEmptyMessage: 'arg is an empty sequence', suggestionsHideUnderscored: false, nameErrorSuggestions: 'suggestions-c', floatModuloByZeroMessage: 'float modulo', sliceHashable: false, noneHashConstant: false, chrTakesAnyInt: false,
    generatorHoldsCode: true, tracebacks: TRACEBACKS_3_11, syntax: SYNTAX_3_11, positions: POSITIONS_3_11, inlinedComprehensions: false, classBodyNames: false, cleanDocstrings: false, lazyKeywordTuples: LAZY_KEYWORD_TUPLES_3_11,
    collections: COLLECTIONS_3_11,
    tracing: TRACING_3_11,
    array: ARRAY_3_11,
    functionalModules: { batched: 'absent', pairwiseKeepsResult: false, methodcallerCall: 'tp_call' },
    sizes: {
      strAsciiHeader: 48, strCompactHeader: 72, strLegacyHeader: 80, latin1CharUtf8: false, function: 136, generatorHeader: 152, generatorMinStack: 0,
      managedWeakref: false, staticType: 408, heapType: 904, rangeIterator: 48, importError: 96, objectHeader: 16, gcHeader: 16, inlineValues: false,
    },
  },
  '3.12': {
    version: '3.12', versionInfo: [3, 12, 1], versionString: '3.12.1 (CPython Lens model)',
    immortalStatics: true, immortalInterned: true, deepFrozenChars: 'abcdenprsx_', inlineValuesNeedBareObject: false, gcReferentsFastcall: false, staticRefcounts: immortalStatics, gcThresholds: [700, 10, 10], localsCachedOnFrame: true, weakproxyReprQuoted: false, materializedDictIsSeparate: true,
    gcStartup: GC_STARTUP['3.12'], clinicUnexpectedKeywordMessage: false, importErrorNameFrom: true, namespaceModuleRepr: 'paths', moduleShadowingHints: false, keywordArgumentSuggestions: false, splitTakesAnyCallable: false, strMethodsClinic: false, splitlinesKeependsAnyObject: true, gcRecheckThreshold: true, constTuplesUntracked: true, parserHoldsBytesLiteralTwice: true, abstractClassMessage: 'without-implementation', setThresholdArityMessage: 'takes',
    matchNotAClassMessage: 'called match pattern must be a class', listExtendResizesDictsAndSets: false, evalBreakerChecks: EVAL_BREAKER_CHECKS,
    processBootstrapLines: [314, 108], pickleLocalVerb: 'pickle', stdlibLines: { ...threadingLines(1073, 1010, 987, 1142, 1431, 1379, 1030), ...threadingCheckLines([960, 984, 1140, 1188, 1193, 1205, 1217, 1228, 1246, 1252, 1256]), ...RANDOM_PY_LINES['3.12'], ...collectionsLines(398, 451, 607, 665, 698), ...HEAPQ_PY_LINES, ...CONTEXTLIB_PY_LINES['3.12'], ...STRING_PY_LINES, ...PPRINT_PY_LINES['3.12'], ...REPRLIB_PY_LINES['3.12'], ...TEXTWRAP_PY_LINES['3.12'], ...WEAKREF_PY_LINES, ...SHAREDCTYPES_PY_LINES, ...POOL_PY_LINES, ...MANAGERS_PY_LINES['3.12'], ...FUTURES_PY_LINES['3.12'], ...FUTURES_PROCESS_PY_LINES['3.12'], ...ASYNCIO_PY_LINES['3.12'], ...QUEUE_PY_LINES['3.12'], ...ENUM_PY_LINES['3.12'], ...JSON_PY_LINES['3.12'], ...RE_PY_LINES['3.12'] }, random: RANDOM_3_12, bisectTypeFastPaths: true, sortDescendingRunsTakeEquals: false,
    generators: { throwTripleDeprecated: true, closeReturnsValue: false, unawaitedAgenMethodWarns: false, closeAtOuterYieldFinishes: false },
    warningWithoutFrame: { filename: 'sys', line: 1 },
    unraisableObjectInMessage: false,
    sysDictCopyAfterInit: false,
    asyncio: { waitForUsesTimeout: true, semaphoreWakesInFinally: false, taskGroup313: false, asCompletedIterator: false, conditionNotifiesOnError: false },
    contextlib: { throwValueOnly: true, suppressSplitsGroups: true, exitStackByException: false, abstractSlots: false },
    hasIsGilEnabled: false, lockNegativeTimeoutMessage: 'timeout value must be positive', pyTimeOverflowMessage: 'timestamp too large to convert to C _PyTime_t', freeThreading: null, hashlibDataKeyword: false, copyReplace: false, dataclasses: { singleExec: false, namesPriorDefault: false }, enum: { containsValues: true, metaGetattr: false, propertyKeepsMember: true, callTakesValues: true, aliasApi: false, hashableValuesList: false, nestedClassesAreMembers: true, autoNeedsSortable: false, flagOperandChecks: false }, typing: { tooFewSaysAtLeast: false }, callExReleasesArgs: true, attributeHookBindsMethod: false, sumCompensated: true, instructionCostNs: CLASS_COST_NS, kwargsAnyKeyErrorReworded: true, vectorcallIntAndStr: false, bytearrayExtendStrMessage: false, setattrNoDictMessage: false, textStreamFlushBeforeAppend: 'over-chunk', importTraces: IMPORT_TRACES['3.12'], stringIOKeepsSoleText: false, ioTraverseVisitsType: true, minMaxEmptyMessage: 'iterable argument is empty', suggestionsHideUnderscored: false, nameErrorSuggestions: 'traceback-py', floatModuloByZeroMessage: 'float modulo', sliceHashable: true, noneHashConstant: true, chrTakesAnyInt: false,
    generatorHoldsCode: false, tracebacks: TRACEBACKS_3_11, syntax: SYNTAX_3_12, positions: POSITIONS_3_12, inlinedComprehensions: true, classBodyNames: false, cleanDocstrings: false, lazyKeywordTuples: BISECT_KEYWORD_TUPLES,
    collections: COLLECTIONS_3_12,
    tracing: TRACING_3_12,
    array: ARRAY_3_11,
    functionalModules: { batched: 'n', pairwiseKeepsResult: false, methodcallerCall: 'tp_call' },
    sizes: {
      strAsciiHeader: 40, strCompactHeader: 56, strLegacyHeader: 64, latin1CharUtf8: true, function: 144, generatorHeader: 144, generatorMinStack: 2,
      managedWeakref: true, staticType: 416, heapType: 920, rangeIterator: 40, importError: 104, objectHeader: 16, gcHeader: 16, inlineValues: false,
    },
  },
  '3.13': V3_13,
  '3.13t': V3_13T,
  'nogil-hypothetical': NO_GIL_HYPOTHETICAL,
};

export function isPythonVersion(v: string): v is PythonVersion {
  return v in VERSIONS;
}
