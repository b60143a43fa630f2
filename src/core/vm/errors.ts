// How Python exceptions travel through the simulator's JS code, and the non-Python stops.

import type { PyExceptionObj } from '../objects/instances';
import type { Span } from '../syntax/ast';

/** A Python exception being raised; `exc` is an owned reference. Not a JS Error: no stack capture. */
export class PyError {
  /** Set by RERAISE: the current frame already has its traceback entry. */
  reraise = false;
  /**
   * 3.11: set when a trace function failed on a frame's 'return' event: the frame ends at once with this
   * exception, without a traceback entry or a handler of its own (ceval.c's RETURN_VALUE → exit_unwind).
   */
  leavesFrame: object | null = null;
  constructor(public exc: PyExceptionObj) {}
}

/** The program used something CPython Lens does not model (exit 2, a diagnostic with position). */
export class UnsupportedError {
  constructor(public message: string, public span: Span | null = null) {}
}

/** A budget (steps or wall-clock) stopped the run (exit 3); the trace so far is kept. */
export class BudgetExceeded {
  constructor(public message: string) {}
}
