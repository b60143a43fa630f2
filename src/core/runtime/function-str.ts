// How CPython names a callable in the errors of a call with * or ** arguments
// (_PyObject_FunctionStr, Objects/object.c): "print()", "__main__.f()", "__main__.A.m()", "list.append()",
// or str(callable) when it has no __qualname__ (an instance with __call__).

import type { PyObject } from '../objects/object';
import { PyStr } from '../objects/atoms';
import type { VM } from '../vm/vm';
import type { CallRequest } from '../vm/frame';
import { lookupAttr } from './attributes';
import { strOf } from './repr';
import { Cause } from '../trace/events';

export function* functionStr(vm: VM, callable: PyObject): Generator<CallRequest, string, PyObject> {
  const qualname = yield* lookupAttr(vm, callable, '__qualname__');
  if (!qualname) return yield* strOf(vm, callable);
  try {
    const qual = yield* strOf(vm, qualname);
    const module = yield* lookupAttr(vm, callable, '__module__');
    if (!module) return `${qual}()`;
    try {
      if (module === vm.none) return `${qual}()`;
      if (module instanceof PyStr && module.value === 'builtins') return `${qual}()`;
      return `${yield* strOf(vm, module)}.${qual}()`;
    } finally {
      vm.decref(module, Cause.Stack);
    }
  } finally {
    vm.decref(qualname, Cause.Stack);
  }
}
