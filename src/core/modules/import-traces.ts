// The shape of the measured import traces (import-traces-data.ts, made by scripts/measure-import-garbage.mjs):
// what a real interpreter's import of each standard module does to the collector's count, and the garbage it
// leaves, for modules/import-garbage.ts to replay.

/**
 * A step of a module's load: a number is allocations counted (net: deallocations take off; may be negative),
 * `[n]` a stretch of them no collection can interrupt (3.12+ run a collection at the next eval-breaker check:
 * none inside C code such as marshal.loads, nor between a class body's function definitions); `@i`, a module
 * it loads (ImportTraces.loads[i]); `+key` and `-key`, where the garbage `key` is made and dropped (its
 * objects are not in the numbers: the simulator makes them); `M` (3.11), where marshal.loads starts reading the
 * module's .pyc, the next count its allocations and what follows until the module's code runs.
 */
export type ImportStep = number | string | readonly [number];

/**
 * A module's load as the measured import ran it: `m` the module, `s` its steps, `path` when it is found on
 * sys.path (not built in, not frozen), `shell` for a submodule's outer load when its package loads it inside
 * (that inner load runs its code; the outer one only finds it done).
 */
export interface ModuleLoad {
  readonly m: string;
  readonly s: readonly ImportStep[];
  readonly path?: boolean;
  readonly shell?: boolean;
}

/** How a module made a piece of garbage (scripts/probes/import-garbage-marks.py). */
export type LeftoverKind =
  /** A Python class the module defines, then replaces by its C version or deletes (types.py's `_C`). */
  | 'replaced'
  /** The plain class an enum._simple_enum decorator turns into an enum (re.RegexFlag...). */
  | 'simple_enum'
  /** The plain class an enum's `_convert_(name, ...)` makes of a module's constants (signal.Signals...). */
  | 'convert';

export interface Leftover {
  /** Its objects (gc.DEBUG_SAVEALL of the import with the collector off). */
  readonly objects: number;
  readonly kind: LeftoverKind;
  /** simple_enum and convert: the class namespace, name and value as source text, in order. */
  readonly namespace?: readonly (readonly [string, string])[];
  /**
   * 3.11, replaced: the constant tuples of its classes (compile/code-builder.ts constKey) and the index of their
   * allocation among those marshal.loads makes of the module's .pyc (3.11 collects inside an allocation: a
   * collection there finds the ones made before it).
   */
  readonly marshal?: readonly (readonly [string, number])[];
}

export interface ImportTraces {
  /** The modules loaded before the program's first line (sys.modules). */
  readonly startup: readonly string[];
  /**
   * What the program's own import counts beyond its measured load, which ran right after a full collection
   * emptied the free lists, as the program's first import found on sys.path: the import machinery's
   * temporaries come from the free lists when they are not empty (`atStart`: the program's first import, the
   * free lists as the startup left them; `warm`: an import since the last full collection), and the first
   * import found on sys.path makes the finder of the program's directory (importlib's FileFinder, kept in
   * sys.path_importer_cache): `afterCollection` and `warm` are for an import after it, `firstPathSearch` what
   * it costs.
   */
  readonly programImport: { readonly atStart: number; readonly afterCollection: number; readonly warm: number; readonly firstPathSearch: number };
  /**
   * Per module a program can import: its load as `import gc; gc.collect(); import M` runs it (`loads[load]`, with
   * the modules it loads inside), and what the import statement counts after that (`tail`).
   */
  readonly imports: Readonly<Record<string, { readonly load: number; readonly tail: number }>>;
  /** The loads the imports make, each kept once (the same load measured alike in several imports). */
  readonly loads: readonly ModuleLoad[];
  readonly leftovers: Readonly<Record<string, Leftover>>;
}
