// The built-in exceptions whose __init__ takes keywords (Objects/exceptions.c): AttributeError(name=, obj=),
// NameError(name=), ImportError(name=, path=[, name_from=]). BaseException_init refuses any keyword, so every
// other built-in exception does ("KeyError() takes no keyword arguments"); a class's own __init__ may take them.

import type { PyObject } from '../objects/object';
import type { PyExceptionObj } from '../objects/instances';
import type { PyType } from '../objects/type';
import type { VM } from '../vm/vm';
import type { Native } from '../vm/frame';
import { method } from './define';
import { Cause } from '../trace/events';
import { checkKeywords } from './keyword-arguments';
import { initImportErrorKeywords, importErrorStr } from '../runtime/import-error-fields';
import { reprOf, strOf } from '../runtime/repr';

/** BaseException_init's arguments: args replaced (the keywords are each __init__'s business). */
export type BaseInit = (exc: PyExceptionObj, args: PyObject[]) => void;

/**
 * What a built-in exception's tp_init does with the keywords of a call of its class (type_call runs it after
 * tp_new, which ignored them): ImportError, AttributeError and NameError keep theirs, the others refuse any.
 */
export function applyInitKeywords(vm: VM, exc: PyExceptionObj, kwargs: Map<string, PyObject> | null): void {
  const type = exc.type;
  if (type.isSubtypeOf(vm.exc.get('ImportError') as PyType)) {
    initImportErrorKeywords(vm, exc, kwargs);
  } else if (type.isSubtypeOf(vm.exc.get('AttributeError') as PyType)) {
    // AttributeError_init (3.10+): the attribute's name and the object, as the lookup that failed sets them.
    checkKeywords(vm, 'AttributeError', kwargs, ['name', 'obj']);
    replaceField(vm, exc, 'attributeName', kwargs?.get('name') ?? null, 'name');
    replaceField(vm, exc, 'attributeObject', kwargs?.get('obj') ?? null, 'obj');
  } else if (type.isSubtypeOf(vm.exc.get('NameError') as PyType)) {
    // NameError_init (3.10+): the missing name.
    checkKeywords(vm, 'NameError', kwargs, ['name']);
    replaceField(vm, exc, 'attributeName', kwargs?.get('name') ?? null, 'name');
  } else if (kwargs?.size) {
    throw vm.error('TypeError', `${type.name}() takes no keyword arguments`);
  }
}

export function installExceptionKeywordInits(vm: VM, baseInit: BaseInit): void {
  const type = (name: string) => vm.exc.get(name) as PyType;
  for (const name of ['AttributeError', 'NameError', 'ImportError']) {
    method(vm, type(name), '__init__', (args, kwargs, self) => {
      const exc = self as PyExceptionObj;
      baseInit(exc, args);
      applyInitKeywords(vm, exc, kwargs);
      return vm.newNone();
    });
  }
  const importError = type('ImportError');
  // ImportError_str: msg when it is a str, else BaseException's.
  method(vm, importError, '__str__', function* (_a, _k, self): Native {
    const exc = self as PyExceptionObj;
    const msg = importErrorStr(exc);
    if (msg !== null) return vm.newStr(msg);
    const items = exc.args.items;
    if (items.length === 0) return vm.newStr('');
    if (items.length === 1) return vm.newStr(yield* strOf(vm, items[0]));
    return vm.newStr(yield* reprOf(vm, exc.args));
  });
}

function replaceField(vm: VM, exc: PyExceptionObj, field: 'attributeName' | 'attributeObject', value: PyObject | null, label: string): void {
  const old = exc[field];
  exc[field] = value ? vm.incref(value, Cause.Exception, label) : null;
  if (old) vm.decref(old, Cause.Exception, label);
}
