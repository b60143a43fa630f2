// The dict subclasses collections writes in C: defaultdict (Modules/_collectionsmodule.c) and
// OrderedDict (Objects/odictobject.c). They are dicts to the runtime (PyDict), with what each adds.

import { PyObject } from './object';
import type { PyType } from './type';
import { PyDict } from './dict';

/** defdictobject: a dict and its default_factory (null: None, never set). */
export class PyDefaultDict extends PyDict {
  factory: PyObject | null = null;
  /** defdict_traverse: the factory, then the dict. */
  override traverse(visit: (child: PyObject, slot: string) => void): void {
    if (this.factory) visit(this.factory, 'default_factory');
    super.traverse(visit);
  }
  /** defdict_tp_clear. */
  override clearRefs(): PyObject[] {
    const out: PyObject[] = [];
    if (this.factory) out.push(this.factory);
    this.factory = null;
    out.push(...super.clearRefs());
    return out;
  }
}

/**
 * PyODictObject: a dict plus a linked list of nodes, one per key, each holding a counted reference to
 * its key (_odict_add_new_node). The iteration order is the list's; here the dict's own entries are kept
 * in that order (move_to_end moves the entry), so the dict's storage gives it.
 */
export class PyOrderedDict extends PyDict {
  /** od_state: changes with every node added, removed or moved; a running iterator then raises. */
  state = 0;
  /** od_fast_nodes is allocated (from the first node added until the nodes are cleared): sys.getsizeof counts it. */
  fastNodes = false;
  /** odict_traverse: each node's key, then the dict. */
  override traverse(visit: (child: PyObject, slot: string) => void): void {
    for (const e of this.items()) visit(e.key, 'node key');
    super.traverse(visit);
  }
  /** odict_tp_clear: PyDict_Clear, then _odict_clear_nodes (the node keys). */
  override clearRefs(): PyObject[] {
    const nodeKeys = this.entryList().map((e) => e.key);
    const out = super.clearRefs();
    out.push(...nodeKeys);
    this.fastNodes = false;
    this.state++;
    return out;
  }
}

/** odict_keys, odict_values, odict_items: views of an OrderedDict (they hold it). */
export class PyODictView extends PyObject {
  constructor(type: PyType, public od: PyOrderedDict | null, readonly kind: 'keys' | 'values' | 'items') {
    super(type);
  }
  traverse(visit: (child: PyObject, slot: string) => void): void {
    if (this.od) visit(this.od, 'mapping');
  }
  clearRefs(): PyObject[] {
    const od = this.od;
    this.od = null;
    return od ? [od] : [];
  }
}
