// Which of the learner's files beside a script a run needs: the modules its source imports that are files of
// the folder, and those their sources import, transitively. Only those are read and handed to the simulator
// (RunOptions.localModules), so a live run in a folder of a hundred exercises reads the two files it uses,
// not the hundred. The scan reads import statements as text: one inside a string or a comment only costs a
// file read, and a name built at run time (`__import__(name)`) is not seen (the import then stops as a module
// CPython Lens does not model).

/** A file the path finder imports as module `name` from `name.py` (an identifier: CPython's str.isidentifier, near enough). */
const MODULE_FILE = /^([\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*)\.py$/u;

/** The largest file of the learner's read for a run (a bigger one is left out, as if absent). */
export const MAX_LOCAL_MODULE_BYTES = 1 << 20;

/** The module a file of the script's folder is (`fibo` for fibo.py), or null (not a .py file an import finds). */
export function moduleNameOfFile(file: string): string | null {
  return MODULE_FILE.exec(file)?.[1] ?? null;
}

/** `import a.b as c, d` (the names after `import`, up to a comment). */
const IMPORT = /^[ \t]*import[ \t]+([^#\n;]+)/gm;
/** `from a.b import c` (not a relative `from . import c`: the learner's files are top-level modules). */
const FROM_IMPORT = /^[ \t]*from[ \t]+([A-Za-z_\u00c0-\uffff][\w\u00c0-\uffff]*)[\w.\u00c0-\uffff]*[ \t]+import\b/gm;
/** `__import__("a")`, `importlib.import_module("a")`. */
const DYNAMIC = /(?:__import__|import_module)\(\s*['"]([A-Za-z_\u00c0-\uffff][\w\u00c0-\uffff]*)/g;

/** The top-level module names `source` imports (`a` for `import a.b`), in order of appearance, once each. */
export function importedModuleNames(source: string): string[] {
  const names = new Set<string>();
  for (const m of source.matchAll(IMPORT)) {
    for (const part of m[1].split(',')) {
      const top = /^\s*\(?\s*([A-Za-z_\u00c0-\uffff][\w\u00c0-\uffff]*)/.exec(part);
      if (top) names.add(top[1]);
    }
  }
  for (const m of source.matchAll(FROM_IMPORT)) names.add(m[1]);
  for (const m of source.matchAll(DYNAMIC)) names.add(m[1]);
  return [...names];
}

/**
 * Collects the sources of the folder's modules a script needs. `available`: the module names the folder has
 * files for (`fibo` for fibo.py). Feed it the script's source, then each requested module's source (or
 * undefined when it could not be read): `next()` says which to read next, until it returns null.
 */
export class LocalModuleCollector {
  private readonly modules: Record<string, string> = {};
  private readonly queue: string[] = [];
  private readonly seen = new Set<string>();

  constructor(private readonly available: ReadonlySet<string>, scriptSource: string) {
    this.scan(scriptSource);
  }

  /** The next module to read, or null when every needed one was given. */
  next(): string | null {
    return this.queue.shift() ?? null;
  }

  /** The source of a module `next()` asked for (undefined: unreadable, left out). */
  give(name: string, source: string | undefined): void {
    if (source === undefined) return;
    this.modules[name] = source;
    this.scan(source);
  }

  /** Module name → source of every needed file read. */
  result(): Record<string, string> {
    return this.modules;
  }

  private scan(source: string): void {
    for (const name of importedModuleNames(source)) {
      if (this.seen.has(name) || !this.available.has(name)) continue;
      this.seen.add(name);
      this.queue.push(name);
    }
  }
}
