// Every string the memory graph webview shows, localized by the host and sent in its `init`. Takes the
// localizer (vscode.l10n in the extension; the English text itself in the browser tests), so it has no
// vscode import. Placeholders (`{0}`) are left for the webview to fill.

import type { RefCause } from '../../core/trace/events';
import type { MemoryGraphStrings } from '../../shared/memory-graph-protocol';

export const REF_CAUSES: readonly RefCause[] = [
  'new', 'name', 'local', 'cell', 'stack', 'argument', 'slot', 'attribute', 'const', 'method', 'iterator', 'frame',
  'exception', 'type', 'function', 'return', 'owner-freed', 'module', 'internal',
];

export interface Localizer {
  t(message: string): string;
}

export function memoryGraphStrings(l10n: Localizer, cause: (cause: RefCause) => string): MemoryGraphStrings {
  return {
    title: l10n.t('Memory Graph'),
    empty: l10n.t('Simulate a Python file to see its objects and references here.'),
    stepOf: l10n.t('Step {0}/{1}'),
    end: l10n.t('End of the program'),
    first: l10n.t('First step'),
    previous: l10n.t('Previous step'),
    play: l10n.t('Play'),
    pause: l10n.t('Pause'),
    next: l10n.t('Next step'),
    last: l10n.t('End of the program'),
    exportSvg: l10n.t('Export as SVG'),
    fit: l10n.t('Fit to the panel'),
    globals: l10n.t('module globals'),
    frame: l10n.t('frame {0}()'),
    threadFrame: l10n.t('frame {0}() · {1}'),
    temporary: l10n.t('(temporary)'),
    refs: l10n.t('refs {0}'),
    refsLarge: l10n.t('refs large'),
    refsImmortal: l10n.t('immortal'),
    generation: l10n.t('generation {0}'),
    untracked: l10n.t('not tracked by the collector'),
    unreachable: l10n.t('waiting for the collector'),
    freed: l10n.t('freed'),
    cycle: l10n.t('reference cycle'),
    omitted: l10n.t('{0} more objects are not drawn.'),
    importGarbage: l10n.t('Not drawn: {0} objects that `import {1}` left for the collector (classes CPython made and dropped while loading it).'),
    details: l10n.t('Object'),
    allocatedAt: l10n.t('Allocated at'),
    freedAt: l10n.t('freed at'),
    history: l10n.t('Reference count history'),
    historyOmitted: l10n.t('{0} earlier changes not shown'),
    created: l10n.t('created, refs 1'),
    lineN: l10n.t('line {0}'),
    collectionRan: l10n.t('The collector ran on generation {0} during this step ({1} freed, line {2}).'),
    playCollection: l10n.t('Play phase by phase'),
    closeCollection: l10n.t('Back to the step'),
    phaseOf: l10n.t('Phase {0}/{1}'),
    gcRefs: l10n.t('Badges show gc_refs (tentative counts), not refcounts.'),
    phases: {
      start: l10n.t('objects examined'),
      'update-refs': l10n.t('tentative counts copied from the refcounts'),
      'subtract-refs': l10n.t('references from inside the set subtracted'),
      unreachable: l10n.t('unreachable set: nothing outside refers to them'),
      untrack: l10n.t('tuples and dicts that need no tracking untracked'),
      promote: l10n.t('survivors moved to an older generation'),
      weakrefs: l10n.t('weak references cleared'),
      finalize: l10n.t('finalizers (__del__) run'),
      resurrected: l10n.t('objects a finalizer made reachable again survive'),
      delete: l10n.t('garbage freed (references cleared)'),
      stop: l10n.t('collection over'),
    },
    causes: Object.fromEntries(REF_CAUSES.map((c) => [c, cause(c)])) as Record<RefCause, string>,
    graphLabel: l10n.t('Objects and references at this step'),
    objectAria: l10n.t('{0} {1}, id {2}'),
    rootAria: l10n.t('{0}, {1} variables'),
    slider: l10n.t('Step of the program'),
    legend: l10n.t('Legend'),
  };
}
