// ELK in a Web Worker: a layout of 1,000 objects takes ELK a few hundred milliseconds (more on the first
// run, while its code warms up); in the worker the panel keeps scrolling, stepping and playing meanwhile.
// The worker is elkjs's own worker build, started from a Blob of its text (webviews start workers only from
// blob: or data: URLs; the page's CSP allows `worker-src blob:`).

import ELK from 'elkjs/lib/elk-api.js';
import type { ELK as ElkApi, ElkNode } from 'elkjs/lib/elk-api';
import elkWorkerSource from 'elkjs/lib/elk-worker.min.js?worker-source';
import type { LayoutEngine } from './model/layout';

export function workerLayoutEngine(): LayoutEngine {
  // A worker that cannot start or dies fails every layout (the panel says so) rather than leaving it waiting.
  let failWith: (reason: Error) => void = () => undefined;
  const failed = new Promise<never>((_, reject) => (failWith = reject));
  failed.catch(() => undefined);
  let elk: ElkApi;
  try {
    const url = URL.createObjectURL(new Blob([elkWorkerSource], { type: 'text/javascript' }));
    elk = new ELK({
      workerFactory: () => {
        const worker = new Worker(url);
        worker.addEventListener('error', (e) => failWith(new Error(`layout worker: ${e.message || 'failed to start'}`)));
        return worker;
      },
    });
  } catch (err) {
    failWith(err instanceof Error ? err : new Error(String(err)));
    return { layout: () => failed };
  }
  // A first small layout while the panel waits for its first snapshot: ELK's one-time set-up and the
  // compilation of its layered algorithm happen then, beside the page's own work.
  void elk.layout({
    id: 'warm-up',
    layoutOptions: { 'elk.algorithm': 'layered', 'elk.direction': 'RIGHT' },
    children: [{ id: 'a', width: 10, height: 10 }, { id: 'b', width: 10, height: 10 }],
    edges: [{ id: 'e', sources: ['a'], targets: ['b'] }],
  }).catch(() => undefined);
  return { layout: (graph: ElkNode) => Promise.race([elk.layout(graph), failed]) };
}
