// Entry of dist/worker.js: the simulation runs on this worker_threads thread, never on the extension
// host's. The host cancels a run by terminating the worker.

import { parentPort } from 'node:worker_threads';
import type { ToWorker } from '../shared/protocol';
import { SimulationSession } from './session';

const port = parentPort;
if (!port) throw new Error('dist/worker.js must run as a worker thread');
const session = new SimulationSession((message) => port.postMessage(message));
port.on('message', (message: ToWorker) => session.handle(message));
