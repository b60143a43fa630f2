// What process operations cost on the simulated clock. Measured on this machine's python3 3.11.7
// (2-vCPU Xeon VM, Linux, shared with other jobs) by scripts/calibrate-processes.ts, which times each
// step of a multiprocessing.Process's life (scripts/probes/process-lifecycle.py) in CPU time where it
// can (a step's CPU time does not grow with the machine's load, its wall time does), next to a reference
// loop: this VM runs at one of two speeds from one moment to the next (its host's load; the countdown loop
// in 17-18 or in 28-31 ns per iteration), and the instruction costs (threads/cost-model.ts) were fitted at
// the slower one (30.2 ns), so these are the slower speed's figures (medians of 17 runs; the faster speed's
// are about 1.45 times smaller): Process.start() ≈ 585 µs, of which os.fork() ≈ 310 µs and ≈ 200 µs after it
// returned; a forked child has used ≈ 860 µs of CPU when fork() returns 0 in it, and multiprocessing's
// bootstrap then takes ≈ 680 µs more before the target runs; after the target, ≈ 130 µs to os._exit; from
// os._exit to the parent's join() returning ≈ 530 µs, the parent's wake-up included. pickle.dumps ≈ 4 ns
// and pickle.loads ≈ 6–10 ns per pickled byte of a list of ints; a Connection round trip ≈ 7 µs for a
// small object.
// Most of a fork's cost after the fork itself is copy-on-write: both processes share every page
// read-only, and each page either of them first writes to is a page fault that copies it. It grows with
// the memory the processes touch: these are the figures of a small program.

/** os.fork() in the parent: copying the page tables of the interpreter's memory. */
export const FORK_NS = 310_000;
/** The parent right after os.fork() returned: copy-on-write faults on the pages it writes first. */
export const PARENT_AFTER_FORK_NS = 200_000;
/**
 * A forked child's CPU before os.fork() returns 0 in it: the kernel starts it, and the interpreter's
 * after-fork work (PyOS_AfterFork_Child, the at-fork hooks such as threading's) copy-on-write faults
 * its way through the interpreter's memory. The child is starting, not running the program, meanwhile.
 */
export const CHILD_AFTER_FORK_NS = 860_000;
/**
 * multiprocessing's bootstrap in the child, from the fork's return to the target (BaseProcess._bootstrap:
 * sys.stdin reopened on /dev/null, the after-fork registry, more copy-on-write faults), beyond the
 * simulated bootstrap's own bytecode.
 */
export const CHILD_BOOTSTRAP_NS = 680_000;
/** multiprocessing's child after its target, to os._exit (util._exit_function's finalizers, threading._shutdown, flushing). */
export const CHILD_EXIT_WORK_NS = 130_000;
/**
 * From a child's os._exit (or the end of its run) to its parent's waitpid seeing it: the kernel tears down
 * the address space. The parent then wakes up (threads/cost-model.ts WAKE_LATENCY_NS, 50 µs).
 */
export const EXIT_TEARDOWN_NS = 480_000;
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
