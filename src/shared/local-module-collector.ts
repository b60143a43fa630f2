// Which of the learner's files beside a script a run needs: the modules and packages its source imports that
// are in the folder, and those their sources import, transitively. Only those are read and handed to the
// simulator (RunOptions.localModules, keyed by their path relative to the script's folder: `fibo.py`,
// `shapes/__init__.py`), so a live run in a folder of a hundred exercises reads the two files it uses, not the
// hundred. The scan reads import statements as text: one inside a string or a comment only costs a file read,
// and a name built at run time (`__import__(name)`) is not seen (the import then stops as a module CPython Lens
// does not model).

const IDENTIFIER = /^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*$/u;

/** The largest file of the learner's read for a run (a bigger one is left out, as if absent). */
export const MAX_LOCAL_MODULE_BYTES = 1 << 20;

/**
 * The top-level module an entry of the script's folder can be imported as (`fibo` for the file fibo.py, `shapes`
 * for the folder shapes), or null (neither a .py file nor a folder an import finds).
 */
export function moduleNameOfEntry(entry: string, isFolder: boolean): string | null {
  const name = isFolder ? entry : entry.endsWith('.py') ? entry.slice(0, -3) : '';
  return IDENTIFIER.test(name) ? name : null;
}

/** What one import statement asks for: `from ..a.b import c, d` is { level: 2, module: 'a.b', names: ['c', 'd'] }. */
export interface ImportTarget {
  /** The leading dots of a relative import (0: absolute). */
  level: number;
  /** The dotted module name after them ('' for `from . import x`). */
  module: string;
  /** The names a from-import takes, each possibly a submodule of the package. */
  names: string[];
}

/** `import a.b as c, d` (the names after `import`, up to a comment). */
const IMPORT = /^[ \t]*import[ \t]+([^#\n;]+)/gm;
/** `from .a.b import c, d as e` and `from a import (\n c,\n d)`. */
const FROM_IMPORT = /^[ \t]*from[ \t]+(\.*)[ \t]*([\w.\u00c0-\uffff]*)[ \t]+import[ \t]*(\([^)]*\)|[^#\n;]*)/gm;
/** `__import__("a")`, `importlib.import_module("a.b")`. */
const DYNAMIC = /(?:__import__|import_module)\(\s*['"]([\w.\u00c0-\uffff]+)['"]/g;
/** A dotted module name at the start of a clause (`a.b` in `a.b as c`). */
const DOTTED = /^\s*\(?\s*([A-Za-z_\u00c0-\uffff][\w.\u00c0-\uffff]*)/;

/** The imports `source` makes, in order of appearance. */
export function importTargets(source: string): ImportTarget[] {
  const targets: ImportTarget[] = [];
  for (const m of source.matchAll(IMPORT)) {
    for (const part of m[1].split(',')) {
      const name = DOTTED.exec(part)?.[1];
      if (name) targets.push({ level: 0, module: name, names: [] });
    }
  }
  for (const m of source.matchAll(FROM_IMPORT)) {
    const names = m[3].replace(/[()]/g, ' ').split(',').flatMap((part) => /^\s*([\w\u00c0-\uffff]+)/.exec(part)?.[1] ?? []);
    if (m[1] !== '' || m[2] !== '') targets.push({ level: m[1].length, module: m[2], names });
  }
  for (const m of source.matchAll(DYNAMIC)) if (!m[1].startsWith('.')) targets.push({ level: 0, module: m[1], names: [] });
  return targets;
}

/** `dir/name` relative to the script's folder ('' that folder). */
function join(dir: string, name: string): string {
  return dir === '' ? name : `${dir}/${name}`;
}

/**
 * Collects the sources of the folder's modules a script needs. `available`: the top-level module names the
 * folder has a file or a folder for (moduleNameOfEntry). Feed it the script's source, then what each request
 * names: `next()` says which path to read next (relative to the script's folder), until it returns null. A
 * path ending in `/` asks whether that folder exists (give '' if it does): a folder without __init__.py is a
 * namespace package.
 */
export class LocalModuleCollector {
  private readonly files: Record<string, string> = {};
  private readonly queue: string[] = [];
  private readonly seen = new Set<string>();

  constructor(private readonly available: ReadonlySet<string>, scriptSource: string) {
    this.scan(scriptSource, null);
  }

  /** The next path to read, or null when every needed one was given. */
  next(): string | null {
    return this.queue.shift() ?? null;
  }

  /** What a path `next()` asked for holds (undefined: absent or unreadable, left out). */
  give(path: string, source: string | undefined): void {
    if (source === undefined) return;
    this.files[path] = path.endsWith('/') ? '' : source;
    if (!path.endsWith('/')) this.scan(source, path);
  }

  /** Relative path → source of every needed file read (and `folder/` → '' for each folder found). */
  result(): Record<string, string> {
    return this.files;
  }

  /** Asks for what the imports of the file at `path` (null: the script, which has no package) may find. */
  private scan(source: string, path: string | null): void {
    for (const target of importTargets(source)) {
      const parts = target.module === '' ? [] : target.module.split('.');
      let dir: string;
      if (target.level === 0) {
        if (!this.available.has(parts[0])) continue;
        dir = '';
      } else {
        // A relative import is resolved from the file's own package: its folder, then up `level - 1` folders.
        const folders = path === null ? [] : path.split('/').slice(0, -1);
        if (folders.length < target.level) continue;
        dir = folders.slice(0, folders.length - target.level + 1).join('/');
      }
      for (const part of parts) {
        dir = join(dir, part);
        this.request(`${dir}/__init__.py`, `${dir}.py`, `${dir}/`);
      }
      for (const name of target.names) this.request(`${join(dir, name)}/__init__.py`, `${join(dir, name)}.py`);
    }
  }

  private request(...paths: string[]): void {
    for (const p of paths) {
      if (this.seen.has(p) || p.startsWith('/')) continue;
      this.seen.add(p);
      this.queue.push(p);
    }
  }
}
