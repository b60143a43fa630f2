// The localized words of annotations and hovers (English source strings; French in l10n/bundle.l10n.fr.json).

import * as vscode from 'vscode';
import type { RefCause } from '../core/trace/events';
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
  };
}
