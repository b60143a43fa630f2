// Modules the simulator implements itself. Importing any other module is reported as not
// modelled (a diagnostic with the import's position), never a crash.

import type { PyObject } from '../objects/object';
import { PyModule } from '../objects/instances';
import { PyStr } from '../objects/atoms';
import { PyList, PyTuple } from '../objects/containers';
import type { VM } from '../vm/vm';
import { UnsupportedError } from '../vm/errors';
import { NO_POSITION, type Position } from '../compile/bytecode';
import { setName } from '../runtime/dicts';
import { addNewWrappers } from '../builtins/type-new';
import { addNotModelled } from '../builtins/define';
import { afterProgramImport } from './import-garbage';
import { importLocalModule, isLearnerModuleName, isLearnerSubmodule, missingModuleHint, moduleNotFound } from './local-modules';
import { holdModuleFunctions } from './module-functions';
import { hasModuleOrigin, setModuleOrigin } from './module-origins';
import { STARTUP_MODULES } from './startup-modules-data';
import { createCollectionsAbc } from './collections-abc';
import { createSys } from './sys';
import { createGc } from './gc';
import { createWeakref, createWeakrefNatives } from './weakref';
import { WEAKREF_SOURCE } from './python/weakref-source';
import { FROZEN_IMPORTLIB_EXTERNAL_SOURCE } from './python/frozen-importlib-external-source';
import { REQUESTS_SOURCE } from './python/requests-source';
import { FUTURES_SOURCE, FUTURES_BASE_SOURCE } from './python/futures-source';
import { FUTURES_THREAD_SOURCE } from './python/futures-thread-source';
import { FUTURES_PROCESS_SOURCE } from './python/futures-process-source';
import { createFuturesBaseHelpers } from './futures-helpers';
import { createRequests } from './requests';
import { THREADING_SOURCE } from './python/threading-source';
import { QUEUE_SOURCE, _QUEUE_SOURCE } from './python/queue-source';
import { defineCTypeMarker } from './c-type-names';
import { createThread } from './thread';
import { createTime } from './time';
import { createCopy } from './copy';
import { createMath } from './math';
import { COPY_SOURCE } from './python/copy-source';
import { LINECACHE_SOURCE } from './python/linecache-source';
import { createLinecache } from './linecache';
import { createOs } from './os';
import { createHashlib } from './hashlib';
import { createIo } from './io/io-module';
import { IO_SOURCE } from './python/io-source';
import { createCtypes } from './ctypes';
import { CTYPES_SOURCE } from './python/ctypes-source';
import { createZlib } from './zlib/zlib-module';
import { ZLIB_SOURCE } from './python/zlib-source';
import { createNumpyKernels } from './numpy/kernels';
import { NUMPY_SOURCE } from './python/numpy-source';
import { createMultiprocessing, createPickle } from './multiprocessing';
import { MULTIPROCESSING_SOURCE } from './python/multiprocessing-source';
import { MULTIPROCESSING_SUBMODULE_SOURCES } from './python/multiprocessing-submodules-source';
import { PICKLE_SOURCE } from './python/pickle-source';
import { AS_PROCESSES_SOURCE } from './python/as-processes-source';
import { createAsProcessesHelper } from './as-processes';
import { GENERIC_ALIAS_SOURCE, TYPES_SOURCE } from './python/types-source';
import { FUTURE_SOURCE } from './python/future-source';
import { TYPING_SOURCE } from './python/typing-source';
import { DATACLASSES_SOURCE } from './python/dataclasses-source';
import { STRING_SOURCE } from './python/string-source';
import { createString } from './string';
import { createRe, createSreCore } from './re/sre-core';
import { RE_SOURCE } from './python/re-source';
import { createDataclasses } from './dataclasses';
import { createTyping } from './typing';
import { createCollectionsNative } from './collections/module';
import { COLLECTIONS_SOURCE } from './python/collections-source';
import { createItertools } from './itertools';
import { ITERTOOLS_SOURCE } from './python/itertools-source';
import { createFunctools } from './functools';
import { FUNCTOOLS_SOURCE } from './python/functools-source';
import { createOperator } from './operator';
import { OPERATOR_SOURCE } from './python/operator-source';
import { createRandomCore } from './random/random-core';
import { createRandomHelpers } from './random/random-helpers';
import { RANDOM_SOURCE } from './python/random-source';
import { createHeapq } from './heapq/heapq-module';
import { HEAPQ_SOURCE } from './python/heapq-source';
import { createBisect } from './bisect/bisect-module';
import { BISECT_SOURCE } from './python/bisect-source';
import { createContextlibHelpers } from './contextlib-helpers';
import { createArray } from './array/array-module';
import { CONTEXTLIB_SOURCE } from './python/contextlib-source';
import { ABC_SOURCE, _ABC_SOURCE } from './python/abc-source';
import { COLLECTIONS_ABC_SOURCE } from './python/collections-abc-source';
import { ASYNCIO_SOURCE } from './python/asyncio-source';
import { createAsyncioHelpers } from './asyncio-helpers';
import { ENUM_SOURCE } from './python/enum-source';
import { WARNINGS_SOURCE } from './python/warnings-source';
import { TIMEIT_SOURCE } from './python/timeit-source';
import { PPRINT_SOURCE } from './python/pprint-source';
import { REPRLIB_SOURCE } from './python/reprlib-source';
import { TEXTWRAP_SOURCE } from './python/textwrap-source';
import { PLATFORM_SOURCE } from './python/platform-source';
import { INSPECT_SOURCE } from './python/inspect-source';
import { createInspectHelpers } from './inspect';
import { POSIXPATH_SOURCE } from './python/posixpath-source';
import { createPosixpathHelpers } from './posixpath';
import { createWarningsNative } from './warnings-native';
import { createTypesHelpers } from './types-helpers';
import { createAtexit } from './atexit';
import { createImportlib } from './importlib';
import { createEnum } from './enum';
import { createJsonNative } from './json/json-module';
import { _JSON_SOURCE, JSON_SOURCE, JSON_DECODER_SOURCE, JSON_ENCODER_SOURCE, JSON_SCANNER_SOURCE } from './python/json-source';
import { isCPythonFile, isCPythonSubmodule, runCPythonFile } from './cpython-files';
import { TRACEBACK_SOURCE } from './python/traceback-source';
import { createTracebackHelpers } from './traceback-helpers';
import { createStringFormatterParser } from './string-formatter-parser';
import { createSysHelpers } from './sys-helpers';
import { parseModule } from '../syntax/parse';
import { compileModule } from '../compile/compiler';
import { LIBRARY_COMPILER_RULES, type CompilerPositions } from '../versions';
import { markLibrary, SIMULATOR_LIBRARY_FILES, SIMULATOR_LIBRARY_SOURCES, type CodeUnit } from '../compile/bytecode';

type ModuleFactory = (vm: VM, module: PyModule) => void;

/**
 * The modules a program may have loaded again after removing them from sys.modules (a new module, its code
 * run again, as CPython does): Python code, and native modules of functions and constants only. The
 * others hold interpreter-wide state the simulator keeps once (streams, threads, warnings filters, types).
 */
const RELOADABLE = new Set([
  'json', 'json.decoder', 'json.encoder', 'json.scanner', 'heapq', 'bisect', 'random', 'contextlib', 'abc', 'collections',
  'collections.abc', 'types', '__future__', 'timeit', 'gc', 'math', 'time',
]);

/** os, and what Lib/os.py adds: its path module (posixpath) and the path constants. */
function createOsWithPath(vm: VM, module: PyModule): void {
  createOs(vm, module);
  const d = module.dict;
  for (const [name, value] of [['name', 'posix'], ['sep', '/'], ['linesep', '\n'], ['curdir', '.'], ['pardir', '..'], ['extsep', '.'], ['pathsep', ':'], ['devnull', '/dev/null']]) {
    setName(vm, d, name, vm.newStr(value), true);
  }
  setName(vm, d, 'altsep', vm.none);
  const path = importModule(vm, 'posixpath', NO_POSITION);
  setName(vm, d, 'path', path);
  // os.py: `sys.modules['os.path'] = path`.
  vm.modules.alias('os.path', path);
}

/** Modules imported under another name: os.py puts posixpath in sys.modules as 'os.path'. */
const ALIASES: Record<string, { parent: string; module: string }> = { 'os.path': { parent: 'os', module: 'posixpath' } };

const FACTORIES: Record<string, ModuleFactory> = {
  sys: createSys,
  gc: createGc,
  weakref: createWeakref,
  _weakref: createWeakrefNatives,
  _frozen_importlib_external: (vm, module) => addNotModelled(vm, module.dict),
  _thread: createThread,
  time: createTime,
  copy: createCopy,
  linecache: createLinecache,
  math: createMath,
  os: createOsWithPath,
  hashlib: createHashlib,
  io: createIo,
  ctypes: createCtypes,
  zlib: createZlib,
  _numpy_kernels: createNumpyKernels,
  numpy: () => undefined,
  threading: () => undefined,
  _queue: (vm, module) => defineCTypeMarker(vm, module.dict),
  queue: () => undefined,
  requests: createRequests,
  concurrent: () => undefined,
  'concurrent.futures': () => undefined,
  'concurrent.futures._base': createFuturesBaseHelpers,
  'concurrent.futures.thread': () => undefined,
  'concurrent.futures.process': () => undefined,
  multiprocessing: createMultiprocessing,
  'multiprocessing.context': () => undefined,
  'multiprocessing.synchronize': () => undefined,
  'multiprocessing.sharedctypes': () => undefined,
  'multiprocessing.managers': () => undefined,
  'multiprocessing.pool': (vm, module) => addNotModelled(vm, module.dict),
  pickle: createPickle,
  _lens_as_processes: createAsProcessesHelper,
  types: () => undefined,
  __future__: () => undefined,
  typing: createTyping,
  dataclasses: createDataclasses,
  _string: createStringFormatterParser,
  string: createString,
  _lens_sre: createSreCore,
  re: createRe,
  _collections: createCollectionsNative,
  collections: () => undefined,
  itertools: createItertools,
  functools: createFunctools,
  operator: createOperator,
  _random: createRandomCore,
  _lens_random: createRandomHelpers,
  random: () => undefined,
  _heapq: createHeapq,
  heapq: () => undefined,
  _bisect: createBisect,
  bisect: () => undefined,
  _lens_contextlib: createContextlibHelpers,
  contextlib: () => undefined,
  _abc: () => undefined,
  abc: () => undefined,
  _collections_abc: createCollectionsAbc,
  'collections.abc': () => undefined,
  array: createArray,
  _lens_asyncio: createAsyncioHelpers,
  asyncio: () => undefined,
  enum: createEnum,
  _warnings: createWarningsNative,
  _lens_types: createTypesHelpers,
  _lens_generic_alias: () => undefined,
  atexit: createAtexit,
  importlib: createImportlib,
  timeit: () => undefined,
  pprint: () => undefined,
  reprlib: () => undefined,
  textwrap: () => undefined,
  platform: (vm, module) => addNotModelled(vm, module.dict),
  inspect: createInspectHelpers,
  _lens_posixpath: createPosixpathHelpers,
  posixpath: () => undefined,
  warnings: () => undefined,
  _json: createJsonNative,
  json: (vm, module) => addNotModelled(vm, module.dict),
  'json.decoder': (vm, module) => addNotModelled(vm, module.dict),
  'json.encoder': () => undefined,
  'json.scanner': () => undefined,
  _lens_traceback: createTracebackHelpers,
  _lens_sys: createSysHelpers,
  traceback: () => undefined,
  logging: () => undefined,
};

/** The Python half of modules that CPython also writes (partly) in Python. */
const PYTHON_SOURCES: Record<string, string> = {
  weakref: WEAKREF_SOURCE,
  _frozen_importlib_external: FROZEN_IMPORTLIB_EXTERNAL_SOURCE,
  copy: COPY_SOURCE,
  linecache: LINECACHE_SOURCE,
  requests: REQUESTS_SOURCE,
  'concurrent.futures': FUTURES_SOURCE,
  'concurrent.futures._base': FUTURES_BASE_SOURCE,
  'concurrent.futures.thread': FUTURES_THREAD_SOURCE,
  'concurrent.futures.process': FUTURES_PROCESS_SOURCE,
  threading: THREADING_SOURCE,
  queue: QUEUE_SOURCE,
  _queue: _QUEUE_SOURCE,
  zlib: ZLIB_SOURCE,
  io: IO_SOURCE,
  ctypes: CTYPES_SOURCE,
  numpy: NUMPY_SOURCE,
  multiprocessing: MULTIPROCESSING_SOURCE,
  ...MULTIPROCESSING_SUBMODULE_SOURCES,
  pickle: PICKLE_SOURCE,
  _lens_as_processes: AS_PROCESSES_SOURCE,
  types: TYPES_SOURCE,
  _lens_generic_alias: GENERIC_ALIAS_SOURCE,
  __future__: FUTURE_SOURCE,
  typing: TYPING_SOURCE,
  dataclasses: DATACLASSES_SOURCE,
  collections: COLLECTIONS_SOURCE,
  itertools: ITERTOOLS_SOURCE,
  functools: FUNCTOOLS_SOURCE,
  operator: OPERATOR_SOURCE,
  random: RANDOM_SOURCE,
  heapq: HEAPQ_SOURCE,
  bisect: BISECT_SOURCE,
  contextlib: CONTEXTLIB_SOURCE,
  string: STRING_SOURCE,
  re: RE_SOURCE,
  _abc: _ABC_SOURCE,
  abc: ABC_SOURCE,
  _collections_abc: COLLECTIONS_ABC_SOURCE,
  // collections/abc.py
  'collections.abc': 'from _collections_abc import *\nfrom _collections_abc import __all__\n',
  asyncio: ASYNCIO_SOURCE,
  enum: ENUM_SOURCE,
  warnings: WARNINGS_SOURCE,
  timeit: TIMEIT_SOURCE,
  pprint: PPRINT_SOURCE,
  reprlib: REPRLIB_SOURCE,
  textwrap: TEXTWRAP_SOURCE,
  platform: PLATFORM_SOURCE,
  inspect: INSPECT_SOURCE,
  posixpath: POSIXPATH_SOURCE,
  _json: _JSON_SOURCE,
  json: JSON_SOURCE,
  'json.decoder': JSON_DECODER_SOURCE,
  'json.encoder': JSON_ENCODER_SOURCE,
  'json.scanner': JSON_SCANNER_SOURCE,
  traceback: TRACEBACK_SOURCE,
};

// CPython's start-up modules the simulator does not model (codecs, site, posix...) are in sys.modules all the
// same, as placeholders (modules/startup-modules.ts): importing one gives it, reading its contents stops.
for (const name of new Set(Object.values(STARTUP_MODULES).flat())) {
  if (!(name in FACTORIES) && !(name in ALIASES) && name !== '__main__') FACTORIES[name] = (_vm, module) => { module.placeholder = true; };
}

/**
 * The modules CPython's import of a module loaded along with it (the measured trace's loads, in the order they
 * ended), entered in sys.modules in that order: those the simulator has, imported as the interpreter's objects
 * (the trace's replay counts CPython's); the others as placeholders (their name, origin and repr). A module the
 * program removed from sys.modules stays out.
 */
export function enterModulesLoaded(vm: VM, names: readonly string[]): void {
  const byDepth = [...names].sort((a, b) => a.split('.').length - b.split('.').length);
  vm.gc.quietly(() => {
    for (const name of byDepth) {
      if (vm.modules.has(name) || vm.modules.loadedBefore(name)) continue;
      if (name in FACTORIES || name in ALIASES || isCPythonFile(name)) importModule(vm, name, NO_POSITION);
      // (An import that failed, copy.py's `from org.python.core import PyStringMap`, has no origin: not there.)
      else if (hasModuleOrigin(vm, name)) enterPlaceholder(vm, name);
    }
  });
  for (const name of names) if (vm.modules.has(name)) vm.modules.loaded(name);
}

/** A module CPython has loaded that the simulator does not model: in sys.modules (and its package), its contents not modelled. */
function enterPlaceholder(vm: VM, name: string): void {
  const dict = vm.newDict();
  const module = vm.newModule(name, dict);
  setName(vm, dict, '__name__', vm.intern(name));
  setModuleOrigin(vm, module);
  module.placeholder = true;
  vm.modules.set(name, module);
  const dot = name.lastIndexOf('.');
  const parent = dot > 0 ? vm.modules.get(name.slice(0, dot)) : undefined;
  if (parent) setName(vm, parent.dict, name.slice(dot + 1), module);
}

/** Per positions model (a version's), each library source compiled with it. */
const compiledSources = new Map<CompilerPositions, Map<string, CodeUnit>>();

/**
 * Compiles a library source once per process and positions model; its code units are marked as library
 * code. Only the instructions' positions follow the version: the lines CPython's tracebacks show of it
 * (stdlib-frames.ts) get the version's markers, as a `with` line's do (3.13: under the context expression).
 */
function librarySource(name: string, positions: CompilerPositions): CodeUnit {
  let units = compiledSources.get(positions);
  if (!units) compiledSources.set(positions, (units = new Map()));
  let unit = units.get(name);
  if (unit) return unit;
  const parsed = parseModule(PYTHON_SOURCES[name]);
  if (!parsed.ok) throw new Error(`internal: library module ${name}: ${parsed.error.message} at line ${parsed.error.line}`);
  unit = compileModule(parsed.module, `${name}.py`, { ...LIBRARY_COMPILER_RULES, positions });
  markLibrary(unit);
  SIMULATOR_LIBRARY_FILES.add(`${name}.py`);
  SIMULATOR_LIBRARY_SOURCES.set(`${name}.py`, PYTHON_SOURCES[name]);
  units.set(name, unit);
  return unit;
}

/**
 * Whether `from package import name` imports the package's submodule of this name: one the simulator has, or one
 * of CPython's that it does not model (logging.handlers), whose import stops the run as such.
 */
export function isSimulatedModule(name: string): boolean {
  return name in FACTORIES || name in ALIASES || isCPythonSubmodule(name);
}

/**
 * An `import` statement or `__import__()` call: what sys.modules has under the name once the import ran
 * (a module, or an object the program put there); when the program's own code (not a library module's)
 * ran it, what CPython's import of it does to the collector (import-garbage.ts). The simulator's internal
 * imports (types for `list[int]`, pickle for multiprocessing...) call importModule.
 */
export function importForStatement(vm: VM, name: string, at: Position): PyObject {
  const module = findAndLoad(vm, name, at);
  // A learner's own file leaves no standard module's import garbage.
  const unit = vm.currentPythonFrame()?.unit;
  // The program's code includes the strings it runs (exec, eval), not the simulator's own library code.
  const programCode = !unit?.library || unit.compiledString;
  if (programCode && !(module instanceof PyModule && module.learner)) afterProgramImport(vm, name);
  return module;
}

/**
 * importlib's _handle_fromlist for the learner's package: each name of `from package import a, b` the package
 * lacks is imported as its submodule, if it has one of that name (`*`: the names of its __all__).
 */
export function importSubmodulesListed(vm: VM, mod: PyObject, fromlist: PyObject, at: Position, listed = false): void {
  if (!(mod instanceof PyModule && mod.learner?.packageDir)) return;
  const names = fromlist instanceof PyTuple || fromlist instanceof PyList ? fromlist.items : [];
  for (const item of names) {
    if (!(item instanceof PyStr)) continue;
    if (item.value === '*') {
      const all = mod.dict.getStr('__all__');
      if (!listed && all) importSubmodulesListed(vm, mod, all, at, true);
    } else if (!mod.dict.getStr(item.value) && isLearnerSubmodule(vm, mod, item.value)) {
      importForStatement(vm, `${mod.name}.${item.value}`, at);
    }
  }
}

/** IMPORT_NAME's top-level package of `import a.b` (import_get_module: what sys.modules has under it now). */
export function topLevelModule(vm: VM, name: string): PyObject {
  const found = vm.modules.entry(name);
  if (!found) throw vm.error('KeyError', `'${name}' not in sys.modules as expected`);
  return found;
}

/** An import the simulator makes for itself: the module, which must be one (not what a program put in sys.modules). */
export function importModule(vm: VM, name: string, at: Position): PyModule {
  const module = findAndLoad(vm, name, at);
  if (!(module instanceof PyModule)) throw vm.unsupported(`a ${module.type.name} object as sys.modules['${name}'] (the simulator needs its own module there)`);
  return module;
}

/**
 * importlib's _find_and_load: sys.modules first (None there halts the import), else the module is made and
 * run. `import a.b` loads a, then a.b (bound as attribute b of a).
 */
function findAndLoad(vm: VM, name: string, at: Position): PyObject {
  const existing = vm.modules.entry(name);
  if (existing === vm.none) throw moduleNotFound(vm, `import of ${name} halted; None in sys.modules`, name);
  if (existing) return existing;
  const local = importLocalModule(vm, name, at, (parent) => findAndLoad(vm, parent, at));
  if (local !== undefined) return local;
  const alias = ALIASES[name];
  if (alias) {
    importModule(vm, alias.parent, at);
    const aliased = vm.modules.entry(name);
    if (aliased) return aliased;
    // Removed from sys.modules since its parent made it: importlib looks for it in the parent, not a package.
    throw moduleNotFound(vm, `No module named '${name}'; '${alias.parent}' is not a package`, name);
  }
  const factory = FACTORIES[name];
  if (!factory) {
    // The learner's file, but the program took its folder off sys.path: the path finder looks nowhere else it could
    // be (for `import shapes.circle`, the package is the first import that fails).
    const top = name.split('.')[0];
    if (isLearnerModuleName(vm, top)) throw moduleNotFound(vm, `No module named '${top}'`, top);
    throw new UnsupportedError(`not modelled by CPython Lens: module ${name}${missingModuleHint(vm, name)}`, at);
  }
  if (vm.modules.loadedBefore(name) && !RELOADABLE.has(name)) throw vm.unsupported(`importing ${name} again after the program removed it from sys.modules`);
  const dot = name.lastIndexOf('.');
  const parent = dot > 0 ? importModule(vm, name.slice(0, dot), at) : null;
  if (dot > 0 && vm.modules.has(name)) return findAndLoad(vm, name, at);
  const dict = vm.newDict();
  const module = vm.newModule(name, dict);
  setName(vm, dict, '__name__', vm.intern(name));
  setModuleOrigin(vm, module);
  vm.modules.set(name, module);
  // Built-in modules are part of the interpreter: their objects are not the program's allocations.
  vm.gc.quietly(() => {
    factory(vm, module);
    addNewWrappers(vm, [...dict.items()].map((e) => e.value));
    holdModuleFunctions(vm, module);
  });
  // 3.13t: what the real import counts beyond the module and its dict made above (versions.ts).
  const imported = vm.gc.freeThreaded ? vm.options.version.gcStartup.importAllocations?.[name] : undefined;
  if (imported !== undefined) vm.gc.countAllocations(imported - 2);
  if (PYTHON_SOURCES[name] || isCPythonFile(name)) {
    try {
      vm.gc.quietly(() => {
        if (isCPythonFile(name)) runCPythonFile(vm, name, dict);
        else vm.runModuleSync(librarySource(name, vm.options.version.positions), dict);
      });
    } catch (e) {
      // _load_unlocked: a module whose code failed leaves sys.modules.
      if (vm.modules.entry(name) === module) vm.modules.delete(name);
      throw e;
    }
  }
  // _load_unlocked moves the module to the end of sys.modules once its code ran (the loads it made come first).
  vm.modules.loaded(name);
  if (parent) setName(vm, parent.dict, name.slice(dot + 1), module);
  return vm.modules.entry(name) ?? module;
}
