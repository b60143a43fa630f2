// The lesson panel: title, "step k / n", the step's question and choices (predict first), then its
// explanation, and Back / Next. A pure view of the host's state: every click is a message to the host,
// which answers with the new state.

import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import '@vscode-elements/elements/dist/vscode-button/index.js';
import type { FromLesson, LessonPanelState, LessonStrings, PredictionView, ToLesson } from '../../src/shared/lesson-protocol';
import type { WebviewChannel } from '../shared/vscode-api';
import { format } from '../shared/format';
import { inlineCodeRuns } from './inline-code';

@customElement('lesson-app')
export class LessonApp extends LitElement {
  static override styles = css`
    :host {
      display: block;
      box-sizing: border-box;
      min-height: 100vh;
      padding: 12px 16px;
      background: var(--vscode-editor-background);
      color: var(--vscode-foreground);
      font-family: var(--vscode-font-family);
      font-size: var(--vscode-font-size);
      line-height: 1.5;
    }
    header { margin-bottom: 12px; }
    h1 { font-size: 1.3em; margin: 0 0 2px; font-weight: 600; }
    .where { color: var(--vscode-descriptionForeground); font-variant-numeric: tabular-nums; }
    .note { color: var(--vscode-descriptionForeground); font-style: italic; }
    .question { font-weight: 600; margin: 12px 0 6px; }
    .choices { display: flex; flex-direction: column; align-items: flex-start; gap: 6px; }
    .choices vscode-button.chosen { outline: 2px solid var(--vscode-focusBorder); outline-offset: 1px; }
    .feedback { margin: 10px 0; padding: 6px 10px; border-left: 3px solid; }
    .feedback.right { border-color: var(--vscode-testing-iconPassed, var(--vscode-charts-green)); }
    .feedback.wrong { border-color: var(--vscode-testing-iconFailed, var(--vscode-errorForeground)); }
    .text { margin: 12px 0; }
    code {
      font-family: var(--vscode-editor-font-family);
      font-size: var(--vscode-editor-font-size);
      background: var(--vscode-textCodeBlock-background);
      padding: 0 3px;
      border-radius: 3px;
      white-space: nowrap;
    }
    nav { display: flex; gap: 8px; margin-top: 16px; }
    .done { margin-top: 12px; font-weight: 600; color: var(--vscode-testing-iconPassed, var(--vscode-charts-green)); }
  `;

  channel: WebviewChannel<ToLesson, FromLesson, unknown> | null = null;
  @state() private strings: LessonStrings | null = null;
  @state() private lesson: LessonPanelState | null = null;

  receive(message: ToLesson): void {
    switch (message.type) {
      case 'init':
        this.strings = message.strings;
        return;
      case 'state':
        this.lesson = message.state;
        return;
      default: {
        const unexpected: never = message;
        throw new Error(`unexpected message ${JSON.stringify(unexpected)}`);
      }
    }
  }

  private send(message: FromLesson): void {
    this.channel?.post(message);
  }

  override render(): TemplateResult | typeof nothing {
    const s = this.strings;
    if (!s) return nothing;
    const l = this.lesson;
    if (!l) return html`<p class="note">${s.empty}</p>`;
    return html`
      <header>
        <h1>${format(s.lesson, l.lessonNumber)} · ${l.title}</h1>
        <div class="where">${format(s.stepOf, l.stepIndex + 1, l.stepCount)}</div>
      </header>
      ${l.simulation === 'running' ? html`<p class="note">${s.simulating}</p>` : nothing}
      ${l.simulation === 'failed' ? html`<p class="note">${s.simulationFailed}</p>` : nothing}
      ${l.prediction ? this.renderPrediction(l.prediction, l.simulation === 'ready', s) : nothing}
      ${l.text === null ? nothing : html`<p class="text">${renderInlineCode(l.text)}</p>`}
      <nav>
        <vscode-button secondary ?disabled=${!l.canBack} @click=${() => this.send({ type: 'back' })}>${s.back}</vscode-button>
        <vscode-button ?disabled=${!l.canNext} @click=${() => this.send({ type: 'next' })}>${l.isLast ? s.finish : s.next}</vscode-button>
      </nav>
      ${l.completed ? html`<p class="done">${s.done}</p>` : nothing}
    `;
  }

  private renderPrediction(p: PredictionView, simulationReady: boolean, s: LessonStrings): TemplateResult {
    const answered = p.answer !== null;
    return html`
      <section class="prediction">
        ${answered ? nothing : html`<p class="note">${s.predictFirst}</p>`}
        <p class="question">${renderInlineCode(p.question)}</p>
        <div class="choices">
          ${p.choices.map((choice, i) => html`
            <vscode-button
              secondary
              class=${p.answer?.chosen === i ? 'chosen' : ''}
              ?disabled=${answered || !simulationReady}
              @click=${() => this.send({ type: 'predict', choice: i })}
            >${choice}</vscode-button>`)}
        </div>
        ${p.answer
          ? html`<p class="feedback ${p.answer.right ? 'right' : 'wrong'}">
              <strong>${p.answer.right ? s.right : s.wrong}</strong> ${format(s.simulationSays, p.answer.actual)}
            </p>`
          : nothing}
      </section>
    `;
  }
}

function renderInlineCode(text: string): TemplateResult[] {
  return inlineCodeRuns(text).map((run) => (run.kind === 'code' ? html`<code>${run.text}</code>` : html`${run.text}`));
}

declare global {
  interface HTMLElementTagNameMap {
    'lesson-app': LessonApp;
  }
}
