// The graph's colours and strokes: only `--vscode-*` theme variables, so light, dark and high-contrast
// themes all read well; high contrast also gets the theme's contrast borders.

import { css } from 'lit';

export const graphStyles = css`
  svg.graph {
    display: block;
    font-family: var(--vscode-font-family);
    font-size: 12px;
    user-select: none;
  }
  .edge path {
    fill: none;
    stroke: var(--vscode-editorLineNumber-foreground);
    stroke-width: 1.3;
  }
  .edge.from-root path {
    stroke: var(--vscode-textLink-foreground);
  }
  .edge text {
    fill: var(--vscode-descriptionForeground);
    font-family: var(--vscode-editor-font-family);
    font-size: 10px;
  }
  .arrowhead {
    fill: var(--vscode-editorLineNumber-foreground);
  }
  .root .box {
    fill: var(--vscode-sideBar-background, var(--vscode-editor-background));
    stroke: var(--vscode-textLink-foreground);
    stroke-width: 1.2;
  }
  .root .header {
    fill: var(--vscode-textLink-foreground);
    opacity: 0.18;
  }
  .root .title {
    fill: var(--vscode-foreground);
    font-weight: 600;
  }
  .root .row text {
    fill: var(--vscode-foreground);
    font-family: var(--vscode-editor-font-family);
  }
  .root .row.temporary text {
    fill: var(--vscode-descriptionForeground);
    font-style: italic;
  }
  .root .row circle {
    fill: var(--vscode-textLink-foreground);
  }
  .object {
    cursor: pointer;
    transition: opacity 300ms ease;
  }
  .object .box {
    fill: var(--vscode-editorWidget-background);
    stroke: var(--vscode-editorWidget-border, var(--vscode-descriptionForeground));
    stroke-width: 2.5;
  }
  .object.gen0 .box { stroke: var(--vscode-charts-green); }
  .object.gen1 .box { stroke: var(--vscode-charts-yellow); }
  .object.gen2 .box { stroke: var(--vscode-charts-orange); }
  .object.gen3 .box { stroke: var(--vscode-charts-purple); }
  .object.untracked .box {
    stroke: var(--vscode-descriptionForeground);
    stroke-width: 1;
  }
  .object.interpreter .box {
    stroke-dasharray: 2 3;
    fill: var(--vscode-editor-background);
  }
  .object .title {
    fill: var(--vscode-foreground);
    font-weight: 600;
  }
  .object .value {
    fill: var(--vscode-foreground);
    font-family: var(--vscode-editor-font-family);
    font-size: 11px;
  }
  .object .meta {
    fill: var(--vscode-descriptionForeground);
    font-size: 10px;
  }
  .object.unreachable {
    opacity: 0.6;
  }
  .object.unreachable .box {
    stroke: var(--vscode-disabledForeground);
    stroke-dasharray: 6 4;
  }
  .object.unreachable .meta {
    fill: var(--vscode-errorForeground);
    font-style: italic;
  }
  .object.selected .box,
  .object:focus-visible .box {
    stroke: var(--vscode-focusBorder);
    stroke-width: 3.5;
  }
  .object:focus {
    outline: none;
  }
  .badge rect {
    fill: var(--vscode-badge-background);
    stroke: var(--vscode-editorWidget-background);
    stroke-width: 1.5;
  }
  .badge text {
    fill: var(--vscode-badge-foreground);
    font-size: 11px;
    font-weight: 600;
  }
  .badge.gc-refs rect {
    fill: var(--vscode-charts-blue);
  }
  .badge.gc-refs text {
    fill: var(--vscode-editor-background);
  }
  .cycle rect {
    fill: var(--vscode-charts-red);
    fill-opacity: 0.07;
    stroke: var(--vscode-charts-red);
    stroke-dasharray: 5 4;
    stroke-width: 1.5;
  }
  /* The box around a cycle may take in neighbours: each member also gets its own ring. */
  .cycle-ring {
    fill: none;
    stroke: var(--vscode-charts-red);
    stroke-width: 1.5;
    stroke-dasharray: 4 3;
  }
  .cycle text {
    fill: var(--vscode-charts-red);
    font-size: 10px;
    font-weight: 600;
  }
  .object.gc-examined .box { stroke: var(--vscode-charts-blue); }
  .object.gc-unreachable .box {
    stroke: var(--vscode-charts-red);
    stroke-dasharray: 6 4;
  }
  .object.gc-finalizing .box,
  .object.gc-weakrefs-cleared .box { stroke: var(--vscode-charts-purple); }
  .object.gc-resurrected .box,
  .object.gc-promoted .box { stroke: var(--vscode-charts-green); }
  .object.gc-untracked .box { stroke: var(--vscode-descriptionForeground); }
  .object.gc-deleted,
  .object.ghost {
    animation: fade-out 900ms ease forwards;
  }
  .object.ghost .box {
    stroke: var(--vscode-disabledForeground);
    stroke-dasharray: 3 3;
  }
  @keyframes fade-out {
    from { opacity: 0.8; }
    to { opacity: 0.12; }
  }
  @media (prefers-reduced-motion: reduce) {
    .object.gc-deleted, .object.ghost { animation: none; opacity: 0.15; }
  }
  :host-context(.vscode-high-contrast) .object .box,
  :host-context(.vscode-high-contrast) .root .box {
    stroke-width: 2;
  }
  :host-context(.vscode-high-contrast) .badge rect {
    stroke: var(--vscode-contrastBorder);
  }
`;
