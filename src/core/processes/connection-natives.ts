// The native half of multiprocessing's connections: a pickled object sent through a pipe and
// received (at a cost per pickled byte), polling a pipe, waiting for a child with a timeout, the
// process's name for the timeline. Journaled like the os calls (cross-process-wait.ts).

import { stdinToDevNull } from '../runtime/stdin';
import type { PyDict } from '../objects/dict';
import type { PyObject } from '../objects/object';
import type { PyType } from '../objects/type';
import type { VM } from '../vm/vm';
import type { Native } from '../vm/frame';
import { PyError } from '../vm/errors';
import { fn, arity } from '../builtins/define';
import { processOf, type SimProcess } from './process';
import { semLocksAfterFork } from './shared-natives';
import { pickle, unpickle, PickleRefused, type Pickled } from './pickle-tree';
import { DUMPS_NS_PER_BYTE, LOADS_NS_PER_BYTE, PIPE_MESSAGE_NS, EXIT_TEARDOWN_NS, CHILD_BOOTSTRAP_NS, CHILD_EXIT_WORK_NS } from './costs';
import { waitAcross, pipeSubscription, readable, reap, childOf, intOf, osError, entryOf, secondsOrNone } from './cross-process-wait';

/** Connection.send's pickling (ForkingPickler.dumps), at its cost per byte: a refusal raises CPython's error. */
export function pickleToSend(vm: VM, obj: PyObject, picklingError: () => PyType): Pickled {
  let pickled: Pickled;
  try {
    pickled = pickle(vm, obj, vm.options.version.pickleLocalVerb);
  } catch (err) {
    if (!(err instanceof PickleRefused)) throw err;
    if (err.excType === 'PicklingError') throw new PyError(vm.newException(picklingError(), [vm.newStr(err.message)]));
    throw vm.error(err.excType, err.message);
  }
  vm.clock.now += pickled.size * DUMPS_NS_PER_BYTE + PIPE_MESSAGE_NS;
  return pickled;
}

/** Connection.recv's unpickling, at its cost per byte. */
export function unpickleReceived(vm: VM, pickled: Pickled): PyObject {
  vm.clock.now += pickled.size * LOADS_NS_PER_BYTE;
  return unpickle(vm, pickled);
}

export function installConnectionCalls(vm: VM, d: PyDict, picklingError: () => PyType): void {
  const proc = (): SimProcess => processOf(vm);
  fn(vm, d, '_lens_send', (args) => {
    arity(vm, '_lens_send', args, 2);
    const p = proc();
    const e = entryOf(vm, p, intOf(vm, args[0]));
    const pickled = pickleToSend(vm, args[1], picklingError);
    if (p.mode === 'live') {
      if (e.pipe.readers === 0) throw osError(vm, 'BrokenPipeError', 32, 'Broken pipe');
      e.pipe.write({ kind: 'object', pickled, at: vm.clock.now });
    }
    return vm.newInt(pickled.size);
  });
  fn(vm, d, '_lens_recv', function* (args): Native {
    arity(vm, '_lens_recv', args, 1);
    const p = proc();
    const e = entryOf(vm, p, intOf(vm, args[0]));
    const got = yield* waitAcross(vm, p, 'recv', {
      attempt: () => {
        const item = readable(vm, e.pipe);
        if (item === undefined || item === 'eof') return item;
        e.pipe.items.shift();
        if (item.kind !== 'object') throw vm.unsupported('Connection.recv() of raw bytes written with os.write');
        return item.pickled;
      },
      subscribe: pipeSubscription(vm, e.pipe),
      deadline: null,
    });
    if (got === 'eof') throw vm.error('EOFError');
    return unpickleReceived(vm, got as Pickled);
  });
  fn(vm, d, '_lens_poll', function* (args): Native {
    arity(vm, '_lens_poll', args, 2);
    const p = proc();
    const e = entryOf(vm, p, intOf(vm, args[0]));
    const timeout = secondsOrNone(vm, args[1]);
    const ready = yield* waitAcross(vm, p, 'poll', {
      attempt: () => (readable(vm, e.pipe) !== undefined ? true : undefined),
      subscribe: pipeSubscription(vm, e.pipe),
      deadline: timeout === null ? null : vm.clock.now + Math.max(0, Math.round(timeout * 1e9)),
      timeoutValue: false,
    });
    return vm.newBool(ready as boolean);
  });
  /** Waits for a child to end (at most `timeout` seconds): its waitpid status, or None. */
  fn(vm, d, '_lens_wait_child', function* (args): Native {
    arity(vm, '_lens_wait_child', args, 2);
    const p = proc();
    const pid = intOf(vm, args[0]);
    const timeout = secondsOrNone(vm, args[1]);
    const child = p.mode === 'live' ? childOf(vm, p, pid) : null;
    const r = yield* waitAcross(vm, p, 'wait-child', {
      attempt: () => reap(vm, child as SimProcess),
      subscribe: (notify) => {
        const c = child as SimProcess;
        c.exitWatchers.add(notify);
        if (c.exited) notify((c.endNs ?? 0) + EXIT_TEARDOWN_NS);
        return () => c.exitWatchers.delete(notify);
      },
      deadline: timeout === null ? null : vm.clock.now + Math.max(0, Math.round(timeout * 1e9)),
      timeoutValue: null,
    });
    return r ? vm.newInt((r as [number, number])[1]) : vm.newNone();
  });
  fn(vm, d, '_lens_pending', (args) => {
    arity(vm, '_lens_pending', args, 1);
    const p = proc();
    const e = entryOf(vm, p, intOf(vm, args[0]));
    return vm.newInt(p.journalValue('pending', () => e.pipe.items.filter((i) => i.at <= vm.clock.now).length));
  });
  // What multiprocessing's bootstrap costs in the child beyond its simulated bytecode (costs.ts): before
  // the target (the process is still starting), and after it.
  fn(vm, d, '_lens_child_bootstrap', (args) => {
    arity(vm, '_lens_child_bootstrap', args, 0);
    // BaseProcess._bootstrap: sys.stdin.close(); sys.stdin = open(os.devnull).
    stdinToDevNull(vm);
    // util._run_after_forkers(): each SemLock's _after_fork (the child holds none of them).
    semLocksAfterFork(vm);
    proc().startUp(CHILD_BOOTSTRAP_NS);
    return vm.newNone();
  });
  fn(vm, d, '_lens_child_exit_work', (args) => {
    arity(vm, '_lens_child_exit_work', args, 0);
    vm.clock.now += CHILD_EXIT_WORK_NS;
    return vm.newNone();
  });
  fn(vm, d, '_lens_set_process_name', (args) => {
    arity(vm, '_lens_set_process_name', args, 1);
    proc().name = (args[0] as import('../objects/atoms').PyStr).value;
    return vm.newNone();
  });
}

/** Bytes written straight to stdout/stderr, as text (UTF-8; malformed sequences as U+FFFD). */
