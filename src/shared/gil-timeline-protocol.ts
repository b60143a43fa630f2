// Messages between the extension host and the GIL timeline webview (webview/gil-timeline/). Plain data.

import type { Timeline } from '../trace-model/timeline';
import type { Comparison } from '../trace-model/comparison';

export interface GilTimelineStrings {
  title: string;
  empty: string;
  running: string;
  gilWait: string;
  switchWait: string;
  blocked: string;
  /** Running C code with the GIL released; {0}: the function. */
  native: string;
  done: string;
  gilHolder: string;
  /** The holder lane's label when the run had no GIL (the free-threaded 3.13t). */
  noGil: string;
  dropRequest: string;
  forcedSwitch: string;
  cpu: string;
  waitGil: string;
  blockedTime: string;
  nativeTime: string;
  line: string;
  zoomHelp: string;
  exportPng: string;
  exportSvg: string;
  exportChromeTrace: string;
  /** "Elapsed {0} · serial estimate {1} · speedup ×{2}" */
  summary: string;
  /** The summary when only one thread did work of its own (RunSummary.noSpeedup `one-thread`): "Elapsed {0} · serial estimate {1} · …" */
  summaryOneThread: string;
  /** The summary when no thread worked for most of the run (`idle`); {2}: for how long. */
  summaryIdle: string;
  /** What the serial estimate counts (the summary's tooltip). */
  summaryHelp: string;
  /** Compare mode's button (and the command's title). */
  compare: string;
  /** Back from compare mode to the run the editor shows. */
  backToRun: string;
  /** The compared models' group titles. */
  modelGil: string;
  modelFreeThreaded: string;
  modelProcesses: string;
  /** "wall {0} · CPU {1} · GIL wait {2} · speedup ×{3}" beside each model's title. */
  groupStats: string;
  /** The same without a speedup (nothing to compare): "wall {0} · CPU {1} · GIL wait {2}". */
  groupStatsNoSpeedup: string;
  /** The processes' memory: copied, not shared. */
  processesNote: string;
  /** What compare mode shows (under its figures). */
  compareHelp: string;
  /** A model's run stopped before its end; {0}: why (the simulator's diagnostic). */
  stopped: string;
  /** Column headers of compare mode's table. */
  model: string;
  wall: string;
  speedupVsSerial: string;
  /** "Output: {0}" (a model's title) */
  outputUnder: string;
}

export type ToGilTimeline =
  | { type: 'init'; strings: GilTimelineStrings }
  /** The run's threads over simulated time (null: nothing simulated yet), and the switch interval in ns. */
  | { type: 'timeline'; timeline: Timeline | null; switchIntervalNs: number; message: string }
  /** Step mode's position as a time (a vertical line), or null when the whole run is shown. */
  | { type: 'cursor'; ns: number | null }
  /**
   * Compare mode: the file under 3.11, 3.13t and as processes on one time axis (null while it runs or
   * when it could not, `message` saying which). The panel stays in compare mode until a `timeline`.
   * `file` is the name shown, `uri` the document's (kept in the webview's state: compare mode comes back
   * after a reload of the window).
   */
  | { type: 'comparison'; comparison: Comparison | null; file: string; uri: string; message: string };

/**
 * What the webview keeps across hide/show and reloads of the window (VS Code's webview state): the host's
 * serializer reads `compare` back to open the panel in compare mode again (gil-timeline-state.ts).
 */
export interface GilTimelineState {
  /** The visible span, in simulated ns. */
  window: { from: number; to: number } | null;
  /** Compare mode's file, or null when the panel shows the editor's run. */
  compare: { uri: string; file: string } | null;
}

export type FromGilTimeline =
  | { type: 'ready' }
  /** The learner clicked an interval: show its line in the editor. */
  | { type: 'revealLine'; line: number }
  | { type: 'exportPng'; dataUrl: string }
  | { type: 'exportSvg'; svg: string }
  /** Save the run's timeline (in compare mode, the three runs') as a Chrome trace (Trace Event Format JSON, for Perfetto or chrome://tracing). */
  | { type: 'exportChromeTrace' }
  /** Compare the shown run's file under 3.11, 3.13t and as processes. */
  | { type: 'compare' }
  /** Leave compare mode: the run the editor shows again. */
  | { type: 'showRun' };
