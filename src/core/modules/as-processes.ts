// The "as processes" mode (RunOptions.threadsAsProcesses): the learner's threads run as processes, as if
// `threading.Thread` were written `multiprocessing.Process` (and `ThreadPoolExecutor` were
// `ProcessPoolExecutor`), so one file can be compared under a GIL, without one, and in processes.
//
// Only the learner's code sees the change: an import in their file gets a view of the module (a module
// of the same name whose dict is the real one's with a few names replaced), while the library's own
// modules keep the real threading (ProcessPoolExecutor's manager thread is a thread; queue.Queue is built
// on threading's locks). A program that runs this way prints what CPython prints for the rewritten
// program (test/oracle/as-processes.test.ts). What processes cannot share — a lock, an event, a
// queue.Queue: each process would get its own copy, and workers would wait forever for each other —
// is replaced by a stand-in that stops the run with a diagnostic naming it, at the line of the main
// process that creates it (a worker's own lock, made and used inside its process, is fine).

import type { PyObject } from '../objects/object';
import type { PyModule } from '../objects/instances';
import type { VM } from '../vm/vm';
import type { Position } from '../compile/bytecode';
import { UnsupportedError } from '../vm/errors';
import { setName } from '../runtime/dicts';
import { fn, arity } from '../builtins/define';
import type { PyStr } from '../objects/atoms';
import { importModule } from './registry';
import { getAttr } from '../runtime/attributes';
import { Cause } from '../trace/events';

const NOT_SHARED = 'made in the main process, it would be copied into each process, so the processes could not wait for or signal each other through it; multiprocessing\'s locks and events are not modelled';
const QUEUE_NOT_SHARED = 'made in the main process, it would be copied into each process: what one process puts in it never reaches another; multiprocessing.Queue is the queue between processes';

interface ViewSpec {
  /** Names that become another module's object: [name, module, name there]. */
  replaced: [string, string, string][];
  /** Names whose objects processes could not share: [name, why]. */
  refused: [string, string][];
}

const VIEWS: Record<string, ViewSpec> = {
  threading: {
    replaced: [['Thread', 'multiprocessing', 'Process']],
    refused: [
      ...['Lock', 'RLock', 'Condition', 'Semaphore', 'BoundedSemaphore', 'Event', 'Barrier'].map((name): [string, string] => [name, NOT_SHARED]),
      ['Timer', 'a thread that waits, then calls a function: multiprocessing has no such process'],
    ],
  },
  queue: {
    replaced: [],
    refused: ['Queue', 'LifoQueue', 'PriorityQueue', 'SimpleQueue'].map((name): [string, string] => [name, QUEUE_NOT_SHARED]),
  },
  'concurrent.futures': {
    replaced: [['ThreadPoolExecutor', 'concurrent.futures', 'ProcessPoolExecutor']],
    refused: [],
  },
  // `import concurrent.futures` binds the package: its `futures` is the view above.
  concurrent: { replaced: [], refused: [] },
};

const views = new WeakMap<VM, Map<string, PyModule>>();

/**
 * What an import in the learner's code gets for module `name` (already imported as `real`): the view
 * when the run is "as processes" and the module has one, else the module itself.
 */
export function importedByLearner(vm: VM, name: string, real: PyObject, at: Position): PyObject {
  if (!vm.options.threadsAsProcesses || !(name in VIEWS)) return real;
  let byName = views.get(vm);
  if (!byName) views.set(vm, (byName = new Map()));
  let view = byName.get(name);
  if (!view) {
    view = vm.gc.quietly(() => buildView(vm, name, real as PyModule, at));
    byName.set(name, view);
  }
  return view;
}

function buildView(vm: VM, name: string, real: PyModule, at: Position): PyModule {
  const spec = VIEWS[name];
  const dict = vm.newDict();
  for (const entry of real.dict.entryList()) setName(vm, dict, (entry.key as PyStr).value, entry.value);
  const view = vm.newModule(name, dict);
  for (const [attr, module, there] of spec.replaced) {
    const source = importModule(vm, module, at) as PyModule;
    // concurrent.futures imports its executors on first access (its module __getattr__).
    const held = source.dict.getStr(there);
    if (held) setName(vm, dict, attr, held);
    else setName(vm, dict, attr, vm.runSync(getAttr(vm, source, there)), true);
  }
  if (spec.refused.length) {
    const helper = importModule(vm, '_lens_as_processes', at) as PyModule;
    const refused = helper.dict.getStr('refused') as PyObject;
    for (const [attr, why] of spec.refused) {
      const args = [vm.newStr(`${name}.${attr}`), vm.newStr(why), real.dict.getStr(attr) as PyObject];
      const standIn = vm.callSync(refused, args);
      vm.decref(args[0], Cause.Stack);
      vm.decref(args[1], Cause.Stack);
      setName(vm, dict, attr, standIn, true);
    }
  }
  if (name === 'concurrent') {
    const futures = importModule(vm, 'concurrent.futures', at);
    setName(vm, dict, 'futures', importedByLearner(vm, 'concurrent.futures', futures, at));
  }
  return view;
}

/** The native half of the helper module: the diagnostic. */
export function createAsProcessesHelper(vm: VM, module: PyModule): void {
  fn(vm, module.dict, '_lens_not_comparable', (args) => {
    arity(vm, '_lens_not_comparable', args, 2);
    const [construct, why] = args as PyStr[];
    throw new UnsupportedError(`not comparable as processes: ${construct.value} (${why.value})`);
  });
}
