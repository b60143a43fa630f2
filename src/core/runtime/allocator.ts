// Where objects live: a model of CPython's small-object allocator (Objects/obmalloc.c, "pymalloc") and,
// above its 512-byte limit, of the C library's malloc, so that id() reuses an address the way the real
// interpreter does: `id([]) == id([])`, a freed instance's memory taken by the next one of its size.
//
// pymalloc hands out blocks of 16-byte size classes from 16 KiB pools carved out of 1 MiB arenas. Each
// class has a list of "used" pools (neither full nor empty); an allocation takes the first one's most
// recently freed block, else its next untouched block. A free pushes the block on its pool's free list;
// a pool that was full goes to the front of its class's list, a pool left empty goes back to its arena,
// where the next pool any class needs comes from (the arena with the fewest free pools first).
// What the real allocator holds at start-up (the interpreter's own objects) is not modelled: a program's
// first blocks come from new pools, so addresses differ from a real run; what repeats is reuse. One trace of
// that start-up is kept: a class's first pool never empties, as the interpreter's blocks in it would keep it
// in use (else a freed block could come back to a request of another class through an emptied pool).
//
// Addresses are kept in 16-byte units (small integers for V8; 16 GiB of reach); objects/object.ts idValue
// turns them into what id() shows.

const UNIT_BITS = 4;
const UNIT = 1 << UNIT_BITS;
const SMALL_REQUEST_THRESHOLD = 512;
const CLASSES = SMALL_REQUEST_THRESHOLD / UNIT;
const POOL_BITS = 10;
/** 16 KiB. */
const POOL_UNITS = 1 << POOL_BITS;
/** sizeof(struct pool_header), rounded to the alignment: a pool's first block follows it. */
const POOL_OVERHEAD_UNITS = 48 / UNIT;
const ARENA_POOLS = 64;
/** Large blocks (malloc) come from their own region, after the arenas' reach. */
const LARGE_BASE_UNITS = 1 << 29;
/** The largest pre-header before an object (the GC header and a managed dict's two pointers). */
const MAX_HEADER_UNITS = 2;
/** malloc's chunk header (the size word before the returned pointer). */
const MALLOC_HEADER_UNITS = 1;

class Pool {
  /** Blocks freed and not yet handed out again, the last freed at the end. */
  readonly freeBlocks: number[] = [];
  used = 0;
  /** Offset (units) of the next untouched block. */
  next = POOL_OVERHEAD_UNITS;
  sizeClass = -1;
  blockUnits = 0;
  /** Links of the class's used-pool list (null both ways: not on it). */
  prev: Pool | null = null;
  following: Pool | null = null;
  linked = false;
  /** A class's first pool: never given back (as if the interpreter's own blocks kept it in use). */
  pinned = false;
  constructor(readonly base: number, readonly arena: Arena) {}

  get full(): boolean {
    return this.freeBlocks.length === 0 && this.next + this.blockUnits > POOL_UNITS;
  }
}

class Arena {
  /** Pools left empty, the last one at the end (taken first). */
  readonly freePools: Pool[] = [];
  carved = 0;
  constructor(readonly base: number) {}
  get freeCount(): number {
    return this.freePools.length + ARENA_POOLS - this.carved;
  }
}

export class Allocator {
  /** Per size class, the head of its used-pool list. */
  private readonly usedPools: (Pool | null)[] = new Array(CLASSES).fill(null);
  private readonly arenas: Arena[] = [];
  /** Whether a class has had a pool (its first one is pinned). */
  private readonly classesSeen: boolean[] = new Array(CLASSES).fill(false);
  /** Every pool carved so far, by its index (address / POOL_UNITS). */
  private readonly pools: Pool[] = [];
  private nextArena = 0;
  /** Large blocks: freed ones by size (units), the last freed first, as glibc's per-size caches. */
  private readonly largeFree = new Map<number, number[]>();
  /** The size (units) of each large block handed out. */
  private readonly largeSizes = new Map<number, number>();
  private nextLarge = LARGE_BASE_UNITS;

  /** A block of at least `bytes`: its address in units. */
  allocate(bytes: number): number {
    const units = bytes <= UNIT ? 1 : (bytes + UNIT - 1) >> UNIT_BITS;
    if (units * UNIT > SMALL_REQUEST_THRESHOLD) return this.allocateLarge(units);
    const sizeClass = units - 1;
    let pool = this.usedPools[sizeClass];
    if (pool === null) pool = this.newPool(sizeClass, units);
    let block: number;
    if (pool.freeBlocks.length !== 0) block = pool.freeBlocks.pop() as number;
    else {
      block = pool.base + pool.next;
      pool.next += units;
    }
    pool.used++;
    if (pool.full) this.unlink(pool);
    return block;
  }

  /** Frees the block that starts at `start` (units). */
  free(start: number): void {
    if (start >= LARGE_BASE_UNITS) return this.freeLarge(start);
    const pool = this.pools[start >> POOL_BITS];
    if (pool === undefined) throw new Error(`internal: freeing ${start} outside any pool`);
    const wasFull = pool.full;
    pool.freeBlocks.push(start);
    pool.used--;
    if (pool.used === 0 && !pool.pinned) {
      if (pool.linked) this.unlink(pool);
      pool.arena.freePools.push(pool);
      return;
    }
    if (wasFull) this.linkFirst(pool);
  }

  /** Frees the block holding `address` (an object's address is past its block's start by its pre-header). */
  freeContaining(address: number): void {
    if (address >= LARGE_BASE_UNITS) {
      let start = address;
      while (!this.largeSizes.has(start) && start > address - MAX_HEADER_UNITS) start--;
      return this.freeLarge(start);
    }
    const pool = this.pools[address >> POOL_BITS];
    if (pool === undefined) throw new Error(`internal: freeing ${address} outside any pool`);
    this.free(pool.base + POOL_OVERHEAD_UNITS + Math.floor((address - pool.base - POOL_OVERHEAD_UNITS) / pool.blockUnits) * pool.blockUnits);
  }

  /** PyMem_Realloc (pymalloc_realloc): a small block that still fits (and is not shrunk below 3/4) stays; else moved. */
  reallocate(address: number, newBytes: number): number {
    // (Blocks with no object in them: the address is the block's start.)
    const pool = address < LARGE_BASE_UNITS ? this.pools[address >> POOL_BITS] : undefined;
    if (pool && newBytes <= pool.blockUnits * UNIT && 4 * newBytes > 3 * pool.blockUnits * UNIT) return address;
    const moved = this.allocate(newBytes);
    this.free(address);
    return moved;
  }

  private newPool(sizeClass: number, units: number): Pool {
    const pool = this.emptyPool();
    if (!this.classesSeen[sizeClass]) pool.pinned = this.classesSeen[sizeClass] = true;
    // A pool emptied by blocks of this very class keeps its free list (obmalloc's "luckily" case).
    if (pool.sizeClass !== sizeClass) {
      pool.sizeClass = sizeClass;
      pool.blockUnits = units;
      pool.next = POOL_OVERHEAD_UNITS;
      pool.freeBlocks.length = 0;
    }
    this.linkFirst(pool);
    return pool;
  }

  /** A free pool of the arena with the fewest free pools (usable_arenas is kept in that order). */
  private emptyPool(): Pool {
    let arena: Arena | null = null;
    for (const a of this.arenas) if (a.freeCount > 0 && (arena === null || a.freeCount < arena.freeCount)) arena = a;
    if (arena === null) {
      arena = new Arena(this.nextArena);
      this.nextArena += ARENA_POOLS * POOL_UNITS;
      this.arenas.push(arena);
    }
    const kept = arena.freePools.pop();
    if (kept) return kept;
    const pool = new Pool(arena.base + arena.carved++ * POOL_UNITS, arena);
    this.pools[pool.base >> POOL_BITS] = pool;
    return pool;
  }

  private linkFirst(pool: Pool): void {
    const head = this.usedPools[pool.sizeClass];
    pool.prev = null;
    pool.following = head;
    if (head) head.prev = pool;
    this.usedPools[pool.sizeClass] = pool;
    pool.linked = true;
  }

  private unlink(pool: Pool): void {
    if (pool.prev) pool.prev.following = pool.following;
    else this.usedPools[pool.sizeClass] = pool.following;
    if (pool.following) pool.following.prev = pool.prev;
    pool.prev = pool.following = null;
    pool.linked = false;
  }

  private allocateLarge(units: number): number {
    const kept = this.largeFree.get(units);
    let block: number;
    if (kept && kept.length) block = kept.pop() as number;
    else {
      block = this.nextLarge + MALLOC_HEADER_UNITS;
      this.nextLarge += units + MALLOC_HEADER_UNITS;
    }
    this.largeSizes.set(block, units);
    return block;
  }

  private freeLarge(start: number): void {
    const units = this.largeSizes.get(start);
    if (units === undefined) throw new Error(`internal: freeing ${start}, not a block`);
    this.largeSizes.delete(start);
    let kept = this.largeFree.get(units);
    if (!kept) this.largeFree.set(units, (kept = []));
    kept.push(start);
  }
}
