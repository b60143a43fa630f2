// Splitting exception groups (PEP 654, Objects/exceptions.c): BaseExceptionGroup.split, subgroup and
// derive, and the two pieces of except* the interpreter builds on them (Python/ceval.c's
// exception_group_match for CHECK_EG_MATCH, Objects/exceptions.c's _PyExc_PrepReraiseStar for
// PREP_RERAISE_STAR). A split walks the group's tree: a member that matches is kept whole, a nested
// group that partly matches is split in turn, and each part is a new group made by the original's
// derive() (a subclass may override it) that shares the original's __traceback__, __context__ and
// __cause__ and gets a copy of its __notes__.

import type { PyObject } from '../objects/object';
import type { PyType } from '../objects/type';
import { PyFunction } from '../objects/callables';
import { PyList, PyTuple } from '../objects/containers';
import { PyExceptionObj, PyExceptionGroupObj } from '../objects/instances';
import type { VM } from '../vm/vm';
import type { Native } from '../vm/frame';
import { method } from './define';
import { getAttr, lookupAttr, setAttr } from '../runtime/attributes';
import { iterateToArray } from '../runtime/iteration';
import { truthy } from '../runtime/operators';
import { exceptionMatches, isExceptionClass } from '../runtime/exception-ops';
import { isCallable } from '../modules/collections/defaultdict';
import { listResize } from '../runtime/list-storage';
import { isSequence } from './exception-group';
import { Cause } from '../trace/events';

/**
 * get_matcher_type's three kinds: exception types (a class or a tuple of them), a predicate, or the leaf
 * exceptions themselves (the interpreter's own matcher, which PREP_RERAISE_STAR uses: CPython keeps their
 * ids in a set of ints; here the objects, in a JavaScript set, are compared by identity as those ids are).
 */
type Matcher = { kind: 'type'; spec: PyObject } | { kind: 'predicate'; fn: PyObject } | { kind: 'leaves'; leaves: ReadonlySet<PyObject> };

/** A split's two parts, new references (null: nothing there). */
interface SplitResult {
  match: PyObject | null;
  rest: PyObject | null;
}

function isGroup(o: PyObject): o is PyExceptionGroupObj {
  return o instanceof PyExceptionGroupObj;
}

/** get_matcher_type: 3.13 takes any callable but a class as a predicate (3.11, 3.12: a Python function only). */
function matcherOf(vm: VM, value: PyObject): Matcher {
  const anyCallable = vm.options.version.splitTakesAnyCallable;
  if (anyCallable ? isCallable(value) && !value.type.isSubtypeOf(vm.t.type) : value instanceof PyFunction) return { kind: 'predicate', fn: value };
  const base = vm.exc.get('BaseException') as PyType;
  const isClass = (o: PyObject) => o.type.isSubtypeOf(vm.t.type) && (o as PyType).isSubtypeOf(base);
  if (isClass(value)) return { kind: 'type', spec: value };
  if (value instanceof PyTuple && value.type === vm.t.tuple && value.items.every(isClass)) return { kind: 'type', spec: value };
  throw vm.error('TypeError', anyCallable
    ? 'expected an exception type, a tuple of exception types, or a callable (other than a class)'
    : 'expected a function, exception type or tuple of exception types');
}

/** exceptiongroup_split_check_match. */
function* matches(vm: VM, exc: PyObject, matcher: Matcher): Native<boolean> {
  switch (matcher.kind) {
    case 'type':
      return exceptionMatches(vm, exc, matcher.spec);
    case 'predicate': {
      const result = yield { callable: matcher.fn, args: [exc], kwargs: null };
      try {
        return yield* truthy(vm, result);
      } finally {
        vm.decref(result, Cause.Stack);
      }
    }
    case 'leaves':
      return !isGroup(exc) && matcher.leaves.has(exc);
  }
}

/** A list's new last item, the reference given to it (PyList_Append of a reference the caller then drops). */
function append(vm: VM, list: PyList, item: PyObject): void {
  listResize(list, list.items.length + 1);
  list.items.push(vm.incref(item, Cause.Slot, `[${list.items.length}]`));
}

/** exceptiongroup_split_recursive: `exc` split by `matcher`, the rest only when `withRest`. */
function* splitRecursive(vm: VM, exc: PyObject, matcher: Matcher, withRest: boolean): Native<SplitResult> {
  if (yield* matches(vm, exc, matcher)) return { match: vm.incref(exc, Cause.Stack), rest: null };
  if (!isGroup(exc) || !exc.exceptions) return { match: null, rest: withRest ? vm.incref(exc, Cause.Stack) : null };
  const matchList = vm.newList([]);
  const restList = withRest ? vm.newList([]) : null;
  const result: SplitResult = { match: null, rest: null };
  try {
    for (const member of [...exc.exceptions.items]) {
      const part = yield* splitRecursive(vm, member, matcher, withRest);
      for (const [piece, list] of [[part.match, matchList], [part.rest, restList]] as const) {
        if (!piece) continue;
        append(vm, list as PyList, piece);
        vm.decref(piece, Cause.Stack);
      }
    }
    result.match = yield* subset(vm, exc, matchList);
    if (restList) result.rest = yield* subset(vm, exc, restList);
    return result;
  } catch (e) {
    vm.xdecref(result.match, Cause.Stack);
    throw e;
  } finally {
    vm.decref(matchList, Cause.Stack);
    if (restList) vm.decref(restList, Cause.Stack);
  }
}

/** PyObject_CallMethod(obj, name, "(O)", arg): the method looked up on obj (a subclass's own), called, its result. */
function* callMethod(vm: VM, obj: PyObject, name: string, arg: PyObject): Native<PyObject> {
  const method = yield* getAttr(vm, obj, name);
  try {
    return yield { callable: method, args: [arg], kwargs: null };
  } finally {
    vm.decref(method, Cause.Stack);
  }
}

/**
 * exceptiongroup_subset: a group of `excs` (null if empty) made by orig.derive(excs), with orig's
 * traceback, context and cause (PyException_SetCause also sets __suppress_context__) and a copy of its notes.
 */
function* subset(vm: VM, orig: PyExceptionGroupObj, excs: PyList): Native<PyObject | null> {
  if (excs.items.length === 0) return null;
  const made = yield* callMethod(vm, orig, 'derive', excs);
  try {
    if (!isGroup(made)) throw vm.error('TypeError', 'derive must return an instance of BaseExceptionGroup');
    const eg = made;
    if (orig.traceback) {
      vm.xdecref(eg.traceback, Cause.Exception);
      eg.traceback = vm.incref(orig.traceback, Cause.Exception, '__traceback__');
    }
    vm.xdecref(eg.context, Cause.Exception);
    eg.context = orig.context ? vm.incref(orig.context, Cause.Exception, '__context__') : null;
    vm.xdecref(eg.cause, Cause.Exception);
    eg.cause = orig.cause ? vm.incref(orig.cause, Cause.Exception, '__cause__') : null;
    eg.suppressContext = true;
    const notes = yield* lookupAttr(vm, orig, '__notes__');
    if (notes) {
      try {
        // __notes__ should be a list; a split is no place to report it was not one (it is left out then).
        if (isSequence(notes)) {
          const copy = vm.newList(yield* iterateToArray(vm, notes));
          try {
            yield* setAttr(vm, eg, '__notes__', copy);
          } finally {
            vm.decref(copy, Cause.Stack);
          }
        }
      } finally {
        vm.decref(notes, Cause.Stack);
      }
    }
    return eg;
  } catch (e) {
    vm.decref(made, Cause.Stack);
    throw e;
  }
}

/** A method's one argument, checked as the version's argument parsing does (METH_VARARGS ≤ 3.12, Argument Clinic's METH_O in 3.13). */
function oneArgument(vm: VM, self: PyObject, name: string, args: PyObject[], kwargs: Map<string, PyObject> | null): PyObject {
  const clinic = vm.options.version.splitTakesAnyCallable;
  const shown = clinic ? `${self.type.name}.${name}()` : `${name}()`;
  if (kwargs && kwargs.size) throw vm.error('TypeError', `${shown} takes no keyword arguments`);
  if (args.length !== 1) {
    if (clinic) throw vm.error('TypeError', `${shown} takes exactly one argument (${args.length} given)`);
    // derive parses its tuple with PyArg_ParseTuple("O"), split and subgroup with PyArg_UnpackTuple.
    throw vm.error('TypeError', name === 'derive' ? `function takes exactly 1 argument (${args.length} given)` : `${name} expected 1 argument, got ${args.length}`);
  }
  return args[0];
}

/** BaseExceptionGroup(self.message, excs): BaseExceptionGroup_derive. */
function* derive(vm: VM, eg: PyExceptionGroupObj, excs: PyObject): Native {
  return yield { callable: vm.exc.get('BaseExceptionGroup') as PyType, args: [eg.message ?? vm.none, excs], kwargs: null };
}

export function installExceptionGroupMethods(vm: VM): void {
  const base = vm.exc.get('BaseExceptionGroup') as PyType;
  method(vm, base, 'split', function* (args, kwargs, self): Native {
    const eg = self as PyExceptionGroupObj;
    const matcher = matcherOf(vm, oneArgument(vm, eg, 'split', args, kwargs));
    const { match, rest } = yield* splitRecursive(vm, eg, matcher, true);
    return vm.newTuple([match ?? vm.newNone(), rest ?? vm.newNone()]);
  });
  method(vm, base, 'subgroup', function* (args, kwargs, self): Native {
    const eg = self as PyExceptionGroupObj;
    const matcher = matcherOf(vm, oneArgument(vm, eg, 'subgroup', args, kwargs));
    const { match } = yield* splitRecursive(vm, eg, matcher, false);
    return match ?? vm.newNone();
  });
  method(vm, base, 'derive', function* (args, kwargs, self): Native {
    const eg = self as PyExceptionGroupObj;
    return yield* derive(vm, eg, oneArgument(vm, eg, 'derive', args, kwargs));
  });
}

/**
 * check_except_star_type_valid: what `except*` names must be exception classes (check_except_type_valid's
 * message), and none an exception group.
 */
export function checkExceptStarType(vm: VM, spec: PyObject): void {
  if (!isExceptionClass(vm, spec)) throw vm.error('TypeError', 'catching classes that do not inherit from BaseException is not allowed');
  const group = vm.exc.get('BaseExceptionGroup') as PyType;
  const types = spec instanceof PyTuple ? spec.items : [spec];
  if (types.some((t) => (t as PyType).isSubtypeOf(group))) {
    throw vm.error('TypeError', 'catching ExceptionGroup with except* is not allowed. Use except instead.');
  }
}

/**
 * exception_group_match (CHECK_EG_MATCH): the part of `exc` that `spec` matches and the rest, new references
 * (None for an empty part). A naked exception that matches is wrapped in a new group, `ExceptionGroup('', (exc,))`,
 * without a traceback of its own.
 */
export function* exceptionGroupMatch(vm: VM, exc: PyObject, spec: PyObject): Native<[PyObject, PyObject]> {
  if (exc === vm.none) return [vm.newNone(), vm.newNone()];
  if (exceptionMatches(vm, exc, spec)) {
    if (isGroup(exc)) return [vm.incref(exc, Cause.Stack), vm.newNone()];
    const excs = vm.newTuple([vm.incref(exc, Cause.Slot, '[0]')]);
    const message = vm.newStr('');
    try {
      const wrapped = yield { callable: vm.exc.get('BaseExceptionGroup') as PyType, args: [message, excs], kwargs: null };
      return [wrapped, vm.newNone()];
    } finally {
      vm.decref(message, Cause.Stack);
      vm.decref(excs, Cause.Stack);
    }
  }
  if (isGroup(exc)) {
    // PyObject_CallMethod(exc, "split", "(O)", spec): a subclass's own split is the one called.
    const pair = yield* callMethod(vm, exc, 'split', spec);
    const [match, rest] = (pair as PyTuple).items;
    const parts: [PyObject, PyObject] = [vm.incref(match, Cause.Stack), vm.incref(rest, Cause.Stack)];
    vm.decref(pair, Cause.Stack);
    return parts;
  }
  return [vm.newNone(), vm.incref(exc, Cause.Stack)];
}

/** collect_exception_group_leaf_ids: the leaf exceptions under `e`. */
function collectLeaves(e: PyObject, into: Set<PyObject>): void {
  if (!isGroup(e)) {
    if (e instanceof PyExceptionObj) into.add(e);
    return;
  }
  for (const member of e.exceptions?.items ?? []) collectLeaves(member, into);
}

/** is_same_exception_metadata: what a bare `raise` leaves unchanged (a re-raise, not a new raise). */
function sameMetadata(a: PyExceptionObj, b: PyExceptionObj): boolean {
  return a.traceback === b.traceback && a.context === b.context && a.cause === b.cause && notesOf(a) === notesOf(b);
}

/** The object in an exception's __notes__ slot (its instance dict), compared by identity. */
function notesOf(e: PyExceptionObj): PyObject | null {
  return e.dict?.getStr('__notes__') ?? null;
}

/**
 * _PyExc_PrepReraiseStar (PREP_RERAISE_STAR): what leaves a try-except* statement, given the exception it
 * caught and the list of what its clauses raised or re-raised (None for a clause that ended normally) and
 * what no clause matched. Re-raised parts keep their place in the original group's tree (its projection on
 * their leaves); newly raised exceptions are grouped with it in a new `ExceptionGroup('', [...])`. A new
 * reference, None when nothing is left.
 */
export function* prepReraiseStar(vm: VM, orig: PyObject, excs: PyList): Native {
  if (excs.items.length === 0) return vm.newNone();
  if (!isGroup(orig)) {
    // A naked exception was caught and wrapped: only one clause ran, so at most one exception is left.
    return vm.incref(excs.items[0], Cause.Stack);
  }
  const raised = vm.newList([]);
  const reraised = vm.newList([]);
  let projection: PyObject | null = null;
  try {
    for (const e of [...excs.items]) {
      if (e === vm.none) continue;
      append(vm, sameMetadata(e as PyExceptionObj, orig) ? reraised : raised, e);
    }
    // exception_group_projection: orig's subgroup of the leaves found in what was re-raised.
    const leaves = new Set<PyObject>();
    for (const e of reraised.items) collectLeaves(e, leaves);
    projection = (yield* splitRecursive(vm, orig, { kind: 'leaves', leaves }, false)).match ?? vm.newNone();
    if (raised.items.length === 0) return vm.incref(projection, Cause.Stack);
    if (projection !== vm.none) append(vm, raised, projection);
    if (raised.items.length === 1) return vm.incref(raised.items[0], Cause.Stack);
    const message = vm.newStr('');
    try {
      return yield { callable: vm.exc.get('BaseExceptionGroup') as PyType, args: [message, raised], kwargs: null };
    } finally {
      vm.decref(message, Cause.Stack);
    }
  } finally {
    vm.decref(raised, Cause.Stack);
    vm.decref(reraised, Cause.Stack);
    vm.xdecref(projection, Cause.Stack);
  }
}
