// BaseExceptionGroup and ExceptionGroup (PEP 654, 3.11+; Objects/exceptions.c): the constructor's checks
// (BaseExceptionGroup_new: a str message, a non-empty sequence of exceptions; BaseExceptionGroup(...)
// of Exceptions only is an ExceptionGroup; ExceptionGroup refuses BaseExceptions), their message and
// exceptions, and their str. Tracebacks print them as runtime/traceback.ts does; split, subgroup,
// derive and except* are in exception-group-split.ts.

import type { PyObject } from '../objects/object';
import type { PyType } from '../objects/type';
import { PyStr, PyBytes } from '../objects/atoms';
import { PyList, PyTuple, PyRange } from '../objects/containers';
import { PyDict } from '../objects/dict';
import { PyExceptionObj, PyExceptionGroupObj } from '../objects/instances';
import type { VM } from '../vm/vm';
import type { Native } from '../vm/frame';
import { constructors } from '../vm/calls';
import { iterateToArray } from '../runtime/iteration';
import { clinicTypeName } from './text-arguments';
import { Cause } from '../trace/events';
import { installExceptionGroupMethods } from './exception-group-split';

/** PySequence_Check: a type with sq_item that is not a dict (sets, dicts and iterators are not sequences). */
export function isSequence(o: PyObject): boolean {
  if (o instanceof PyList || o instanceof PyTuple || o instanceof PyStr || o instanceof PyBytes || o instanceof PyRange) return true;
  return o.type.heap && !(o instanceof PyDict) && o.type.lookup('__getitem__') !== null;
}

function* newGroup(vm: VM, args: PyObject[], kwargs: Map<string, PyObject> | null, type: PyType): Native {
  if (kwargs && kwargs.size > 0) throw vm.error('TypeError', `${type.name}() takes no keyword arguments`);
  if (args.length !== 2) throw vm.error('TypeError', `BaseExceptionGroup.__new__() takes exactly 2 arguments (${args.length} given)`);
  const [message, sequence] = args;
  if (!(message instanceof PyStr)) throw vm.error('TypeError', `BaseExceptionGroup.__new__() argument 1 must be str, not ${clinicTypeName(vm, message)}`);
  if (!isSequence(sequence)) throw vm.error('TypeError', 'second argument (exceptions) must be a sequence');
  // PySequence_Tuple: an exact tuple is kept as it is.
  const exceptions = sequence instanceof PyTuple && sequence.type === vm.t.tuple
    ? (vm.incref(sequence, Cause.Slot, 'exceptions') as PyTuple)
    : vm.newTuple(yield* iterateToArray(vm, sequence));
  try {
    if (exceptions.items.length === 0) throw vm.error('ValueError', 'second argument (exceptions) must be a non-empty sequence');
    const exception = vm.exc.get('Exception') as PyType;
    let nestsBaseExceptions = false;
    exceptions.items.forEach((e, i) => {
      if (!(e instanceof PyExceptionObj)) throw vm.error('ValueError', `Item ${i} of second argument (exceptions) is not an exception`);
      if (!e.type.isSubtypeOf(exception)) nestsBaseExceptions = true;
    });
    const exceptionGroup = vm.exc.get('ExceptionGroup') as PyType;
    let cls = type;
    if (type === exceptionGroup) {
      if (nestsBaseExceptions) throw vm.error('TypeError', 'Cannot nest BaseExceptions in an ExceptionGroup');
    } else if (type === vm.exc.get('BaseExceptionGroup')) {
      if (!nestsBaseExceptions) cls = exceptionGroup;
    } else if (nestsBaseExceptions && type.isSubtypeOf(exception)) {
      throw vm.error('TypeError', `Cannot nest BaseExceptions in '${type.name}'`);
    }
    const argsTuple = vm.newTuple([vm.incref(message, Cause.Exception, 'args'), vm.incref(sequence, Cause.Exception, 'args')]);
    if (cls.heap) vm.incref(cls, Cause.Type);
    return vm.track(new PyExceptionGroupObj(cls, argsTuple, vm.incref(message, Cause.Slot, 'message'), exceptions));
  } catch (e) {
    vm.decref(exceptions, Cause.Slot);
    throw e;
  }
}

/** After the other exceptions' constructors: the two group types build groups. */
export function installExceptionGroups(vm: VM): void {
  for (const name of ['BaseExceptionGroup', 'ExceptionGroup']) {
    constructors.set(vm.exc.get(name) as PyType, (vm, args, kwargs, type) => newGroup(vm, args, kwargs, type));
  }
  installExceptionGroupMethods(vm);
}

/** eg.message and eg.exceptions (new references), or null for another name. */
export function exceptionGroupAttribute(vm: VM, eg: PyExceptionGroupObj, name: string): PyObject | null {
  if (name === 'message') return vm.incref(eg.message ?? vm.none, Cause.Stack);
  if (name === 'exceptions') return vm.incref(eg.exceptions ?? vm.none, Cause.Stack);
  return null;
}

/** BaseExceptionGroup_str: "message (2 sub-exceptions)". */
export function exceptionGroupStr(eg: PyExceptionGroupObj): string {
  const n = eg.exceptions?.items.length ?? 0;
  return `${eg.message instanceof PyStr ? eg.message.value : ''} (${n} sub-exception${n > 1 ? 's' : ''})`;
}
