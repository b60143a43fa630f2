// _warnings: the C half of the warnings module (Python/_warnings.c): the filters list, the default action and
// the once-registry that warnings.py imports, `warn` itself, and `_filters_mutated`. The simulator's warnings
// source (modules/python/warnings-source.ts) also asks it for its own module, the source lines linecache
// would give, and registers its display hooks (runtime/warnings.ts shows warnings itself while they are in place).

import type { PyModule } from '../objects/instances';
import { PyStr } from '../objects/atoms';
import { PyFunction } from '../objects/callables';
import type { VM } from '../vm/vm';
import type { Native } from '../vm/frame';
import { setName } from '../runtime/dicts';
import { fn } from '../builtins/define';
import { unpackKeywords, type ClinicSignature } from '../builtins/clinic-keywords';
import type { PyObject } from '../objects/object';
import { cIntIndex } from '../runtime/number-index';
import { warnFromPython, warningsState, warningSourceLine } from '../runtime/warnings';
import { Cause } from '../trace/events';

export function createWarningsNative(vm: VM, module: PyModule): void {
  const d = module.dict;
  const state = warningsState(vm);
  setName(vm, d, 'filters', state.filters);
  setName(vm, d, '_defaultaction', state.defaultAction);
  setName(vm, d, '_onceregistry', state.onceRegistry);
  setName(vm, d, '_LENS_MINOR', vm.newInt(vm.options.version.versionInfo[1]), true);
  // The clinic signature: 3.12 added the keyword-only skip_file_prefixes.
  const signature: ClinicSignature = {
    name: 'warn',
    parameters: ['message', 'category', 'stacklevel', 'source', ...(vm.options.version.versionInfo[1] >= 12 ? ['skip_file_prefixes'] : [])],
    positionalOnly: 0,
    maxPositional: 4,
    minPositional: 1,
  };
  fn(vm, d, 'warn', function* (args, kwargs): Native {
    const [message, category, level, source, skipPrefixes] = unpackKeywords(vm, signature, args, kwargs) as (PyObject | null)[];
    if (skipPrefixes) throw vm.unsupported('warnings.warn(skip_file_prefixes=...)');
    const stacklevel = level ? yield* cIntIndex(vm, level) : 1;
    yield* warnFromPython(vm, message as PyObject, category ?? vm.none, stacklevel, source && source !== vm.none ? source : null);
    return vm.newNone();
  });
  fn(vm, d, 'warn_explicit', () => {
    throw vm.unsupported('warnings.warn_explicit');
  });
  fn(vm, d, '_filters_mutated', () => {
    state.filtersVersion++;
    return vm.newNone();
  });
  // The simulator's own: the warnings module (sys.modules['warnings'], read without importing sys).
  fn(vm, d, '_lens_module', () => vm.incref(vm.modules.get('warnings') ?? vm.none, Cause.Return));
  fn(vm, d, '_lens_source_line', (args) => {
    const [filename, lineno] = args;
    if (!(filename instanceof PyStr)) return vm.newStr('');
    const line = Number((lineno as { value?: unknown }).value ?? 0);
    const text = warningSourceLine(vm, filename.value, line);
    return vm.newStr(text === '' ? '' : `${text}\n`);
  });
  fn(vm, d, '_lens_display_hooks', (args) => {
    const hooks = new Map<string, PyObject>();
    for (const f of args) if (f instanceof PyFunction) hooks.set(f.name.value, f);
    state.displayHooks = hooks;
    return vm.newNone();
  });
}
