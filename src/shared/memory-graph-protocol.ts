// The memory graph panel's data and messages (host ↔ webview), plain data only (structured clone). The
// worker computes the snapshots (src/worker/graph-replay.ts); the host adds the editor's labels and
// forwards them; the webview (webview/memory-graph/) draws them. Shared by all three sides.

import type { GcPhase, RefCause } from '../core/trace/events';
import type { HistoryEntry, RefcountValue } from './protocol';

export interface GraphObject {
  id: number;
  /** `list#1` when the editor's annotations name it, else empty (the type is shown). */
  label: string;
  type: string;
  /** A short value (`[1, 2, …]`, `'abc'`, `<Node>`). */
  value: string;
  /** What `id()` returns for it (decimal string: it exceeds 2^53). */
  pythonId: string;
  refcount: RefcountValue;
  /** 0–2 the collector's generation, 3 permanent (gc.freeze), -1 not tracked. */
  generation: number;
  /** Garbage a collection would free: only references from other garbage (cycles) keep it alive. */
  unreachable: boolean;
  /** An interpreter object (None, small ints, builtins, modules): drawn where referenced, not expanded. */
  interpreter: boolean;
}

export interface GraphEdge {
  /** An object id. */
  from: number;
  to: number;
  /** `[0]`, `['key']`, `.attr`, `key`, `member`, `__closure__`... */
  slot: string;
}

export interface GraphBinding {
  name: string;
  obj: number;
  /** A value-stack temporary (an iterator a `for` loop holds, an argument being built). */
  temporary: boolean;
}

export interface GraphRoot {
  kind: 'globals' | 'frame';
  /** The frame's id in the trace (0 for globals once the module frame has returned). */
  frame: number;
  /** `<module>` or the function's qualified name. */
  name: string;
  /** The thread running the frame when it is not the main thread (`Thread-1 (worker)`), else null. */
  thread: string | null;
  bindings: GraphBinding[];
}

/** One phase of a collection, as the trace's `gc` event records it. */
export interface GcPhaseStep {
  phase: GcPhase;
  objects: number[];
  /** gc_refs per object for update-refs and subtract-refs; [generation] for promote; [collected, uncollectable] for stop. */
  values: number[];
}

/** A collection that ran during the step that led to the snapshot. */
export interface CollectionSummary {
  /** Its index among the run's collections (what `playCollection` asks for). */
  index: number;
  generation: number;
  line: number;
  collected: number;
}

export interface MemoryGraphSnapshot {
  runId: number;
  /** The line step shown (0-based), or null for the end of the program. */
  position: number | null;
  lineSteps: number;
  /** The line about to run, or null at the end. */
  currentLine: number | null;
  roots: GraphRoot[];
  objects: GraphObject[];
  edges: GraphEdge[];
  /** Objects left out past the size limit. */
  omitted: number;
  /**
   * Per import of the program's whose garbage waits for the collector (CPython's own classes the module made
   * and dropped): how many objects, not drawn.
   */
  importGarbage: { module: string; objects: number }[];
  /** Objects freed during the step that led here (the webview fades them out). */
  freed: number[];
  collections: CollectionSummary[];
}

/** A collection replayed phase by phase over the heap as it was when the collection started. */
export interface CollectionPlayback {
  runId: number;
  summary: CollectionSummary;
  graph: MemoryGraphSnapshot;
  phases: GcPhaseStep[];
}

/** Where an object comes from and every change of its count (the panel's details pane). */
export interface ObjectHistory {
  runId: number;
  id: number;
  type: string;
  allocLine: number;
  freedLine: number | null;
  /** The last changes up to the step shown (`omitted` earlier ones left out). */
  entries: HistoryEntry[];
  omitted: number;
}

/** Every string the webview shows, localized by the host (vscode.l10n). */
export interface MemoryGraphStrings {
  title: string;
  empty: string;
  stepOf: string;
  end: string;
  first: string;
  previous: string;
  play: string;
  pause: string;
  next: string;
  last: string;
  exportSvg: string;
  fit: string;
  globals: string;
  frame: string;
  /** "frame {0}() · {1}": a frame of another thread than the main one. */
  threadFrame: string;
  temporary: string;
  refs: string;
  refsLarge: string;
  refsImmortal: string;
  generation: string;
  untracked: string;
  unreachable: string;
  freed: string;
  cycle: string;
  omitted: string;
  /** "{0} objects `import {1}` left ...": an import's garbage, not drawn. */
  importGarbage: string;
  details: string;
  allocatedAt: string;
  freedAt: string;
  history: string;
  historyOmitted: string;
  created: string;
  lineN: string;
  collectionRan: string;
  playCollection: string;
  closeCollection: string;
  phaseOf: string;
  gcRefs: string;
  phases: Record<GcPhase, string>;
  causes: Record<RefCause, string>;
  graphLabel: string;
  objectAria: string;
  rootAria: string;
  slider: string;
  legend: string;
}

// ---- host → webview

export interface InitMessage {
  type: 'init';
  strings: MemoryGraphStrings;
}
export interface SnapshotMessage {
  type: 'snapshot';
  /** Null: no simulation to show (the message says why). */
  snapshot: MemoryGraphSnapshot | null;
  message: string;
}
export interface HistoryMessage {
  type: 'history';
  history: ObjectHistory;
}
export interface CollectionMessage {
  type: 'collection';
  playback: CollectionPlayback;
}
export type ToMemoryGraph = InitMessage | SnapshotMessage | HistoryMessage | CollectionMessage;

// ---- webview → host

export interface ReadyMessage {
  type: 'ready';
}
export interface GoToMessage {
  type: 'goTo';
  /** A line step (0-based); `lineSteps` means the end of the program. */
  position: number;
}
export interface SelectObjectMessage {
  type: 'selectObject';
  id: number;
}
export interface RevealLineMessage {
  type: 'revealLine';
  line: number;
}
export interface PlayCollectionMessage {
  type: 'playCollection';
  index: number;
}
export interface ExportSvgMessage {
  type: 'exportSvg';
  svg: string;
}
export type FromMemoryGraph = ReadyMessage | GoToMessage | SelectObjectMessage | RevealLineMessage | PlayCollectionMessage | ExportSvgMessage;
