// The order a set iterates and prints in. CPython walks its hash table, so {2, 1, 3} prints as
// {1, 2, 3}; a set whose members' hashes are the same in every process keeps that table
// (objects/set-table.ts) and is walked the same way. A str's hash is randomised per process, so a
// set holding one has no order a program can rely on: it keeps insertion order.

import type { PyObject } from '../objects/object';
import type { PySet } from '../objects/containers';

/** Members in CPython's iteration order. */
export function setIterationOrder(set: PySet): PyObject[] {
  return set.table !== null ? set.table.members() : [...set.members.values()];
}
