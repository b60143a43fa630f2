// sys.settrace, sys.gettrace, sys.setprofile, sys.getprofile, sys.call_tracing and (3.12+) the
// _settraceallthreads / _setprofileallthreads behind threading.settrace_all_threads (Python/sysmodule.c).
// Each thread has its own functions; the events themselves are vm/tracing.ts's.

import type { PyObject } from '../objects/object';
import { PyTuple } from '../objects/containers';
import type { PyModule } from '../objects/instances';
import type { VM } from '../vm/vm';
import type { Native } from '../vm/frame';
import { fn, methArity, checkPositional } from '../builtins/define';
import { setTraceFunction, setProfileFunction } from '../vm/tracing';
import { Cause } from '../trace/events';

export function installSysTracing(vm: VM, module: PyModule): void {
  const d = module.dict;
  // sys_settrace (METH_O): None removes the thread's trace function; anything else is called at the next event.
  fn(vm, d, 'settrace', (args, kwargs) => {
    methArity(vm, 'sys.settrace', args, kwargs, 1);
    setTraceFunction(vm, vm.hooks, args[0] === vm.none ? null : args[0], vm.frame);
    return vm.newNone();
  });
  fn(vm, d, 'gettrace', (args, kwargs) => {
    methArity(vm, 'sys.gettrace', args, kwargs, 0);
    return vm.incref(vm.hooks.trace ?? vm.none, Cause.Return);
  });
  fn(vm, d, 'setprofile', (args, kwargs) => {
    methArity(vm, 'sys.setprofile', args, kwargs, 1);
    setProfileFunction(vm, vm.hooks, args[0] === vm.none ? null : args[0], vm.frame);
    return vm.newNone();
  });
  fn(vm, d, 'getprofile', (args, kwargs) => {
    methArity(vm, 'sys.getprofile', args, kwargs, 0);
    return vm.incref(vm.hooks.profile ?? vm.none, Cause.Return);
  });
  // _PyEval_CallTracing: func(*args) with the thread's events on again, from inside a trace function
  // (3.12+; 3.11's, called from a trace function, traces nothing: checked on 3.11.7).
  fn(vm, d, 'call_tracing', function* (args, kwargs): Native {
    if (kwargs && kwargs.size) throw vm.error('TypeError', 'call_tracing() takes no keyword arguments');
    checkPositional(vm, 'call_tracing', args.length, 2, 2);
    const [func, callArgs] = args;
    if (!(callArgs instanceof PyTuple)) throw vm.error('TypeError', `call_tracing() argument 2 must be tuple, not ${callArgs.type.name}`);
    const hooks = vm.hooks;
    const saved = hooks.tracing;
    if (vm.options.version.tracing.monitoring) hooks.tracing = 0;
    try {
      return yield { callable: func, args: callArgs.items, kwargs: null };
    } finally {
      hooks.tracing = saved;
    }
  });
  if (vm.options.version.versionInfo[1] < 12) return;
  // _PyEval_SetTraceAllThreads / _PyEval_SetProfileAllThreads: every thread of the interpreter, this one too.
  for (const [name, set] of [['_settraceallthreads', setTraceFunction], ['_setprofileallthreads', setProfileFunction]] as const) {
    fn(vm, d, name, (args, kwargs) => {
      methArity(vm, `sys.${name}`, args, kwargs, 1);
      const func: PyObject | null = args[0] === vm.none ? null : args[0];
      const sched = vm.scheduler;
      for (const t of sched.threads) {
        if (t.status === 'done') continue;
        set(vm, t.hooks, func, t === sched.current ? vm.frame : t.frame);
      }
      return vm.newNone();
    });
  }
}
