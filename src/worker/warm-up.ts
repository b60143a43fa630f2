// A fresh worker's first runs are slow: V8 optimizes the simulator's code over its first dozens of runs
// (bench/EDITOR-RESULTS.md). While the worker is idle early in its life (the live debounce leaves it idle
// before every run), it simulates a small program of its own a few times, one slice per event-loop turn, so
// a learner's first edits find that code optimized. A request arriving meanwhile waits for one slice at most;
// a run keeps its own object numbering, so the warm-up disturbs no paused run.

import { startRun, type SteppedRun } from '../core/index';
import { buildView, programEnd } from '../trace-model/walk';

/** What a teaching file does: functions, classes, containers, loops, comprehensions, strings, exceptions. */
const PROGRAM = `class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("amount must be positive")
        self.balance += amount
        return self.balance

def summary(accounts):
    total = 0
    names = []
    for account in accounts:
        total += account.balance
        names.append(account.owner.upper())
    return {"total": total, "names": names}

accounts = [Account(f"user{i}", i * 10) for i in range(12)]
for account in accounts[:6]:
    account.deposit(5)
try:
    accounts[0].deposit(-1)
except ValueError as error:
    message = str(error)
report = summary(accounts)
pairs = {name: len(name) for name in report["names"]}
first, *rest = sorted(pairs.items(), key=lambda item: item[1])
a = [1, 2, 3]
b = a
del a
text = ", ".join(str(x) for x in b)
print(report["total"], first, len(rest), text, message)
`;

/**
 * The standard modules the lessons import (threading, multiprocessing and what they import): the first run that
 * imports one parses and compiles the simulator's Python source of it (half a second for threading), later ones
 * reuse it. Run once, after the warm-up runs, so the lessons' first runs find them compiled. An import runs whole
 * (not in slices): a request arriving meanwhile waits for it.
 */
export const LIBRARIES = 'import threading\nimport multiprocessing\nimport time\nimport hashlib\n';

/** Instructions per event-loop turn. */
const SLICE = 2_000;

export class IdleWarmUp {
  private run: SteppedRun | null = null;
  private pending: ReturnType<typeof setImmediate> | null = null;
  /** Warm-up runs finished so far (`runs + 1` once the libraries' run is over too). */
  completed = 0;

  constructor(private readonly runs: number, private readonly onDone: () => void = () => {}) {}

  /** Goes on warming up when the thread is next idle (does nothing once all the runs are done). */
  resume(): void {
    if (this.pending || this.completed > this.runs) return;
    this.pending = setImmediate(() => this.step());
  }

  stop(): void {
    if (this.pending) clearImmediate(this.pending);
    this.pending = null;
    this.run = null;
  }

  private step(): void {
    this.pending = null;
    // The warm-up program `runs` times, then the lessons' libraries once.
    const program = this.completed < this.runs ? PROGRAM : LIBRARIES;
    const run = (this.run ??= startRun(program, { filename: 'warm_up.py', recordTrace: true }));
    if (!run.advance(SLICE)) {
      // The views are half of an edit's work: warm them too.
      const events = run.result().events ?? [];
      buildView(events, { endIndex: programEnd(events), position: null, sourceLines: program.split('\n'), statics: run.staticObjects() });
      this.run = null;
      this.completed++;
      if (this.completed === this.runs) this.onDone();
      if (this.completed > this.runs) return;
    }
    this.resume();
  }
}
