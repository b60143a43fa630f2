// The native half of the operator module: the functions CPython's C _operator defines
// (Modules/_operator.c), each one operation of the interpreter's own (`operator.add(a, b)` is
// `a + b`), and calling a methodcaller. itemgetter, attrgetter and methodcaller are Python code
// (modules/python/operator-source.ts).

import type { PyObject } from '../objects/object';
import { PyInt, PyStr } from '../objects/atoms';
import type { PyModule } from '../objects/instances';
import type { VM } from '../vm/vm';
import { defineCTypeMarker } from './c-type-names';
import type { Native } from '../vm/frame';
import { fn, method, checkPositional } from '../builtins/define';
import { binaryOp, unaryOp, richCompare, truthy, equals } from '../runtime/operators';
import { getItem, setItem, delItem, contains } from '../runtime/subscripts';
import { getIter, iterNext } from '../runtime/iteration';
import { getAttr } from '../runtime/attributes';
import { instanceField } from '../runtime/slot-members';
import { PyTuple } from '../objects/containers';
import { PyDict } from '../objects/dict';
import { PyType } from '../objects/type';
import { BinaryOps, INPLACE_OFFSET } from '../compile/bytecode';
import { Cause } from '../trace/events';

/** Binary functions and the BINARY_OP operator each applies. */
const BINARY: Record<string, (typeof BinaryOps)[number]> = {
  add: 'Add', sub: 'Sub', mul: 'Mult', truediv: 'Div', floordiv: 'FloorDiv', mod: 'Mod', pow: 'Pow', matmul: 'MatMult',
  lshift: 'LShift', rshift: 'RShift', and_: 'BitAnd', or_: 'BitOr', xor: 'BitXor',
};

const COMPARE: Record<string, string> = { lt: 'Lt', le: 'LtE', eq: 'Eq', ne: 'NotEq', gt: 'Gt', ge: 'GtE' };

const UNARY: Record<string, 'neg' | 'pos' | 'invert'> = { neg: 'neg', pos: 'pos', invert: 'invert', inv: 'invert' };

/** The dunder alias of a function name: add → __add__, and_ → __and__. */
const dunder = (name: string) => `__${name.replace(/_$/, '')}__`;

export function createOperator(vm: VM, module: PyModule): void {
  defineCTypeMarker(vm, module.dict);
  const d = module.dict;
  // METH_O functions: "_operator.neg() takes exactly one argument (0 given)".
  const one = (name: string, args: PyObject[]): PyObject => {
    if (args.length !== 1) throw vm.error('TypeError', `_operator.${name}() takes exactly one argument (${args.length} given)`);
    return args[0];
  };
  const two = (name: string, args: PyObject[]): [PyObject, PyObject] => {
    checkPositional(vm, name, args.length, 2, 2);
    return [args[0], args[1]];
  };
  const define = (names: string[], impl: Parameters<typeof fn>[3]) => {
    for (const name of names) {
      fn(vm, d, name, impl);
      const f = d.getStr(name) as { module: string | null } | null;
      if (f) f.module = '_operator';
    }
  };

  for (const [name, op] of Object.entries(BINARY)) {
    const index = BinaryOps.indexOf(op);
    define([name, dunder(name)], function* (args): Native {
      const [a, b] = two(name, args);
      return yield* binaryOp(vm, a, b, index);
    });
    const iname = `i${name.replace(/_$/, '')}`;
    define([iname, dunder(iname)], function* (args): Native {
      const [a, b] = two(iname, args);
      return yield* binaryOp(vm, a, b, index + INPLACE_OFFSET);
    });
  }
  for (const [name, op] of Object.entries(COMPARE)) {
    define([name, dunder(name)], function* (args): Native {
      const [a, b] = two(name, args);
      return yield* richCompare(vm, a, b, op);
    });
  }
  for (const [name, op] of Object.entries(UNARY)) {
    define([name, dunder(name)], function* (args): Native {
      return yield* unaryOp(vm, one(name, args), op);
    });
  }
  define(['not_', '__not__'], function* (args): Native {
    return vm.newBool(!(yield* truthy(vm, one('not_', args))));
  });
  define(['truth'], function* (args): Native {
    return vm.newBool(yield* truthy(vm, one('truth', args)));
  });
  define(['abs', '__abs__'], function* (args): Native {
    const abs = vm.builtins.getStr('abs') as PyObject;
    return yield { callable: abs, args: [one('abs', args)], kwargs: null };
  });
  define(['index', '__index__'], function* (args): Native {
    const o = one('index', args);
    if (o instanceof PyInt) return vm.incref(o, Cause.Return);
    const m = o.type.lookup('__index__');
    if (!m) throw vm.error('TypeError', `'${o.type.name}' object cannot be interpreted as an integer`);
    return yield { callable: m, args: [o], kwargs: null };
  });
  define(['is_'], (args) => {
    const [a, b] = two('is_', args);
    return vm.newBool(a === b);
  });
  define(['is_not'], (args) => {
    const [a, b] = two('is_not', args);
    return vm.newBool(a !== b);
  });
  define(['concat', '__concat__', 'iconcat', '__iconcat__'], function* (args): Native {
    const [a, b] = two('concat', args);
    // PySequence_Concat: only sequences (a type with __getitem__) concatenate.
    if (!a.type.lookup('__getitem__') || a.type.lookup('keys')) throw vm.error('TypeError', `'${a.type.name}' object can't be concatenated`);
    return yield* binaryOp(vm, a, b, BinaryOps.indexOf('Add'));
  });
  define(['contains', '__contains__'], function* (args): Native {
    const [a, b] = two('contains', args);
    return vm.newBool(yield* contains(vm, a, b));
  });
  define(['getitem', '__getitem__'], function* (args): Native {
    const [a, b] = two('getitem', args);
    return yield* getItem(vm, a, b);
  });
  define(['setitem', '__setitem__'], function* (args): Native {
    checkPositional(vm, 'setitem', args.length, 3, 3);
    yield* setItem(vm, args[0], args[1], args[2]);
    return vm.newNone();
  });
  define(['delitem', '__delitem__'], function* (args): Native {
    const [a, b] = two('delitem', args);
    yield* delItem(vm, a, b);
    return vm.newNone();
  });
  // countOf and indexOf walk the iterable comparing with `is` first, then ==.
  const scan = function* (name: string, args: PyObject[], stopAtFirst: boolean): Native<number> {
    const [seq, value] = two(name, args);
    const it = yield* getIter(vm, seq);
    let position = 0;
    let count = 0;
    try {
      for (;;) {
        const item = yield* iterNext(vm, it);
        if (!item) break;
        try {
          if (item === value || (yield* equals(vm, item, value))) {
            if (stopAtFirst) return position;
            count++;
          }
        } finally {
          vm.decref(item, Cause.Stack);
        }
        position++;
      }
    } finally {
      vm.decref(it, Cause.Stack);
    }
    if (stopAtFirst) throw vm.error('ValueError', 'sequence.index(x): x not in sequence');
    return count;
  };
  // methodcaller.__call__ as C's: the operator source hands its class over once defined.
  fn(vm, d, '_lens_install_methodcaller_call', (args) => {
    const cls = args[0];
    if (!(cls instanceof PyType)) throw vm.error('TypeError', 'a class is required');
    method(vm, cls, '__call__', function* (callArgs, callKwargs, self): Native {
      return yield* callMethodcaller(vm, self as PyObject, callArgs, callKwargs);
    });
    return vm.newNone();
  });
  define(['countOf'], function* (args): Native {
    return vm.newInt(BigInt(yield* scan('countOf', args, false)));
  });
  define(['indexOf'], function* (args): Native {
    return vm.newInt(BigInt(yield* scan('indexOf', args, true)));
  });
}

/**
 * Calling a methodcaller (Modules/_operator.c): getattr(obj, name), then the method with the stored
 * arguments, holding what the version's call path holds (versions.ts functionalModules.methodcallerCall).
 */
function* callMethodcaller(vm: VM, self: PyObject, args: PyObject[], kwargs: Map<string, PyObject> | null): Native {
  if (kwargs && kwargs.size) throw vm.error('TypeError', 'methodcaller() takes no keyword arguments');
  checkPositional(vm, 'methodcaller', args.length, 1, 1);
  const name = instanceField(self, '_name');
  const margs = instanceField(self, '_args');
  const mkw = instanceField(self, '_kwargs');
  if (!(name instanceof PyStr) || !(margs instanceof PyTuple) || !(mkw instanceof PyDict)) throw vm.error('TypeError', 'methodcaller object is not initialized');
  const mode = vm.options.version.functionalModules.methodcallerCall;
  const bound = yield* getAttr(vm, args[0], name.value);
  const slice = mode === 'tp_call-slice' && margs.items.length ? vm.newTuple(margs.items.map((a) => vm.incref(a, Cause.Slot))) : null;
  const map = new Map<string, PyObject>();
  for (const e of mkw.items()) map.set((e.key as PyStr).value, e.value);
  // _PyStack_UnpackDict: one more reference to each argument while the method runs.
  const spread = mode !== 'vectorcall' && map.size ? [...margs.items, ...map.values()] : [];
  for (const o of spread) vm.incref(o, Cause.Argument);
  try {
    return yield { callable: bound, args: margs.items, kwargs: map.size ? map : null };
  } finally {
    for (const o of spread) vm.decref(o, Cause.Argument);
    if (slice) vm.decref(slice, Cause.Stack);
    vm.decref(bound, Cause.Stack);
  }
}
