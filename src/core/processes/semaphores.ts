// Named POSIX semaphores between simulated processes, as Modules/_multiprocessing/semaphore.c uses them
// for multiprocessing's Lock, RLock, Semaphore and BoundedSemaphore: the semaphore's value belongs to the
// machine (every process that inherited it sees the same count, and a process blocked in sem_wait waits
// for another's sem_post); the owner's recursion count and thread (SemLockObject's count and last_tid)
// belong to each process's SemLock object, so a forked child starts with its own.

/** SemLock kinds (synchronize.py: RECURSIVE_MUTEX, SEMAPHORE = range(2)). */
export const RECURSIVE_MUTEX = 0;
export const SEMAPHORE = 1;
/** _multiprocessing.SemLock.SEM_VALUE_MAX on Linux (INT_MAX). */
export const SEM_VALUE_MAX = 2147483647;

export class MachineSemaphore {
  /** Notified with the time of each sem_post. */
  readonly waiters = new Set<(atNs: number) => void>();
  constructor(
    readonly id: number,
    readonly kind: number,
    public value: number,
    readonly maxvalue: number,
  ) {}

  /** sem_trywait: takes one if the value is above zero. */
  tryWait(): boolean {
    if (this.value <= 0) return false;
    this.value--;
    return true;
  }

  post(atNs: number): void {
    this.value++;
    for (const w of [...this.waiters]) w(atNs);
  }
}

export class Semaphores {
  private readonly all: MachineSemaphore[] = [];

  create(kind: number, value: number, maxvalue: number): number {
    const sem = new MachineSemaphore(this.all.length + 1, kind, value, maxvalue);
    this.all.push(sem);
    return sem.id;
  }

  get(id: number): MachineSemaphore {
    const s = this.all[id - 1];
    if (!s) throw new Error(`internal: no semaphore ${id}`);
    return s;
  }
}
