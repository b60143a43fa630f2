// The GIL marks of lines: where a thread's blocking call (sleep, a lock, I/O) or C code let go of the GIL
// (Py_BEGIN_ALLOW_THREADS), how long the call lasted, and how long the thread then waited to take the GIL back
// (Py_END_ALLOW_THREADS). Read from the thread events the run already recorded, as the walk passes them.

import type { GilEvent, ThreadEvent } from '../core/trace/events';
import type { GilMark, OpenRelease, ReleaseReason, ThreadReleases } from '../shared/protocol';

interface Release {
  line: number;
  reason: ReleaseReason;
  fromNs: number;
  /** When the call returned (the thread asked for the GIL back), or null while it is still in the call. */
  returnedNs: number | null;
}

interface LineMarks {
  done: Map<number, ThreadReleases>;
  reasons: Map<string, ReleaseReason>;
}

export class GilMarkCollector {
  private readonly threadNames = new Map<number, string>([[0, 'MainThread']]);
  /** Per thread, the release it is in the middle of. */
  private readonly open = new Map<number, Release>();
  private readonly lines = new Map<number, LineMarks>();
  /** GIL events appear in every model with a GIL, and in none without (3.13t). */
  private sawGil = false;
  /** Threads other than the main one that started and have not finished. */
  private readonly unfinished = new Set<number>();

  /** Whether a thread other than the main one is still running, blocked or waiting at the last event visited. */
  get otherThreadsUnfinished(): boolean {
    return this.unfinished.size > 0;
  }

  visit(e: ThreadEvent | GilEvent): void {
    if (e.kind === 'gil') {
      this.sawGil = true;
      return;
    }
    switch (e.state) {
      case 'start':
        if (e.detail) this.threadNames.set(e.thread, e.detail);
        if (e.thread !== 0) this.unfinished.add(e.thread);
        return;
      case 'name':
        this.threadNames.set(e.thread, e.detail);
        return;
      case 'blocked':
      case 'native': {
        // A new thread is "blocked" until the OS starts it: no call of the program's released anything.
        if (e.state === 'blocked' && e.detail === 'start') return;
        // The thread's own line: the event is recorded while it runs (the scheduler keeps the line per thread).
        if (e.line <= 0) return;
        this.open.set(e.thread, { line: e.line, reason: reasonOf(e), fromNs: e.timeNs, returnedNs: null });
        return;
      }
      case 'gil-wait': {
        const r = this.open.get(e.thread);
        if (r && r.returnedNs === null) r.returnedNs = e.timeNs;
        return;
      }
      case 'running': {
        const r = this.open.get(e.thread);
        if (r) {
          this.open.delete(e.thread);
          this.complete(e.thread, r, e.timeNs);
        }
        return;
      }
      case 'done':
        this.open.delete(e.thread);
        this.unfinished.delete(e.thread);
        return;
      case 'switch-wait':
        return;
    }
  }

  private complete(thread: number, r: Release, reacquiredNs: number): void {
    const returned = r.returnedNs ?? reacquiredNs;
    const marks = this.marksOf(r.line, r.reason);
    let stats = marks.done.get(thread);
    if (!stats) marks.done.set(thread, (stats = { thread: this.name(thread), main: thread === 0, releases: 0, releasedNs: 0, reacquireWaitNs: 0 }));
    stats.releases++;
    stats.releasedNs += returned - r.fromNs;
    stats.reacquireWaitNs += reacquiredNs - returned;
  }

  private marksOf(line: number, reason: ReleaseReason): LineMarks {
    let marks = this.lines.get(line);
    if (!marks) this.lines.set(line, (marks = { done: new Map(), reasons: new Map() }));
    const key = reasonKey(reason);
    if (!marks.reasons.has(key)) marks.reasons.set(key, reason);
    return marks;
  }

  private name(thread: number): string {
    return this.threadNames.get(thread) ?? `Thread ${thread}`;
  }

  /** The marks per line: releases that are over, and those still under way at the last event visited. */
  marks(): Map<number, GilMark> {
    const open = new Map<number, OpenRelease[]>();
    for (const [thread, r] of this.open) {
      this.marksOf(r.line, r.reason);
      const list = open.get(r.line) ?? [];
      list.push({ thread: this.name(thread), main: thread === 0, phase: r.returnedNs === null ? 'in-call' : 'reacquiring', reason: r.reason });
      open.set(r.line, list);
    }
    const out = new Map<number, GilMark>();
    for (const [line, marks] of this.lines) {
      // Each thread under its name now (a thread renamed after a release shows its new name, as its lane does).
      const done = [...marks.done].map(([thread, stats]) => ({ ...stats, thread: this.name(thread) }));
      out.set(line, { gil: this.sawGil, done, open: open.get(line) ?? [], reasons: [...marks.reasons.values()] });
    }
    return out;
  }
}

function reasonOf(e: ThreadEvent): ReleaseReason {
  if (e.state === 'native') return { kind: 'native', function: e.detail };
  return e.detail === 'sleep' || e.detail === 'io' ? { kind: e.detail } : { kind: 'lock' };
}

function reasonKey(r: ReleaseReason): string {
  return r.kind === 'native' ? `native:${r.function}` : r.kind;
}
