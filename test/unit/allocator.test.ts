// The allocator model behind id(): pymalloc's size classes, pools and free lists, malloc above 512 bytes,
// and the objects placed on it by a run (free lists' reuse, no two live objects at one address).

import assert from 'node:assert/strict';
import { Allocator } from '../../src/core/runtime/allocator';
import { runSource, type PythonVersion } from '../../src/core/index';

const UNIT = 16;
const POOL_UNITS = 16384 / UNIT;

describe('Allocator (pymalloc model)', function () {
  it('hands out the blocks of a new pool one after another, past its header', function () {
    const a = new Allocator();
    const first = a.allocate(56);
    const second = a.allocate(64);
    assert.equal(second - first, 64 / UNIT, 'one 64-byte class');
    assert.equal(first % POOL_UNITS, 48 / UNIT, 'after the 48-byte pool header');
  });

  it('gives the last freed block of a class to the next request of that class', function () {
    const a = new Allocator();
    const x = a.allocate(40);
    const y = a.allocate(48);
    a.free(x);
    a.free(y);
    assert.equal(a.allocate(33), y);
    assert.equal(a.allocate(48), x);
  });

  it('keeps size classes apart, and gives a pool left empty to the next class that needs one', function () {
    const a = new Allocator();
    const small = a.allocate(16);
    a.free(small);
    const other = a.allocate(32);
    assert.notEqual(Math.floor(other / POOL_UNITS), Math.floor(small / POOL_UNITS), 'each class has its own pools');
    // A class's first pool stays (the interpreter's blocks would keep it in use); a later one empties.
    const size = 512;
    const perPool = Math.floor((POOL_UNITS - 48 / UNIT) / (size / UNIT));
    const blocks: number[] = [];
    for (let i = 0; i <= perPool; i++) blocks.push(a.allocate(size));
    const secondPool = blocks[perPool];
    a.free(secondPool);
    assert.equal(a.allocate(48), secondPool, 'the emptied pool starts again for its new class');
  });

  it('frees a block from any address inside it (an object address is past its pre-header)', function () {
    const a = new Allocator();
    const block = a.allocate(64);
    a.freeContaining(block + 2);
    assert.equal(a.allocate(64), block);
  });

  it('moves a block that no longer fits its class on realloc, and keeps one that does', function () {
    const a = new Allocator();
    const items = a.allocate(32);
    assert.equal(a.reallocate(items, 32), items);
    const grown = a.reallocate(items, 64);
    assert.notEqual(grown, items);
    assert.equal(a.allocate(32), items, 'the old block was freed');
  });

  it('puts a full pool first again when one of its blocks is freed', function () {
    const a = new Allocator();
    const size = 512;
    const perPool = Math.floor((POOL_UNITS - 48 / UNIT) / (size / UNIT));
    const firstPool: number[] = [];
    for (let i = 0; i < perPool; i++) firstPool.push(a.allocate(size));
    const nextPool = a.allocate(size);
    assert.notEqual(Math.floor(nextPool / POOL_UNITS), Math.floor(firstPool[0] / POOL_UNITS));
    a.free(firstPool[3]);
    assert.equal(a.allocate(size), firstPool[3]);
  });

  it('reuses large blocks (malloc) of the same size, the last freed first', function () {
    const a = new Allocator();
    const big = a.allocate(4000);
    const other = a.allocate(4000);
    a.free(big);
    a.free(other);
    assert.equal(a.allocate(3990), other);
    assert.equal(a.allocate(4000), big);
    assert.throws(() => a.free(12345 * POOL_UNITS), /outside any pool/);
    a.freeContaining(a.allocate(3000) + 2);
  });
});

describe('id() on the allocator model', function () {
  const run = (code: string, python: PythonVersion = '3.11'): string => runSource(code, { python }).stdout;

  it('reuses a freed object’s memory as CPython does, in every modelled version', function () {
    // 3.13's instances carry their attribute values, as many slots as their class's keys had left when each was
    // made: the next instance can be of another size class (and is, here: the class has just been made).
    const program = [
      'class Foo: pass',
      'print(id([]) == id([]), id(Foo()) == id(Foo()), id(object()) == id(object()))',
      'a = [1, 2]; i = id(a); del a; b = [3]; print(id(b) == i)',
      'print(len({id(object()) for _ in range(10)}))',
      'kept = [object() for _ in range(50)]',
      'print(len({id(o) for o in kept}))',
      'print(hash(kept[0]) == id(kept[0]) >> 4)',
    ].join('\n');
    for (const python of ['3.11', '3.12', '3.13'] as const) {
      assert.equal(run(program, python), `True ${python === '3.13' ? 'False' : 'True'} True\nTrue\n1\n50\nTrue\n`, python);
    }
  });

  it('never gives two live objects one address', function () {
    // Objects of many sizes made and freed (cycles through the collector too); the distinct ones kept must differ.
    const program = [
      'import gc',
      'class Node:',
      '    def __init__(self, v): self.v = v; self.next = None',
      'kept = []',
      'for i in range(3000):',
      '    n = Node(i); n.next = Node(-i); n.next.next = n',
      '    made = (n, n.next, str(i) * 3 + "x", [i] * (i % 7), {i: i}, float(i), (i, -i), 10 ** 20 + i)',
      '    if i % 3 == 0: kept.extend(made)',
      '    if i % 500 == 0: gc.collect()',
      'print(len({id(o) for o in kept}) == len(kept), len(kept))',
    ].join('\n');
    for (const python of ['3.11', '3.12', '3.13'] as const) assert.equal(run(program, python), 'True 8000\n', python);
  });
});
