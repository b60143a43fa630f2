// Every string the GIL timeline webview shows, localized by the host (no vscode import: the browser
// tests pass the English text itself as the localizer).

import type { GilTimelineStrings } from '../../shared/gil-timeline-protocol';
import type { Localizer } from './memory-graph-strings';

export function gilTimelineStrings(l10n: Localizer): GilTimelineStrings {
  return {
    title: l10n.t('GIL Timeline'),
    empty: l10n.t('Simulate a Python file that starts threads to see who holds the GIL.'),
    running: l10n.t('running'),
    gilWait: l10n.t('waiting for the GIL'),
    switchWait: l10n.t('waiting for another thread to take the GIL'),
    blocked: l10n.t('blocked ({0})'),
    native: l10n.t('C code, GIL released ({0})'),
    done: l10n.t('done'),
    gilHolder: l10n.t('GIL holder'),
    noGil: l10n.t('no GIL (free-threaded)'),
    dropRequest: l10n.t('drop request'),
    forcedSwitch: l10n.t('forced switch'),
    cpu: l10n.t('CPU'),
    waitGil: l10n.t('GIL wait'),
    blockedTime: l10n.t('blocked'),
    nativeTime: l10n.t('C code without the GIL'),
    line: l10n.t('line {0}'),
    zoomHelp: l10n.t('Wheel or +/− to zoom, drag or ←/→ to pan, 0 to fit'),
    exportPng: l10n.t('Export as PNG'),
    exportSvg: l10n.t('Export as SVG'),
    exportChromeTrace: l10n.t('Export as Chrome trace'),
    summary: l10n.t('Elapsed {0} · serial estimate {1} · speedup ×{2}'),
    summaryOneThread: l10n.t('Elapsed {0} · serial estimate {1} · no speedup to compute: only one thread did work of its own'),
    summaryIdle: l10n.t('Elapsed {0} · serial estimate {1} · no speedup to compute: for {2} of it no thread was working (threads or processes starting, waking up, ending)'),
    summaryHelp: l10n.t('Serial estimate: the threads’ time running bytecode or C code and blocked on I/O or sleep, added up as if they ran one after another.'),
    compare: l10n.t('Compare: 3.11 / 3.13t / Processes'),
    backToRun: l10n.t('Back to this run'),
    modelGil: l10n.t('CPython 3.11 (GIL)'),
    modelFreeThreaded: l10n.t('CPython 3.13t (free-threaded, no GIL)'),
    modelProcesses: l10n.t('As processes (3.11 in each)'),
    groupStats: l10n.t('wall {0} · CPU {1} · GIL wait {2} · speedup ×{3}'),
    groupStatsNoSpeedup: l10n.t('wall {0} · CPU {1} · GIL wait {2}'),
    processesNote: l10n.t('As processes: each thread’s work runs in its own process; module globals are copied, not shared.'),
    compareHelp: l10n.t('The same file under each model, on one time axis (simulated ms). Speedup: the serial estimate (the work of every thread and process, one after another) over the wall time.'),
    stopped: l10n.t('stopped: {0}'),
    model: l10n.t('model'),
    wall: l10n.t('wall'),
    speedupVsSerial: l10n.t('speedup vs serial'),
    outputUnder: l10n.t('Output: {0}'),
  };
}
