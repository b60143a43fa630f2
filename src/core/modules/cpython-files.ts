// Modules the simulator runs from CPython's own file, as each version's interpreter has it: logging
// (Lib/logging/__init__.py, extracted by scripts/extract-logging-source.mjs, which lists the few lines it
// replaces). Line for line CPython's, the code is compiled under CPython's path with the version's rules, as
// the interpreter compiles it: co_filename, __file__ and __path__ are CPython's, and the frames tracebacks
// show of it (a logging error's, traceback.print_stack's) print its own line numbers and lines.

import type { PyDict } from '../objects/dict';
import type { VM } from '../vm/vm';
import { setName } from '../runtime/dicts';
import { stdlibPath } from '../runtime/stdlib-frames';
import type { VersionModel } from '../versions';
import { parseModule } from '../syntax/parse';
import { compileModule } from '../compile/compiler';
import { markLibrary, CPYTHON_LIBRARY_SOURCES, type CodeUnit } from '../compile/bytecode';
import { LOGGING_SOURCE_3_11 } from './python/logging-source-3-11';
import { LOGGING_SOURCE_3_12 } from './python/logging-source-3-12';
import { LOGGING_SOURCE_3_13 } from './python/logging-source-3-13';

type Minor = '3.11' | '3.12' | '3.13';

interface CPythonFile {
  /** Its path under the standard library's directory. */
  path: string;
  /** A package's submodules, which `from package import name` imports (none of them is modelled). */
  submodules?: readonly string[];
  /** Its text per minor version (3.13t runs 3.13.0's: no free-threaded interpreter's file was at hand). */
  sources: Record<Minor, string>;
}

const FILES: Record<string, CPythonFile> = {
  logging: { path: 'logging/__init__.py', submodules: ['config', 'handlers'], sources: { '3.11': LOGGING_SOURCE_3_11, '3.12': LOGGING_SOURCE_3_12, '3.13': LOGGING_SOURCE_3_13 } },
};

export function isCPythonFile(name: string): boolean {
  return name in FILES;
}

/** Whether `name` is a submodule of a package run from CPython's file (logging.handlers): importing it stops as not modelled. */
export function isCPythonSubmodule(name: string): boolean {
  const dot = name.lastIndexOf('.');
  return dot > 0 && (FILES[name.slice(0, dot)]?.submodules?.includes(name.slice(dot + 1)) ?? false);
}

/** Per version model, each file compiled once (by its path, which names the version's directory). */
const compiled = new Map<VersionModel, Map<string, CodeUnit>>();

function compiledFile(version: VersionModel, filename: string, source: string): CodeUnit {
  let units = compiled.get(version);
  if (!units) compiled.set(version, (units = new Map()));
  let unit = units.get(filename);
  if (unit) return unit;
  const parsed = parseModule(source);
  if (!parsed.ok) throw new Error(`internal: ${filename}: ${parsed.error.message} at line ${parsed.error.line}`);
  const { positions, inlinedComprehensions, classBodyNames, cleanDocstrings } = version;
  unit = compileModule(parsed.module, filename, { positions, inlinedComprehensions, classBodyNames, cleanDocstrings });
  markLibrary(unit);
  CPYTHON_LIBRARY_SOURCES.set(filename, source.split('\n'));
  units.set(filename, unit);
  return unit;
}

/**
 * The module's code, run in its namespace as the import system runs it: __file__ (and, a package's
 * __init__.py, __path__) set first.
 */
export function runCPythonFile(vm: VM, name: string, dict: PyDict): void {
  const file = FILES[name];
  const version = vm.options.version;
  const minor = `${version.versionInfo[0]}.${version.versionInfo[1]}` as Minor;
  const filename = stdlibPath(vm, file.path);
  setName(vm, dict, '__file__', vm.newStr(filename), true);
  if (file.path.endsWith('/__init__.py')) setName(vm, dict, '__path__', vm.newList([vm.newStr(filename.slice(0, -'/__init__.py'.length))]), true);
  vm.runModuleSync(compiledFile(version, filename, file.sources[minor]), dict);
}
