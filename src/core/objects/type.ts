// Type objects. Built-in types keep their methods as native descriptors in their dict; classes
// made by a `class` statement are heap types, whose instances and subclasses hold counted
// references to them, as in CPython (Objects/typeobject.c).

import { PyObject } from './object';
import type { PyDict } from './dict';
import type { PyTuple } from './containers';
import type { SharedKeys } from './capacity';

/** Tells which built-in layout a type's instances use (CPython's tp_basicsize/flags, simplified). */
export type Layout =
  | 'object' | 'type' | 'int' | 'bool' | 'float' | 'complex' | 'str' | 'bytes' | 'list' | 'tuple' | 'dict'
  | 'set' | 'frozenset' | 'none' | 'function' | 'builtin' | 'method' | 'code' | 'cell' | 'module'
  | 'range' | 'iterator' | 'slice' | 'property' | 'staticmethod' | 'classmethod' | 'exception'
  | 'traceback' | 'frame' | 'generator' | 'super' | 'ellipsis' | 'notimplemented' | 'instance' | 'weakref';

/**
 * What `lookup` finds is cached per type (CPython's method cache, Objects/typeobject.c), for as long as no
 * type's attributes change: storing into or deleting from a dict `lookup` read, giving a type another dict,
 * or another MRO, moves this epoch on, which empties every cache. Programs change class attributes rarely
 * next to how often they look names up (every attribute access, call of a class, and free of an instance).
 */
let lookupEpoch = 0;
/** A type's attributes changed: every cached lookup is forgotten. */
export function typeAttributesChanged(): void {
  lookupEpoch++;
}

/** A __slots__ member's place in an instance: `offset` indexes PyInstance.slotValues (the bases' members first). */
export interface SlotPlace {
  readonly name: string;
  readonly offset: number;
}
const NO_SLOT_PLACES: readonly SlotPlace[] = Object.freeze([]);

export class PyType extends PyObject {
  private ownDict!: PyDict;
  private ownMro: PyType[] = [];
  private lookups = new Map<string, PyObject | null>();
  private lookupsEpoch = -1;
  /** Attribute dict; heap types own it with counted references. */
  get dict(): PyDict {
    return this.ownDict;
  }
  set dict(dict: PyDict) {
    this.ownDict = dict;
    typeAttributesChanged();
  }
  get mro(): PyType[] {
    return this.ownMro;
  }
  set mro(mro: PyType[]) {
    this.ownMro = mro;
    typeAttributesChanged();
  }
  bases: PyType[] = [];
  /** `__mro__` / `__bases__` tuples, materialised for heap types (they hold references). */
  mroTuple: PyTuple | null = null;
  basesTuple: PyTuple | null = null;
  /** tp_base: heap types hold a reference to their first base. */
  baseRef: PyType | null = null;
  qualname: string;
  module = 'builtins';
  /** Instances of this type may get attributes (a `__dict__`). */
  hasInstanceDict = false;
  /** Attribute names allowed by __slots__ when instances have no dict. */
  slotNames: string[] | null = null;
  /** The class statement's own `__slots__` names as written (including `__dict__`/`__weakref__`), for sizes. */
  declaredSlots: string[] | null = null;
  /**
   * Its instances' __slots__ members (runtime/slot-members.ts), in the order subtype_traverse, subtype_clear
   * and subtype_dealloc visit them: the class's own (sorted) first, then its base's, and so on down.
   */
  slotLayout: readonly SlotPlace[] = NO_SLOT_PLACES;
  /** CACHED_KEYS: the keys its instances' dicts share (created with the first instance). */
  sharedKeys: SharedKeys | null = null;
  /** Its basic weakref, which its bases' tp_subclasses hold (runtime/subclasses.ts); not counted by the class. */
  subclassRef: PyObject | null = null;
  /** tp_subclasses of a class statement's class that has subclasses: {address: weakref}, owned. */
  subclassesDict: PyDict | null = null;
  /**
   * A C type a simulated extension module writes in TS (collections.deque, defaultdict, OrderedDict), and
   * any class derived from one: its special methods are the method descriptors in its dict, which the
   * runtime calls where CPython calls the type's slots (runtime/native-slots.ts).
   */
  nativeSlots = false;
  /**
   * A class of the simulator's library standing for a C type (itertools.count): `name` is then the
   * dotted tp_name messages print, `__name__` the part after the module, as for built-in types.
   */
  standsForCType = false;
  /**
   * The built-in types whose objects may have a finalizer of their own (tp_finalize: generators,
   * coroutines, async generators and their asend/athrow awaitables): the freeing of any other object of
   * a built-in type asks nothing more.
   */
  finalizesNatively = false;
  /**
   * What an instance asks the allocator for, and its pre-header, when every instance's is the same (cached
   * by runtime/object-memory.ts: -1 not known yet, -2 depends on the instance).
   */
  instanceBlock = -1;
  instanceHeader = -1;
  /** What its instances allocate apart from their block (runtime/object-memory.ts Storage; -1 not known yet). */
  instanceStorage = -1;
  constructor(
    metatype: PyType | null,
    public name: string,
    public layout: Layout,
    public heap = false,
  ) {
    // `type` is its own type: the bootstrap passes null and patches it.
    super(metatype as PyType);
    this.qualname = name;
  }

  /** Looks a name up along the MRO without invoking descriptors (CPython's _PyType_Lookup). */
  lookup(name: string): PyObject | null {
    const mro = this.ownMro;
    if (this.lookupsEpoch === lookupEpoch) {
      const cached = this.lookups.get(name);
      if (cached !== undefined) return cached;
    } else {
      this.lookups.clear();
      this.lookupsEpoch = lookupEpoch;
      // From now on, a change to one of these dicts must move the epoch on.
      for (const t of mro) t.ownDict.readByLookup = true;
    }
    let found: PyObject | null = null;
    for (const t of mro) {
      const v = t.ownDict.getStr(name);
      if (v) {
        found = v;
        break;
      }
    }
    this.lookups.set(name, found);
    return found;
  }

  isSubtypeOf(other: PyType): boolean {
    return this === other || this.mro.includes(other);
  }

  traverse(visit: (child: PyObject, slot: string) => void): void {
    if (!this.heap) return;
    visit(this.dict, '__dict__');
    if (this.basesTuple) visit(this.basesTuple, '__bases__');
    if (this.mroTuple) visit(this.mroTuple, '__mro__');
    if (this.baseRef) visit(this.baseRef, '__base__');
    // type_traverse visits the metaclass of a class made by one written in Python.
    if (this.type.heap) visit(this.type, '__class__');
  }

  clearRefs(): PyObject[] {
    if (!this.heap) return [];
    const out: PyObject[] = [this.dict];
    if (this.basesTuple) out.push(this.basesTuple);
    if (this.mroTuple) out.push(this.mroTuple);
    if (this.baseRef) out.push(this.baseRef);
    this.basesTuple = null;
    this.mroTuple = null;
    this.baseRef = null;
    return out;
  }
}
