// The generator's send(), throw() and close() (Objects/genobject.c: gen_send, gen_throw, gen_close).

import type { PyObject } from '../objects/object';
import { PyType } from '../objects/type';
import { PyTuple } from '../objects/containers';
import type { PyGenerator } from '../objects/iterators';
import { PyExceptionObj, PyTraceback } from '../objects/instances';
import type { VM } from '../vm/vm';
import type { Native } from '../vm/frame';
import { PyError } from '../vm/errors';
import { method, arity, checkPositional } from './define';
import { sendToGenerator, throwIntoGenerator, closeGenerator } from '../vm/generators';
import { warn } from '../runtime/warnings';
import { Cause } from '../trace/events';

/** METH_NOARGS / METH_O methods of generators refuse keywords with this message. */
export function noKeywords(vm: VM, name: string, kwargs: Map<string, PyObject> | null): void {
  if (kwargs && kwargs.size) throw vm.error('TypeError', `${name}() takes no keyword arguments`);
}

/**
 * The checks of throw()'s arguments (gen_throw, async_gen_athrow_new): no keywords, one to three positional
 * arguments, and 3.12+'s deprecation of the (type, value, traceback) form. `name` is the method's;
 * `qualified` names it in the keyword error ("coroutine.throw() takes no keyword arguments").
 */
export function checkThrowArguments(vm: VM, name: string, args: PyObject[], kwargs: Map<string, PyObject> | null, tripleDeprecated: boolean, qualified = name): void {
  noKeywords(vm, qualified, kwargs);
  checkPositional(vm, name, args.length, 1, 3);
  if (args.length > 1 && tripleDeprecated) {
    warn(vm, `the (type, exc, tb) signature of ${name}() is deprecated, use the single-arg signature instead.`, vm.exc.get('DeprecationWarning') as PyType, 1);
  }
}

/**
 * _gen_throw's throw_here: the exception to raise, as PyErr_NormalizeException makes it of a class
 * (its instance as the value, or the class called with the value: none, a tuple's items, or the value),
 * or an instance with no separate value; and the traceback it starts with (the one given, else an
 * instance's own, else none).
 */
export function* thrownException(vm: VM, typ: PyObject, val: PyObject | null, tb: PyObject | null): Native<PyError> {
  if (tb === vm.none) tb = null;
  else if (tb && !(tb instanceof PyTraceback)) throw vm.error('TypeError', 'throw() third argument must be a traceback object');
  const base = vm.exc.get('BaseException') as PyType;
  let exc: PyExceptionObj;
  if (typ instanceof PyType && typ.isSubtypeOf(base)) {
    if (val instanceof PyExceptionObj && val.type.isSubtypeOf(typ)) exc = vm.incref(val, Cause.Exception) as PyExceptionObj;
    else {
      const args = !val || val === vm.none ? [] : val instanceof PyTuple ? val.items : [val];
      const made = yield { callable: typ, args, kwargs: null };
      if (!(made instanceof PyExceptionObj)) {
        vm.decref(made, Cause.Return);
        throw vm.error('TypeError', `calling ${typ.name} should have returned an instance of BaseException, not ${made.type.name}`);
      }
      exc = made;
    }
  } else if (typ instanceof PyExceptionObj) {
    if (val && val !== vm.none) throw vm.error('TypeError', 'instance exception may not have a separate value');
    exc = vm.incref(typ, Cause.Exception) as PyExceptionObj;
    if (!tb) tb = exc.traceback;
  } else {
    throw vm.error('TypeError', `exceptions must be classes or instances deriving from BaseException, not ${typ.type.name}`);
  }
  // PyErr_Restore: the exception travels with that traceback, to which the generator's frame is added.
  if (exc.traceback !== tb) {
    const old = exc.traceback;
    exc.traceback = tb ? vm.incref(tb, Cause.Exception) : null;
    if (old) vm.decref(old, Cause.Exception);
  }
  return new PyError(exc);
}

export function installGeneratorMethods(vm: VM): void {
  const t = vm.t;
  const model = vm.options.version.generators;
  for (const type of [t.generator, t.coroutine]) {
    // Errors name a METH_O / METH_NOARGS method by its qualified name (_PyObject_FunctionStr).
    const send = `${type.name}.send`;
    const close = `${type.name}.close`;
    method(vm, type, 'send', function* (args, kwargs, self): Native {
      noKeywords(vm, send, kwargs);
      arity(vm, send, args, 1);
      return yield* sendToGenerator(vm, self as PyGenerator, args[0]);
    });
    method(vm, type, 'throw', function* (args, kwargs, self): Native {
      checkThrowArguments(vm, 'throw', args, kwargs, model.throwTripleDeprecated, `${type.name}.throw`);
      const err = yield* thrownException(vm, args[0], args[1] ?? null, args[2] ?? null);
      return yield* throwIntoGenerator(vm, self as PyGenerator, err, args);
    });
    method(vm, type, 'close', function* (args, kwargs, self): Native {
      noKeywords(vm, close, kwargs);
      arity(vm, close, args, 0);
      return yield* closeGenerator(vm, self as PyGenerator, model.closeReturnsValue);
    });
  }
}
