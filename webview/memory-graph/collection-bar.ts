// The collection banner: says a collection ran during the step and offers to replay it; while replaying,
// steps through its phases (tentative counts, internal references subtracted, unreachable set, finalizers,
// freeing).

import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import '@vscode-elements/elements/dist/vscode-button/index.js';
import '@vscode-elements/elements/dist/vscode-toolbar-button/index.js';
import type { CollectionPlayback, CollectionSummary, MemoryGraphStrings } from '../../src/shared/memory-graph-protocol';
import { format } from '../shared/format';

export type CollectionRequest = { kind: 'play'; index: number } | { kind: 'phase'; phase: number } | { kind: 'close' };

@customElement('graph-collection-bar')
export class GraphCollectionBar extends LitElement {
  static override styles = css`
    :host {
      display: flex;
      align-items: center;
      gap: 8px;
      padding: 4px 8px;
      background: var(--vscode-editorInfo-background, var(--vscode-editorWidget-background));
      border-bottom: 1px solid var(--vscode-editorInfo-border, var(--vscode-panel-border));
      color: var(--vscode-foreground);
      flex-wrap: wrap;
    }
    :host([hidden]) { display: none; }
    .phase { font-weight: 600; }
    .muted { color: var(--vscode-descriptionForeground); }
  `;

  @property({ attribute: false }) strings!: MemoryGraphStrings;
  @property({ attribute: false }) collections: CollectionSummary[] = [];
  @property({ attribute: false }) playback: CollectionPlayback | null = null;
  @property({ type: Number }) phase = 0;

  private request(detail: CollectionRequest): void {
    this.dispatchEvent(new CustomEvent<CollectionRequest>('collection-request', { detail, bubbles: true, composed: true }));
  }

  override render() {
    const s = this.strings;
    const p = this.playback;
    if (p) {
      const step = p.phases[this.phase];
      const count = p.phases.length;
      return html`
        <span class="phase" aria-live="polite">${format(s.phaseOf, this.phase + 1, count)}: ${step ? s.phases[step.phase] : ''}</span>
        <vscode-toolbar-button icon="debug-step-back" label=${s.previous} title=${s.previous} @click=${() => this.request({ kind: 'phase', phase: Math.max(0, this.phase - 1) })}></vscode-toolbar-button>
        <vscode-toolbar-button icon="debug-step-over" label=${s.next} title=${s.next} @click=${() => this.request({ kind: 'phase', phase: Math.min(count - 1, this.phase + 1) })}></vscode-toolbar-button>
        <span class="muted">${step && (step.phase === 'update-refs' || step.phase === 'subtract-refs') ? s.gcRefs : nothing}</span>
        <vscode-button secondary @click=${() => this.request({ kind: 'close' })}>${s.closeCollection}</vscode-button>
      `;
    }
    return html`${this.collections.map((c) => html`
      <span>${format(s.collectionRan, c.generation, c.collected, c.line)}</span>
      <vscode-button @click=${() => this.request({ kind: 'play', index: c.index })}>${s.playCollection}</vscode-button>`)}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'graph-collection-bar': GraphCollectionBar;
  }
}
