// Cooperative cancellation between the extension host and the simulation worker: one Int32 in a
// SharedArrayBuffer, the number of the newest request the host gave up on. The host raises it without
// waiting; the worker reads it between slices of a run (and before each request), so a newer edit stops the
// run in flight within a slice and the worker, warm, goes on to the next request.

export class CancelMark {
  private readonly cell: Int32Array;

  constructor(readonly buffer: SharedArrayBuffer = new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT)) {
    this.cell = new Int32Array(buffer);
  }

  /** Cancels every request numbered `seq` or lower. */
  cancelUpTo(seq: number): void {
    Atomics.store(this.cell, 0, Math.max(seq, Atomics.load(this.cell, 0)));
  }

  /** Whether request `seq` (numbered from 1) is cancelled. */
  cancels(seq: number): boolean {
    return seq > 0 && Atomics.load(this.cell, 0) >= seq;
  }
}
