// The sys module: getrefcount (the point of it all), getsizeof, version_info, ...

import { makeStructSequenceType, newStructSequence } from '../runtime/struct-sequences';
import type { PyObject } from '../objects/object';
import { PyExceptionObj, type PyModule } from '../objects/instances';
import { PyInt, PyFloat, PyStr } from '../objects/atoms';
import type { StreamName } from '../processes/std-streams';
import type { VM } from '../vm/vm';
import { fn, arity, methArity } from '../builtins/define';
import { unpackKeywords } from '../builtins/clinic-keywords';
import { scriptFolder } from './local-modules';
import { setName } from '../runtime/dicts';
import { getsizeof } from '../runtime/sizes';
import type { Native } from '../vm/frame';
import { installSysHooks } from './sys-hooks';
import { installSysTracing } from './sys-trace';
import { newStdin, newStdStream, stdStreamOf } from './io/std-stream-objects';
import { Cause } from '../trace/events';
import { isCallable } from './collections/defaultdict';
import { clinicTypeName } from '../builtins/text-arguments';
import { completeStartupModules } from './startup-modules';

/** Which of the interpreter's own streams `file` is, if it is one (a program can replace sys.stdout). */
export function nativeStream(file: PyObject): StreamName | null {
  return stdStreamOf(file);
}

export function createSys(vm: VM, module: PyModule): void {
  const d = module.dict;
  const v = vm.options.version;
  fn(vm, d, 'getrefcount', (args, kwargs) => {
    methArity(vm, 'sys.getrefcount', args, kwargs, 1);
    // The argument itself is one of the references counted (it sits on the caller's stack).
    return vm.newInt(vm.heap.reported(args[0]));
  });
  fn(vm, d, 'getsizeof', function* (args, kwargs): Native {
    // sys_getsizeof: PyArg_ParseTupleAndKeywords "O|O:getsizeof" with the keywords object and default.
    const [obj, dflt] = unpackKeywords(vm, { name: 'getsizeof', parameters: ['object', 'default'], positionalOnly: 0, maxPositional: 2, minPositional: 1 }, args, kwargs);
    return yield* getsizeof(vm, obj as PyObject, dflt);
  });
  fn(vm, d, '_getframe', (args) => {
    arity(vm, '_getframe', args, 0, 1);
    let depth = args.length ? Number((args[0] as PyInt).value) : 0;
    let frame = vm.currentPythonFrame();
    while (frame && depth > 0) {
      let back = frame.back;
      while (back && back.kind !== 'python') back = back.back;
      frame = back;
      depth--;
    }
    if (!frame) throw vm.error('ValueError', 'call stack is not deep enough');
    return vm.incref(vm.frameObjectOf(frame), Cause.Return);
  });
  // The exception being handled (_PyErr_GetTopmostException), as exc_info()'s triple and, 3.11+, exception().
  fn(vm, d, 'exc_info', (args, kwargs) => {
    methArity(vm, 'sys.exc_info', args, kwargs, 0);
    const exc = vm.handledException();
    if (!(exc instanceof PyExceptionObj)) return vm.newTuple([vm.newNone(), vm.newNone(), vm.newNone()]);
    return vm.newTuple([vm.incref(exc.type, Cause.Slot), vm.incref(exc, Cause.Slot), exc.traceback ? vm.incref(exc.traceback, Cause.Slot) : vm.newNone()]);
  });
  fn(vm, d, 'exception', (args, kwargs) => {
    methArity(vm, 'sys.exception', args, kwargs, 0);
    const exc = vm.handledException();
    return exc ? vm.incref(exc, Cause.Return) : vm.newNone();
  });
  fn(vm, d, 'getrecursionlimit', (args, kwargs) => {
    methArity(vm, 'sys.getrecursionlimit', args, kwargs, 0);
    return vm.newInt(vm.recursionLimit);
  });
  fn(vm, d, 'setrecursionlimit', (args) => {
    arity(vm, 'setrecursionlimit', args, 1);
    const n = args[0];
    if (!(n instanceof PyInt)) throw vm.error('TypeError', `'${n.type.name}' object cannot be interpreted as an integer`);
    if (n.value < 1n) throw vm.error('ValueError', 'recursion limit must be greater or equal than 1');
    vm.recursionLimit = Number(n.value);
    return vm.newNone();
  });
  // The GIL's switch interval, kept in µs as CPython does (_PyEval_SetSwitchInterval).
  fn(vm, d, 'getswitchinterval', (args) => {
    arity(vm, 'getswitchinterval', args, 0);
    return vm.newFloat(1e-6 * vm.scheduler.gil.intervalUs);
  });
  fn(vm, d, 'setswitchinterval', (args) => {
    arity(vm, 'setswitchinterval', args, 1);
    const x = args[0];
    let seconds: number;
    if (x instanceof PyFloat) seconds = x.value;
    else if (x instanceof PyInt) seconds = Number(x.value);
    else throw vm.error('TypeError', `must be real number, not ${x.type.name}`);
    if (!(seconds > 0)) throw vm.error('ValueError', 'switch interval must be strictly positive');
    vm.scheduler.gil.intervalUs = Math.trunc(1e6 * seconds);
    return vm.newNone();
  });
  if (v.hasIsGilEnabled) {
    // 3.13+: False only in the free-threaded build with the GIL left off (no PYTHON_GIL=1 is modelled).
    fn(vm, d, '_is_gil_enabled', (args) => {
      arity(vm, '_is_gil_enabled', args, 0);
      return vm.newBool(v.freeThreading === null);
    });
  }
  fn(vm, d, 'exit', (args) => {
    const code: PyObject = args[0] ?? vm.none;
    throw vm.errorWith('SystemExit', args.length ? [vm.incref(code, Cause.Exception)] : []);
  });
  fn(vm, d, 'intern', (args, kwargs) => {
    methArity(vm, 'sys.intern', args, kwargs, 1);
    // sys_intern_impl (Python/sysmodule.c): Argument Clinic takes any str, only an exact one is interned.
    const s = args[0];
    if (!(s instanceof PyStr)) throw vm.error('TypeError', `intern() argument must be str, not ${clinicTypeName(vm, s)}`);
    if (s.type !== vm.t.str) throw vm.error('TypeError', `can't intern ${s.type.name}`);
    return vm.internInPlace(s);
  });
  // sys.stdin, sys.stdout and sys.stderr, each also sys.__stdin__ ... (io/std-stream-objects.ts).
  for (const stream of ['stdin', 'stdout', 'stderr'] as const) {
    const file = stream === 'stdin' ? newStdin(vm) : newStdStream(vm, stream);
    setName(vm, d, `__${stream}__`, file);
    setName(vm, d, stream, file, true);
  }
  // sys.modules (module-table.ts), completed with the startup's modules when the program first reads it.
  setName(vm, d, 'modules', vm.modules.dict);
  module.beforeRead = (name) => {
    if (name !== 'modules') return;
    module.beforeRead = null;
    completeStartupModules(vm);
  };
  // sys_set_asyncgen_hooks / sys_get_asyncgen_hooks: what a new async generator calls on its first
  // iteration (firstiter) and hands itself to when it dies unfinished (finalizer); an omitted one stays.
  const hooksType = makeStructSequenceType(vm, 'asyncgen_hooks');
  fn(vm, d, 'set_asyncgen_hooks', (args, kwargs) => {
    arity(vm, 'set_asyncgen_hooks', args, 0, 2);
    const given: Record<'firstiter' | 'finalizer', PyObject | undefined> = { firstiter: args[0], finalizer: args[1] };
    for (const [k, val] of kwargs ?? []) {
      if (k !== 'firstiter' && k !== 'finalizer') throw vm.error('TypeError', `set_asyncgen_hooks() got an unexpected keyword argument '${k}'`);
      if (given[k]) throw vm.error('TypeError', `argument for set_asyncgen_hooks() given by name ('${k}') and position (${k === 'firstiter' ? 1 : 2})`);
      given[k] = val;
    }
    for (const name of ['finalizer', 'firstiter'] as const) {
      const hook = given[name];
      if (hook && hook !== vm.none && !isCallable(hook)) throw vm.error('TypeError', `callable ${name} expected, got ${hook.type.name}`);
    }
    for (const name of ['finalizer', 'firstiter'] as const) {
      const hook = given[name];
      if (!hook) continue;
      const old = vm.asyncGenHooks[name];
      vm.asyncGenHooks[name] = hook === vm.none ? null : vm.incref(hook, Cause.Slot, name);
      if (old) vm.decref(old, Cause.Slot, name);
    }
    return vm.newNone();
  });
  fn(vm, d, 'get_asyncgen_hooks', (args) => {
    arity(vm, 'get_asyncgen_hooks', args, 0);
    const { firstiter, finalizer } = vm.asyncGenHooks;
    return newStructSequence(vm, hooksType, [vm.incref(firstiter ?? vm.none, Cause.Slot), vm.incref(finalizer ?? vm.none, Cause.Slot)]);
  });
  setName(vm, d, 'argv', vm.newList([vm.newStr(vm.options.argv0 ?? vm.options.filename)]), true);
  // The script's folder first (where `import fibo` finds fibo.py: local-modules.ts), then the standard library's
  // places under the prefix the simulator's library frames name (stdlib-frames.ts: /usr/lib/python3.X).
  const lib = `python${v.versionInfo[0]}.${v.versionInfo[1]}${v.freeThreading?.biasedRefcounts ? 't' : ''}`;
  const zip = `python${v.versionInfo[0]}${v.versionInfo[1]}${v.freeThreading?.biasedRefcounts ? 't' : ''}.zip`;
  const places = [scriptFolder(vm), `/usr/lib/${zip}`, `/usr/lib/${lib}`, `/usr/lib/${lib}/lib-dynload`, `/usr/lib/${lib}/site-packages`];
  setName(vm, d, 'path', vm.newList(places.map((p) => vm.newStr(p))), true);
  // A struct sequence: (major, minor, micro, releaselevel, serial), each also an attribute.
  const info = newStructSequence(vm, makeStructSequenceType(vm, 'sys.version_info'), [...v.versionInfo.map((n) => vm.newInt(n)), vm.newStr('final'), vm.newInt(0)]);
  setName(vm, d, 'version_info', info, true);
  setName(vm, d, 'version', vm.newStr(v.versionString), true);
  setName(vm, d, 'maxsize', vm.newInt(2n ** 63n - 1n), true);
  setName(vm, d, 'byteorder', vm.newStr('little'), true);
  setName(vm, d, 'platform', vm.newStr('linux'), true);
  setName(vm, d, 'implementation_name', vm.newStr('cpython'), true);
  setName(vm, d, 'maxunicode', vm.newInt(0x10ffff), true);
  // What a 64-bit Linux build reports: 30-bit digits (Include/cpython/longintrepr.h), IEEE doubles, SipHash-1-3.
  const struct = (name: string, items: PyObject[]) => setName(vm, d, name.slice(4), newStructSequence(vm, makeStructSequenceType(vm, name), items), true);
  struct('sys.int_info', [vm.newInt(30), vm.newInt(4), vm.newInt(4300), vm.newInt(640)]);
  struct('sys.float_info', [
    vm.newFloat(Number.MAX_VALUE), vm.newInt(1024), vm.newInt(308), vm.newFloat(2.2250738585072014e-308), vm.newInt(-1021), vm.newInt(-307),
    vm.newInt(15), vm.newInt(53), vm.newFloat(Number.EPSILON), vm.newInt(2), vm.newInt(1),
  ]);
  struct('sys.hash_info', [
    vm.newInt(64), vm.newInt(2n ** 61n - 1n), vm.newInt(314159), vm.newInt(0), vm.newInt(1000003), vm.newStr('siphash13'), vm.newInt(64), vm.newInt(128), vm.newInt(0),
  ]);
  installSysHooks(vm, module);
  installSysTracing(vm, module);
  // What the oracle's interpreters report (-X utf8, PYTHONHASHSEED=0, PYTHONDONTWRITEBYTECODE=1, pipes, glibc 2.36).
  const [major, minor, micro] = v.versionInfo;
  setName(vm, d, 'hexversion', vm.newInt((major << 24) | (minor << 16) | (micro << 8) | 0xf0), true);
  setName(vm, d, 'api_version', vm.newInt(1013), true);
  setName(vm, d, 'abiflags', vm.newStr(''), true);
  setName(vm, d, 'float_repr_style', vm.newStr('short'), true);
  setName(vm, d, 'platlibdir', vm.newStr('lib'), true);
  setName(vm, d, 'pycache_prefix', vm.newNone(), true);
  setName(vm, d, 'dont_write_bytecode', vm.newBool(true), true);
  setName(vm, d, 'warnoptions', vm.newList([]), true);
  const xoptions = vm.newDict();
  setName(vm, xoptions, 'utf8', vm.newBool(true), true);
  setName(vm, d, '_xoptions', xoptions, true);
  struct('sys.thread_info', [vm.newStr('pthread'), vm.newStr('semaphore'), vm.newStr('NPTL 2.36')]);
  if (!v.freeThreading) {
    // 3.11 keeps int_max_str_digits at -1 until it is set; 3.12+ shows the limit in force.
    const flags = [0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0].map((n) => vm.newInt(n));
    struct('sys.flags', [...flags, vm.newBool(false), vm.newInt(1), vm.newInt(0), vm.newBool(false), vm.newInt(v.version === '3.11' ? -1 : 4300)]);
  }
  for (const [name, value] of [['getfilesystemencoding', 'utf-8'], ['getfilesystemencodeerrors', 'surrogateescape']] as const) {
    fn(vm, d, name, (args) => {
      arity(vm, name, args, 0);
      return vm.newStr(value);
    });
  }
  fn(vm, d, 'get_int_max_str_digits', (args) => {
    arity(vm, 'get_int_max_str_digits', args, 0);
    return vm.newInt(4300);
  });
  fn(vm, d, 'set_int_max_str_digits', () => {
    throw vm.unsupported('sys.set_int_max_str_digits() (the limit stays 4300 digits)');
  });
  fn(vm, d, 'getdefaultencoding', (args) => {
    arity(vm, 'getdefaultencoding', args, 0);
    return vm.newStr('utf-8');
  });
  fn(vm, d, 'is_finalizing', (args) => {
    arity(vm, 'is_finalizing', args, 0);
    return vm.newBool(vm.finalizing);
  });
  if (v.sysDictCopyAfterInit) {
    for (const name of SYS_INIT_CORE_NAMES) {
      const value = d.getStr(name);
      if (value) vm.incref(value, Cause.Module, "sys's m_copy");
    }
  }
}

/** The values of sys that 3.11's m_copy of sys's dict holds too (versions.ts sysDictCopyAfterInit): sys.modules, _PySys_InitCore's. */
const SYS_INIT_CORE_NAMES = [
  'modules', 'version', 'hexversion', 'api_version', 'byteorder', 'platform', 'maxunicode', 'float_repr_style', 'version_info',
  'int_info', 'float_info', 'hash_info', 'thread_info', 'flags',
];
