// OS pipes between simulated processes: a channel of messages (raw bytes from os.write, or a
// pickled object sent by a multiprocessing Connection), with counts of open read and write ends
// across every process's file descriptors, and the readers waiting on it. Unbounded: a write never
// blocks (CPython's Queue has a feeder thread for that; here the pipe's capacity is not modelled).

import type { Pickled } from './pickle-tree';

export type PipeItem =
  | { kind: 'bytes'; data: Uint8Array; at: number }
  | { kind: 'object'; pickled: Pickled; at: number };

/** Someone waiting for the pipe to become readable (data or end of file), notified with the time it did. */
export type PipeWaiter = (atNs: number) => void;

export class Pipe {
  readonly items: PipeItem[] = [];
  readers = 0;
  writers = 0;
  readonly waiters = new Set<PipeWaiter>();
  constructor(readonly id: number) {}

  write(item: PipeItem): void {
    this.items.push(item);
    for (const w of [...this.waiters]) w(item.at);
  }

  /** No writer left: readers waiting get end of file. */
  get atEof(): boolean {
    return this.writers === 0 && this.items.length === 0;
  }

  closeEnd(end: 'r' | 'w', atNs: number): void {
    if (end === 'r') this.readers--;
    else if (--this.writers === 0) for (const w of [...this.waiters]) w(atNs);
  }
}

export interface FdEntry {
  pipe: Pipe;
  end: 'r' | 'w';
}

/**
 * A process's file descriptor table (0–2 are the standard streams). `live`: its ends count in the
 * pipes (a table being replayed by a forked child holds stand-ins until the fork).
 */
export class FdTable {
  readonly fds = new Map<number, FdEntry>();
  constructor(readonly live: boolean) {}

  /** The lowest free descriptor, as POSIX allocates them. */
  open(entry: FdEntry): number {
    let fd = 3;
    while (this.fds.has(fd)) fd++;
    this.fds.set(fd, entry);
    if (this.live) {
      if (entry.end === 'r') entry.pipe.readers++;
      else entry.pipe.writers++;
    }
    return fd;
  }

  close(fd: number, atNs: number): boolean {
    const entry = this.fds.get(fd);
    if (!entry) return false;
    this.fds.delete(fd);
    if (this.live) entry.pipe.closeEnd(entry.end, atNs);
    return true;
  }

  closeAll(atNs: number): void {
    for (const fd of [...this.fds.keys()]) this.close(fd, atNs);
  }

  /** The child's copy at fork: the same pipes, each end counted once more. */
  forkCopy(): FdTable {
    const copy = new FdTable(true);
    for (const [fd, e] of this.fds) {
      copy.fds.set(fd, { pipe: e.pipe, end: e.end });
      if (e.end === 'r') e.pipe.readers++;
      else e.pipe.writers++;
    }
    return copy;
  }
}
