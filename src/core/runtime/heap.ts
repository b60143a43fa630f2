// The one place reference counts change. Every increment and decrement goes through
// `change`, which records a typed event with its cause; an object reaching zero is freed at
// once (its references released depth-first, in CPython's order), or handed to the VM first
// when it has a `__del__` to run (PEP 442: once per object).

import type { PyObject } from '../objects/object';
import type { RefCause } from '../trace/events';
import { EventLog } from '../trace/event-log';

/** 3.12+ immortal objects report this count (PEP 683, _Py_IMMORTAL_REFCNT on 64-bit). */
export const IMMORTAL_REFCNT = 4294967295;

interface ReleaseFrame {
  children: PyObject[];
  index: number;
  owner: PyObject;
}

export interface HeapHooks {
  /** Whether freeing `obj` must first run its `__del__`. */
  needsFinalizer(obj: PyObject): boolean;
  /** A short preview for alloc events. */
  preview(obj: PyObject): string;
  /** Called when an object is freed (the VM forgets it). */
  onFree?(obj: PyObject): void;
}

export class Heap {
  /** The trace; written only while `recording` (one stable shape keeps the hot paths monomorphic). */
  events: EventLog = new EventLog();
  recording = false;
  step = 0;
  line = 0;
  live = 0;
  private work: ReleaseFrame[] = [];
  /** Objects waiting for their `__del__`, with the work-stack floor their cascade resumes to. */
  readonly awaitingFinalizer: { obj: PyObject; floor: number }[] = [];
  constructor(private hooks: HeapHooks) {}

  /** Records a new object (its count starts at 1, owned by its creator). */
  allocated(obj: PyObject): void {
    this.live++;
    if (this.recording) {
      this.events.push({ kind: 'alloc', step: this.step, obj: obj.id, type: obj.type?.name ?? 'type', preview: this.hooks.preview(obj), line: this.line });
    }
  }

  incref(obj: PyObject, cause: RefCause, label = ''): void {
    if (obj.immortal) return;
    const from = obj.rc++;
    if (this.recording) this.events.ref(this.step, obj.id, from, from + 1, cause, label, this.line);
  }

  decref(obj: PyObject, cause: RefCause, label = ''): void {
    if (obj.immortal) return;
    const from = obj.rc--;
    if (this.recording) this.events.ref(this.step, obj.id, from, from - 1, cause, label, this.line);
    if (from === 1) this.reachedZero(obj);
    else if (from <= 0) throw new Error(`internal: refcount of object #${obj.id} (${obj.type.name}) went below zero`);
  }

  private reachedZero(obj: PyObject): void {
    const floor = this.work.length;
    if (!this.startDealloc(obj, floor)) return;
    this.cascade(floor);
  }

  /** Frees `obj` or parks it for its finalizer. Returns false when parked. */
  private startDealloc(obj: PyObject, floor: number): boolean {
    if (!obj.finalized && this.hooks.needsFinalizer(obj)) {
      this.awaitingFinalizer.push({ obj, floor });
      return false;
    }
    this.free(obj);
    return true;
  }

  private free(obj: PyObject): void {
    obj.freed = true;
    this.live--;
    this.hooks.onFree?.(obj);
    if (this.recording) this.events.push({ kind: 'free', step: this.step, obj: obj.id, line: this.line });
    const children = obj.clearRefs();
    if (obj.type?.heap && obj.type !== (obj as unknown)) children.push(obj.type);
    if (children.length) this.work.push({ children, index: 0, owner: obj });
  }

  /** Releases children depth-first until the work stack is back to `floor` or a finalizer must run. */
  private cascade(floor: number): void {
    while (this.work.length > floor) {
      const top = this.work[this.work.length - 1];
      if (top.index >= top.children.length) {
        this.work.pop();
        continue;
      }
      const child = top.children[top.index++];
      if (child.immortal) continue;
      const from = child.rc--;
      if (this.recording) this.events.ref(this.step, child.id, from, from - 1, 'owner-freed', `#${top.owner.id}`, this.line);
      if (from === 1) {
        if (!child.finalized && this.hooks.needsFinalizer(child)) {
          this.awaitingFinalizer.push({ obj: child, floor });
          return;
        }
        this.free(child);
      }
    }
  }

  /** The VM calls this after running the parked object's `__del__` (holding no extra reference). */
  finishFinalizer(entry: { obj: PyObject; floor: number }): void {
    const { obj, floor } = entry;
    obj.finalized = true;
    if (obj.rc === 0) this.free(obj);
    // else: resurrected by its __del__; it lives on and will not be finalized again.
    this.cascade(floor);
  }

  /** Count as Python's `sys.getrefcount` sees it. */
  reported(obj: PyObject): number {
    return obj.immortal ? IMMORTAL_REFCNT : obj.rc;
  }
}
