// The builtins module's functions (Python/bltinmodule.c).

import { addressOf } from '../runtime/addresses';
import { anextDefaultModelled, newAnextAwaitable } from '../vm/anext-awaitables';
import { PyAnextAwaitable } from '../objects/anext-awaitable';
import { PyMemoryView } from '../objects/memoryview';
import { hashedBytes } from '../runtime/memoryview-ops';
import { bytesContentHash } from '../runtime/value-hashes';
import { missingProtocol } from '../runtime/cpython-names';
import { unionMembers, isParameterizedGeneric } from '../runtime/generic-alias';
import { pythonId, type PyObject } from '../objects/object';
import { PyType } from '../objects/type';
import { PyInt, PyFloat, PyStr, PyBytes, PyComplex } from '../objects/atoms';
import { PyList, PyTuple, PySet, PyRange, PySlice } from '../objects/containers';
import { PyDict } from '../objects/dict';
import { PyCompositeIter, PySeqIter, isIteratingGenerator } from '../objects/iterators';
import { PyCoroWrapper } from '../objects/coroutine-wrapper';
import { nextOfGenerator } from '../vm/generators';
import { PyFunction, PyBuiltin, PyMethod, PyMethodDescriptor, PyCode } from '../objects/callables';
import type { VM } from '../vm/vm';
import { PyWeakref } from '../objects/weakref';
import type { Native, CallRequest } from '../vm/frame';
import { PyError, UnsupportedError } from '../vm/errors';
import { fn, arity, checkAtMost, checkPositional, missingArgument } from './define';
import { getIter, iterNext, iterateToArray } from '../runtime/iteration';
import { strOf, reprOf, formatOf } from '../runtime/repr';
import { useArgumentParser } from '../runtime/arg-parsers';
import { nativeStream } from '../modules/sys';
import { writeToFile, flushStdText } from './file-write';
import { getAttr, lookupAttr, setAttr, delAttr } from '../runtime/attributes';
import { dirNames } from '../runtime/dir';
import { truthy, compareBool, binaryOp } from '../runtime/operators';
import { sortList } from './list-sort';
import { hashKey } from '../runtime/dicts';
import { floatRound, floatRoundDigits } from '../runtime/text/float-ops';
import { unwrap } from '../runtime/numbers';
import { asciiEscape } from '../runtime/text/str-repr';
import { extendSource, listExtendCapacity } from '../runtime/list-storage';
import { installInput } from './input';
import { installOpen } from './open';

function kw(kwargs: Map<string, PyObject> | null, name: string): PyObject | null {
  return kwargs?.get(name) ?? null;
}

export function intArg(vm: VM, o: PyObject): bigint {
  if (o instanceof PyInt) return o.value;
  throw vm.error('TypeError', `'${o.type.name}' object cannot be interpreted as an integer`);
}

export function installBuiltinFunctions(vm: VM): void {
  const b = vm.builtins;
  installInput(vm);
  installOpen(vm);
  fn(vm, b, 'print', function* (args, kwargs): Native {
    // An Argument Clinic function taking *args (3.11 to 3.13): its arguments arrive as a new tuple,
    // after its parser's keyword tuple in 3.11 (built by the first call).
    checkKeywords(vm, 'print', kwargs, ['sep', 'end', 'file', 'flush']);
    useArgumentParser(vm, 'print', kwargs);
    const argsTuple = args.length ? vm.newTuple(args.map((a) => vm.incref(a, Cause.Slot))) : null;
    try {
      return yield* print(args, kwargs);
    } finally {
      if (argsTuple) vm.decref(argsTuple, Cause.Argument);
    }
  });
  /**
   * builtin_print_impl: each argument (as str()), separator and end is a write of its own to the file, in
   * turn (a __str__ that prints comes out after the arguments before it). sys.stdout and sys.stderr
   * write natively (text-stream-pending.ts); any other file through its write method.
   */
  function* print(args: PyObject[], kwargs: Map<string, PyObject> | null): Native {
    const sepObj = kw(kwargs, 'sep');
    const endObj = kw(kwargs, 'end');
    for (const [name, o] of [['sep', sepObj], ['end', endObj]] as const) {
      if (o && o !== vm.none && !(o instanceof PyStr)) throw vm.error('TypeError', `${name} must be None or a string, not ${o.type.name}`);
    }
    const sep = sepObj && sepObj !== vm.none ? (sepObj as PyStr) : null;
    const end = endObj && endObj !== vm.none ? (endObj as PyStr) : null;
    let file = kw(kwargs, 'file');
    if (!file || file === vm.none) {
      // Until the program imports sys the simulator has not made the module: sys.stdout is the interpreter's own.
      const sys = vm.modules.interpreter('sys');
      file = sys ? sys.dict.getStr('stdout') ?? vm.none : null;
    }
    // sys.stdout is None (set so by the program): print() does nothing.
    if (file === vm.none) return vm.newNone();
    const target = file ?? vm.none;
    const stream = file ? nativeStream(file) : 'stdout';
    for (let i = 0; i < args.length; i++) {
      if (i > 0) yield* writeToFile(vm, stream, target, sep ? sep.value : ' ', sep);
      const a = args[i];
      // PyObject_Str of an exact str is the str itself.
      const exact = a instanceof PyStr && a.type === vm.t.str ? a : null;
      yield* writeToFile(vm, stream, target, exact ? exact.value : yield* strOf(vm, a), exact);
    }
    yield* writeToFile(vm, stream, target, end ? end.value : '\n', end);
    const flush = kw(kwargs, 'flush');
    if (flush && flush !== vm.none && flush !== vm.false_ && !(flush instanceof PyInt && flush.value === 0n)) {
      if (stream) {
        flushStdText(vm, stream);
      } else {
        const method = yield* getAttr(vm, target, 'flush');
        try {
          vm.decref(yield { callable: method, args: [], kwargs: null }, Cause.Return);
        } finally {
          vm.decref(method, Cause.Stack);
        }
      }
    }
    return vm.newNone();
  }
  fn(vm, b, 'len', (args) => {
    arity(vm, 'len', args, 1);
    return lengthOf(vm, args[0]);
  });
  fn(vm, b, 'id', (args) => {
    arity(vm, 'id', args, 1);
    return vm.newInt(addressOf(vm, args[0]));
  });
  fn(vm, b, 'repr', function* (args): Native {
    arity(vm, 'repr', args, 1);
    return vm.newTextOf(args[0], yield* reprOf(vm, args[0]));
  });
  fn(vm, b, 'ascii', function* (args): Native {
    arity(vm, 'ascii', args, 1);
    return vm.newStr(asciiEscape(yield* reprOf(vm, args[0])));
  });
  fn(vm, b, 'format', function* (args): Native {
    arity(vm, 'format', args, 1, 2);
    // str.__format__ with an empty spec returns an exact str itself.
    if (args[0] instanceof PyStr && args[0].type === vm.t.str && (!args[1] || (args[1] instanceof PyStr && args[1].value === ''))) return vm.incref(args[0], Cause.Return);
    const spec = args[1] ? (args[1] as PyStr).value : '';
    // PyObject_Format with an empty spec is PyObject_Str for an exact int.
    const text = yield* formatOf(vm, args[0], spec);
    return spec === '' ? vm.newTextOf(args[0], text) : vm.newStr(text);
  });
  fn(vm, b, 'isinstance', function* (args): Native {
    arity(vm, 'isinstance', args, 2);
    const o = args[0];
    const hooked = yield* checkHook(vm, '__instancecheck__', args[1], o);
    if (hooked !== null) return vm.newBool(hooked);
    // object_isinstance falls back on __class__, which a proxy forwards to its referent.
    const viaClass = o instanceof PyWeakref && o.proxy && o.referent ? isInstance(vm, o.referent, args[1]) : false;
    return vm.newBool(isInstance(vm, o, args[1]) || viaClass);
  });
  fn(vm, b, 'issubclass', function* (args): Native {
    arity(vm, 'issubclass', args, 2);
    return vm.newBool(yield* objectIsSubclass(vm, args[0], args[1]));
  });
  const isCallable = (o: PyObject) => o instanceof PyFunction || o instanceof PyBuiltin || o instanceof PyMethodDescriptor || o instanceof PyMethod || o instanceof PyType || o.type.lookup('__call__') !== null;
  fn(vm, b, 'callable', (args) => {
    arity(vm, 'callable', args, 1);
    return vm.newBool(isCallable(args[0]));
  });
  fn(vm, b, 'hash', (args) => {
    arity(vm, 'hash', args, 1);
    const o = args[0];
    hashKey(vm, o);
    return vm.newInt(valueHash(vm, o));
  });
  fn(vm, b, 'abs', (args) => {
    arity(vm, 'abs', args, 1);
    const o = args[0];
    // long_abs: a negative int negated, else long_long (an exact int itself, a subclass's copied).
    if (o instanceof PyInt) return o.value >= 0n && o.type === vm.t.int ? vm.incref(o, Cause.Return) : vm.newInt(o.value < 0n ? -o.value : o.value);
    // float_abs: always a new float (PyFloat_FromDouble(fabs(x))).
    if (o instanceof PyFloat) return vm.newFloat(Math.abs(o.value));
    if (o instanceof PyComplex) return vm.newFloat(Math.hypot(o.real, o.imag));
    const m = o.type.lookup('__abs__');
    if (m) return callMethod(m, o);
    throw vm.error('TypeError', `bad operand type for abs(): '${o.type.name}'`);
  });
  const callMethod = function* (m: PyObject, o: PyObject): Native {
    return yield { callable: m, args: [o], kwargs: null };
  };
  fn(vm, b, 'round', (args, kwargs) => {
    checkAtMost(vm, 'round', args.length + (kwargs?.size ?? 0), 2);
    const x = args[0] ?? kw(kwargs, 'number');
    if (!x) missingArgument(vm, 'round', 'number', 1);
    checkKeywords(vm, 'round', kwargs, ['number', 'ndigits']);
    useArgumentParser(vm, 'round', kwargs);
    const nd = args[1] ?? kw(kwargs, 'ndigits');
    if (x instanceof PyInt) {
      // int___round___impl: without ndigits, or with one >= 0, long_long (an exact int itself).
      const unchanged = () => (x.type === vm.t.int ? vm.incref(x, Cause.Return) : vm.newInt(x.value));
      if (!nd || nd === vm.none) return unchanged();
      const n = intArg(vm, nd);
      if (n >= 0n) return unchanged();
      const p = 10n ** -n;
      const q = x.value / p;
      const r = x.value - q * p;
      let res = q;
      if (2n * (r < 0n ? -r : r) > p || (2n * (r < 0n ? -r : r) === p && (q % 2n !== 0n))) res += x.value < 0n ? -1n : 1n;
      return vm.newInt(res * p);
    }
    if (x instanceof PyFloat) {
      if (!nd || nd === vm.none) return vm.newInt(unwrap(vm, floatRound(x.value)));
      return vm.newFloat(unwrap(vm, floatRoundDigits(x.value, intArg(vm, nd))));
    }
    throw vm.error('TypeError', `type ${x.type.name} doesn't define __round__ method`);
  });
  fn(vm, b, 'divmod', function* (args): Native {
    arity(vm, 'divmod', args, 2);
    const [x, y] = args;
    // nb_divmod: a class's __divmod__ / __rdivmod__, else the numbers' own.
    for (const [self, other, name] of [[x, y, '__divmod__'], [y, x, '__rdivmod__']] as const) {
      const m = self.type.heap ? self.type.lookup(name) : null;
      if (!(m instanceof PyFunction)) continue;
      const r = yield { callable: m, args: [self, other], kwargs: null };
      if (r !== vm.notImplemented) return r;
      vm.decref(r, Cause.Return);
    }
    const isNumber = (o: PyObject) => o instanceof PyInt || o instanceof PyFloat;
    if (!isNumber(x) || !isNumber(y)) throw vm.error('TypeError', `unsupported operand type(s) for divmod(): '${x.type.name}' and '${y.type.name}'`);
    // float_divmod's own message for a zero divisor.
    if ((x instanceof PyFloat || y instanceof PyFloat) && (y instanceof PyFloat ? y.value === 0 : (y as PyInt).value === 0n)) {
      throw vm.error('ZeroDivisionError', 'float divmod()');
    }
    const q = yield* binaryOp(vm, args[0], args[1], 2);
    let r: PyObject;
    try {
      r = yield* binaryOp(vm, args[0], args[1], 6);
    } catch (e) {
      vm.decref(q, Cause.Stack);
      throw e;
    }
    return vm.newTuple([q, r]);
  });
  fn(vm, b, 'pow', function* (args, kwargs): Native {
    // builtin_pow_impl(base, exp, mod=None): all three may be given by keyword.
    const [base, exp, mod] = ['base', 'exp', 'mod'].map((name, i) => args[i] ?? kwargs?.get(name) ?? null);
    checkAtMost(vm, 'pow', args.length + (kwargs?.size ?? 0), 3);
    if (!base) missingArgument(vm, 'pow', 'base', 1);
    if (!exp) missingArgument(vm, 'pow', 'exp', 2);
    for (const name of kwargs?.keys() ?? []) {
      if (!['base', 'exp', 'mod'].includes(name)) throw unexpectedKeyword(vm, 'pow', name, ['base', 'exp', 'mod']);
    }
    if (!mod || mod === vm.none) return yield* binaryOp(vm, base, exp, 8);
    if (base instanceof PyComplex || exp instanceof PyComplex || mod instanceof PyComplex) throw vm.error('ValueError', 'complex modulo');
    if (!(base instanceof PyInt && exp instanceof PyInt && mod instanceof PyInt)) {
      if ([base, exp, mod].every((o) => o instanceof PyInt || o instanceof PyFloat)) {
        throw vm.error('TypeError', 'pow() 3rd argument not allowed unless all arguments are integers');
      }
      throw vm.error('TypeError', `unsupported operand type(s) for ** or pow(): '${base.type.name}', '${exp.type.name}', '${mod.type.name}'`);
    }
    return vm.newInt(modularPower(vm, base.value, exp.value, mod.value));
  });
  fn(vm, b, 'chr', (args) => {
    arity(vm, 'chr', args, 1);
    const big = intArg(vm, args[0]);
    // Up to 3.12 the argument is a C int (the clinic's "i" converter, PyLong_AsInt).
    if (!vm.options.version.chrTakesAnyInt && (big < -(2n ** 31n) || big >= 2n ** 31n)) throw vm.error('OverflowError', 'Python int too large to convert to C int');
    const n = Number(big);
    if (n < 0 || n > 0x10ffff) throw vm.error('ValueError', 'chr() arg not in range(0x110000)');
    return vm.newStr(String.fromCodePoint(n));
  });
  fn(vm, b, 'ord', (args) => {
    arity(vm, 'ord', args, 1);
    const s = args[0];
    // builtin_ord: a bytes or bytearray of one byte gives that byte.
    if (s instanceof PyBytes) {
      if (s.value.length !== 1) throw vm.error('TypeError', `ord() expected a character, but string of length ${s.value.length} found`);
      return vm.newInt(s.value[0]);
    }
    if (!(s instanceof PyStr)) throw vm.error('TypeError', `ord() expected string of length 1, but ${s.type.name} found`);
    const chars = Array.from(s.value);
    if (chars.length !== 1) throw vm.error('TypeError', `ord() expected a character, but string of length ${chars.length} found`);
    return vm.newInt(chars[0].codePointAt(0) as number);
  });
  const radix = (name: string, base: number, prefix: string) =>
    fn(vm, b, name, (args) => {
      arity(vm, name, args, 1);
      const n = intArg(vm, args[0]);
      return vm.newStr((n < 0n ? '-' : '') + prefix + (n < 0n ? -n : n).toString(base));
    });
  radix('hex', 16, '0x');
  radix('bin', 2, '0b');
  radix('oct', 8, '0o');
  fn(vm, b, 'iter', function* (args): Native {
    arity(vm, 'iter', args, 1, 2);
    if (args.length === 2) {
      // iter(callable, sentinel): a calliterobject (Objects/iterobject.c), marked by its counter of -1.
      if (!isCallable(args[0])) throw vm.error('TypeError', 'iter(v, w): v must be callable');
      return vm.track(new PyCompositeIter(vm.t.callable_iterator, [vm.incref(args[0], Cause.Iterator), vm.incref(args[1], Cause.Iterator)], -1n));
    }
    return yield* getIter(vm, args[0]);
  });
  fn(vm, b, 'next', function* (args): Native {
    arity(vm, 'next', args, 1, 2);
    const it = args[0];
    const own = it.type.lookup('__next__');
    if (!own && !isIterator(vm, it)) throw vm.error('TypeError', `'${it.type.name}' object is not an iterator`);
    if (isIteratingGenerator(it) || own instanceof PyFunction || it instanceof PyCoroWrapper || it instanceof PyAnextAwaitable) {
      // builtin_next: the iterator's own StopIteration (a generator's, or a coroutine's through its
      // __await__ wrapper, carries its return value) goes on, unless there is a default to return instead.
      try {
        return isIteratingGenerator(it) ? yield* nextOfGenerator(vm, it) : yield { callable: own as PyObject, args: [it], kwargs: null };
      } catch (e) {
        if (args.length < 2 || !(e instanceof PyError) || !e.exc.type.isSubtypeOf(vm.exc.get('StopIteration') as PyType)) throw e;
        vm.decref(e.exc, Cause.Exception);
        return vm.incref(args[1], Cause.Return);
      }
    }
    const v = yield* iterNext(vm, it);
    if (v) return v;
    if (args.length > 1) return vm.incref(args[1], Cause.Return);
    throw vm.error('StopIteration');
  });
  // PyObject_GetAIter: the type's am_aiter, whose result must be an async iterator (have am_anext).
  fn(vm, b, 'aiter', function* (args): Native {
    arity(vm, 'aiter', args, 1);
    const o = args[0];
    const getter = o.type.lookup('__aiter__');
    if (!getter) throw vm.error('TypeError', `'${o.type.name}' object is not an async iterable`);
    const it = yield { callable: getter, args: [o], kwargs: null };
    if (!it.type.lookup('__anext__')) {
      const name = it.type.name;
      vm.decref(it, Cause.Return);
      throw vm.error('TypeError', `aiter() returned not an async iterator of type '${name}'`);
    }
    return it;
  });
  // builtin_anext: what the type's am_anext gives (an awaitable); with a default, an anext_awaitable over
  // it that turns the StopAsyncIteration ending the iteration into the default.
  fn(vm, b, 'anext', function* (args): Native {
    arity(vm, 'anext', args, 1, 2);
    const it = args[0];
    const getter = it.type.lookup('__anext__');
    if (!getter) throw vm.error('TypeError', `'${it.type.name}' object is not an async iterator`);
    const awaitable = yield { callable: getter, args: [it], kwargs: null };
    if (args.length === 1) return awaitable;
    if (!anextDefaultModelled(awaitable)) {
      vm.decref(awaitable, Cause.Return);
      throw vm.unsupported(`anext() with a default, of an awaitable of type '${awaitable.type.name}'`);
    }
    const wrapper = newAnextAwaitable(vm, awaitable, args[1]);
    vm.decref(awaitable, Cause.Return);
    return wrapper;
  });
  fn(vm, b, 'sum', function* (args, kwargs): Native {
    if (args.length === 0) throw vm.error('TypeError', 'sum() takes at least 1 positional argument (0 given)');
    checkAtMost(vm, 'sum', args.length + (kwargs?.size ?? 0), 2);
    checkKeywords(vm, 'sum', kwargs, ['start']);
    useArgumentParser(vm, 'sum', kwargs);
    let total: PyObject = args[1] ? vm.incref(args[1], Cause.Stack) : kw(kwargs, 'start') ? vm.incref(kw(kwargs, 'start') as PyObject, Cause.Stack) : vm.newInt(0);
    if (total instanceof PyStr) {
      vm.decref(total, Cause.Stack);
      throw vm.error('TypeError', "sum() can't sum strings [use ''.join(seq) instead]");
    }
    const it = yield* getIter(vm, args[0]);
    // 3.12+: while the total is a float, floats are added with Neumaier's compensation, which is
    // added back when the float loop ends (builtin_sum_impl).
    const compensated = vm.options.version.sumCompensated;
    let compensation = 0;
    const settle = () => {
      if (compensation && Number.isFinite(compensation) && total.type === vm.t.float) {
        const settled = vm.newFloat((total as PyFloat).value + compensation);
        vm.decref(total, Cause.Stack);
        total = settled;
      }
      compensation = 0;
    };
    let steps = 0;
    try {
      for (;;) {
        const x = yield* iterNext(vm, it);
        if (!x) break;
        steps++;
        if (compensated && total.type === vm.t.float && x.type === vm.t.float) {
          const f = (total as PyFloat).value;
          const v = (x as PyFloat).value;
          const t = f + v;
          compensation += Math.abs(f) >= Math.abs(v) ? (f - t) + v : (v - t) + f;
          vm.decref(total, Cause.Stack);
          vm.decref(x, Cause.Stack);
          total = vm.newFloat(t);
          continue;
        }
        if (compensated && !(total.type === vm.t.float && x instanceof PyInt)) settle();
        const next = yield* binaryOp(vm, total, x, 0);
        vm.decref(total, Cause.Stack);
        vm.decref(x, Cause.Stack);
        total = next;
      }
      if (compensated) settle();
    } finally {
      vm.decref(it, Cause.Stack);
      chargeSteps(vm, 'sumItem', it, steps);
    }
    return total;
  });
  const minmax = (name: 'min' | 'max') =>
    fn(vm, b, name, function* (args, kwargs): Native {
      if (args.length === 0) throw vm.error('TypeError', `${name} expected at least 1 argument, got 0`);
      checkKeywords(vm, name, kwargs, ['key', 'default']);
      useArgumentParser(vm, name, kwargs);
      const key = kw(kwargs, 'key');
      const dflt = kw(kwargs, 'default');
      if (args.length > 1 && dflt) throw vm.error('TypeError', `Cannot specify a default for ${name}() with multiple positional arguments`);
      let items: PyObject[];
      if (args.length === 1) items = yield* iterateToArray(vm, args[0]);
      else items = args.map((a) => vm.incref(a, Cause.Slot));
      try {
        if (!items.length) {
          if (dflt) return vm.incref(dflt, Cause.Return);
          throw vm.error('ValueError', `${name}() ${vm.options.version.minMaxEmptyMessage}`);
        }
        chargeLoop(vm, 'compareItem', items.length - 1);
        let best = items[0];
        let bestKey = key && key !== vm.none ? yield { callable: key, args: [best], kwargs: null } : vm.incref(best, Cause.Stack);
        for (const item of items.slice(1)) {
          const k = key && key !== vm.none ? yield { callable: key, args: [item], kwargs: null } : vm.incref(item, Cause.Stack);
          const better = yield* compareBool(vm, k, bestKey, name === 'min' ? 'Lt' : 'Gt');
          const t = typeof better === 'boolean' ? better : yield* truthy(vm, better);
          if (t) {
            vm.decref(bestKey, Cause.Stack);
            best = item;
            bestKey = k;
          } else vm.decref(k, Cause.Stack);
        }
        vm.decref(bestKey, Cause.Stack);
        return vm.incref(best, Cause.Return);
      } finally {
        for (const i of items) vm.decref(i, Cause.Slot);
      }
    });
  minmax('min');
  minmax('max');
  const anyAll = (name: 'any' | 'all') =>
    fn(vm, b, name, function* (args): Native {
      arity(vm, name, args, 1);
      const it = yield* getIter(vm, args[0]);
      let steps = 0;
      try {
        for (;;) {
          const x = yield* iterNext(vm, it);
          if (!x) return vm.newBool(name === 'all');
          steps++;
          const t = yield* truthy(vm, x);
          vm.decref(x, Cause.Stack);
          if (name === 'any' && t) return vm.newBool(true);
          if (name === 'all' && !t) return vm.newBool(false);
        }
      } finally {
        vm.decref(it, Cause.Stack);
        chargeSteps(vm, 'truthItem', it, steps);
      }
    });
  anyAll('any');
  anyAll('all');
  fn(vm, b, 'sorted', function* (args, kwargs): Native {
    checkPositional(vm, 'sorted', args.length, 1, 1);
    const source = extendSource(vm, null, args[0]);
    const items = yield* iterateToArray(vm, args[0]);
    const list = vm.newList(items);
    // PySequence_List: list_extend into a new empty list.
    list.allocated = listExtendCapacity(source, items.length);
    try {
      // sorted() hands its keywords to the new list's sort, whose parser checks them and builds the keyword tuple.
      checkSortArguments(vm, 0, kwargs);
      useArgumentParser(vm, 'list.sort', kwargs);
      yield* sortList(vm, list, kw(kwargs, 'key'), kw(kwargs, 'reverse'));
    } catch (e) {
      vm.decref(list, Cause.Stack);
      throw e;
    }
    return list;
  });
  fn(vm, b, 'getattr', function* (args): Native {
    arity(vm, 'getattr', args, 2, 3);
    const name = args[1];
    if (!(name instanceof PyStr)) throw vm.error('TypeError', `attribute name must be string, not '${name.type.name}'`);
    if (args.length === 2) return yield* getAttr(vm, args[0], name.value);
    // With a default, _PyObject_LookupAttr: a missing attribute is no exception at all.
    return (yield* lookupAttr(vm, args[0], name.value)) ?? vm.incref(args[2], Cause.Return);
  });
  fn(vm, b, 'hasattr', function* (args): Native {
    arity(vm, 'hasattr', args, 2);
    const name = args[1];
    if (!(name instanceof PyStr)) throw vm.error('TypeError', `attribute name must be string, not '${name.type.name}'`);
    const v = yield* lookupAttr(vm, args[0], name.value);
    if (v) vm.decref(v, Cause.Stack);
    return vm.newBool(v !== null);
  });
  fn(vm, b, 'setattr', function* (args): Native {
    arity(vm, 'setattr', args, 3);
    yield* setAttr(vm, args[0], attributeName(vm, args[1]), args[2]);
    return vm.newNone();
  });
  fn(vm, b, 'delattr', function* (args): Native {
    arity(vm, 'delattr', args, 2);
    yield* delAttr(vm, args[0], attributeName(vm, args[1]));
    return vm.newNone();
  });
  // exec(source, globals, locals) and eval(expression, globals, locals): the compiler and the VM run the
  // string (or a code object from compile()), nested, to its end, as code of its own file, "<string>" for
  // a string (its frames show in tracebacks).
  for (const mode of ['exec', 'eval'] as const) {
    fn(vm, b, mode, (args) => {
      arity(vm, mode, args, 1, 3);
      const [source, globalsArg, localsArg] = args;
      if (!(source instanceof PyStr) && !(source instanceof PyCode)) throw vm.error('TypeError', `${mode}() arg 1 must be a string, bytes or code object`);
      const frame = vm.currentPythonFrame();
      const globals = globalsArg && globalsArg !== vm.none ? globalsArg : frame?.globals;
      if (!(globals instanceof PyDict)) throw vm.error('TypeError', `${mode}() globals must be a dict, not ${globalsArg?.type.name}`);
      const locals = localsArg && localsArg !== vm.none ? localsArg : globalsArg && globalsArg !== vm.none ? globals : (frame?.locals ?? globals);
      if (!(locals instanceof PyDict)) throw vm.error('TypeError', 'locals must be a mapping');
      // PyRun_String: a globals dict without __builtins__ gets the builtins.
      if (!globals.getStr('__builtins__')) import_dictSet(vm, globals, vm.intern('__builtins__'), vm.builtins);
      if (source instanceof PyCode) {
        const result = vm.runCodeObjectSync(source, globals, locals);
        if (mode === 'eval') return result;
        vm.decref(result, Cause.Return);
        return vm.newNone();
      }
      // builtin_eval_impl skips the string's leading spaces and tabs.
      const text = mode === 'eval' ? source.value.replace(/^[ \t]+/, '') : source.value;
      // PyRun_StringFlags: the parser's arena lives while the code runs, and goes after it.
      const arena: PyObject[] = [];
      const code = compiledCode(vm, text, '<string>', mode, arena);
      try {
        const result = vm.runCodeObjectSync(code, globals, locals);
        if (mode === 'eval') return result;
        vm.decref(result, Cause.Return);
        return vm.newNone();
      } finally {
        vm.decref(code, Cause.Frame);
        vm.releaseArena(arena);
      }
    });
  }
  // compile(source, filename, mode): a code object for exec() or eval() ('single', flags and AST objects are not modelled).
  fn(vm, b, 'compile', (args, kwargs) => {
    const [source, filename, mode] = ['source', 'filename', 'mode'].map((name, i) => args[i] ?? kwargs?.get(name));
    if (!(source instanceof PyStr)) throw vm.error('TypeError', 'compile() arg 1 must be a string, bytes or AST object');
    if (!(filename instanceof PyStr)) throw vm.error('TypeError', `compile() argument 'filename' must be str, not ${filename?.type.name ?? 'nothing'}`);
    if (!(mode instanceof PyStr)) throw vm.error('TypeError', `compile() argument 'mode' must be str, not ${mode?.type.name ?? 'nothing'}`);
    if (mode.value === 'single') throw vm.unsupported("compile() in 'single' mode");
    if (mode.value !== 'exec' && mode.value !== 'eval') throw vm.error('ValueError', "compile() mode must be 'exec', 'eval' or 'single'");
    if (args.length > 3 || (kwargs && [...kwargs.keys()].some((k) => !['source', 'filename', 'mode'].includes(k)))) throw vm.unsupported('compile() flags, dont_inherit and optimize');
    // Py_CompileStringObject frees the parser's arena once the code object is made.
    const arena: PyObject[] = [];
    try {
      return compiledCode(vm, source.value, filename.value, mode.value, arena);
    } finally {
      vm.releaseArena(arena);
    }
  });
  fn(vm, b, 'globals', () => {
    const frame = vm.currentPythonFrame();
    return vm.incref(frame ? frame.globals : vm.none, Cause.Return);
  });
  fn(vm, b, 'locals', () => {
    const frame = vm.currentPythonFrame();
    return frame ? localsOf(vm, frame) : vm.newNone();
  });
  fn(vm, b, 'dir', function* (args): Native {
    const names = new Set<string>();
    if (args.length === 0) {
      const frame = vm.currentPythonFrame();
      if (frame?.locals) for (const e of frame.locals.items()) names.add((e.key as PyStr).value);
    } else {
      // _dir_object: a __dir__ the object's class defines in Python (a metaclass's for a class), its result sorted.
      const o = args[0];
      const hook = o.type.heap ? o.type.lookup('__dir__') : null;
      if (hook instanceof PyFunction) {
        const result = yield { callable: hook, args: [o], kwargs: null };
        let items: PyObject[];
        try {
          items = yield* iterateToArray(vm, result);
        } finally {
          vm.decref(result, Cause.Return);
        }
        if (items.every((i) => i instanceof PyStr)) {
          items.sort((a, b) => ((a as PyStr).value < (b as PyStr).value ? -1 : (a as PyStr).value > (b as PyStr).value ? 1 : 0));
          return vm.newList(items);
        }
        for (const i of items) vm.decref(i, Cause.Slot);
        throw vm.unsupported('dir() of a __dir__ returning names that are not all str');
      }
      for (const name of dirNames(o, vm.options.version.version)) names.add(name);
    }
    return vm.newList([...names].sort().map((n) => vm.newStr(n)));
  });
  // builtin_vars: locals() without an argument, else the argument's __dict__ attribute (a class's is a mappingproxy).
  fn(vm, b, 'vars', function* (args): Native {
    arity(vm, 'vars', args, 0, 1);
    if (args.length === 0) {
      const frame = vm.currentPythonFrame();
      return frame ? localsOf(vm, frame) : vm.newNone();
    }
    const d = yield* lookupAttr(vm, args[0], '__dict__');
    if (d) return d;
    throw vm.error('TypeError', 'vars() argument must have __dict__ attribute');
  });
}

const U64 = (1n << 64n) - 1n;

/** hash(o) for built-in values: numbers, tuples and frozensets exactly as CPython (value-hashes.ts),
 *  strings by a fixed FNV-1a (CPython's is randomised per process, so no program can rely on its
 *  value); other objects by identity. */
export function valueHash(vm: VM, o: PyObject): bigint {
  if (o instanceof PyWeakref && !o.proxy) {
    // weakref_hash: the referent's hash, remembered for after its death.
    if (o.hashValue === null) {
      if (!o.referent) throw vm.error('TypeError', 'weak object has gone away');
      o.hashValue = valueHash(vm, o.referent);
    }
    return o.hashValue;
  }
  if (o.type.heap) {
    // A class's own __hash__ (slot_tp_hash): its result as is when it fits a Py_hash_t (-1 becomes -2),
    // else that int's hash.
    const user = o.type.mro.find((t) => !t.heap || t.dict.getStr('__hash__'))?.dict.getStr('__hash__');
    // (A built-in base before any class defining __hash__, as int for IntEnum, hashes as itself.)
    if (user instanceof PyFunction) {
      const r = vm.callSync(user, [o]);
      if (!(r instanceof PyInt)) {
        vm.decref(r, Cause.Return);
        throw vm.error('TypeError', '__hash__ method should return an integer');
      }
      const fits = r.value >= -(1n << 63n) && r.value < 1n << 63n;
      const h = fits ? (r.value === -1n ? -2n : r.value) : (numberHash(r) as bigint);
      vm.decref(r, Cause.Return);
      return h;
    }
  }
  return builtinHash(vm, o);
}

/** A built-in type's own tp_hash of `o` (int.__hash__, str.__hash__, ...): a subclass's __hash__ not consulted. */
export function builtinHash(vm: VM, o: PyObject): bigint {
  const numeric = numberHash(o);
  if (numeric !== null) return numeric;
  if (o instanceof PyStr) {
    let h = 0xcbf29ce484222325n;
    for (const ch of o.value) h = ((h ^ BigInt(ch.codePointAt(0) as number)) * 0x100000001b3n) & U64;
    h = BigInt.asIntN(64, h);
    return h === -1n ? -2n : h;
  }
  if (o instanceof PyTuple) return tupleHash(o.items.map((item) => valueHash(vm, item)));
  if (o instanceof PyBytes && !o.type.isSubtypeOf(vm.t.bytearray)) return bytesContentHash(o.value);
  if (o instanceof PyMemoryView) {
    // memory_hash: the hash of the bytes it shows, computed once.
    o.hash ??= bytesContentHash(hashedBytes(vm, o));
    return o.hash;
  }
  if (o instanceof PySet && o.type.isSubtypeOf(vm.t.frozenset)) return frozensetHash([...o.members.values()].map((m) => valueHash(vm, m)));
  if (o instanceof PySlice) return sliceHash([valueHash(vm, o.start), valueHash(vm, o.stop), valueHash(vm, o.step)]);
  // none_hash (3.12+): a constant, the same in every process.
  if (o === vm.none && vm.options.version.noneHashConstant) return 0xfca86420n;
  return identityHash(o);
}

/** object.__hash__ (_Py_HashPointer): the object's address rotated by 4 bits (its low 4 bits are zero). */
export function identityHash(o: PyObject): bigint {
  return pythonId(o) >> 4n;
}

function isIterator(vm: VM, o: PyObject): boolean {
  return o instanceof PyCompositeIter || o instanceof PySeqIter || o.type.name.endsWith('iterator') || o.type === vm.t.generator;
}

/** len(o) as a new int: the built-in length, or the result of `__len__`, checked (PyObject_Size). */
export function lengthOf(vm: VM, o: PyObject): PyObject | Native {
  o = unproxy(vm, o);
  const n = builtinLen(o);
  // A subclass of a built-in container keeps the built-in length unless it defines __len__.
  if (n !== null && (!o.type.heap || !(o.type.lookup('__len__') instanceof PyFunction))) return vm.newInt(n);
  return userLen(vm, o);
}

function* userLen(vm: VM, o: PyObject): Native {
  const m = o.type.lookup('__len__');
  if (!m) throw missingProtocol(vm, o.type, '__len__', vm.error('TypeError', `object of type '${o.type.name}' has no len()`));
  const r = yield { callable: m, args: [o], kwargs: null };
  if (!(r instanceof PyInt)) {
    vm.decref(r, Cause.Return);
    throw vm.error('TypeError', `'${r.type.name}' object cannot be interpreted as an integer`);
  }
  if (r.value < 0n) {
    vm.decref(r, Cause.Return);
    throw vm.error('ValueError', '__len__() should return >= 0');
  }
  return r;
}

export function builtinLen(o: PyObject): number | null {
  if (o instanceof PyList || o instanceof PyTuple) return o.items.length;
  if (o instanceof PyStr) return Array.from(o.value).length;
  if (o instanceof PyDict) return o.size;
  if (o instanceof PySet) return o.members.size;
  if (o instanceof PyBytes) return o.value.length;
  if (o instanceof PyRange) return Number(o.length);
  if (o instanceof PyCompositeIter && o.refs[0] instanceof PyDict && (o.type.name.startsWith('dict_') || o.type.name === 'mappingproxy')) return o.refs[0].size;
  if (o instanceof PyCompositeIter && o.type.name === 'FrameLocalsProxy') return proxyLocals(o.refs[0] as PyFrameObject).length;
  return null;
}

export function isInstance(vm: VM, o: PyObject, cls: PyObject): boolean {
  if (cls instanceof PyTuple) return cls.items.some((c) => isInstance(vm, o, c));
  const union = unionMembers(vm, cls);
  if (union) return isInstance(vm, o, union);
  // ga_instancecheck
  if (isParameterizedGeneric(vm, cls)) throw vm.error('TypeError', 'isinstance() argument 2 cannot be a parameterized generic');
  if (!(cls instanceof PyType)) throw vm.error('TypeError', 'isinstance() arg 2 must be a type, a tuple of types, or a union');
  return o.type.isSubtypeOf(cls);
}

/**
 * PyObject_IsInstance / PyObject_IsSubclass with a class whose metaclass, written in Python, defines
 * __instancecheck__ / __subclasscheck__ (abc.ABCMeta): its answer, each class of a tuple in turn; null
 * when no such hook applies (type's own check).
 */
function* checkHook(vm: VM, hook: '__instancecheck__' | '__subclasscheck__', cls: PyObject, o: PyObject): Generator<CallRequest, boolean | null, PyObject> {
  if (cls instanceof PyTuple) {
    if (!cls.items.some((c) => c.type.heap && c instanceof PyType)) return null;
    for (const c of cls.items) {
      const r = yield* checkHook(vm, hook, c, o);
      if (r ?? isInstance(vm, o, c)) return true;
    }
    return false;
  }
  // The exact type needs no hook (object_recursive_isinstance's quick test).
  if (!(cls instanceof PyType) || !cls.type.heap || (hook === '__instancecheck__' && o.type === cls)) return null;
  const checker = cls.type.lookup(hook);
  if (!(checker instanceof PyFunction)) return null;
  const r = yield { callable: checker, args: [cls, o], kwargs: null };
  try {
    return yield* truthy(vm, r);
  } finally {
    vm.decref(r, Cause.Return);
  }
}

/**
 * issubclass(derived, cls) (Objects/abstract.c: object_issubclass): each class of a tuple or union in turn,
 * stopping at the first true or error (so `issubclass(1, ())` is False, `issubclass(1, (int, str))` raises);
 * a class whose metaclass, written in Python, defines __subclasscheck__ (abc.ABCMeta) answers itself.
 */
function* objectIsSubclass(vm: VM, derived: PyObject, cls: PyObject): Generator<CallRequest, boolean, PyObject> {
  const union = unionMembers(vm, cls);
  if (union) return yield* objectIsSubclass(vm, derived, union);
  if (cls instanceof PyTuple) {
    for (const c of cls.items) if (yield* objectIsSubclass(vm, derived, c)) return true;
    return false;
  }
  const hooked = yield* checkHook(vm, '__subclasscheck__', cls, derived);
  if (hooked !== null) return hooked;
  // ga_subclasscheck
  if (isParameterizedGeneric(vm, cls)) throw vm.error('TypeError', 'issubclass() argument 2 cannot be a parameterized generic');
  return recursiveIsSubclass(vm, derived, cls);
}

/** recursive_issubclass: two classes, else the check of each argument (check_class), the first first. */
function recursiveIsSubclass(vm: VM, derived: PyObject, cls: PyObject): boolean {
  if (!(derived instanceof PyType)) throw vm.error('TypeError', 'issubclass() arg 1 must be a class');
  if (!(cls instanceof PyType)) throw vm.error('TypeError', 'issubclass() arg 2 must be a class, a tuple of classes, or a union');
  return derived.isSubtypeOf(cls);
}

import { dictSet as import_dictSet } from '../runtime/dicts';
import { unproxy } from '../runtime/weakrefs';
import { localsOf, proxyLocals } from '../runtime/frame-locals';
import type { PyFrameObject } from '../objects/instances';

import { compileSource, type Diagnostic } from '../index';
import { syntaxErrorFields } from '../runtime/syntax-error-report';
import { syntaxErrorArgs } from '../runtime/syntax-error-object';
import { writeSyntaxWarnings } from '../runtime/syntax-warning-output';
import { markCompiledString } from '../compile/bytecode';
import { numberHash, tupleHash, frozensetHash, sliceHash } from '../runtime/value-hashes';
import { checkKeywords, unexpectedKeyword } from './keyword-arguments';
import { checkSortArguments } from './sort-arguments';
import { Cause } from '../trace/events';
import { chargeLoop, chargeSteps } from '../threads/native-loops';

/**
 * Compiles a string given to exec(), eval() or compile() into a code object (owned) of the file `filename`;
 * `arena` receives the parser's references to the constants it made, for the caller to release.
 */
function compiledCode(vm: VM, source: string, filename: string, mode: 'exec' | 'eval', arena: PyObject[]): PyCode {
  const compiled = compileSource(source, filename, vm.options.version.version, mode);
  if (!compiled.ok) throw compileError(vm, source, filename, compiled.diagnostic);
  // linecache reads the warned line from the file of that name: the program's own, or none (`<string>`).
  const warnings = compiled.unit.syntaxWarnings;
  if (warnings) writeSyntaxWarnings(vm, warnings, filename, filename === vm.options.filename ? vm.sourceLines : null, vm.currentPythonFrame()?.globals ?? vm);
  markCompiledString(compiled.unit);
  return vm.loadCode(compiled.unit, arena);
}

/**
 * The SyntaxError of a string given to exec(), eval() or compile(): str(e) names the place; printed, it
 * shows the line and a caret as a file's syntax error does (print_exception's SyntaxError branch).
 */
function compileError(vm: VM, source: string, filename: string, d: Diagnostic): PyError | UnsupportedError {
  if (d.kind === 'Unsupported') return new UnsupportedError(d.message);
  const kind = d.kind === 'IndentationError' ? 'IndentationError' : 'SyntaxError';
  const fields = syntaxErrorFields(source, filename, { ...d, kind }, 'string', vm.options.version.syntax);
  return new PyError(vm.newException(vm.exc.get(fields.typeName) as PyType, syntaxErrorArgs(vm, fields)));
}

/** PyObject_SetAttr's check of the name setattr() and delattr() are given. */
function attributeName(vm: VM, name: PyObject): string {
  if (!(name instanceof PyStr)) throw vm.error('TypeError', `attribute name must be string, not '${name.type.name}'`);
  return name.value;
}

/** long_pow with a modulus: the result takes the modulus's sign; a negative exponent uses the base's inverse. */
export function modularPower(vm: VM, base: bigint, exp: bigint, mod: bigint): bigint {
  if (mod === 0n) throw vm.error('ValueError', 'pow() 3rd argument cannot be 0');
  const m = mod < 0n ? -mod : mod;
  let b = ((base % m) + m) % m;
  let e = exp;
  if (e < 0n) {
    b = modularInverse(b, m) ?? (() => { throw vm.error('ValueError', 'base is not invertible for the given modulus'); })();
    e = -e;
  }
  let result = 1n % m;
  while (e > 0n) {
    if (e & 1n) result = (result * b) % m;
    b = (b * b) % m;
    e >>= 1n;
  }
  // A negative modulus: the result lies in (mod, 0].
  return mod < 0n && result !== 0n ? result - m : result;
}

/** The inverse of `a` modulo `m` (extended Euclid), or null when they are not coprime. */
function modularInverse(a: bigint, m: bigint): bigint | null {
  let [oldR, r] = [a, m];
  let [oldS, s] = [1n, 0n];
  while (r !== 0n) {
    const q = oldR / r;
    [oldR, r] = [r, oldR - q * r];
    [oldS, s] = [s, oldS - q * s];
  }
  if (oldR !== 1n) return m === 1n ? 0n : null;
  return ((oldS % m) + m) % m;
}
