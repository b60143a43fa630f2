// Lib/bisect.py, run by the simulator when `bisect` is first imported: CPython's file defines the four
// functions in Python and then replaces them all with the C module's (`from _bisect import *`,
// modules/bisect/bisect-module.ts), so only that import and its two aliases remain.

export const BISECT_SOURCE = `"""Bisection algorithms."""

from _bisect import *

bisect = bisect_right
insort = insort_right
`;
