// How objects are named and counted for a learner: `list#1` labels, short values, "large"/"immortal" counts.

import type { ObjectRef, RefcountValue } from '../shared/protocol';

/** 3.12+ immortal objects report this count (PEP 683, `_Py_IMMORTAL_REFCNT`). */
const IMMORTAL_REFCOUNT = 4294967295;
/** 3.11 statically allocated objects (small ints...) start near 10^9. */
const STATIC_REFCOUNT_FLOOR = 999_999_999;
/** Singletons whose 3.11 count depends on the environment: CPython shows some number, we say "large". */
const SINGLETON_TYPES = new Set(['NoneType', 'bool', 'ellipsis', 'NotImplementedType']);
const ATOM_TYPES = new Set(['int', 'float', 'complex', 'str', 'bytes']);
const MAX_VALUE_LENGTH = 16;

export interface ObjectFacts {
  type: string;
  preview: string;
  /** Allocated before the program's first line (the interpreter's own objects). */
  startup: boolean;
  /** Created before the trace started (None, True, small ints, builtin types): no alloc event. */
  static: boolean;
  /** 3.12+ statics (PEP 683). */
  immortal?: boolean;
}

export function refcountValue(count: number, facts: ObjectFacts): RefcountValue {
  if (facts.immortal || count >= IMMORTAL_REFCOUNT) return { kind: 'immortal' };
  if (facts.static || count >= STATIC_REFCOUNT_FLOOR || SINGLETON_TYPES.has(facts.type)) return { kind: 'large' };
  return { kind: 'count', value: count };
}

/** Numbers objects per type in the order they are first named, so the first list a learner binds is `list#1`. */
export class ObjectLabeler {
  private readonly refs = new Map<number, ObjectRef>();
  private readonly counters = new Map<string, number>();

  get(id: number): ObjectRef | undefined {
    return this.refs.get(id);
  }

  has(id: number): boolean {
    return this.refs.has(id);
  }

  ids(): IterableIterator<number> {
    return this.refs.keys();
  }

  label(id: number, facts: ObjectFacts): ObjectRef {
    const known = this.refs.get(id);
    if (known) return known;
    let label: string;
    if (SINGLETON_TYPES.has(facts.type)) {
      label = facts.preview;
    } else {
      const n = (this.counters.get(facts.type) ?? 0) + 1;
      this.counters.set(facts.type, n);
      label = `${facts.type}#${n}`;
    }
    const value = ATOM_TYPES.has(facts.type) && facts.preview.length <= MAX_VALUE_LENGTH ? facts.preview : '';
    const ref = { id, label, value };
    this.refs.set(id, ref);
    return ref;
  }
}
