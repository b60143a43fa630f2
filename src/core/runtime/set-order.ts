// The order a set iterates in. CPython walks its hash table, so {2, 1, 3} prints as {1, 2, 3};
// when every member's hash is one CPython gives in every process (numbers, and tuples and
// frozensets of them: value-hashes.ts) we replay the insertions into a table like
// Objects/setobject.c's (linear probes, then perturbation). A str's hash is randomised per
// process, so a set holding one has no order a program can rely on: it keeps insertion order.

import type { PyObject } from '../objects/object';
import type { PyType } from '../objects/type';
import type { PySet } from '../objects/containers';
import { stableHash } from './value-hashes';

const LINEAR_PROBES = 9;
const PERTURB_SHIFT = 5n;
const U64 = (1n << 64n) - 1n;

function insert(table: (PyObject | null)[], hashes: bigint[], key: PyObject, hash: bigint): void {
  const mask = BigInt(table.length - 1);
  let perturb = hash & U64;
  let i = perturb & mask;
  for (;;) {
    const probes = i + BigInt(LINEAR_PROBES) <= mask ? LINEAR_PROBES : 0;
    for (let k = 0; k <= probes; k++) {
      const slot = Number(i) + k;
      if (table[slot] === null) {
        table[slot] = key;
        hashes[slot] = hash;
        return;
      }
    }
    perturb >>= PERTURB_SHIFT;
    i = (i * 5n + 1n + perturb) & mask;
  }
}

/** Members in CPython's iteration order. */
export function setIterationOrder(set: PySet, frozenset: PyType): PyObject[] {
  const members = [...set.members.values()];
  const hashes = members.map((m) => stableHash(m, frozenset));
  if (hashes.some((h) => h === null)) return members;
  let table: (PyObject | null)[] = new Array(8).fill(null);
  let tableHashes: bigint[] = new Array(8).fill(0n);
  let used = 0;
  members.forEach((m, n) => {
    insert(table, tableHashes, m, hashes[n] as bigint);
    used++;
    const mask = table.length - 1;
    if (used * 5 >= mask * 3) {
      const minused = used > 50000 ? used * 2 : used * 4;
      let size = 8;
      while (size <= minused) size <<= 1;
      const oldTable = table;
      const oldHashes = tableHashes;
      table = new Array(size).fill(null);
      tableHashes = new Array(size).fill(0n);
      oldTable.forEach((k, slot) => {
        if (k) insert(table, tableHashes, k, oldHashes[slot]);
      });
    }
  });
  return table.filter((k): k is PyObject => k !== null);
}
