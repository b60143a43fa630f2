// The process primitives of the os module (fork, pipe, read, write, close, waitpid, _exit, kill,
// getpid, getppid) and the connection primitives multiprocessing is built on (send and receive a
// pickled object, poll, wait for a child with a timeout). Each one that depends on another process
// is journaled: live, it asks the machine and records the answer; replayed in a forked child, it
// gives back the recorded answer at the recorded time (processes/journal.ts).

import type { PyObject } from '../objects/object';
import type { PyDict } from '../objects/dict';
import { PyInt, PyBytes, PyFloat } from '../objects/atoms';
import type { PyType } from '../objects/type';
import type { VM } from '../vm/vm';
import type { Native, CallRequest } from '../vm/frame';
import { PyError } from '../vm/errors';
import { fn, arity } from '../builtins/define';
import { setName } from '../runtime/dicts';
import { WAKE_LATENCY_NS } from '../threads/cost-model';
import { processOf, ProcessExit, type SimProcess } from './process';
import { Pipe, type PipeItem, type FdEntry } from './pipes';
import { pickle, unpickle, PickleRefused, type Pickled } from './pickle-tree';
import { DUMPS_NS_PER_BYTE, LOADS_NS_PER_BYTE, PIPE_MESSAGE_NS, EXIT_TEARDOWN_NS } from './costs';
import type { JournalEntry } from './journal';

const WNOHANG = 1;

function intOf(vm: VM, o: PyObject | undefined): number {
  if (o instanceof PyInt) return Number(o.value);
  throw vm.error('TypeError', `'${o?.type.name ?? 'NoneType'}' object cannot be interpreted as an integer`);
}

function osError(vm: VM, type: string, errno: number, text: string): PyError {
  return vm.errorWith(type, [vm.newInt(errno), vm.newStr(text)]);
}

function entryOf(vm: VM, p: SimProcess, fd: number): FdEntry {
  const e = p.fds.fds.get(fd);
  if (!e) throw osError(vm, 'OSError', 9, 'Bad file descriptor');
  return e;
}

interface AcrossSpec {
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
function* waitAcross(vm: VM, p: SimProcess, kind: string, spec: AcrossSpec): Generator<CallRequest, unknown, PyObject> {
  if (p.mode === 'replay') {
    const entry = p.consume(kind);
    if (!entry.done) {
      // The parent's thread was still waiting at the fork: in the child this thread never runs again.
      yield { callable: vm.none, args: [], kwargs: null, block: { reason: 'io', deadline: null, timedOut: () => ({ value: vm.newNone() }) } };
      return entry.value;
    }
    if (entry.wakeAt === null) return entry.value;
    const r = yield {
      callable: vm.none, args: [], kwargs: null,
      block: { reason: 'io', deadline: entry.wakeAt, timedOut: () => ({ value: vm.newNone() }) },
    };
    vm.decref(r, 'return');
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
      reason: 'io',
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
  vm.decref(r, 'return');
  return entry.value;
}

/** Waits on a pipe becoming readable (data or end of file). */
function pipeSubscription(vm: VM, pipe: Pipe): (notify: (atNs: number) => void) => () => void {
  return (notify) => {
    pipe.waiters.add(notify);
    if (pipe.items.length) notify(pipe.items[0].at);
    else if (pipe.writers === 0) notify(vm.clock.now);
    return () => pipe.waiters.delete(notify);
  };
}

/** The first item of the pipe if it was written by now; 'eof' when no writer is left; else undefined. */
function readable(vm: VM, pipe: Pipe): PipeItem | 'eof' | undefined {
  const item = pipe.items[0];
  if (item) return item.at <= vm.clock.now ? item : undefined;
  return pipe.writers === 0 ? 'eof' : undefined;
}

function secondsOrNone(vm: VM, o: PyObject | undefined): number | null {
  if (!o || o === vm.none) return null;
  if (o instanceof PyFloat) return o.value;
  if (o instanceof PyInt) return Number(o.value);
  throw vm.error('TypeError', `'${o.type.name}' object cannot be interpreted as a number`);
}

/** Reaps `child` if it ended and its parent can see it by now. */
function reap(vm: VM, child: SimProcess): [number, number] | undefined {
  if (!child.exited || child.reaped || (child.endNs ?? 0) + EXIT_TEARDOWN_NS > vm.clock.now) return undefined;
  child.reaped = true;
  return [child.pid, child.status as number];
}

function childOf(vm: VM, p: SimProcess, pid: number): SimProcess {
  const child = p.machine.find(pid);
  if (!child || child.ppid !== p.pid || child.reaped) throw osError(vm, 'ChildProcessError', 10, 'No child processes');
  return child;
}

export function installOsProcessCalls(vm: VM, d: PyDict): void {
  const proc = (): SimProcess => processOf(vm);
  setInt(vm, d, 'WNOHANG', WNOHANG);
  fn(vm, d, 'getpid', () => vm.newInt(proc().journalValue('getpid', () => proc().pid)));
  fn(vm, d, 'getppid', () => vm.newInt(proc().journalValue('getppid', () => proc().ppid)));
  fn(vm, d, 'fork', (args) => {
    arity(vm, 'fork', args, 0);
    const p = proc();
    if (p.mode === 'replay') {
      const entry = p.consume('fork');
      if (p.cursor === p.history.length) {
        p.machine.diverge(p);
        return vm.newInt(0);
      }
      // An earlier fork of the run being replayed: what it did to this side (the parent's, or the
      // child's when this run is itself a forked child's) is done again, so the state stays the same.
      if (entry.value === 0) p.machine.replayChildSideOfFork(p);
      else p.machine.afterForkInParent(p);
      return vm.newInt(entry.value as number);
    }
    if (vm.scheduler.current !== vm.scheduler.main) throw vm.unsupported('os.fork() from a thread other than the main thread');
    const child = p.machine.fork(p);
    p.machine.afterForkInParent(p);
    return vm.newInt(child.pid);
  });
  fn(vm, d, '_exit', (args) => {
    arity(vm, '_exit', args, 1);
    throw new ProcessExit(intOf(vm, args[0]) & 0xff);
  });
  fn(vm, d, 'kill', (args) => {
    arity(vm, 'kill', args, 2);
    const p = proc();
    const pid = intOf(vm, args[0]);
    const sig = intOf(vm, args[1]);
    if (p.mode === 'replay') return vm.newNone();
    const target = p.machine.find(pid);
    if (!target || target.exited) throw osError(vm, 'ProcessLookupError', 3, 'No such process');
    if (sig !== 0) p.machine.kill(target, sig, vm.clock.now);
    return vm.newNone();
  });
  fn(vm, d, 'pipe', (args) => {
    arity(vm, 'pipe', args, 0);
    const p = proc();
    const pipe = p.mode === 'live' ? p.machine.newPipe() : new Pipe(-1);
    const r = p.fds.open({ pipe, end: 'r' });
    const w = p.fds.open({ pipe, end: 'w' });
    return vm.newTuple([vm.newInt(r), vm.newInt(w)]);
  });
  fn(vm, d, 'close', (args) => {
    arity(vm, 'close', args, 1);
    if (!proc().fds.close(intOf(vm, args[0]), vm.clock.now)) throw osError(vm, 'OSError', 9, 'Bad file descriptor');
    return vm.newNone();
  });
  fn(vm, d, 'write', (args) => {
    arity(vm, 'write', args, 2);
    const p = proc();
    const fd = intOf(vm, args[0]);
    const data = args[1];
    if (!(data instanceof PyBytes)) throw vm.error('TypeError', `a bytes-like object is required, not '${data.type.name}'`);
    if (fd === 1 || fd === 2) {
      // Straight to the file descriptor, past sys.stdout's buffer.
      if (p.mode === 'live') p.machine.rawWrite(p, fd === 1 ? 'stdout' : 'stderr', latin1OrUtf8(data.value));
      return vm.newInt(data.value.length);
    }
    const e = entryOf(vm, p, fd);
    if (e.end !== 'w') throw osError(vm, 'OSError', 9, 'Bad file descriptor');
    if (p.mode === 'live') {
      if (e.pipe.readers === 0) throw osError(vm, 'BrokenPipeError', 32, 'Broken pipe');
      e.pipe.write({ kind: 'bytes', data: data.value.slice(), at: vm.clock.now });
    }
    return vm.newInt(data.value.length);
  });
  fn(vm, d, 'read', function* (args): Native {
    arity(vm, 'read', args, 2);
    const p = proc();
    const fd = intOf(vm, args[0]);
    const n = intOf(vm, args[1]);
    const e = entryOf(vm, p, fd);
    if (e.end !== 'r') throw osError(vm, 'OSError', 9, 'Bad file descriptor');
    const got = yield* waitAcross(vm, p, 'read', {
      attempt: () => {
        const item = readable(vm, e.pipe);
        if (item === undefined) return undefined;
        if (item === 'eof') return new Uint8Array(0);
        if (item.kind !== 'bytes') throw vm.unsupported('os.read() of a pipe a multiprocessing Connection writes to');
        const chunk = item.data.slice(0, n);
        if (chunk.length === item.data.length) e.pipe.items.shift();
        else item.data = item.data.slice(n);
        return chunk;
      },
      subscribe: pipeSubscription(vm, e.pipe),
      deadline: null,
    });
    return vm.newBytes(got as Uint8Array);
  });
  fn(vm, d, 'waitpid', function* (args): Native {
    arity(vm, 'waitpid', args, 2);
    const p = proc();
    const pid = intOf(vm, args[0]);
    const options = intOf(vm, args[1]);
    if (options & WNOHANG) {
      const r = p.journalValue('waitpid', () => reap(vm, childOf(vm, p, pid)) ?? [0, 0]);
      return vm.newTuple([vm.newInt(r[0]), vm.newInt(r[1])]);
    }
    const child = p.mode === 'live' ? childOf(vm, p, pid) : null;
    const r = (yield* waitAcross(vm, p, 'waitpid', {
      attempt: () => reap(vm, child as SimProcess),
      subscribe: (notify) => {
        const c = child as SimProcess;
        c.exitWatchers.add(notify);
        if (c.exited) notify((c.endNs ?? 0) + EXIT_TEARDOWN_NS);
        return () => c.exitWatchers.delete(notify);
      },
      deadline: null,
    })) as [number, number];
    return vm.newTuple([vm.newInt(r[0]), vm.newInt(r[1])]);
  });
  fn(vm, d, 'waitstatus_to_exitcode', (args) => {
    arity(vm, 'waitstatus_to_exitcode', args, 1);
    const status = intOf(vm, args[0]);
    return vm.newInt((status & 0x7f) === 0 ? (status >> 8) & 0xff : -(status & 0x7f));
  });
}

function setInt(vm: VM, d: PyDict, name: string, v: number): void {
  setName(vm, d, name, vm.newInt(v), true);
}

/** The native half of multiprocessing: pickled objects through pipes, polling, waiting for a child with a timeout. */
export function installConnectionCalls(vm: VM, d: PyDict, picklingError: () => PyType): void {
  const proc = (): SimProcess => processOf(vm);
  const verb = vm.options.version.pickleLocalVerb;
  fn(vm, d, '_lens_send', (args) => {
    arity(vm, '_lens_send', args, 2);
    const p = proc();
    const e = entryOf(vm, p, intOf(vm, args[0]));
    let pickled: Pickled;
    try {
      pickled = pickle(vm, args[1], verb);
    } catch (err) {
      if (!(err instanceof PickleRefused)) throw err;
      if (err.excType === 'PicklingError') throw new PyError(vm.newException(picklingError(), [vm.newStr(err.message)]));
      throw vm.error(err.excType, err.message);
    }
    vm.clock.now += pickled.size * DUMPS_NS_PER_BYTE + PIPE_MESSAGE_NS;
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
    const pickled = got as Pickled;
    vm.clock.now += pickled.size * LOADS_NS_PER_BYTE;
    return unpickle(vm, pickled);
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
  fn(vm, d, '_lens_set_process_name', (args) => {
    arity(vm, '_lens_set_process_name', args, 1);
    proc().name = (args[0] as import('../objects/atoms').PyStr).value;
    return vm.newNone();
  });
}

/** Bytes written straight to stdout/stderr, as text (UTF-8; malformed sequences as U+FFFD). */
function latin1OrUtf8(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    const n = b < 0x80 ? 1 : b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 0;
    if (n === 0 || i + n > bytes.length) {
      out += '\ufffd';
      i++;
      continue;
    }
    let cp = n === 1 ? b : b & (0xff >> (n + 1));
    for (let k = 1; k < n; k++) cp = (cp << 6) | (bytes[i + k] & 0x3f);
    out += String.fromCodePoint(cp);
    i += n;
  }
  return out;
}
