// The words the editor shows: annotation text after a line and hover markdown. Pure: the extension passes
// the localized words in (vscode.l10n.t), unit tests pass English ones.

import type { RefCause } from '../core/trace/events';
import type { AnnotationItem, HistoryEntry, LineAnnotation, ObjectDetails, ObjectRef, RefcountValue, Referrer } from '../shared/protocol';

export type AnnotationDetail = 'off' | 'compact' | 'detailed';

export interface Words {
  /** `refs {0}` */
  refs(count: string): string;
  large: string;
  immortal: string;
  freed: string;
  /** `×{0}`: how many times the line ran. */
  runs(count: number): string;
  /** One phrase per cause (`bound to a name`...). */
  cause(cause: RefCause): string;
  created: string;
  destroyed: string;
  hoverTitle(label: string, type: string): string;
  idLine(pythonId: string): string;
  refcountNow: string;
  freedAtLine(line: number): string;
  history: string;
  /** 3.13t: said of a change another thread made, in the object's shared count. */
  sharedCount: string;
  omitted(count: number): string;
  referrers: string;
  nameIn(name: string, scope: string): string;
  otherReferences(count: number): string;
  noReferrers: string;
  line(line: number): string;
}

export function refcountText(value: RefcountValue, words: Words): string {
  switch (value.kind) {
    case 'count':
      return words.refs(String(value.value));
    case 'large':
      return words.refs(words.large);
    case 'immortal':
      return words.immortal;
  }
}

function objectText(o: ObjectRef): string {
  return o.value ? `${o.label} = ${o.value}` : o.label;
}

export function itemText(item: AnnotationItem, words: Words): string {
  switch (item.kind) {
    case 'bound':
      return `${item.name} → ${objectText(item.object)} · ${refcountText(item.refcount, words)}`;
    case 'deleted':
      return `del ${item.name}`;
    case 'released':
    case 'changed':
      return `${objectText(item.object)} · ${refcountText(item.refcount, words)}`;
    case 'freed':
      return `${item.object.label} ${words.freed}`;
  }
}

/** The text after a line, or null when there is nothing to say at this detail level. */
export function annotationText(annotation: LineAnnotation, detail: AnnotationDetail, words: Words): string | null {
  if (detail === 'off' || annotation.items.length === 0) return null;
  const parts = annotation.items.map((item) => itemText(item, words));
  if (detail === 'detailed' && annotation.runs > 1) parts.unshift(words.runs(annotation.runs));
  // CSS collapses runs of spaces in `::after` content: a visible separator.
  return parts.join('; ');
}

/** Markdown for a hover; `lineLink(line, text)` makes a link that reveals the line. */
export function hoverMarkdown(d: ObjectDetails, words: Words, lineLink: (line: number, text: string) => string): string {
  const out: string[] = [];
  out.push(`**${escapeMarkdown(words.hoverTitle(d.object.label, d.type))}** \`${escapeCode(d.preview)}\``, '');
  out.push(escapeMarkdown(words.idLine(d.pythonId)), '');
  if (d.refcount) out.push(`${escapeMarkdown(words.refcountNow)} **${escapeMarkdown(refcountText(d.refcount, words))}**`, '');
  else if (d.freedLine !== null) out.push(`**${escapeMarkdown(words.freed)}** — ${lineLink(d.freedLine, words.line(d.freedLine))}`, '');
  if (d.history.length > 0) {
    out.push(`${escapeMarkdown(words.history)}`, '');
    d.history.forEach((entry, i) => {
      if (i === d.historyOmittedAt && d.historyOmitted > 0) out.push(`- ${escapeMarkdown(words.omitted(d.historyOmitted))}`);
      out.push(`- ${historyLine(entry, words, lineLink)}`);
    });
    out.push('');
  }
  if (d.refcount) {
    out.push(escapeMarkdown(words.referrers), '');
    const lines = d.referrers.map((r) => `- ${escapeMarkdown(referrerText(r, words))}`);
    if (d.otherReferences > 0) lines.push(`- ${escapeMarkdown(words.otherReferences(d.otherReferences))}`);
    out.push(...(lines.length ? lines : [`- ${escapeMarkdown(words.noReferrers)}`]));
  }
  return out.join('\n').trimEnd();
}

function historyLine(e: HistoryEntry, words: Words, lineLink: (line: number, text: string) => string): string {
  const where = e.line > 0 ? lineLink(e.line, words.line(e.line)) : '';
  let what: string;
  if (e.event === 'alloc') what = `${words.created} → ${refcountText(e.refcount, words)}`;
  else if (e.event === 'free') what = words.destroyed;
  else {
    const sign = e.delta > 0 ? `+${e.delta}` : `−${-e.delta}`;
    const holder = e.holder ? ` \`${escapeCode(e.holder)}\`` : '';
    const shared = e.shared ? ` (${escapeMarkdown(words.sharedCount)})` : '';
    what = `**${sign}** ${escapeMarkdown(e.cause ? words.cause(e.cause) : '')}${holder}${shared} → ${escapeMarkdown(refcountText(e.refcount, words))}`;
  }
  return where ? `${where}: ${what}` : what;
}

function referrerText(r: Referrer, words: Words): string {
  switch (r.kind) {
    case 'name':
      return words.nameIn(r.name, r.scope);
    case 'holder':
      return `${words.cause(r.cause)} ${r.holder}${r.count > 1 ? ` ×${r.count}` : ''}`.trim();
  }
}

export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, (c) => `\\${c}`);
}

function escapeCode(text: string): string {
  return text.replace(/`/g, "'");
}
