// The textual rewrite that defines "as processes": what a learner would type to run their threads as
// processes. The oracle case of each program here is its rewrite (cases/as_processes/), whose goldens
// come from real CPython; as-processes.test.ts checks the committed case is this rewrite of the program,
// then that the simulator, running the threaded program with `threadsAsProcesses`, prints those goldens.

export function rewriteAsProcesses(source: string): string {
  return source
    // On the same line: tracebacks' line numbers stay the program's.
    .replace(/^import threading$/m, 'import multiprocessing, threading')
    .replaceAll('threading.Thread', 'multiprocessing.Process')
    .replaceAll('ThreadPoolExecutor', 'ProcessPoolExecutor');
}
