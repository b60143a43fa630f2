// classmethod(f) and staticmethod(f) made by calling the type (Objects/funcobject.c cm_init, sm_init): the
// wrapper copies the function's __module__, __name__, __qualname__, __doc__ and __annotations__ into a __dict__
// of its own (functools_wraps, 3.10+). The ones type_new makes itself (a class's __new__, __init_subclass__,
// __class_getitem__: PyStaticMethod_New, PyClassMethod_New) have no dict until something sets an attribute.

import type { PyObject } from '../objects/object';
import type { PyDict } from '../objects/dict';
import { PyDescriptorWrapper } from '../objects/callables';
import type { VM } from '../vm/vm';
import { Cause } from '../trace/events';
import { setName } from './dicts';
import { lookupAttr } from './attributes';

const COPIED = ['__module__', '__name__', '__qualname__', '__doc__', '__annotations__'];

/** A classmethod or staticmethod object (they have a __dict__: tp_dictoffset). */
export function isFunctionWrapper(vm: VM, o: PyObject): o is PyDescriptorWrapper {
  return o instanceof PyDescriptorWrapper && (o.type === vm.t.classmethod || o.type === vm.t.staticmethod);
}

/** The wrapper's __dict__, made when first needed (PyObject_GenericGetDict). */
export function functionWrapperDict(vm: VM, o: PyDescriptorWrapper): PyDict {
  if (!o.subclassDict) o.subclassDict = vm.newDict();
  return o.subclassDict as PyDict;
}

/** functools_wraps: each attribute the wrapped callable has is set on the wrapper (functools_copy_attr). */
export function copyWrappedAttributes(vm: VM, wrapper: PyDescriptorWrapper, wrapped: PyObject): void {
  for (const name of COPIED) {
    const value = vm.runSync(lookupAttr(vm, wrapped, name));
    if (!value) continue;
    setName(vm, functionWrapperDict(vm, wrapper), name, value, true, Cause.Attribute, `.${name}`);
  }
}
