// The built-in types, created once per run. Their methods are added by the files in
// src/core/builtins/ (one file per type family).

import { PyType, type Layout } from '../objects/type';
import { PyDict } from '../objects/dict';

export interface BuiltinTypes {
  type: PyType; object: PyType; int: PyType; bool: PyType; float: PyType; complex: PyType; str: PyType;
  bytes: PyType; bytearray: PyType; list: PyType; tuple: PyType; dict: PyType; set: PyType; frozenset: PyType;
  NoneType: PyType; ellipsis: PyType; NotImplementedType: PyType; function: PyType;
  builtin_function_or_method: PyType; method_descriptor: PyType; method: PyType; code: PyType; cell: PyType;
  module: PyType; range: PyType; slice: PyType; property: PyType; staticmethod: PyType; classmethod: PyType;
  traceback: PyType; frame: PyType; generator: PyType; coroutine: PyType; coroutine_wrapper: PyType; anext_awaitable: PyType; super: PyType;
  async_generator: PyType; async_generator_asend: PyType; async_generator_athrow: PyType; async_generator_wrapped_value: PyType;
  list_iterator: PyType; list_reverseiterator: PyType; tuple_iterator: PyType; str_iterator: PyType;
  bytes_iterator: PyType; bytearray_iterator: PyType; range_iterator: PyType; dict_keyiterator: PyType; dict_valueiterator: PyType;
  dict_itemiterator: PyType; dict_reversekeyiterator: PyType; dict_reversevalueiterator: PyType; dict_reverseitemiterator: PyType;
  set_iterator: PyType; dict_keys: PyType; dict_values: PyType; dict_items: PyType;
  enumerate: PyType; zip: PyType; map: PyType; filter: PyType; reversed: PyType; callable_iterator: PyType; iterator: PyType;
  weakref: PyType; weakproxy: PyType; weakcallableproxy: PyType;
  getset_descriptor: PyType; mappingproxy: PyType; FrameLocalsProxy: PyType; memoryview: PyType; method_wrapper: PyType;
  wrapper_descriptor: PyType; member_descriptor: PyType;
  managedbuffer: PyType; memory_iterator: PyType;
}

export function createBuiltinTypes(): BuiltinTypes {
  const type = new PyType(null, 'type', 'type');
  type.type = type;
  const object = new PyType(type, 'object', 'object');
  const make = (name: string, layout: Layout, base: PyType = object): PyType => {
    const t = new PyType(type, name, layout);
    t.bases = [base];
    t.mro = [t, ...base.mro];
    return t;
  };
  object.mro = [object];
  type.bases = [object];
  type.mro = [type, object];
  const int = make('int', 'int');
  const t: BuiltinTypes = {
    type, object, int,
    bool: make('bool', 'bool', int),
    float: make('float', 'float'),
    complex: make('complex', 'complex'),
    str: make('str', 'str'),
    bytes: make('bytes', 'bytes'),
    bytearray: make('bytearray', 'bytes'),
    list: make('list', 'list'),
    tuple: make('tuple', 'tuple'),
    dict: make('dict', 'dict'),
    set: make('set', 'set'),
    frozenset: make('frozenset', 'frozenset'),
    NoneType: make('NoneType', 'none'),
    ellipsis: make('ellipsis', 'ellipsis'),
    NotImplementedType: make('NotImplementedType', 'notimplemented'),
    function: make('function', 'function'),
    builtin_function_or_method: make('builtin_function_or_method', 'builtin'),
    method_descriptor: make('method_descriptor', 'builtin'),
    method: make('method', 'method'),
    code: make('code', 'code'),
    cell: make('cell', 'cell'),
    module: make('module', 'module'),
    range: make('range', 'range'),
    slice: make('slice', 'slice'),
    property: make('property', 'property'),
    staticmethod: make('staticmethod', 'staticmethod'),
    classmethod: make('classmethod', 'classmethod'),
    traceback: make('traceback', 'traceback'),
    frame: make('frame', 'frame'),
    generator: make('generator', 'generator'),
    coroutine: make('coroutine', 'generator'),
    coroutine_wrapper: make('coroutine_wrapper', 'iterator'),
    anext_awaitable: make('anext_awaitable', 'iterator'),
    async_generator: make('async_generator', 'generator'),
    async_generator_asend: make('async_generator_asend', 'iterator'),
    async_generator_athrow: make('async_generator_athrow', 'iterator'),
    async_generator_wrapped_value: make('async_generator_wrapped_value', 'object'),
    super: make('super', 'super'),
    list_iterator: make('list_iterator', 'iterator'),
    list_reverseiterator: make('list_reverseiterator', 'iterator'),
    tuple_iterator: make('tuple_iterator', 'iterator'),
    str_iterator: make('str_ascii_iterator', 'iterator'),
    bytes_iterator: make('bytes_iterator', 'iterator'),
    bytearray_iterator: make('bytearray_iterator', 'iterator'),
    range_iterator: make('range_iterator', 'iterator'),
    dict_keyiterator: make('dict_keyiterator', 'iterator'),
    dict_valueiterator: make('dict_valueiterator', 'iterator'),
    dict_itemiterator: make('dict_itemiterator', 'iterator'),
    dict_reversekeyiterator: make('dict_reversekeyiterator', 'iterator'),
    dict_reversevalueiterator: make('dict_reversevalueiterator', 'iterator'),
    dict_reverseitemiterator: make('dict_reverseitemiterator', 'iterator'),
    set_iterator: make('set_iterator', 'iterator'),
    dict_keys: make('dict_keys', 'iterator'),
    dict_values: make('dict_values', 'iterator'),
    dict_items: make('dict_items', 'iterator'),
    enumerate: make('enumerate', 'iterator'),
    zip: make('zip', 'iterator'),
    map: make('map', 'iterator'),
    filter: make('filter', 'iterator'),
    reversed: make('reversed', 'iterator'),
    callable_iterator: make('callable_iterator', 'iterator'),
    // seqiterobject (Objects/iterobject.c): iter() of an object with only __getitem__.
    iterator: make('iterator', 'iterator'),
    getset_descriptor: make('getset_descriptor', 'property'),
    member_descriptor: make('member_descriptor', 'property'),
    mappingproxy: make('mappingproxy', 'iterator'),
    FrameLocalsProxy: make('FrameLocalsProxy', 'iterator'),
    memoryview: make('memoryview', 'object'),
    managedbuffer: make('managedbuffer', 'object'),
    memory_iterator: make('memory_iterator', 'iterator'),
    method_wrapper: make('method-wrapper', 'builtin'),
    wrapper_descriptor: make('wrapper_descriptor', 'builtin'),
    weakref: make('weakref.ReferenceType', 'weakref'),
    weakproxy: make('weakref.ProxyType', 'weakref'),
    weakcallableproxy: make('weakref.CallableProxyType', 'weakref'),
  };
  // tp_name is dotted; __name__ and __qualname__ are the part after the module.
  for (const ty of [t.weakref, t.weakproxy, t.weakcallableproxy]) {
    ty.module = 'weakref';
    ty.qualname = ty.name.slice('weakref.'.length);
  }
  for (const ty of [t.generator, t.coroutine, t.async_generator, t.async_generator_asend, t.async_generator_athrow]) ty.finalizesNatively = true;
  const dictType = t.dict;
  for (const ty of Object.values(t)) {
    ty.dict = new PyDict(dictType);
    ty.immortal = true;
  }
  return t;
}
