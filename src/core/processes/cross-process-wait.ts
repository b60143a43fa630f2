// Calls that wait for another process (a pipe becoming readable, a child ending), journaled so a
// forked child's replay gives back the same answers at the same times; and the small helpers the
// process natives share (descriptors, errors, reaping).

import type { PyObject } from '../objects/object';
import { PyInt, PyFloat } from '../objects/atoms';
import type { VM } from '../vm/vm';
import type { CallRequest } from '../vm/frame';
import type { PyError } from '../vm/errors';
import { WAKE_LATENCY_NS } from '../threads/cost-model';
import type { SimProcess } from './process';
import type { Pipe, PipeItem, FdEntry } from './pipes';
import { EXIT_TEARDOWN_NS } from './costs';
import type { JournalEntry } from './journal';
import { Cause } from '../trace/events';

export function intOf(vm: VM, o: PyObject | undefined): number {
  if (o instanceof PyInt) return Number(o.value);
  throw vm.error('TypeError', `'${o?.type.name ?? 'NoneType'}' object cannot be interpreted as an integer`);
}

export function osError(vm: VM, type: string, errno: number, text: string): PyError {
  return vm.errorWith(type, [vm.newInt(errno), vm.newStr(text)]);
}

export function entryOf(vm: VM, p: SimProcess, fd: number): FdEntry {
  const e = p.fds.fds.get(fd);
  if (!e) throw osError(vm, 'OSError', 9, 'Bad file descriptor');
  return e;
}

export interface AcrossSpec {
  /** Live: the answer if it is there now, else undefined. */
  attempt(): unknown;
  /** Live: calls `notify(atNs)` whenever the answer may have come (at once if it may be there already); returns the unsubscribe. */
  subscribe(notify: (atNs: number) => void): () => void;
  /** Absolute simulated time the wait gives up, with `timeoutValue`; null: no timeout. */
  deadline: number | null;
  timeoutValue?: unknown;
}

/**
 * A call that may block until another process does something, with the GIL released. Live: tries,
 * else parks the thread until the machine's notification makes the attempt succeed (or the
 * deadline passes), and journals the answer and the wake-up time. Replayed: the journal's answer
 * at the journal's time. Returns the answer (plain data).
 */
export function* waitAcross(vm: VM, p: SimProcess, kind: string, spec: AcrossSpec): Generator<CallRequest, unknown, PyObject> {
  if (p.mode === 'replay') {
    const entry = p.consume(kind);
    if (!entry.done) {
      // The parent's thread was still waiting at the fork: in the child this thread never runs again.
      yield { callable: vm.none, args: [], kwargs: null, block: { reason: 'process', deadline: null, timedOut: () => ({ value: vm.newNone() }) } };
      return entry.value;
    }
    if (entry.wakeAt === null) return entry.value;
    const r = yield {
      callable: vm.none, args: [], kwargs: null,
      block: { reason: 'process', deadline: entry.wakeAt, timedOut: () => ({ value: vm.newNone() }) },
    };
    vm.decref(r, Cause.Return);
    return entry.value;
  }
  const entry: JournalEntry = { kind, value: undefined, wakeAt: null, done: false };
  p.history.push(entry);
  const now = spec.attempt();
  if (now !== undefined) {
    entry.value = now;
    entry.done = true;
    return now;
  }
  if (spec.deadline !== null && spec.deadline <= vm.clock.now) {
    entry.value = spec.timeoutValue;
    entry.done = true;
    return spec.timeoutValue;
  }
  if (vm.scheduler.pinned) throw vm.unsupported('waiting for another process inside a call the simulator runs nested (a __del__, a property, an import)');
  let unsubscribe: () => void = () => undefined;
  const r = yield {
    callable: vm.none, args: [], kwargs: null,
    block: {
      reason: 'process',
      deadline: spec.deadline,
      register: (t) => {
        unsubscribe = spec.subscribe((atNs) => {
          vm.scheduler.timers.add(Math.max(atNs + WAKE_LATENCY_NS, vm.clock.now), () => {
            if (entry.done) return;
            const v = spec.attempt();
            if (v === undefined) return;
            unsubscribe();
            entry.value = v;
            entry.wakeAt = vm.clock.now;
            entry.done = true;
            vm.scheduler.wake(t, { value: vm.newNone() });
          });
        });
      },
      timedOut: () => {
        unsubscribe();
        entry.value = spec.timeoutValue;
        entry.wakeAt = vm.clock.now;
        entry.done = true;
        return { value: vm.newNone() };
      },
    },
  };
  vm.decref(r, Cause.Return);
  return entry.value;
}

/** Waits on a pipe becoming readable (data or end of file). */
export function pipeSubscription(vm: VM, pipe: Pipe): (notify: (atNs: number) => void) => () => void {
  return (notify) => {
    pipe.waiters.add(notify);
    if (pipe.items.length) notify(pipe.items[0].at);
    else if (pipe.writers === 0) notify(vm.clock.now);
    return () => pipe.waiters.delete(notify);
  };
}

/** The first item of the pipe if it was written by now; 'eof' when no writer is left; else undefined. */
export function readable(vm: VM, pipe: Pipe): PipeItem | 'eof' | undefined {
  const item = pipe.items[0];
  if (item) return item.at <= vm.clock.now ? item : undefined;
  return pipe.writers === 0 ? 'eof' : undefined;
}

export function secondsOrNone(vm: VM, o: PyObject | undefined): number | null {
  if (!o || o === vm.none) return null;
  if (o instanceof PyFloat) return o.value;
  if (o instanceof PyInt) return Number(o.value);
  throw vm.error('TypeError', `'${o.type.name}' object cannot be interpreted as a number`);
}

/** Reaps `child` if it ended and its parent can see it by now. */
export function reap(vm: VM, child: SimProcess): [number, number] | undefined {
  if (!child.exited || child.reaped || (child.endNs ?? 0) + EXIT_TEARDOWN_NS > vm.clock.now) return undefined;
  child.reaped = true;
  return [child.pid, child.status as number];
}

export function childOf(vm: VM, p: SimProcess, pid: number): SimProcess {
  const child = p.machine.find(pid);
  if (!child || child.ppid !== p.pid || child.reaped) throw osError(vm, 'ChildProcessError', 10, 'No child processes');
  return child;
}
