// Names real CPython has that the simulator may lack. Where a lookup fails (a name in the builtins, an
// attribute of a simulated module or of a built-in type), CPython would have found something, so the
// honest answer is "not modelled by CPython Lens: X", not a NameError or AttributeError CPython would
// never raise. The lists are measured on the real interpreters (cpython-names-data.ts); a program's own
// classes and modules are never in them.

import type { PythonVersion } from '../versions';
import type { PyObject } from '../objects/object';
import { PyType } from '../objects/type';
import { PyModule } from '../objects/instances';
import { CPYTHON_NAMES_311, CPYTHON_NAMES_DELTAS } from './cpython-names-data';
import type { VM } from '../vm/vm';
import type { PyError, UnsupportedError } from '../vm/errors';
import { Cause } from '../trace/events';

const tables = new Map<PythonVersion, Map<string, Set<string>>>();

/**
 * The io module's names and the _io types' own names (vars(t), dunders left out), the same in 3.11, 3.12 and 3.13: measured by hand
 * as cpython-names-data.ts lacks them (scripts/regenerate-cpython-names.mjs needs a 3.13t to run).
 */
const IO_TYPE_NAMES: Record<string, string> = {
  'module:io': 'BlockingIOError BufferedIOBase BufferedRWPair BufferedRandom BufferedReader BufferedWriter BytesIO DEFAULT_BUFFER_SIZE FileIO IOBase IncrementalNewlineDecoder RawIOBase SEEK_CUR SEEK_END SEEK_SET StringIO TextIOBase TextIOWrapper UnsupportedOperation _io abc open open_code text_encoding',
  'type:_io._IOBase': '_checkClosed _checkReadable _checkSeekable _checkWritable close closed fileno flush isatty readable readline readlines seek seekable tell truncate writable writelines',
  'type:_io._RawIOBase': 'read readall readinto write',
  'type:_io._BufferedIOBase': 'detach read read1 readinto readinto1 write',
  'type:_io._TextIOBase': 'detach encoding errors newlines read readline write',
  'type:_io.FileIO': '_blksize _dealloc_warn _finalizing close closed closefd fileno isatty mode read readable readall readinto seek seekable tell truncate writable write',
  'type:_io.BufferedReader': '_dealloc_warn _finalizing close closed detach fileno flush isatty mode name peek raw read read1 readable readinto readinto1 readline seek seekable tell truncate',
  'type:_io.BufferedWriter': '_dealloc_warn _finalizing close closed detach fileno flush isatty mode name raw seek seekable tell truncate writable write',
  'type:_io.BufferedRandom': '_dealloc_warn _finalizing close closed detach fileno flush isatty mode name peek raw read read1 readable readinto readinto1 readline seek seekable tell truncate writable write',
  // dir(ctypes) on 3.11 (3.12 adds c_time_t and SIZEOF_TIME_T, which modules/ctypes.ts makes there).
  'module:ctypes': 'ARRAY ArgumentError Array BigEndianStructure BigEndianUnion CDLL CFUNCTYPE DEFAULT_MODE LibraryLoader LittleEndianStructure LittleEndianUnion POINTER PYFUNCTYPE PyDLL RTLD_GLOBAL RTLD_LOCAL SetPointerType Structure Union addressof alignment byref c_bool c_buffer c_byte c_char c_char_p c_double c_float c_int c_int16 c_int32 c_int64 c_int8 c_long c_longdouble c_longlong c_short c_size_t c_ssize_t c_ubyte c_uint c_uint16 c_uint32 c_uint64 c_uint8 c_ulong c_ulonglong c_ushort c_void_p c_voidp c_wchar c_wchar_p cast cdll create_string_buffer create_unicode_buffer get_errno memmove memset pointer py_object pydll pythonapi resize set_errno sizeof string_at wstring_at',
  'type:_io.TextIOWrapper': '_CHUNK_SIZE _finalizing buffer close closed detach encoding errors fileno flush isatty line_buffering name newlines read readable readline reconfigure seek seekable tell truncate writable write write_through',
};

/**
 * dir(traceback) without dunders, measured by hand as the io names are: 3.11.7's, and what 3.12.1 and 3.13.0 add
 * (the simulator's traceback module writes a few of them: modules/python/traceback-source.ts).
 */
const TRACEBACK_NAMES_311 =
  'FrameSummary StackSummary TracebackException _Anchors _ExceptionPrintContext _RECURSIVE_CUTOFF _Sentinel _byte_offset_to_character_offset _cause_message _context_message _extract_caret_anchors_from_line_segment _format_final_exc_line _get_code_position _parse_value_tb _safe_string _sentinel _walk_tb_with_full_positions clear_frames collections extract_stack extract_tb format_exc format_exception format_exception_only format_list format_stack format_tb itertools linecache print_exc print_exception print_last print_list print_stack print_tb suppress sys textwrap walk_stack walk_tb';
const TRACEBACK_NAMES_ADDED: Partial<Record<PythonVersion, string>> = {
  '3.12': '_CASE_COST _MAX_CANDIDATE_ITEMS _MAX_STRING_SIZE _MOVE_COST _WIDE_CHAR_SPECIFIERS _compute_suggestion_error _display_width _levenshtein_distance _substitution_cost',
  '3.13': '_CASE_COST _MAX_CANDIDATE_ITEMS _MAX_STRING_SIZE _MOVE_COST _WIDE_CHAR_SPECIFIERS _compute_suggestion_error _display_width _levenshtein_distance _substitution_cost ANSIColors BUILTIN_EXCEPTION_LIMIT _colorize _print_exception_bltin warnings',
};

function table(version: PythonVersion): Map<string, Set<string>> {
  let found = tables.get(version);
  if (found) return found;
  found = new Map();
  for (const [owner, names] of Object.entries(CPYTHON_NAMES_311)) found.set(owner, new Set(names.split(' ')));
  for (const [owner, names] of Object.entries(IO_TYPE_NAMES)) found.set(owner, new Set(names.split(' ')));
  const added = TRACEBACK_NAMES_ADDED[version === '3.11' || version === '3.12' ? version : '3.13'];
  found.set('module:traceback', new Set(`${TRACEBACK_NAMES_311}${added ? ` ${added}` : ''}`.split(' ')));
  // Each version's changes are stored against the version before it (scripts/regenerate-cpython-names.mjs).
  const chain = ['3.12', '3.13', '3.13t'].slice(0, version === '3.11' ? 0 : version === '3.12' ? 1 : version === '3.13' ? 2 : 3);
  for (const step of chain as ('3.12' | '3.13' | '3.13t')[]) {
    for (const [owner, changes] of Object.entries(CPYTHON_NAMES_DELTAS[step])) {
      let names = found.get(owner);
      if (!names) found.set(owner, (names = new Set()));
      for (const change of changes.split(' ')) {
        if (change.startsWith('+')) names.add(change.slice(1));
        else names.delete(change.slice(1));
      }
    }
  }
  tables.set(version, found);
  return found;
}

function has(version: PythonVersion, owner: string, name: string): boolean {
  return table(version).get(owner)?.has(name) ?? false;
}

/** A type as CPython's tp_name spells it ('dict_keys', 'collections.deque', 'threading.Thread'). */
function typeName(t: PyType): string {
  if (t.name.includes('.') || t.module === 'builtins') return t.name;
  return `${t.module}.${t.qualname}`;
}

/** CPython's builtins (dir(builtins)), for "Did you mean" suggestions among names the simulator lacks too. */
export function cpythonBuiltinNames(version: PythonVersion): ReadonlySet<string> {
  return table(version).get('builtins') ?? new Set();
}

/** sys.stdlib_module_names: NameError's "Did you forget to import 'x'?" (3.12+). */
export function isStdlibModuleName(version: PythonVersion, name: string): boolean {
  return has(version, 'stdlib_module_names', name);
}

/** Whether CPython's builtins have this name (the program's NameError would not happen there). */
export function cpythonHasBuiltin(version: PythonVersion, name: string): boolean {
  return has(version, 'builtins', name);
}

/**
 * What to call obj.name in a "not modelled" message when CPython's module or built-in type has that
 * attribute (`memoryview.tobytes`, `math.lgamma`); null when CPython would raise AttributeError too.
 */
export function cpythonAttributeOwner(version: PythonVersion, obj: PyObject, name: string): string | null {
  if (obj instanceof PyModule) {
    // A start-up module the simulator has as a name only (modules/startup-modules.ts): whatever is asked of it.
    if (obj.placeholder) return `${obj.name}.${name} (CPython loads the module ${obj.name} at start-up; the simulator has only its name)`;
    return has(version, `module:${obj.name}`, name) ? `${obj.name}.${name}` : null;
  }
  // A class's attribute comes from its MRO, then from its metaclass (type.mro).
  const types = obj instanceof PyType ? [...obj.mro, ...obj.type.mro] : obj.type.mro;
  for (const t of types) {
    if (t.module === '__main__') continue;
    if (has(version, `type:${typeName(t)}`, name)) return `${typeName(t)}.${name}`;
  }
  return null;
}

/**
 * What to call a protocol method (`__getitem__`, `__enter__`, `__len__`…) that CPython's C type has and
 * the simulator's lacks, for a "not modelled" message instead of a TypeError CPython would not raise
 * (`memoryview.__getitem__`); null when CPython's type lacks it too.
 */
export function cpythonProtocolOwner(version: PythonVersion, type: PyType, dunder: string): string | null {
  for (const t of type.mro) {
    if (t.module === '__main__') continue;
    if (has(version, `slots:${typeName(t)}`, dunder)) return `${typeName(t)}.${dunder}`;
  }
  return null;
}

/** The error for a missing protocol method: "not modelled" where CPython's type has it, else the TypeError given. */
export function missingProtocol(vm: VM, type: PyType, dunder: string, typeError: PyError): PyError | UnsupportedError {
  const owner = cpythonProtocolOwner(vm.options.version.version, type, dunder);
  if (!owner) return typeError;
  vm.decref(typeError.exc, Cause.Exception);
  return vm.unsupported(owner);
}

/**
 * collections.abc's _check_methods on a C type: whether CPython's type has `name` in its own dict (true),
 * has it set to None (null: `list.__hash__`), or not at all (false), as the real interpreter says.
 */
export function cpythonTypeDefines(version: PythonVersion, type: PyType, name: string): boolean | null {
  const owner = `abc:${typeName(type)}`;
  if (has(version, owner, name)) return true;
  return has(version, owner, `${name}=None`) ? null : false;
}

/** A C type CPython does not let a class derive from (no Py_TPFLAGS_BASETYPE: range, slice, bool, function...). */
export function cpythonTypeIsFinal(version: PythonVersion, type: PyType): boolean {
  return has(version, 'final-types', typeName(type));
}

/** Every name in CPython's dict of a C type (dunders too), for dir(); null for a type the probe did not see. */
export function cpythonTypeDictNames(version: PythonVersion, type: PyType): ReadonlySet<string> | null {
  return table(version).get(`dict:${typeName(type)}`) ?? null;
}
