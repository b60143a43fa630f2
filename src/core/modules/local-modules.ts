// The learner's other files: `import fibo` beside a script finds fibo.py in the script's folder (sys.path[0]),
// as CPython's path finder does, and runs it as a module of its own. The caller (the CLI, the editor) hands the
// sources over as RunOptions.localModules; the core reads no file system.
//
// What CPython's import order means for them (importlib._bootstrap._find_spec): sys.modules first, then the
// built-in and frozen modules, then sys.path, whose first entry is the script's folder. So a file named like a
// module loaded at start-up (os, io, abc...), a built-in one (sys, gc, time...) or a frozen one is never
// imported, while one named like any other standard module (random.py, math.py) hides it: the classic
// "my random.py broke random" of a learner's folder.

import type { VM } from '../vm/vm';
import type { PyObject } from '../objects/object';
import type { PyDict } from '../objects/dict';
import { PyModule, type LearnerModuleOrigin } from '../objects/instances';
import { PyList } from '../objects/containers';
import { PyStr } from '../objects/atoms';
import type { PyType } from '../objects/type';
import type { CodeUnit, Position } from '../compile/bytecode';
import { markOtherFile } from '../compile/bytecode';
import { compileSource } from '../index';
import { setName } from '../runtime/dicts';
import { instanceDict } from '../runtime/attributes';
import { importModule } from './registry';
import { syntaxErrorFields } from '../runtime/syntax-error-report';
import { syntaxErrorArgs } from '../runtime/syntax-error-object';
import { PyError, UnsupportedError } from '../vm/errors';
import { Cause } from '../trace/events';
import { setImportErrorFields } from '../runtime/import-error-fields';
import { BUILTIN_OR_FROZEN_MODULES, STARTUP_MODULES, STDLIB_MODULE_NAMES } from './startup-modules-data';

type MeasuredMinor = keyof typeof STARTUP_MODULES;

/** The measured data's version for the run (3.13t: the 3.13 build's). */
export function measuredMinor(vm: VM): MeasuredMinor {
  const minor = `3.${vm.options.version.versionInfo[1]}` as MeasuredMinor;
  return minor in STARTUP_MODULES ? minor : '3.13';
}

/** A learner's module the path finder found: its file (null for a namespace package) and a package's folder. */
interface LocalSpec {
  file: string | null;
  packageDir: string | null;
}

/** The learner's files the run was given (RunOptions.localModules), by their path relative to the script's folder. */
function learnerSources(vm: VM): Readonly<Record<string, string>> {
  return vm.options.localModules ?? {};
}

/** `dir/name`, relative to the script's folder ('' that folder itself). */
function joinRelative(dir: string, name: string): string {
  return dir === '' ? name : `${dir}/${name}`;
}

/** Whether the learner's files given to the run include folder `dir` (a key under it, or `dir/` itself). */
function hasFolder(sources: Readonly<Record<string, string>>, dir: string): boolean {
  const prefix = `${dir}/`;
  return Object.keys(sources).some((key) => key.startsWith(prefix));
}

/**
 * FileFinder.find_spec in the learner's folder `dir` for a module's last name part `tail`: a folder with an
 * __init__.py is a package, else `tail.py` a module, else a folder alone a namespace package's portion.
 */
function findInFolder(sources: Readonly<Record<string, string>>, dir: string, tail: string): LocalSpec | null {
  const path = joinRelative(dir, tail);
  if (Object.hasOwn(sources, `${path}/__init__.py`)) return { file: `${path}/__init__.py`, packageDir: path };
  if (Object.hasOwn(sources, `${path}.py`)) return { file: `${path}.py`, packageDir: null };
  return hasFolder(sources, path) ? { file: null, packageDir: path } : null;
}

/**
 * What a "not modelled: module X" stop adds when the run was given the script's folder and X is neither
 * there nor a standard module: the learner's missing (or misspelt) file, or a third-party package.
 */
export function missingModuleHint(vm: VM, name: string): string {
  const sources = vm.options.localModules;
  const top = name.split('.')[0];
  if (!sources || findInFolder(sources, '', top) || STDLIB_MODULE_NAMES[measuredMinor(vm)].includes(top)) return '';
  return ` (no ${top}.py beside the script)`;
}

/** The script's folder as sys.path[0] holds it: the folder of the path the run was given ('' for a bare file name). */
export function scriptFolder(vm: VM): string {
  const script = vm.options.filename;
  const slash = script.lastIndexOf('/');
  return slash > 0 ? script.slice(0, slash) : slash === 0 ? '/' : '';
}

/**
 * sys.path's entries, or null before sys exists: the simulator makes sys when something first imports it, and
 * until then the program cannot have changed sys.path (which starts with the script's folder).
 */
function sysPath(vm: VM): PyObject[] | null {
  const sys = vm.modules.interpreter('sys');
  if (!sys) return null;
  const path = sys.dict.getStr('path');
  return path instanceof PyList ? path.items : [];
}

function isScriptFolder(vm: VM, entry: PyObject | undefined): boolean {
  return entry instanceof PyStr && entry.value === scriptFolder(vm);
}

/** Whether sys.path still names the script's folder (a program may remove it: the path finder then never looks there). */
function folderOnPath(vm: VM): boolean {
  const path = sysPath(vm);
  return path === null || path.some((entry) => isScriptFolder(vm, entry));
}

/**
 * The learner's module or package of the script's folder a top-level import `name` finds, else null: built-in,
 * frozen and start-up modules come first, and a namespace portion only when no standard module has the name.
 */
function topLevelSpec(vm: VM, name: string): LocalSpec | null {
  const sources = vm.options.localModules;
  if (!sources || !folderOnPath(vm)) return null;
  const key = measuredMinor(vm);
  if (STARTUP_MODULES[key].includes(name) || BUILTIN_OR_FROZEN_MODULES[key].includes(name)) return null;
  const spec = findInFolder(sources, '', name);
  if (spec?.file === null && STDLIB_MODULE_NAMES[key].includes(name)) return null;
  return spec;
}

/** Whether the learner's folder has the top-level module `name`, whether or not sys.path still lists it. */
export function isLearnerModuleName(vm: VM, name: string): boolean {
  const sources = vm.options.localModules;
  return sources !== undefined && findInFolder(sources, '', name) !== null;
}

/** The path CPython gives a learner's file: the script's folder (as `filename` names it) joined with its relative path. */
function localModulePath(vm: VM, relative: string): string {
  const folder = scriptFolder(vm);
  return folder === '' ? relative : `${folder.endsWith('/') ? folder : `${folder}/`}${relative}`;
}

/** importlib's ModuleNotFoundError(message, name=name). */
export function moduleNotFound(vm: VM, message: string, name: string): PyError {
  const err = vm.error('ModuleNotFoundError', message);
  setImportErrorFields(vm, err.exc, { name: vm.intern(name) });
  return err;
}

/** The learner's file compiled (its lines kept for tracebacks), or the import's SyntaxError / not-modelled stop. */
function compiledLocalModule(vm: VM, filename: string, source: string, at: Position): CodeUnit {
  const version = vm.options.version;
  const compiled = compileSource(source, filename, version.version);
  if (!compiled.ok) {
    const d = compiled.diagnostic;
    if (d.kind === 'Unsupported') throw new UnsupportedError(`${d.message} (${filename}, line ${d.line})`, at);
    const kind = d.kind === 'IndentationError' ? 'IndentationError' : 'SyntaxError';
    const fields = syntaxErrorFields(source, filename, { ...d, kind }, 'file', version.syntax);
    throw new PyError(vm.newException(vm.exc.get(fields.typeName) as PyType, syntaxErrorArgs(vm, fields)));
  }
  markOtherFile(compiled.unit);
  vm.localModuleLines.set(filename, source.split(/\r?\n/));
  return compiled.unit;
}

/**
 * _init_module_attrs, in the order `vars(module)` shows them (override: a reload sets them again, equal). The
 * loader and the spec are not modelled (None). A package's __package__ is its own name, a module's its parent's.
 */
function setModuleAttributes(vm: VM, module: PyModule, file: string, packageDir: string | null): void {
  const { dict, name } = module;
  setName(vm, dict, '__name__', vm.intern(name));
  if (!dict.getStr('__doc__')) setName(vm, dict, '__doc__', vm.none);
  setName(vm, dict, '__package__', vm.intern(packageDir !== null ? name : name.slice(0, Math.max(0, name.lastIndexOf('.')))));
  setName(vm, dict, '__loader__', vm.none);
  setName(vm, dict, '__spec__', vm.none);
  if (packageDir !== null) setName(vm, dict, '__path__', vm.newList([vm.newStr(localModulePath(vm, packageDir))]), true);
  const filename = localModulePath(vm, file);
  setName(vm, dict, '__file__', vm.newStr(filename), true);
  const [major, minor] = vm.options.version.versionInfo;
  const slash = filename.lastIndexOf('/');
  const stem = filename.slice(slash + 1, -'.py'.length);
  setName(vm, dict, '__cached__', vm.newStr(`${filename.slice(0, slash + 1)}__pycache__/${stem}.cpython-${major}${minor}.pyc`), true);
  // A module other than __main__ has the builtins' dict as __builtins__ (exec's PyRun machinery adds it).
  setName(vm, dict, '__builtins__', vm.builtins);
}

/** The module's code run in its namespace (its constants the parser's until it ends), marked as initializing meanwhile. */
function execLocalModule(vm: VM, module: PyModule, unit: CodeUnit): void {
  const arena: PyObject[] = [];
  const code = vm.loadCode(unit, arena);
  module.initializing = true;
  try {
    vm.decref(vm.runCodeObjectSync(code, module.dict), Cause.Return);
  } finally {
    module.initializing = false;
    vm.decref(code, Cause.Frame);
    vm.releaseArena(arena);
  }
}

/**
 * SourceFileLoader.exec_module: the module is in sys.modules while its code runs (and leaves it if the code
 * fails), with the attributes the import system sets; a submodule is then bound in its package.
 */
function loadLocalModule(vm: VM, name: string, spec: LocalSpec, at: Position, parent: PyModule | null): PyObject {
  const module = spec.file === null ? namespacePackage(vm, name, spec.packageDir as string, at) : runLocalFile(vm, name, spec.file, spec.packageDir, at);
  const loaded = vm.modules.entry(name) ?? module;
  if (parent) setName(vm, parent.dict, name.slice(name.lastIndexOf('.') + 1), loaded);
  return loaded;
}

/** A module or regular package: its file run in its namespace, in sys.modules meanwhile (and after, unless it fails). */
function runLocalFile(vm: VM, name: string, file: string, packageDir: string | null, at: Position): PyModule {
  const unit = compiledLocalModule(vm, localModulePath(vm, file), learnerSources(vm)[file], at);
  const module = vm.newModule(name, vm.newDict());
  module.learner = { file, packageDir };
  setModuleAttributes(vm, module, file, packageDir);
  vm.modules.set(name, module);
  try {
    execLocalModule(vm, module, unit);
  } catch (e) {
    if (vm.modules.entry(name) === module) vm.modules.delete(name);
    throw e;
  }
  vm.modules.loaded(name);
  return module;
}

/**
 * A namespace package (a folder without __init__.py, PEP 420): no code runs; its __file__ is None, its loader a
 * NamespaceLoader whose _NamespacePath is also its __path__ (_bootstrap._init_module_attrs' order). Its spec is
 * not modelled (None), as the other modules'.
 */
function namespacePackage(vm: VM, name: string, packageDir: string, at: Position): PyModule {
  const external = importModule(vm, '_frozen_importlib_external', at);
  const module = vm.newModule(name, vm.newDict());
  module.learner = { file: null, packageDir };
  const { dict } = module;
  const nameObject = vm.intern(name);
  setName(vm, dict, '__name__', nameObject);
  setName(vm, dict, '__doc__', vm.none);
  setName(vm, dict, '__package__', nameObject);
  const paths = vm.newList([vm.newStr(localModulePath(vm, packageDir))]);
  const loader = vm.callSync(external.dict.getStr('NamespaceLoader') as PyObject, [nameObject, paths, vm.none]);
  vm.decref(paths, Cause.Stack);
  setName(vm, dict, '__loader__', loader, true);
  setName(vm, dict, '__spec__', vm.none);
  setName(vm, dict, '__file__', vm.none);
  setName(vm, dict, '__path__', instanceDict(loader)?.getStr('_path') as PyObject);
  vm.modules.set(name, module);
  vm.modules.loaded(name);
  return module;
}

/**
 * _find_and_load_unlocked for a module of the learner's: a top-level one in the script's folder, or a submodule
 * of the learner's package (`shapes.circle`), found in the package's folder once the package is imported
 * (`importParent`). Undefined when the name is not the learner's (a standard module's, or none).
 */
export function importLocalModule(vm: VM, name: string, at: Position, importParent: (name: string) => PyObject): PyObject | undefined {
  const dot = name.lastIndexOf('.');
  if (dot < 0) {
    const spec = topLevelSpec(vm, name);
    return spec ? loadLocalModule(vm, name, spec, at, null) : undefined;
  }
  const top = name.slice(0, name.indexOf('.'));
  const imported = vm.modules.entry(top);
  if (imported ? !(imported instanceof PyModule && imported.learner) : !topLevelSpec(vm, top)) return undefined;
  const parentName = name.slice(0, dot);
  const parent = importParent(parentName);
  // The package's own code may have imported it.
  const now = vm.modules.entry(name);
  if (now) return now;
  const packageDir = parent instanceof PyModule ? parent.learner?.packageDir : null;
  if (packageDir === null || packageDir === undefined) throw moduleNotFound(vm, `No module named '${name}'; '${parentName}' is not a package`, name);
  const spec = findInFolder(learnerSources(vm), packageDir, name.slice(dot + 1));
  if (!spec) throw moduleNotFound(vm, `No module named '${name}'`, name);
  return loadLocalModule(vm, name, spec, at, parent as PyModule);
}

/**
 * `from package import name` (importlib's _handle_fromlist) for the learner's package: whether `name` is one of
 * its submodules, which the import then loads.
 */
export function isLearnerSubmodule(vm: VM, module: PyModule, name: string): boolean {
  const dir = module.learner?.packageDir;
  return dir !== null && dir !== undefined && findInFolder(learnerSources(vm), dir, name) !== null;
}

/**
 * importlib.reload of a learner's module (_bootstrap._exec): its attributes set again, its code run again in
 * its namespace (a failure leaves it in sys.modules), then it moves to the end of sys.modules. A namespace
 * package has no code to run.
 */
export function reloadLocalModule(vm: VM, module: PyModule, origin: LearnerModuleOrigin): void {
  if (origin.file !== null) {
    const filename = localModulePath(vm, origin.file);
    const unit = compiledLocalModule(vm, filename, learnerSources(vm)[origin.file], vm.learnerPosition());
    setModuleAttributes(vm, module, origin.file, origin.packageDir);
    execLocalModule(vm, module, unit);
  }
  vm.modules.loaded(module.name);
}

/**
 * resolve_name (Python/import.c) for a relative import of `level` dots from a module whose globals are `globals`:
 * the absolute name, from the importing module's __package__ (None in the script: __main__ has no parent package).
 */
export function resolveRelativeName(vm: VM, name: string, globals: PyDict, level: number): string {
  const pkg = globals.getStr('__package__');
  let base: string;
  if (pkg && pkg !== vm.none) {
    if (!(pkg instanceof PyStr)) throw vm.error('TypeError', 'package must be a string');
    base = pkg.value;
  } else {
    // No __package__ nor __spec__: __name__, less its last part unless it is a package (ImportWarning, ignored by default).
    const own = globals.getStr('__name__');
    if (!own) throw vm.error('KeyError', "'__name__' not in globals");
    if (!(own instanceof PyStr)) throw vm.error('TypeError', '__name__ must be a string');
    base = own.value;
    if (!globals.getStr('__path__')) base = base.slice(0, Math.max(0, base.lastIndexOf('.')));
  }
  if (base === '') throw vm.error('ImportError', 'attempted relative import with no known parent package');
  return absoluteName(vm, name, base, level);
}

/** `name` relative to `level` dots from package `base` (_resolve_name): the package's ancestor `level - 1` levels up. */
export function absoluteName(vm: VM, name: string, base: string, level: number): string {
  let end = base.length;
  for (let up = 1; up < level; up++) {
    end = base.lastIndexOf('.', end - 1);
    if (end < 0) throw vm.error('ImportError', 'attempted relative import beyond top-level package');
  }
  const ancestor = base.slice(0, end);
  return name === '' ? ancestor : `${ancestor}.${name}`;
}

/** _PyModule_IsPossiblyShadowing (3.13): the module's file is in the folder sys.path[0] names, the script's. */
function possiblyShadowing(vm: VM): boolean {
  const path = sysPath(vm);
  return path === null || isScriptFolder(vm, path[0]);
}

/**
 * module_getattro's AttributeError for a name a learner's module lacks. 3.11 and 3.12 say when the module's code
 * is still running (a circular import); 3.13 instead suggests renaming a file of the script's folder that hides a
 * standard module, or one still running that may hide a third-party one.
 */
export function learnerModuleAttributeMessage(vm: VM, module: PyModule, name: string): string {
  const plain = `module '${module.name}' has no attribute '${name}'`;
  const circular = `partially initialized module '${module.name}' has no attribute '${name}' (most likely due to a circular import)`;
  if (!vm.options.version.moduleShadowingHints) return module.initializing ? circular : plain;
  const file = module.dict.getStr('__file__');
  const origin = file instanceof PyStr ? file.value : null;
  const shadowing = origin !== null && possiblyShadowing(vm);
  if (shadowing && STDLIB_MODULE_NAMES[measuredMinor(vm)].includes(module.name)) {
    return `${plain} (consider renaming '${origin}' since it has the same name as the standard library module named '${module.name}' and the import system gives it precedence)`;
  }
  if (!module.initializing) return plain;
  return shadowing ? `${plain} (consider renaming '${origin}' if it has the same name as a third-party module you intended to import)` : circular;
}
