// The details pane of the selected object: what it is, where it was allocated (a link that reveals the line
// in the editor) and every +1/−1 of its count with cause, holder and line.

import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { GraphObject, MemoryGraphStrings, ObjectHistory } from '../../src/shared/memory-graph-protocol';
import type { HistoryEntry } from '../../src/shared/protocol';
import { format } from '../shared/format';
import { objectTitle } from './model/graph-model';
import { generationWords, refcountWords } from './render/graph-svg';

@customElement('graph-object-details')
export class GraphObjectDetails extends LitElement {
  static override styles = css`
    :host {
      display: block;
      padding: 8px 10px;
      overflow: auto;
      border-left: 1px solid var(--vscode-panel-border, var(--vscode-editorWidget-border));
      background: var(--vscode-sideBar-background, var(--vscode-editor-background));
      color: var(--vscode-foreground);
    }
    h2 { font-size: 13px; margin: 0 0 6px; }
    .value { font-family: var(--vscode-editor-font-family); word-break: break-all; }
    .muted { color: var(--vscode-descriptionForeground); }
    a { color: var(--vscode-textLink-foreground); cursor: pointer; text-decoration: none; }
    a:hover, a:focus-visible { text-decoration: underline; color: var(--vscode-textLink-activeForeground); }
    ol { padding-left: 1.4em; margin: 4px 0; }
    li { margin: 2px 0; font-variant-numeric: tabular-nums; }
    .plus { color: var(--vscode-charts-green); }
    .minus { color: var(--vscode-charts-red); }
  `;

  @property({ attribute: false }) strings!: MemoryGraphStrings;
  @property({ attribute: false }) object: GraphObject | null = null;
  @property({ attribute: false }) history: ObjectHistory | null = null;

  private reveal(line: number): void {
    this.dispatchEvent(new CustomEvent<number>('reveal-line', { detail: line, bubbles: true, composed: true }));
  }

  private lineLink(line: number) {
    const s = this.strings;
    return line > 0
      ? html`<a href="#" role="link" @click=${(e: Event) => { e.preventDefault(); this.reveal(line); }}>${format(s.lineN, line)}</a>`
      : html`<span class="muted">—</span>`;
  }

  private entry(e: HistoryEntry) {
    const s = this.strings;
    switch (e.event) {
      case 'alloc':
        return html`<li>${this.lineLink(e.line)}: ${s.created}</li>`;
      case 'free':
        return html`<li>${this.lineLink(e.line)}: ${s.freed}</li>`;
      case 'ref': {
        const sign = e.delta > 0 ? `+${e.delta}` : `−${-e.delta}`;
        const cause = e.cause ? s.causes[e.cause] : '';
        const count = e.refcount.kind === 'count' ? ` → ${e.refcount.value}` : '';
        return html`<li>${this.lineLink(e.line)}: <span class=${e.delta > 0 ? 'plus' : 'minus'}>${sign}</span> ${cause}${e.holder ? html` <code>${e.holder}</code>` : nothing}${count}</li>`;
      }
      default: {
        const never: never = e.event;
        return String(never);
      }
    }
  }

  override render() {
    const s = this.strings;
    const o = this.object;
    if (!o) return nothing;
    const h = this.history && this.history.id === o.id ? this.history : null;
    return html`
      <h2>${s.details}: ${objectTitle(o)}</h2>
      <div class="value">${o.value}</div>
      <div class="muted">${o.type} · id ${o.pythonId}</div>
      <div>${refcountWords(o.refcount, s)} · ${generationWords(o.generation, s)}</div>
      ${o.unreachable ? html`<div class="muted">${s.unreachable}</div>` : nothing}
      ${h ? html`
        <p>${s.allocatedAt} ${this.lineLink(h.allocLine)}${h.freedLine !== null ? html` · ${s.freedAt} ${this.lineLink(h.freedLine)}` : nothing}</p>
        <h2>${s.history}</h2>
        ${h.omitted ? html`<div class="muted">${format(s.historyOmitted, h.omitted)}</div>` : nothing}
        <ol aria-label=${s.history}>${h.entries.map((e) => this.entry(e))}</ol>` : nothing}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'graph-object-details': GraphObjectDetails;
  }
}
