// V8 settings for a Node process that runs the simulator (the CLI, the benchmark). Not for the
// editor: its worker is a thread of the extension host, and V8 flags are per process.
//
// Every Python object is an instance of one of ~50 JS classes (PyInt, PyDict, PyInstance...), so the
// hot sites of the VM (incref/decref, the PyObject constructor, `obj.type`) see far more than V8's
// default of 4 hidden classes and go megamorphic: each access then probes V8's global stub cache
// instead of a short list of map checks. A limit of 16 keeps them polymorphic. Measured (bench/
// RESULTS.md, session 7): 7–30 % less CPU without the trace, 4–17 % with it, and later runs in one
// process no longer slow down as more classes reach those sites.
import { setFlagsFromString } from 'node:v8';

export const POLYMORPHIC_MAP_LIMIT = 16;

/** Call before the simulator runs (V8 reads the limit when an inline cache takes a new map). */
export function tuneV8ForTheSimulator(): void {
  setFlagsFromString(`--max-valid-polymorphic-map-count=${POLYMORPHIC_MAP_LIMIT}`);
}
