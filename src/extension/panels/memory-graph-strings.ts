// Every string the memory graph webview shows, localized here (vscode.l10n) and sent in its `init`.

import * as vscode from 'vscode';
import type { RefCause } from '../../core/trace/events';
import type { MemoryGraphStrings } from '../../shared/memory-graph-protocol';
import { causeText } from '../words';

const CAUSES: readonly RefCause[] = [
  'new', 'name', 'local', 'cell', 'stack', 'argument', 'slot', 'attribute', 'const', 'method', 'iterator', 'frame',
  'exception', 'type', 'function', 'return', 'owner-freed', 'module', 'internal',
];

export function memoryGraphStrings(): MemoryGraphStrings {
  return {
    title: vscode.l10n.t('Memory Graph'),
    empty: vscode.l10n.t('Simulate a Python file to see its objects and references here.'),
    stepOf: vscode.l10n.t('Step {0}/{1}'),
    end: vscode.l10n.t('End of the program'),
    first: vscode.l10n.t('First step'),
    previous: vscode.l10n.t('Previous step'),
    play: vscode.l10n.t('Play'),
    pause: vscode.l10n.t('Pause'),
    next: vscode.l10n.t('Next step'),
    last: vscode.l10n.t('End of the program'),
    exportSvg: vscode.l10n.t('Export as SVG'),
    fit: vscode.l10n.t('Fit to the panel'),
    globals: vscode.l10n.t('module globals'),
    frame: vscode.l10n.t('frame {0}()'),
    temporary: vscode.l10n.t('(temporary)'),
    refs: vscode.l10n.t('refs {0}'),
    refsLarge: vscode.l10n.t('refs large'),
    refsImmortal: vscode.l10n.t('immortal'),
    generation: vscode.l10n.t('generation {0}'),
    untracked: vscode.l10n.t('not tracked by the collector'),
    unreachable: vscode.l10n.t('waiting for the collector'),
    freed: vscode.l10n.t('freed'),
    cycle: vscode.l10n.t('reference cycle'),
    omitted: vscode.l10n.t('{0} more objects are not drawn.'),
    details: vscode.l10n.t('Object'),
    allocatedAt: vscode.l10n.t('Allocated at'),
    freedAt: vscode.l10n.t('freed at'),
    history: vscode.l10n.t('Reference count history'),
    historyOmitted: vscode.l10n.t('{0} earlier changes not shown'),
    created: vscode.l10n.t('created, refs 1'),
    lineN: vscode.l10n.t('line {0}'),
    collectionRan: vscode.l10n.t('The collector ran on generation {0} during this step ({1} freed, line {2}).'),
    playCollection: vscode.l10n.t('Play phase by phase'),
    closeCollection: vscode.l10n.t('Back to the step'),
    phaseOf: vscode.l10n.t('Phase {0}/{1}'),
    gcRefs: vscode.l10n.t('Badges show gc_refs (tentative counts), not refcounts.'),
    phases: {
      start: vscode.l10n.t('objects examined'),
      'update-refs': vscode.l10n.t('tentative counts copied from the refcounts'),
      'subtract-refs': vscode.l10n.t('references from inside the set subtracted'),
      unreachable: vscode.l10n.t('unreachable set: nothing outside refers to them'),
      untrack: vscode.l10n.t('tuples and dicts that need no tracking untracked'),
      promote: vscode.l10n.t('survivors moved to an older generation'),
      weakrefs: vscode.l10n.t('weak references cleared'),
      finalize: vscode.l10n.t('finalizers (__del__) run'),
      resurrected: vscode.l10n.t('objects a finalizer made reachable again survive'),
      delete: vscode.l10n.t('garbage freed (references cleared)'),
      stop: vscode.l10n.t('collection over'),
    },
    causes: Object.fromEntries(CAUSES.map((cause) => [cause, causeText(cause)])) as Record<RefCause, string>,
    graphLabel: vscode.l10n.t('Objects and references at this step'),
    objectAria: vscode.l10n.t('{0} {1}, id {2}'),
    rootAria: vscode.l10n.t('{0}, {1} variables'),
    slider: vscode.l10n.t('Step of the program'),
    legend: vscode.l10n.t('Legend'),
  };
}
