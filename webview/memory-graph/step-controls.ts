// The panel's toolbar: first / previous / play-pause / next / last, a step slider and the step's text.
// It only reports where the learner wants to go (`go-to` events); the host moves the editor there too.

import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import '@vscode-elements/elements/dist/vscode-toolbar-button/index.js';
import type { MemoryGraphStrings } from '../../src/shared/memory-graph-protocol';
import { format } from '../shared/format';

export type StepRequest = { kind: 'go-to'; position: number } | { kind: 'toggle-play' } | { kind: 'export' } | { kind: 'fit' };

@customElement('graph-step-controls')
export class GraphStepControls extends LitElement {
  static override styles = css`
    :host {
      display: flex;
      align-items: center;
      gap: 4px;
      padding: 4px 8px;
      border-bottom: 1px solid var(--vscode-panel-border, var(--vscode-editorWidget-border));
      flex-wrap: wrap;
    }
    input[type='range'] {
      flex: 1 1 160px;
      min-width: 120px;
      accent-color: var(--vscode-button-background);
    }
    input[type='range']:focus-visible {
      outline: 1px solid var(--vscode-focusBorder);
    }
    .where {
      min-width: 9em;
      color: var(--vscode-descriptionForeground);
      font-variant-numeric: tabular-nums;
    }
    .spacer { flex: 0 0 8px; }
    vscode-toolbar-button.off { opacity: 0.4; }
  `;

  @property({ attribute: false }) strings!: MemoryGraphStrings;
  /** Line step shown, or lineSteps at the end. */
  @property({ type: Number }) position = 0;
  @property({ type: Number }) lineSteps = 0;
  @property({ type: Number }) currentLine: number | null = null;
  @property({ type: Boolean }) playing = false;
  @property({ type: Boolean }) fitted = false;

  private request(detail: StepRequest): void {
    this.dispatchEvent(new CustomEvent<StepRequest>('step-request', { detail, bubbles: true, composed: true }));
  }

  private goTo(position: number): void {
    this.request({ kind: 'go-to', position: Math.max(0, Math.min(this.lineSteps, position)) });
  }

  private whereText(): string {
    const s = this.strings;
    if (this.position >= this.lineSteps) return s.end;
    const step = format(s.stepOf, this.position + 1, this.lineSteps);
    return this.currentLine === null ? step : `${step} · ${format(s.lineN, this.currentLine)}`;
  }

  override render() {
    const s = this.strings;
    const atStart = this.position <= 0;
    const atEnd = this.position >= this.lineSteps;
    return html`
      <vscode-toolbar-button icon="debug-restart" label=${s.first} title=${s.first} class=${atStart ? 'off' : ''} aria-disabled=${atStart} @click=${() => this.goTo(0)}></vscode-toolbar-button>
      <vscode-toolbar-button icon="debug-step-back" label=${s.previous} title=${s.previous} class=${atStart ? 'off' : ''} aria-disabled=${atStart} @click=${() => this.goTo(this.position - 1)}></vscode-toolbar-button>
      <vscode-toolbar-button icon=${this.playing ? 'debug-pause' : 'play'} label=${this.playing ? s.pause : s.play} title=${this.playing ? s.pause : s.play}
        @click=${() => this.request({ kind: 'toggle-play' })}></vscode-toolbar-button>
      <vscode-toolbar-button icon="debug-step-over" label=${s.next} title=${s.next} class=${atEnd ? 'off' : ''} aria-disabled=${atEnd} @click=${() => this.goTo(this.position + 1)}></vscode-toolbar-button>
      <vscode-toolbar-button icon="debug-continue" label=${s.last} title=${s.last} class=${atEnd ? 'off' : ''} aria-disabled=${atEnd} @click=${() => this.goTo(this.lineSteps)}></vscode-toolbar-button>
      <input type="range" min="0" max=${this.lineSteps} .value=${String(this.position)} aria-label=${s.slider}
        aria-valuetext=${this.whereText()} @input=${(e: Event) => this.goTo(Number((e.target as HTMLInputElement).value))}>
      <span class="where" aria-live="polite">${this.whereText()}</span>
      <span class="spacer"></span>
      <vscode-toolbar-button icon="screen-full" label=${s.fit} title=${s.fit} toggleable ?checked=${this.fitted} @click=${() => this.request({ kind: 'fit' })}></vscode-toolbar-button>
      <vscode-toolbar-button icon="export" label=${s.exportSvg} title=${s.exportSvg} @click=${() => this.request({ kind: 'export' })}></vscode-toolbar-button>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'graph-step-controls': GraphStepControls;
  }
}
