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
import type { PyModule } from '../objects/instances';
import { PyList } from '../objects/containers';
import { PyStr } from '../objects/atoms';
import type { PyType } from '../objects/type';
import type { CodeUnit, Position } from '../compile/bytecode';
import { markOtherFile } from '../compile/bytecode';
import { compileSource } from '../index';
import { setName } from '../runtime/dicts';
import { syntaxErrorFields } from '../runtime/syntax-error-report';
import { syntaxErrorArgs } from '../runtime/syntax-error-object';
import { PyError, UnsupportedError } from '../vm/errors';
import { Cause } from '../trace/events';
import { BUILTIN_OR_FROZEN_MODULES, STARTUP_MODULES, STDLIB_MODULE_NAMES } from './startup-modules-data';

type MeasuredMinor = keyof typeof STARTUP_MODULES;

/** The measured data's version for the run (3.13t: the 3.13 build's). */
export function measuredMinor(vm: VM): MeasuredMinor {
  const minor = `3.${vm.options.version.versionInfo[1]}` as MeasuredMinor;
  return minor in STARTUP_MODULES ? minor : '3.13';
}

/**
 * What a "not modelled: module X" stop adds when the run was given the script's folder and X is neither
 * there nor a standard module: the learner's missing (or misspelt) file, or a third-party package.
 */
export function missingModuleHint(vm: VM, name: string): string {
  const sources = vm.options.localModules;
  const top = name.split('.')[0];
  if (!sources || Object.hasOwn(sources, top) || STDLIB_MODULE_NAMES[measuredMinor(vm)].includes(top)) return '';
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

/** The learner's source for module `name`, when the import finds it in the script's folder; else undefined. */
export function localModuleSource(vm: VM, name: string): string | undefined {
  const sources = vm.options.localModules;
  if (!sources || name.includes('.') || !Object.hasOwn(sources, name) || !folderOnPath(vm)) return undefined;
  const key = measuredMinor(vm);
  if (STARTUP_MODULES[key].includes(name) || BUILTIN_OR_FROZEN_MODULES[key].includes(name)) return undefined;
  return sources[name];
}

/** The path CPython gives the file: the script's folder (as `filename` names it) joined with `name.py`. */
function localModulePath(vm: VM, name: string): string {
  const folder = scriptFolder(vm);
  return folder === '' ? `${name}.py` : `${folder.endsWith('/') ? folder : `${folder}/`}${name}.py`;
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
 * loader and the spec are not modelled (None).
 */
function setModuleAttributes(vm: VM, dict: PyDict, name: string, filename: string): void {
  setName(vm, dict, '__name__', vm.intern(name));
  if (!dict.getStr('__doc__')) setName(vm, dict, '__doc__', vm.none);
  setName(vm, dict, '__package__', vm.intern(''));
  setName(vm, dict, '__loader__', vm.none);
  setName(vm, dict, '__spec__', vm.none);
  setName(vm, dict, '__file__', vm.newStr(filename), true);
  const [major, minor] = vm.options.version.versionInfo;
  const folder = filename.slice(0, filename.length - `${name}.py`.length);
  setName(vm, dict, '__cached__', vm.newStr(`${folder}__pycache__/${name}.cpython-${major}${minor}.pyc`), true);
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
 * fails), with the attributes the import system sets.
 */
export function loadLocalModule(vm: VM, name: string, source: string, at: Position): PyObject {
  const filename = localModulePath(vm, name);
  const unit = compiledLocalModule(vm, filename, source, at);
  const dict = vm.newDict();
  const module = vm.newModule(name, dict);
  module.learnerFile = true;
  setModuleAttributes(vm, dict, name, filename);
  vm.modules.set(name, module);
  try {
    execLocalModule(vm, module, unit);
  } catch (e) {
    if (vm.modules.entry(name) === module) vm.modules.delete(name);
    throw e;
  }
  vm.modules.loaded(name);
  return vm.modules.entry(name) ?? module;
}

/**
 * importlib.reload of a learner's module (_bootstrap._exec): its attributes set again, its code run again in
 * its namespace (a failure leaves it in sys.modules), then it moves to the end of sys.modules.
 */
export function reloadLocalModule(vm: VM, module: PyModule, source: string): void {
  const filename = localModulePath(vm, module.name);
  const frame = vm.learnerFrame();
  const unit = compiledLocalModule(vm, filename, source, frame ? frame.unit.positions[frame.lasti] : { line: 0, col: 0, endLine: 0, endCol: 0 });
  setModuleAttributes(vm, module.dict, module.name, filename);
  execLocalModule(vm, module, unit);
  vm.modules.loaded(module.name);
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
