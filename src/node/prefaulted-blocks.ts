// Trace blocks whose pages a helper thread has already faulted in (see src/core/trace/block-source.ts).
//
// On a virtual machine the first write to each 4 KiB page of new memory costs microseconds (13 µs on the
// benchmark's machine: a long trace's 300 MiB is then more than a second of faults). A helper thread
// allocates blocks ahead, writes one word of each page, and hands them over (the ArrayBuffer is
// transferred, not copied); the simulator takes them synchronously with receiveMessageOnPort, so the
// faults happen on another core while it runs. It says it took one through a shared counter (the helper
// waits on it with Atomics.wait): a postMessage back cost the simulator's thread most of a millisecond. It costs the same CPU time, taken elsewhere, and a few
// blocks of memory held ready. A short trace never starts the thread: it starts at the second block.
import { MessageChannel, Worker, receiveMessageOnPort, type MessagePort } from 'node:worker_threads';

/** A trace block source that counts the blocks it gave out already faulted in, and fresh. */
export type PrefaultedBlockSource = ((words: number) => Int32Array) & { readonly given: { prefaulted: number; fresh: number } };

/** Blocks kept ready ahead of the simulator (a block is 1 MiB: the simulator fills one in ~10 ms). */
const BLOCKS_AHEAD = 8;

// The helper thread's code (an eval worker: no file to find next to a bundle).
const HELPER = `
const { port, words, ahead, taken } = require('node:worker_threads').workerData;
const PAGE_WORDS = 1024;
let prepared = 0;
for (;;) {
  const seen = Atomics.load(taken, 0);
  if (prepared - seen >= ahead) {
    Atomics.wait(taken, 0, seen, 1000);
    continue;
  }
  const buffer = new ArrayBuffer(words * 4);
  const view = new Int32Array(buffer);
  for (let i = 0; i < words; i += PAGE_WORDS) view[i] = 0;
  port.postMessage(buffer, [buffer]);
  prepared++;
}
`;

export function createPrefaultedBlockSource(ahead = BLOCKS_AHEAD): PrefaultedBlockSource {
  let port: MessagePort | null = null;
  let blockWords = 0;
  let requests = 0;
  let failed = false;
  /** Blocks the simulator took from the helper (the helper keeps `ahead` more ready). */
  const taken = new Int32Array(new SharedArrayBuffer(4));

  const start = (words: number): void => {
    try {
      const channel = new MessageChannel();
      const worker = new Worker(HELPER, { eval: true, workerData: { port: channel.port2, words, ahead, taken }, transferList: [channel.port2] });
      // Neither keeps the process alive; an error (no memory for a block) only stops the help.
      worker.unref();
      worker.on('error', () => {
        failed = true;
      });
      channel.port1.unref();
      port = channel.port1;
      blockWords = words;
    } catch {
      failed = true;
    }
  };

  const given = { prefaulted: 0, fresh: 0 };
  const fresh = (words: number): Int32Array => {
    given.fresh++;
    return new Int32Array(words);
  };
  const take = (words: number): Int32Array => {
    requests++;
    if (port === null) {
      if (requests >= 2 && !failed) start(words);
      return fresh(words);
    }
    if (words === blockWords && !failed) {
      const ready = receiveMessageOnPort(port);
      if (ready !== undefined) {
        Atomics.add(taken, 0, 1);
        Atomics.notify(taken, 0);
        given.prefaulted++;
        return new Int32Array(ready.message as ArrayBuffer);
      }
    }
    // The helper is behind (or failed): fresh memory, as without it.
    return fresh(words);
  };
  return Object.assign(take, { given });
}
