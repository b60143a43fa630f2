// The localized words of annotations and hovers (English source strings; French in l10n/bundle.l10n.fr.json).

import * as vscode from 'vscode';
import type { RefCause } from '../core/trace/events';
import type { ReleaseReason } from '../shared/protocol';
import type { Words } from '../trace-model/text';

export function causeText(cause: RefCause): string {
  switch (cause) {
    case 'new': return vscode.l10n.t('new reference');
    case 'name': return vscode.l10n.t('name');
    case 'local': return vscode.l10n.t('local variable');
    case 'cell': return vscode.l10n.t('closure cell');
    case 'stack': return vscode.l10n.t('value stack');
    case 'argument': return vscode.l10n.t('call argument');
    case 'slot': return vscode.l10n.t('container slot');
    case 'attribute': return vscode.l10n.t('attribute');
    case 'const': return vscode.l10n.t('constant');
    case 'method': return vscode.l10n.t('bound method');
    case 'iterator': return vscode.l10n.t('iterator');
    case 'frame': return vscode.l10n.t('frame');
    case 'exception': return vscode.l10n.t('exception');
    case 'type': return vscode.l10n.t('type');
    case 'function': return vscode.l10n.t('function');
    case 'return': return vscode.l10n.t('return value');
    case 'owner-freed': return vscode.l10n.t('owner freed');
    case 'module': return vscode.l10n.t('module');
    case 'internal': return vscode.l10n.t('interpreter');
  }
}

/** The kind of call that released the GIL, as the marks name it. */
function releaseReasonText(reason: ReleaseReason): string {
  switch (reason.kind) {
    case 'sleep': return vscode.l10n.t('sleep');
    case 'lock': return vscode.l10n.t('lock wait');
    case 'io': return vscode.l10n.t('I/O');
    case 'native': return reason.function;
  }
}

/** What a thread in the middle of such a call is doing. */
function inCallText(reason: ReleaseReason): string {
  switch (reason.kind) {
    case 'sleep': return vscode.l10n.t('sleeping');
    case 'lock': return vscode.l10n.t('waiting for a lock');
    case 'io': return vscode.l10n.t('waiting for I/O');
    case 'native': return vscode.l10n.t('running C code ({0})', reason.function);
  }
}

export function localizedWords(): Words {
  return {
    refs: (count) => vscode.l10n.t('refs {0}', count),
    large: vscode.l10n.t('large'),
    immortal: vscode.l10n.t('immortal'),
    freed: vscode.l10n.t('freed'),
    runs: (count) => vscode.l10n.t('×{0}', count),
    cause: causeText,
    created: vscode.l10n.t('created'),
    destroyed: vscode.l10n.t('freed'),
    hoverTitle: (label, type) => vscode.l10n.t('{0}: a {1} object', label, type),
    idLine: (id) => vscode.l10n.t('id() in the simulated run: {0}', id),
    refcountNow: vscode.l10n.t('Reference count now:'),
    freedAtLine: (line) => vscode.l10n.t('freed at line {0}', line),
    history: vscode.l10n.t('Every +1/−1 so far:'),
    sharedCount: vscode.l10n.t('another thread, shared count'),
    omitted: (count) => vscode.l10n.t('… {0} more', count),
    referrers: vscode.l10n.t('Referred to by:'),
    nameIn: (name, scope) => vscode.l10n.t('name {0} in {1}', name, scope),
    otherReferences: (count) => vscode.l10n.t('{0} other reference(s) (temporaries, or holders the trace does not name)', count),
    noReferrers: vscode.l10n.t('nothing the trace names'),
    line: (line) => vscode.l10n.t('line {0}', line),
    gilReleased: (duration) => vscode.l10n.t('GIL released {0}', duration),
    timesTotal: (count, total) => vscode.l10n.t('×{0}, {1} total', count, total),
    reacquiredAtOnce: vscode.l10n.t('reacquired at once'),
    reacquiredAfter: (wait) => vscode.l10n.t('reacquired after {0} wait', wait),
    reacquireWaits: (total) => vscode.l10n.t('{0} waiting to reacquire', total),
    releaseReason: releaseReasonText,
    inCall: inCallText,
    gilReleasedNow: (state) => vscode.l10n.t('GIL released — {0}', state),
    waitingForGil: vscode.l10n.t('call returned, waiting for the GIL'),
    noGilCall: (reasons, duration) => vscode.l10n.t('{0} {1} · no GIL to release', reasons, duration),
    noGilNow: (state) => vscode.l10n.t('{0} · no GIL to release', state),
    threadCount: (count) => vscode.l10n.t('{0} threads', count),
    gilHoverTitle: vscode.l10n.t('The GIL is released during this call'),
    noGilHoverTitle: vscode.l10n.t('No GIL to release'),
    gilHoverBlocking: vscode.l10n.t(
      'A blocking call (sleep, I/O, waiting for a lock, a queue, an event or another thread) releases the GIL before it waits, so other threads can run Python code meanwhile. When the call returns, the thread must take the GIL back: it waits if another thread holds it, up to the switch interval (5 ms by default) when that thread is busy computing.',
    ),
    gilHoverNative: (functions) => vscode.l10n.t(
      'This C code ({0}) releases the GIL while it computes, so other threads can run Python code meanwhile, or C code on another core. When it is done, the thread takes the GIL back, and waits if another thread holds it.',
      functions,
    ),
    noGilHover: vscode.l10n.t('This model is free-threaded (no GIL): the call blocks its own thread only, and the other threads run in parallel anyway.'),
    gilHoverThreadOnce: (thread, duration) => vscode.l10n.t('{0}: {1} in the call', thread, duration),
    gilHoverThread: (thread, count, duration) => vscode.l10n.t('{0}: ×{1}, {2} in the calls', thread, count, duration),
    gilHoverNow: (thread, state) => vscode.l10n.t('{0}: now {1}', thread, state),
  };
}
