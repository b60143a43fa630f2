// Messages between the extension host and the GIL timeline webview (webview/gil-timeline/). Plain data.

import type { Timeline } from '../trace-model/timeline';

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
  /** What the serial estimate counts (the summary's tooltip). */
  summaryHelp: string;
}

export type ToGilTimeline =
  | { type: 'init'; strings: GilTimelineStrings }
  /** The run's threads over simulated time (null: nothing simulated yet), and the switch interval in ns. */
  | { type: 'timeline'; timeline: Timeline | null; switchIntervalNs: number; message: string }
  /** Step mode's position as a time (a vertical line), or null when the whole run is shown. */
  | { type: 'cursor'; ns: number | null };

export type FromGilTimeline =
  | { type: 'ready' }
  /** The learner clicked an interval: show its line in the editor. */
  | { type: 'revealLine'; line: number }
  | { type: 'exportPng'; dataUrl: string }
  | { type: 'exportSvg'; svg: string }
  /** Save the run's timeline as a Chrome trace (Trace Event Format JSON, for Perfetto or chrome://tracing). */
  | { type: 'exportChromeTrace' };
