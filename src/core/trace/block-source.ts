// Where the trace's blocks of words come from. By default a block is fresh memory, and on a virtual
// machine writing fresh memory is most of what recording costs: each new page is a fault (about 13 µs
// a page on the benchmark's machine, bench/RESULTS.md). A host that can run a second thread may hand
// out blocks another thread has already written to (src/node/prefaulted-blocks.ts), so the faults are
// taken there while the simulator runs. The core stays free of any host API: it only calls this.

/** Gives a zeroed block of `words` Int32 words, owned by the caller from then on. */
export type TraceBlockSource = (words: number) => Int32Array;

const freshBlock: TraceBlockSource = (words) => new Int32Array(words);
let source: TraceBlockSource = freshBlock;

/** Sets the source of the blocks every trace takes from now on (null: fresh memory again). */
export function setTraceBlockSource(next: TraceBlockSource | null): void {
  source = next ?? freshBlock;
}

export function newTraceBlock(words: number): Int32Array {
  return source(words);
}
