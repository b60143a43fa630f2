// What simulated time things cost. Instruction costs (ns) by class of opcode, fitted by
// scripts/calibrate-clock.ts against real CPython 3.11 on reference loops (see that script's header
// for the method, the machine and the measured figures); OS costs from the measurements in
// shared/design/cpython-model.md §3 (2-core VM, Linux).

import { Op } from '../compile/bytecode';

export type CostClass = 'fast' | 'name' | 'arith' | 'build' | 'call';

/**
 * ns per instruction of each class: the calibration's fit (scripts/calibrate-clock.ts, python3 3.11.7
 * on this 2-vCPU Xeon VM): fast 0, name 6, arith 15, build 41, call 12; the reference loops are
 * fitted within 1–28 % (f-strings the worst). 3.11's specialised loads and superinstructions make
 * the `fast` class nearly free next to the others: it gets a 1 ns floor so that time always moves.
 */
export const CLASS_COST_NS: Record<CostClass, number> = {
  fast: 1,
  name: 6,
  arith: 15,
  build: 41,
  call: 12,
};

/**
 * The free-threaded 3.13t's costs: scripts/calibrate-clock.ts against the 3.13.5 --disable-gil build of
 * test/oracle/README.md (no PGO; same VM, 2026-11-26; a default 3.13.0 build fitted 0/3/17/76/22 in
 * the same session): fast 0, name 40, arith 25, build 50, call 30. Single-threaded, 3.13t is slower:
 * its specializing interpreter is off and shared objects' counts change atomically; the countdown
 * loop takes 62 ns per iteration (3.13.0: 29 ns). `fast` gets the same 1 ns floor.
 */
export const FREE_THREADED_CLASS_COST_NS: Record<CostClass, number> = {
  fast: 1,
  name: 40,
  arith: 25,
  build: 50,
  call: 30,
};

const CLASS_OF: Partial<Record<number, CostClass>> = {};
for (const op of [Op.LOAD_NAME, Op.STORE_NAME, Op.DELETE_NAME, Op.LOAD_GLOBAL, Op.STORE_GLOBAL, Op.DELETE_GLOBAL,
  Op.LOAD_ATTR, Op.STORE_ATTR, Op.DELETE_ATTR, Op.LOAD_METHOD, Op.LOAD_DEREF, Op.STORE_DEREF, Op.LOAD_CLASSDEREF,
  Op.IMPORT_NAME, Op.IMPORT_FROM]) CLASS_OF[op] = 'name';
for (const op of [Op.BINARY_OP, Op.UNARY_NEGATIVE, Op.UNARY_POSITIVE, Op.UNARY_NOT, Op.UNARY_INVERT, Op.COMPARE_OP,
  Op.CONTAINS_OP, Op.BINARY_SUBSCR, Op.STORE_SUBSCR, Op.DELETE_SUBSCR, Op.GET_ITER, Op.FOR_ITER,
  Op.UNPACK_SEQUENCE, Op.UNPACK_EX]) CLASS_OF[op] = 'arith';
for (const op of [Op.BUILD_SLICE, Op.BUILD_LIST, Op.BUILD_TUPLE, Op.BUILD_SET, Op.BUILD_MAP, Op.BUILD_CONST_KEY_MAP,
  Op.BUILD_STRING, Op.FORMAT_VALUE, Op.LIST_APPEND, Op.SET_ADD, Op.MAP_ADD, Op.LIST_EXTEND, Op.SET_UPDATE, Op.DICT_UPDATE,
  Op.DICT_MERGE, Op.LIST_TO_TUPLE, Op.MAKE_FUNCTION]) CLASS_OF[op] = 'build';
for (const op of [Op.CALL, Op.CALL_FUNCTION_EX, Op.RETURN_VALUE, Op.BEFORE_WITH, Op.BEFORE_ASYNC_WITH, Op.GET_AITER, Op.GET_ANEXT, Op.WITH_EXCEPT_START, Op.YIELD_VALUE,
  Op.SEND, Op.RETURN_GENERATOR, Op.RAISE_VARARGS, Op.RERAISE, Op.LOAD_BUILD_CLASS]) CLASS_OF[op] = 'call';

export function costClassOf(op: number): CostClass {
  return CLASS_OF[op] ?? 'fast';
}

/** Cost of each opcode in ns, indexed by opcode (the VM adds it to the clock at every step). */
export function instructionCosts(classCost: Record<CostClass, number> = CLASS_COST_NS): Int32Array {
  const costs = new Int32Array(256);
  for (let op = 0; op < costs.length; op++) costs[op] = classCost[costClassOf(op)];
  return costs;
}

/**
 * Linux's default timer slack (prctl PR_SET_TIMERSLACK: 50 µs): a timed wait or a sleep ends this
 * late. With the wake-up latency below it accounts for `sleep(0.0001)` taking 0.205 ms per loop
 * iteration and a GIL slice of 5.14 ms at the 5 ms interval (cpython-model.md §3).
 */
export const TIMER_SLACK_NS = 50_000;
/** From a signal (a lock released, the GIL dropped) to the woken thread running on a core. */
export const WAKE_LATENCY_NS = 50_000;
/**
 * 3.13t: the first non-main thread's start walks the whole heap with the world stopped to make the
 * deferred-count objects immortal (_PyGC_ImmortalizeDeferredObjects). Measured as the extra CPU time
 * of the first Thread.start() on the 3.13.5t build (thread_time: 180-250 µs against 50-110 µs for the
 * next ones and about 100 µs for 3.13.0's first): about 120 µs.
 */
export const IMMORTALIZE_DEFERRED_NS = 120_000;
/** Default simulated cores (os.cpu_count()). */
export const DEFAULT_CORES = 4;
