// Entry of dist/worker.js: the simulation runs on this worker_threads thread, never on the extension
// host's. The worker lives as long as the extension (its compiled code stays warm from run to run, and it
// warms up while idle after its first request); the host cancels a request by raising the shared cancel mark,
// which a run reads between slices.

import { parentPort, workerData } from 'node:worker_threads';
import type { WorkerEnvelope, WorkerStartData } from '../shared/protocol';
import { CancelMark } from '../shared/cancel-mark';
import { SimulationSession } from './session';
import { IdleWarmUp } from './warm-up';
import { setTraceBlockSource } from '../core/index';
import { createPrefaultedBlockSource } from '../node/prefaulted-blocks';

/** Enough for V8 to optimize the simulator's hot paths (bench/EDITOR-RESULTS.md: the first ~15 edits were slow). */
const WARM_UP_RUNS = 20;

const port = parentPort;
if (!port) throw new Error('dist/worker.js must run as a worker thread');
// A long run's trace takes pages another thread has already faulted in (src/node/prefaulted-blocks.ts).
setTraceBlockSource(createPrefaultedBlockSource());
const mark = new CancelMark((workerData as WorkerStartData).cancelMark);
const session = new SimulationSession((message) => port.postMessage(message), Date.now, (seq) => mark.cancels(seq));
const warmUp = new IdleWarmUp(WARM_UP_RUNS);
port.on('message', ({ seq, request }: WorkerEnvelope) => {
  session.handle(request, seq);
  // Not before the first request: the first annotations must not wait for a cold warm-up slice.
  warmUp.resume();
});
