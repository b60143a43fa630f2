// The words the editor shows: annotation text after a line and hover markdown. Pure: the extension passes
// the localized words in (vscode.l10n.t), unit tests pass English ones.

import type { RefCause } from '../core/trace/events';
import type {
  AnnotationItem, GilMark, HistoryEntry, LineAnnotation, ObjectDetails, ObjectRef, OpenRelease, RefcountValue, Referrer, ReleaseReason, ThreadReleases,
} from '../shared/protocol';

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
  /** GIL marks (gilMarkText): `GIL released {0}` (a duration, or timesTotal). */
  gilReleased(duration: string): string;
  /** `×{0}, {1} total`: several releases on a line. */
  timesTotal(count: number, total: string): string;
  reacquiredAtOnce: string;
  /** `reacquired after {0} wait` */
  reacquiredAfter(wait: string): string;
  /** `{0} waiting to reacquire`: the waits of several releases, summed. */
  reacquireWaits(total: string): string;
  /** The call's kind: `sleep`, `lock wait`, `I/O`, or the C function's name. */
  releaseReason(reason: ReleaseReason): string;
  /** A call under way: `sleeping`, `waiting for a lock`, `waiting for I/O`, `running C code`. */
  inCall(reason: ReleaseReason): string;
  /** `GIL released — {0}` (inCall's state). */
  gilReleasedNow(state: string): string;
  /** The call returned, the thread waits to take the GIL back. */
  waitingForGil: string;
  /** Models without a GIL (3.13t): `{0} {1} · no GIL to release` (the calls' kinds, a duration). */
  noGilCall(reasons: string, duration: string): string;
  /** `{0} · no GIL to release` (inCall's state). */
  noGilNow(state: string): string;
  /** `{0} threads` */
  threadCount(count: number): string;
  gilHoverTitle: string;
  noGilHoverTitle: string;
  gilHoverBlocking: string;
  /** `{0}`: the C functions. */
  gilHoverNative(functions: string): string;
  noGilHover: string;
  /** One thread's call: `{0}: {1} in the call` */
  gilHoverThreadOnce(thread: string, duration: string): string;
  /** One thread's calls: `{0}: ×{1}, {2} in the calls` */
  gilHoverThread(thread: string, count: number, duration: string): string;
  /** A release under way: `{0}: now {1}` */
  gilHoverNow(thread: string, state: string): string;
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

/** A simulated duration as a learner reads it: `35 µs`, `4.9 ms`, `100 ms`, `1.2 s`. */
export function formatDuration(ns: number): string {
  if (ns < 1_000) return `${Math.round(ns)} ns`;
  if (ns < 1_000_000) return `${Math.round(ns / 1_000)} µs`;
  const ms = ns / 1_000_000;
  if (ms < 9.95) return `${ms.toFixed(1)} ms`;
  if (ms < 999.5) return `${Math.round(ms)} ms`;
  const s = ns / 1e9;
  return s < 9.95 ? `${s.toFixed(1)} s` : `${Math.round(s)} s`;
}

function sum(stats: readonly ThreadReleases[], field: 'releases' | 'releasedNs' | 'reacquireWaitNs'): number {
  return stats.reduce((total, s) => total + s[field], 0);
}

/** `Thread-1: `, when a thread other than the main one released (up to two names, else how many threads). */
function whoPrefix(threads: readonly { thread: string; main: boolean }[], words: Words): string {
  if (threads.every((t) => t.main)) return '';
  const names = [...new Set(threads.map((t) => t.thread))];
  return `${names.length <= 2 ? names.join(', ') : words.threadCount(names.length)}: `;
}

function durationText(count: number, totalNs: number, words: Words): string {
  return count === 1 ? formatDuration(totalNs) : words.timesTotal(count, formatDuration(totalNs));
}

function reacquireText(count: number, waitNs: number, words: Words): string {
  if (waitNs === 0) return words.reacquiredAtOnce;
  return count === 1 ? words.reacquiredAfter(formatDuration(waitNs)) : words.reacquireWaits(formatDuration(waitNs));
}

function reasonsText(reasons: readonly ReleaseReason[], words: Words): string {
  return reasons.map((r) => words.releaseReason(r)).join(', ');
}

function openText(open: readonly OpenRelease[], gil: boolean, words: Words): string {
  const last = open[open.length - 1];
  const who = whoPrefix(open, words);
  if (!gil) return `${who}${words.noGilNow(words.inCall(last.reason))}`;
  return `${who}${last.phase === 'reacquiring' ? words.waitingForGil : words.gilReleasedNow(words.inCall(last.reason))}`;
}

/**
 * The GIL mark after a line, or null: its blocking calls' releases so far (how many, how long, the wait to take
 * the GIL back), and the calls still under way at the step shown. `detailed` also names the kinds of calls.
 */
export function gilMarkText(mark: GilMark, detail: AnnotationDetail, words: Words): string | null {
  if (detail === 'off') return null;
  const parts: string[] = [];
  const count = sum(mark.done, 'releases');
  if (count > 0) {
    const duration = durationText(count, sum(mark.done, 'releasedNs'), words);
    const who = whoPrefix(mark.done, words);
    if (!mark.gil) {
      parts.push(`${who}${words.noGilCall(reasonsText(mark.reasons, words), duration)}`);
    } else {
      const reasons = detail === 'detailed' ? ` (${reasonsText(mark.reasons, words)})` : '';
      parts.push(`${who}${words.gilReleased(duration)}${reasons} · ${reacquireText(count, sum(mark.done, 'reacquireWaitNs'), words)}`);
    }
  }
  if (mark.open.length > 0) parts.push(openText(mark.open, mark.gil, words));
  return parts.length > 0 ? parts.join('; ') : null;
}

/** Markdown for the hover of a line with a GIL mark: why the call released the GIL, and what each thread did. */
export function gilHoverMarkdown(mark: GilMark, words: Words): string {
  const out: string[] = [`**${escapeMarkdown(mark.gil ? words.gilHoverTitle : words.noGilHoverTitle)}**`, ''];
  if (!mark.gil) {
    out.push(escapeMarkdown(words.noGilHover), '');
  } else {
    const natives = mark.reasons.flatMap((r) => (r.kind === 'native' ? [r.function] : []));
    if (natives.length < mark.reasons.length) out.push(escapeMarkdown(words.gilHoverBlocking), '');
    if (natives.length > 0) out.push(escapeMarkdown(words.gilHoverNative(natives.join(', '))), '');
  }
  const rows: string[] = [];
  for (const t of mark.done) {
    const duration = formatDuration(t.releasedNs);
    const head = t.releases === 1 ? words.gilHoverThreadOnce(t.thread, duration) : words.gilHoverThread(t.thread, t.releases, duration);
    rows.push(`- ${escapeMarkdown(mark.gil ? `${head} · ${reacquireText(t.releases, t.reacquireWaitNs, words)}` : head)}`);
  }
  for (const o of mark.open) {
    const state = o.phase === 'reacquiring' ? words.waitingForGil : mark.gil ? words.gilReleasedNow(words.inCall(o.reason)) : words.inCall(o.reason);
    rows.push(`- ${escapeMarkdown(words.gilHoverNow(o.thread, state))}`);
  }
  out.push(...rows);
  return out.join('\n').trimEnd();
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
