// ELK in a Web Worker: a layout of 1,000 objects takes ELK a few hundred milliseconds (more on the first
// run, while its code warms up); in the worker the panel keeps scrolling, stepping and playing meanwhile.
// The worker is elkjs's own worker build, started from a Blob of its text (webviews start workers only from
// blob: or data: URLs; the page's CSP allows `worker-src blob:`).

import ELK from 'elkjs/lib/elk-api.js';
import elkWorkerSource from 'elkjs/lib/elk-worker.min.js?worker-source';
import type { LayoutEngine } from './model/layout';

export function workerLayoutEngine(): LayoutEngine {
  const url = URL.createObjectURL(new Blob([elkWorkerSource], { type: 'text/javascript' }));
  const elk = new ELK({ workerFactory: () => new Worker(url) });
  // A first small layout while the panel waits for its first snapshot: ELK's one-time set-up and the
  // compilation of its layered algorithm happen then, beside the page's own work.
  void elk.layout({
    id: 'warm-up',
    layoutOptions: { 'elk.algorithm': 'layered', 'elk.direction': 'RIGHT' },
    children: [{ id: 'a', width: 10, height: 10 }, { id: 'b', width: 10, height: 10 }],
    edges: [{ id: 'e', sources: ['a'], targets: ['b'] }],
  }).catch(() => undefined);
  return elk;
}
