// The _thread module (Modules/_threadmodule.c): start_new_thread, the lock types, thread identities,
// stack_size, and _excepthook with its _ExceptHookArgs (thread-excepthook.ts) — the native half that
// threading (modules/python/threading-source.ts) is built on.
// Lock.acquire first tries without releasing the GIL (acquire_timed); only a lock it cannot take
// makes it block, the GIL released, until a release wakes it or its timeout passes. Its timeout is read
// as Python/pytime.c reads one (runtime/pytime.ts).

import { address } from '../runtime/repr';
import type { PyObject } from '../objects/object';
import { PyAtom } from '../objects/object';
import { PyType } from '../objects/type';
import { PyDict } from '../objects/dict';
import { PyInt, PyStr } from '../objects/atoms';
import { PyTuple } from '../objects/containers';
import type { PyModule } from '../objects/instances';
import type { VM } from '../vm/vm';
import type { Native } from '../vm/frame';
import { Frame } from '../vm/frame';
import { fn, method, arity } from '../builtins/define';
import { setName } from '../runtime/dicts';
import { invoke } from '../vm/calls';
import type { ThreadState } from '../threads/thread-state';
import { WAKE_LATENCY_NS, IMMORTALIZE_DEFERRED_NS } from '../threads/cost-model';
import { Cause } from '../trace/events';
import { warn } from '../runtime/warnings';
import { cIntIndex, numberIndex } from '../runtime/number-index';
import { constructors } from '../vm/calls';
import { installThreadExcepthook } from './thread-excepthook';
import { secondsFromObject } from '../runtime/pytime';

/** threading.TIMEOUT_MAX on 64-bit Linux (PY_TIMEOUT_MAX in seconds, floored). */
const TIMEOUT_MAX = 9223372036.0;
/** PY_TIMEOUT_MAX (Include/pythread.h): the longest wait, in microseconds. */
const PY_TIMEOUT_MAX_US = 9223372036854775;
/** THREAD_STACK_MIN (Python/thread_pthread.h): the smallest stack_size() accepts. */
const THREAD_STACK_MIN = 0x8000n;

/** A _thread.lock (PyThread_type_lock) or, with `reentrant`, an _thread.RLock. */
export class PyLock extends PyAtom {
  owner: ThreadState | null = null;
  /** RLock recursion count. */
  count = 0;
  /** Threads blocked in acquire, in arrival order. */
  readonly waiters: ThreadState[] = [];
  constructor(type: PyType, readonly reentrant: boolean) {
    super(type);
  }
  get locked(): boolean {
    return this.owner !== null;
  }
}

interface ThreadTypes {
  lock: PyType;
  rlock: PyType;
}
const typesByVm = new WeakMap<VM, ThreadTypes>();

function nativeType(vm: VM, name: string): PyType {
  const t = new PyType(vm.t.type, name, 'object');
  t.bases = [vm.t.object];
  t.mro = [t, vm.t.object];
  t.dict = new PyDict(vm.t.dict);
  t.module = '_thread';
  t.immortal = true;
  // Its slots (__repr__) are the methods installed below: repr() calls them.
  t.nativeSlots = true;
  return t;
}

/** The _thread types, made once per run. */
export function threadTypes(vm: VM): ThreadTypes {
  let types = typesByVm.get(vm);
  if (types) return types;
  types = { lock: nativeType(vm, 'lock'), rlock: nativeType(vm, 'RLock') };
  typesByVm.set(vm, types);
  installLockMethods(vm, types.lock, false);
  installLockMethods(vm, types.rlock, true);
  return types;
}

/** Hands a released lock to its first waiter once that thread woke up, if the lock is still free then. */
function wakeWaiter(vm: VM, lock: PyLock): void {
  const waiter = lock.waiters[0];
  if (!waiter) return;
  vm.scheduler.after(WAKE_LATENCY_NS, () => {
    if (lock.locked || lock.waiters[0] !== waiter) return;
    lock.waiters.shift();
    lock.owner = waiter;
    lock.count = 1;
    vm.scheduler.wake(waiter, { value: vm.newBool(true) });
  });
}

/** Releases `lock` (lock.release, or the end of a thread for its sentinel lock). */
export function releaseLock(vm: VM, lock: PyLock): void {
  lock.owner = null;
  lock.count = 0;
  wakeWaiter(vm, lock);
}

function installLockMethods(vm: VM, type: PyType, reentrant: boolean): void {
  const kind = reentrant ? 'RLock' : 'lock';
  const acquire = function* (args: PyObject[], kwargs: Map<string, PyObject> | null, self: PyObject | null): Native {
    const lock = self as PyLock;
    arity(vm, 'acquire', args, 0, 2);
    const blockingArg = args[0] ?? kwargs?.get('blocking') ?? vm.true_;
    const timeoutArg = args[1] ?? kwargs?.get('timeout') ?? null;
    const blocking = blockingArg !== vm.false_ && !(blockingArg instanceof PyInt && blockingArg.value === 0n);
    let timeout = timeoutArg ? yield* secondsFromObject(vm, timeoutArg) : -1;
    if (!blocking && timeout !== -1) throw vm.error('ValueError', "can't specify a timeout for a non-blocking call");
    if (timeout < 0 && timeout !== -1) throw vm.error('ValueError', vm.options.version.lockNegativeTimeoutMessage);
    if (Math.ceil(timeout * 1e6) > PY_TIMEOUT_MAX_US) throw vm.error('OverflowError', 'timeout value is too large');
    if (!blocking) timeout = 0;
    const me = vm.scheduler.current;
    if (reentrant && lock.owner === me) {
      lock.count++;
      return vm.newBool(true);
    }
    if (!lock.locked) {
      lock.owner = me;
      lock.count = 1;
      return vm.newBool(true);
    }
    if (timeout === 0) return vm.newBool(false);
    // Py_BEGIN_ALLOW_THREADS; PyThread_acquire_lock_timed; Py_END_ALLOW_THREADS.
    return yield {
      callable: vm.none, args: [], kwargs: null,
      block: {
        reason: 'lock',
        deadline: timeout < 0 ? null : vm.scheduler.deadlineAfter(timeout),
        register: (t) => lock.waiters.push(t),
        timedOut: (t) => {
          const i = lock.waiters.indexOf(t);
          if (i >= 0) lock.waiters.splice(i, 1);
          return { value: vm.newBool(false) };
        },
      },
    };
  };
  const release = (_args: PyObject[], _k: Map<string, PyObject> | null, self: PyObject | null): PyObject => {
    const lock = self as PyLock;
    if (reentrant) {
      if (lock.owner !== vm.scheduler.current) throw vm.error('RuntimeError', 'cannot release un-acquired lock');
      if (--lock.count === 0) releaseLock(vm, lock);
    } else {
      if (!lock.locked) throw vm.error('RuntimeError', 'release unlocked lock');
      releaseLock(vm, lock);
    }
    return vm.newNone();
  };
  method(vm, type, 'acquire', acquire);
  method(vm, type, '__enter__', acquire);
  method(vm, type, 'release', release);
  method(vm, type, '__exit__', release);
  if (!reentrant) {
    method(vm, type, 'acquire_lock', acquire);
    method(vm, type, 'release_lock', release);
    method(vm, type, 'locked', (_a, _k, self) => vm.newBool((self as PyLock).locked));
    method(vm, type, 'locked_lock', (_a, _k, self) => vm.newBool((self as PyLock).locked));
  } else {
    method(vm, type, '_is_owned', (_a, _k, self) => vm.newBool((self as PyLock).owner === vm.scheduler.current));
    // Condition.wait releases an RLock fully and restores its count afterwards.
    method(vm, type, '_release_save', (_a, _k, self) => {
      const lock = self as PyLock;
      if (lock.owner !== vm.scheduler.current) throw vm.error('RuntimeError', 'cannot release un-acquired lock');
      const saved = vm.newTuple([vm.newInt(lock.count), vm.newInt(lock.owner.ident)]);
      releaseLock(vm, lock);
      return saved;
    });
    method(vm, type, '_acquire_restore', function* (args, _k, self): Native {
      const lock = self as PyLock;
      const count = Number(((args[0] as PyTuple).items[0] as PyInt).value);
      const got = yield* acquire([], null, lock);
      vm.decref(got, Cause.Return);
      lock.count = count;
      return vm.newNone();
    });
  }
  // _at_fork_reinit (lock_at_fork_reinit, rlock_at_fork_reinit): in a forked child, a fresh unlocked lock; the
  // threads that held it or waited for it are the parent's (os.register_at_fork hooks call it: logging's).
  method(vm, type, '_at_fork_reinit', (args, _k, self) => {
    arity(vm, '_at_fork_reinit', args, 0);
    const lock = self as PyLock;
    lock.owner = null;
    lock.count = 0;
    lock.waiters.length = 0;
    return vm.newNone();
  });
  method(vm, type, '__repr__', (_a, _k, self) => {
    const lock = self as PyLock;
    const at = address(lock);
    if (reentrant) {
      return vm.newStr(`<${lock.locked ? 'locked' : 'unlocked'} _thread.RLock object owner=${lock.owner?.ident ?? 0} count=${lock.count} at ${at}>`);
    }
    return vm.newStr(`<${lock.locked ? 'locked' : 'unlocked'} _thread.${kind} object at ${at}>`);
  });
}

/** Locks released when a thread ends (_set_sentinel: threading's join waits on them). */
const sentinels = new WeakMap<ThreadState, PyLock[]>();

/** Puts _thread's functions and types into a namespace. */
export function installThreadPrimitives(vm: VM, d: PyDict): void {
  const types = threadTypes(vm);
  const sched = vm.scheduler;
  sched.onThreadEnd = (t) => {
    for (const lock of sentinels.get(t) ?? []) releaseLock(vm, lock);
  };
  setName(vm, d, 'LockType', types.lock, true);
  setName(vm, d, 'RLock', types.rlock, true);
  setName(vm, d, 'error', vm.exc.get('RuntimeError') as PyType, true);
  setName(vm, d, 'TIMEOUT_MAX', vm.newFloat(TIMEOUT_MAX));
  const newLock = (type: PyType, reentrant: boolean): PyObject => vm.track(new PyLock(type, reentrant));
  fn(vm, d, 'allocate_lock', (args) => {
    arity(vm, 'allocate_lock', args, 0);
    return newLock(types.lock, false);
  });
  if (vm.options.version.versionInfo[1] >= 13) {
    // 3.13's lock_new: _thread.lock (threading.Lock) is called like any type.
    setName(vm, d, 'lock', types.lock, true);
    constructors.set(types.lock, (vm, args, kwargs) => {
      if (kwargs && kwargs.size) throw vm.error('TypeError', 'lock() takes no keyword arguments');
      if (args.length) throw vm.error('TypeError', `lock expected 0 arguments, got ${args.length}`);
      return newLock(types.lock, false);
    });
  }
  // RLock() calls the type: make it callable through a constructor function of the same name.
  fn(vm, d, '_rlock', () => newLock(types.rlock, true));
  fn(vm, d, 'get_ident', () => vm.newInt(sched.current.ident));
  fn(vm, d, 'get_native_id', () => vm.newInt(4242 + sched.current.serial));
  fn(vm, d, '_count', () => vm.newInt(sched.alive().length - 1));
  fn(vm, d, 'daemon_threads_allowed', () => vm.newBool(true));
  let stackSize = 0;
  // thread_stack_size: the size new threads would get (0: the platform's default), which the simulated threads
  // do not use; it returns the old size and sets the new one, 0 when none is given (so stack_size() resets it).
  // Python/thread_pthread.h refuses a size under THREAD_STACK_MIN.
  fn(vm, d, 'stack_size', function* (args): Native {
    arity(vm, 'stack_size', args, 0, 1);
    const size = args.length ? yield* numberIndex(vm, args[0]) : 0n;
    if (size < 0n) throw vm.error('ValueError', 'size must be 0 or a positive value');
    if (size !== 0n && size < THREAD_STACK_MIN) throw vm.error('ValueError', `size not valid: ${size} bytes`);
    const old = stackSize;
    stackSize = Number(size);
    return vm.newInt(old);
  });
  fn(vm, d, '_set_sentinel', () => {
    const lock = newLock(types.lock, false) as PyLock;
    const list = sentinels.get(sched.current) ?? [];
    list.push(lock);
    sentinels.set(sched.current, list);
    return lock;
  });
  fn(vm, d, 'start_new_thread', (args, kwargs) => {
    if (kwargs && kwargs.size) throw vm.error('TypeError', 'start_new_thread() takes no keyword arguments');
    arity(vm, 'start_new_thread', args, 2, 3);
    const [func, argsTuple, kw] = args;
    if (!(argsTuple instanceof PyTuple)) {
      throw vm.error('TypeError', '2nd arg must be a tuple');
    }
    let kwMap: Map<string, PyObject> | null = null;
    if (kw && kw !== vm.none) {
      if (!(kw instanceof PyDict)) throw vm.error('TypeError', 'optional 3rd arg must be a dictionary');
      kwMap = new Map(kw.entryList().map((e) => [(e.key as PyStr).value, e.value]));
    }
    const outcome = invoke(vm, func, argsTuple.items, kwMap, false, null);
    if (!('frame' in outcome)) throw vm.unsupported('threads whose function is not written in Python');
    const frame: Frame = outcome.frame;
    // The thread's bootstate (Modules/_threadmodule.c) holds the function and its arguments until the
    // call returns (thread_bootstate_free): a bound method `Thread._bootstrap` keeps its Thread counted.
    const held = [func, argsTuple, ...(kw && kw !== vm.none ? [kw] : [])];
    for (const o of held) vm.incref(o, Cause.Internal, 'bootstate');
    frame.onReturn = (value) => {
      vm.decref(value, Cause.Return);
      for (const o of held) vm.decref(o, Cause.Internal);
      sched.endCurrent();
    };
    // 3.13t: the first non-main thread state makes deferred objects immortal (Python/pystate.c),
    // a stop-the-world walk of the heap that the starting thread waits for.
    if (vm.deferredRefcounts?.immortalizeAll()) vm.clock.now += IMMORTALIZE_DEFERRED_NS;
    const t = sched.spawn(`Thread-${sched.threads.length}`, frame);
    if (vm.heap.recording) vm.heap.events.frame('frame-enter', vm.steps, frame.id, frame.unit.qualname, frame.unit.firstLine);
    return vm.newInt(t.ident);
  });
  // CPython Lens additions (not in CPython): the thread's name for the timeline, and helpers for threading's excepthook.
  // _lens_set_thread_name(name[, ident]): the running thread's name (its bootstrap), or the thread with
  // that ident's (Thread.name's setter); a thread the scheduler never started (not started yet) has none.
  fn(vm, d, '_lens_set_thread_name', (args) => {
    arity(vm, '_lens_set_thread_name', args, 1, 2);
    const ident = args.length > 1 ? (args[1] as PyInt).small : sched.current.ident;
    const t = sched.threads.find((th) => th.ident === ident);
    if (t) sched.rename(t, (args[0] as PyStr).value);
    return vm.newNone();
  });
  // warnings.warn(message, category, stacklevel) as Lib/threading.py's deprecated aliases call it.
  fn(vm, d, '_lens_warn', function* (args): Native {
    const [message, category, level] = args;
    if (!(message instanceof PyStr) || !(category instanceof PyType)) throw new Error('internal: threading warns with a str and a class');
    warn(vm, message.value, category, yield* cIntIndex(vm, level));
    return vm.newNone();
  });
  installThreadExcepthook(vm, d);
}

export function createThread(vm: VM, module: PyModule): void {
  installThreadPrimitives(vm, module.dict);
}
