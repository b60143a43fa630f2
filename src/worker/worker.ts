// Entry of dist/worker.js: the simulation runs on this worker_threads thread, never on the extension
// host's. The worker lives as long as the extension (its compiled code stays warm from run to run); the
// host cancels a request by raising the shared cancel mark, which a run reads between slices.

import { parentPort, workerData } from 'node:worker_threads';
import type { WorkerEnvelope, WorkerStartData } from '../shared/protocol';
import { CancelMark } from '../shared/cancel-mark';
import { SimulationSession } from './session';

const port = parentPort;
if (!port) throw new Error('dist/worker.js must run as a worker thread');
const mark = new CancelMark((workerData as WorkerStartData).cancelMark);
const session = new SimulationSession((message) => port.postMessage(message), Date.now, (seq) => mark.cancels(seq));
port.on('message', ({ seq, request }: WorkerEnvelope) => session.handle(request, seq));
