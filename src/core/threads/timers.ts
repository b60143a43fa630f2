// Pending timed events of the simulation (a sleep's end, a timed wait's expiry, a wake-up),
// ordered by simulated time, then by creation: ties resolve in a fixed order, runs repeat exactly.

export interface Timer {
  readonly time: number;
  readonly seq: number;
  readonly fire: () => void;
  cancelled: boolean;
}

export class TimerQueue {
  private readonly pending: Timer[] = [];
  private seq = 0;

  add(time: number, fire: () => void): Timer {
    const timer: Timer = { time, seq: this.seq++, fire, cancelled: false };
    // Binary search for the first timer due strictly later (equal times keep creation order).
    let lo = 0;
    let hi = this.pending.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.pending[mid].time <= time) lo = mid + 1;
      else hi = mid;
    }
    this.pending.splice(lo, 0, timer);
    return timer;
  }

  /** The earliest live timer's time, or null when nothing is pending. */
  nextTime(): number | null {
    this.dropCancelled();
    return this.pending.length ? this.pending[0].time : null;
  }

  /** Removes and returns the earliest live timer due at or before `now`. */
  takeDue(now: number): Timer | null {
    this.dropCancelled();
    if (!this.pending.length || this.pending[0].time > now) return null;
    return this.pending.shift() as Timer;
  }

  private dropCancelled(): void {
    while (this.pending.length && this.pending[0].cancelled) this.pending.shift();
  }
}
