// The process primitives of the os module: fork, pipe, read, write, close, waitpid, _exit, kill,
// getpid, getppid. Each one that depends on another process is journaled: live, it asks the machine
// and records the answer; replayed in a forked child, it gives back the recorded answer at the
// recorded time (processes/journal.ts).

import type { PyDict } from '../objects/dict';
import { PyBytes } from '../objects/atoms';
import type { VM } from '../vm/vm';
import type { Native } from '../vm/frame';
import { runAtFork } from './at-fork';
import { fn, arity } from '../builtins/define';
import { setName } from '../runtime/dicts';
import { processOf, ProcessExit, type SimProcess } from './process';
import { Pipe } from './pipes';
import { EXIT_TEARDOWN_NS } from './costs';
import { waitAcross, pipeSubscription, readable, reap, childOf, intOf, osError, entryOf } from './cross-process-wait';

const WNOHANG = 1;

export function installOsProcessCalls(vm: VM, d: PyDict): void {
  const proc = (): SimProcess => processOf(vm);
  setInt(vm, d, 'WNOHANG', WNOHANG);
  fn(vm, d, 'getpid', () => vm.newInt(proc().journalValue('getpid', () => proc().pid)));
  fn(vm, d, 'getppid', () => vm.newInt(proc().journalValue('getppid', () => proc().ppid)));
  fn(vm, d, 'fork', function* (args): Native {
    arity(vm, 'fork', args, 0);
    const p = proc();
    // The parent's state at the fork includes what its `before` hooks did: a replaying child runs them too.
    yield* runAtFork(vm, 'before');
    if (p.mode === 'replay') {
      const entry = p.consume('fork');
      if (p.cursor === p.history.length) {
        p.machine.diverge(p);
        yield* runAtFork(vm, 'after_in_child');
        return vm.newInt(0);
      }
      // An earlier fork of the run being replayed: what it did to this side (the parent's, or the
      // child's when this run is itself a forked child's) is done again, so the state stays the same.
      if (entry.value === 0) {
        p.machine.replayChildSideOfFork(p);
        yield* runAtFork(vm, 'after_in_child');
      } else {
        p.machine.afterForkInParent(p);
        yield* runAtFork(vm, 'after_in_parent');
      }
      return vm.newInt(entry.value as number);
    }
    if (vm.scheduler.current !== vm.scheduler.main) throw vm.unsupported('os.fork() from a thread other than the main thread');
    const child = p.machine.fork(p);
    p.machine.afterForkInParent(p);
    yield* runAtFork(vm, 'after_in_parent');
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
      if (p.mode === 'live') p.machine.rawWrite(p, fd === 1 ? 'stdout' : 'stderr', decodeUtf8Lossy(data.value));
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

/** Bytes written straight to stdout/stderr, as text (UTF-8; malformed sequences as U+FFFD). */
function decodeUtf8Lossy(bytes: Uint8Array): string {
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
