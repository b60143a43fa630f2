// What process operations cost on the simulated clock. Measured on this machine's python3 3.11.7
// (2-vCPU Xeon VM, Linux; medians of 20–50 runs, noisy) by scripts/calibrate-processes.ts:
// os.fork() in the parent ≈ 150–180 µs; fork + _exit + waitpid in the parent ≈ 0.8–0.95 ms after the
// fork returned (the child's start and teardown); Process.start() ≈ 360 µs; pickle.dumps ≈ 4 ns and
// pickle.loads ≈ 6–10 ns per pickled byte of a list of ints; a Connection round trip ≈ 7 µs for a
// small object.

/** os.fork() in the parent: copying the page tables of the interpreter's memory. */
export const FORK_NS = 160_000;
/** From a child's os._exit (or the end of its run) to its parent's waitpid seeing it: the kernel tears down the address space. */
export const EXIT_TEARDOWN_NS = 800_000;
/** Per message through a pipe (the write and read system calls and the wake-up of the reader). */
export const PIPE_MESSAGE_NS = 3_000;
/** pickle.dumps per pickled byte. */
export const DUMPS_NS_PER_BYTE = 4;
/** pickle.loads per pickled byte. */
export const LOADS_NS_PER_BYTE = 7;
/** The simulated lookahead between processes: a process runs until its clock passes the others' by this much. */
export const MACHINE_QUANTUM_NS = 20_000;
/** Instructions of one process run at most before the machine looks again (budget accounting, fairness). */
export const MACHINE_SLICE_INSTRUCTIONS = 4_000;
/** The first process's pid (os.getpid() of a run that never forks). */
export const ROOT_PID = 4242;
