// Helpers to put native functions into namespaces and type dicts.

import type { PyObject } from '../objects/object';
import type { PyType } from '../objects/type';
import type { PyDict } from '../objects/dict';
import { PyMethodDescriptor, PyBuiltin, type NativeImpl } from '../objects/callables';
import type { Native } from '../vm/frame';
import { PyStr } from '../objects/atoms';
import type { VM } from '../vm/vm';
import { setName } from '../runtime/dicts';
import { isSlotWrapper } from './slot-defs';
import { Cause } from '../trace/events';

/**
 * Adds a method to a built-in type: a method descriptor in its dict, or for a special method CPython
 * has through one of the type's slots, a slot wrapper (slot-defs.ts).
 */
export function method(vm: VM, type: PyType, name: string, impl: NativeImpl): void {
  if (isSlotWrapper(type, name)) return slotMethod(vm, type, name, impl);
  const d = new PyMethodDescriptor(vm.t.method_descriptor, name, type, impl);
  d.immortal = true;
  setName(vm, type.dict, name, d, true);
}

/**
 * Adds a special method that a built-in type has through one of its slots (typeobject.c's slotdefs):
 * a slot wrapper (wrapper_descriptor) in its dict, `<slot wrapper '__await__' of 'coroutine' objects>`.
 * Calls check its arguments as the slot's wrapper function does (slot-defs.ts checkSlotArguments).
 */
export function slotMethod(vm: VM, type: PyType, name: string, impl: NativeImpl): void {
  const d = new PyMethodDescriptor(vm.t.wrapper_descriptor, name, type, impl);
  d.immortal = true;
  setName(vm, type.dict, name, d, true);
}

/** A slot that gives its object back (PyObject_SelfIter: an iterator's __iter__, an awaitable's __await__). */
export function selfSlot(vm: VM, type: PyType, name: string): void {
  slotMethod(vm, type, name, (_args, _kwargs, self) => vm.incref(self as PyObject, Cause.Return));
}

/** Adds a built-in function to a namespace (builtins, a module). */
export function fn(vm: VM, ns: PyDict, name: string, impl: NativeImpl, owner: PyObject | null = null): void {
  const f = vm.newBuiltin(name, impl, owner);
  const moduleName = ns === vm.builtins ? 'builtins' : ns.getStr('__name__');
  f.module = typeof moduleName === 'string' ? moduleName : moduleName instanceof PyStr ? moduleName.value : null;
  setName(vm, ns, name, f, true);
}

/** Checks a positional-argument count like CPython's argument clinic does. */
export function arity(vm: VM, name: string, args: PyObject[], min: number, max = min): void {
  if (args.length >= min && args.length <= max) return;
  if (min === max) {
    if (min === 0) throw vm.error('TypeError', `${name}() takes no arguments (${args.length} given)`);
    if (min === 1) throw vm.error('TypeError', `${name}() takes exactly one argument (${args.length} given)`);
    throw vm.error('TypeError', `${name} expected ${min} arguments, got ${args.length}`);
  }
  if (args.length < min) throw vm.error('TypeError', `${name} expected at least ${min} argument${min > 1 ? 's' : ''}, got ${args.length}`);
  throw vm.error('TypeError', `${name} expected at most ${max} argument${max > 1 ? 's' : ''}, got ${args.length}`);
}

/**
 * A module's METH_NOARGS or METH_O function (Objects/methodobject.c, cfunction_check_kwargs and
 * cfunction_vectorcall_NOARGS / _O): keywords refused, then the count; `shown` is how
 * _PyObject_FunctionStr names it, with its module ("gc.isenabled", "_weakref.getweakrefcount").
 */
export function methArity(vm: VM, shown: string, args: PyObject[], kwargs: Map<string, PyObject> | null, count: 0 | 1): void {
  if (kwargs && kwargs.size) throw vm.error('TypeError', `${shown}() takes no keyword arguments`);
  if (args.length === count) return;
  throw vm.error('TypeError', `${shown}() takes ${count ? 'exactly one argument' : 'no arguments'} (${args.length} given)`);
}

/** _PyArg_CheckPositional (Python/getargs.c): "list expected at most 1 argument, got 2". */
export function checkPositional(vm: VM, name: string, n: number, min: number, max: number): void {
  const plural = (k: number) => (k === 1 ? '' : 's');
  if (n < min) throw vm.error('TypeError', `${name} expected ${min === max ? '' : 'at least '}${min} argument${plural(min)}, got ${n}`);
  if (n > max) throw vm.error('TypeError', `${name} expected ${min === max ? '' : 'at most '}${max} argument${plural(max)}, got ${n}`);
}

/** The older keyword-aware parsers (vgetargskeywords, Argument Clinic's tuple path): "int() takes at most 2 arguments (3 given)". */
export function checkAtMost(vm: VM, name: string, n: number, max: number): void {
  if (n > max) throw vm.error('TypeError', `${name}() takes at most ${max} argument${max === 1 ? '' : 's'} (${n} given)`);
}

/** Argument Clinic's missing required argument: "memoryview() missing required argument 'object' (pos 1)". */
export function missingArgument(vm: VM, name: string, arg: string, position: number): never {
  throw vm.error('TypeError', `${name}() missing required argument '${arg}' (pos ${position})`);
}

/** A function stored in a type's dict that is not bound on access (like a classmethod of C). */
export function typeFunction(vm: VM, type: PyType, name: string, impl: (args: PyObject[], kwargs: Map<string, PyObject> | null) => PyObject | Native): void {
  const f = new PyBuiltin(vm.t.builtin_function_or_method, name, (args, kwargs) => impl(args, kwargs), type, type.name);
  f.immortal = true;
  setName(vm, type.dict, name, f, true);
}

/**
 * `_lens_not_modelled(what)` for a module's Python source: stops the run with "not modelled by CPython
 * Lens: what" (`describe` adds the module's context to `what`).
 */
export function addNotModelled(vm: VM, ns: PyDict, describe: (what: string) => string = (what) => what): void {
  fn(vm, ns, '_lens_not_modelled', (args) => {
    throw vm.unsupported(describe((args[0] as PyStr).value));
  });
  // `_lens_not_modelled_function(name, what)`: a function named `name` whose every call stops the run so.
  fn(vm, ns, '_lens_not_modelled_function', (args) => {
    const [name, what] = args as PyStr[];
    return vm.track(new PyBuiltin(vm.t.builtin_function_or_method, name.value, () => {
      throw vm.unsupported(describe(what.value));
    }));
  });
}
