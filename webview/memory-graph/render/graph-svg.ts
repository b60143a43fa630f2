// Draws a laid-out graph as SVG (lit `svg` templates, keyed so a step updates in place): root frames with
// one row per variable, objects with type, value, id and a refcount badge, the generation as the ring's
// colour, references as arrows labelled by slot, cycles as group boxes, garbage greyed, freed objects
// fading out. A pure function of its inputs; colours are CSS classes over `--vscode-*` variables.

import { svg, nothing, type SVGTemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { GraphObject, MemoryGraphStrings } from '../../../src/shared/memory-graph-protocol';
import type { RefcountValue } from '../../../src/shared/protocol';
import { objectTitle, objectValue, ROOT_HEADER, ROW_HEIGHT, type GraphModel, type ObjectNode, type RootNode } from '../model/graph-model';
import type { Box, GraphLayout, Point } from '../model/layout';
import type { PhaseOverlay } from '../model/gc-playback';
import { format } from '../../shared/format';

export interface GhostNode {
  key: string;
  object: GraphObject;
  box: Box;
}

export interface RenderInput {
  model: GraphModel;
  layout: GraphLayout;
  strings: MemoryGraphStrings;
  selected: number | null;
  /** Objects freed during the step, drawn where they were, fading out. */
  ghosts: GhostNode[];
  overlay: PhaseOverlay | null;
  /** Only what meets this region (layout coordinates) is drawn; null: everything. */
  region: Box | null;
}

export const MARGIN = 16;
const VALUE_CHARS = 30;

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export function badgeText(refcount: RefcountValue): string {
  switch (refcount.kind) {
    case 'count':
      return String(refcount.value);
    case 'large':
      return '≫';
    case 'immortal':
      return '∞';
    default: {
      const never: never = refcount;
      return String(never);
    }
  }
}

export function refcountWords(refcount: RefcountValue, strings: MemoryGraphStrings): string {
  switch (refcount.kind) {
    case 'count':
      return format(strings.refs, refcount.value);
    case 'large':
      return strings.refsLarge;
    case 'immortal':
      return strings.refsImmortal;
    default: {
      const never: never = refcount;
      return String(never);
    }
  }
}

export function generationClass(generation: number): string {
  return generation >= 0 && generation <= 3 ? `gen${generation}` : 'untracked';
}

export function generationWords(generation: number, strings: MemoryGraphStrings): string {
  return generation >= 0 ? format(strings.generation, generation) : strings.untracked;
}

/** The object's description for screen readers (also the node's tooltip). */
export function objectAria(o: GraphObject, strings: MemoryGraphStrings): string {
  const parts = [format(strings.objectAria, objectTitle(o), o.value, o.pythonId), refcountWords(o.refcount, strings), generationWords(o.generation, strings)];
  if (o.unreachable) parts.push(strings.unreachable);
  return parts.join(', ');
}

function polyline(points: readonly Point[]): string {
  return points.map((p, i) => `${i ? 'L' : 'M'}${(p.x + MARGIN).toFixed(1)},${(p.y + MARGIN).toFixed(1)}`).join(' ');
}

/** Whether `box` meets `region` (null: the whole drawing). */
export function meets(box: Box, region: Box | null): boolean {
  return !region || (box.x < region.x + region.width && region.x < box.x + box.width && box.y < region.y + region.height && region.y < box.y + box.height);
}

function routeMeets(points: readonly Point[], region: Box | null): boolean {
  if (!region) return true;
  let [left, top, right, bottom] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const p of points) {
    left = Math.min(left, p.x);
    top = Math.min(top, p.y);
    right = Math.max(right, p.x);
    bottom = Math.max(bottom, p.y);
  }
  return meets({ x: left, y: top, width: right - left, height: bottom - top }, region);
}

/** Where a reference's slot is written: a third of the way along it, so labels leaving one object spread out. */
export function labelPoint(points: readonly Point[]): Point {
  const lengths = points.slice(1).map((p, i) => Math.hypot(p.x - points[i].x, p.y - points[i].y));
  let rest = lengths.reduce((a, b) => a + b, 0) / 3;
  for (let i = 0; i < lengths.length; i++) {
    if (rest <= lengths[i] && lengths[i] > 0) {
      const t = rest / lengths[i];
      return { x: points[i].x + t * (points[i + 1].x - points[i].x), y: points[i].y + t * (points[i + 1].y - points[i].y) };
    }
    rest -= lengths[i];
  }
  return points[0];
}

function renderObject(node: ObjectNode, box: Box, input: RenderInput): SVGTemplateResult {
  const o = node.object;
  const { strings, overlay } = input;
  const mark = overlay?.marks.get(o.id) ?? null;
  const gcRefs = overlay?.gcRefs.get(o.id);
  const classes = ['object', generationClass(o.generation)];
  if (o.interpreter) classes.push('interpreter');
  if (o.unreachable && !overlay) classes.push('unreachable');
  if (node.cycle !== null) classes.push('in-cycle');
  if (input.selected === o.id) classes.push('selected');
  if (mark) classes.push(`gc-${mark}`);
  const badge = gcRefs !== undefined ? String(gcRefs) : badgeText(o.refcount);
  const third = o.unreachable && !overlay ? strings.unreachable : `id ${o.pythonId}`;
  const badgeWidth = Math.max(20, badge.length * 7 + 10);
  const aria = objectAria(o, strings);
  return svg`<g class=${classes.join(' ')} data-id=${o.id} transform="translate(${box.x + MARGIN},${box.y + MARGIN})"
      role="button" tabindex="0" aria-label=${aria} aria-pressed=${input.selected === o.id ? 'true' : 'false'}>
    <title>${aria}</title>
    ${node.cycle !== null ? svg`<rect class="cycle-ring" x="-4" y="-4" width=${box.width + 8} height=${box.height + 8} rx="9"></rect>` : nothing}
    <rect class="box" width=${box.width} height=${box.height} rx="6"></rect>
    <text class="title" x="10" y="17">${clip(objectTitle(o), 22)}</text>
    <text class="value" x="10" y="34">${clip(objectValue(o), VALUE_CHARS)}</text>
    <text class="meta" x="10" y="49">${clip(third, VALUE_CHARS + 4)}</text>
    <g class=${gcRefs !== undefined ? 'badge gc-refs' : 'badge'} transform="translate(${box.width - badgeWidth / 2 - 4},0)">
      <rect x=${-badgeWidth / 2} y="-9" width=${badgeWidth} height="18" rx="9"></rect>
      <text y="4" text-anchor="middle">${badge}</text>
    </g>
  </g>`;
}

function renderRoot(node: RootNode, box: Box, strings: MemoryGraphStrings): SVGTemplateResult {
  const title = node.root.kind === 'globals'
    ? strings.globals
    : node.root.thread ? format(strings.threadFrame, node.root.name, node.root.thread) : format(strings.frame, node.root.name);
  return svg`<g class="root" transform="translate(${box.x + MARGIN},${box.y + MARGIN})" role="group" aria-label=${format(strings.rootAria, title, node.rows.length)}>
    <rect class="box" width=${box.width} height=${box.height} rx="4"></rect>
    <rect class="header" width=${box.width} height=${ROOT_HEADER - 2} rx="4"></rect>
    <text class="title" x="8" y="16">${clip(title, node.root.thread ? 48 : 28)}</text>
    ${node.rows.map((row, i) => svg`<g class=${row.temporary ? 'row temporary' : 'row'} transform="translate(0,${ROOT_HEADER + i * ROW_HEIGHT})">
      <text x="10" y="14">${clip(row.name, 24)}</text>
      <circle cx=${box.width} cy=${ROW_HEIGHT / 2} r="3"></circle>
    </g>`)}
  </g>`;
}

function renderGhost(ghost: GhostNode, strings: MemoryGraphStrings): SVGTemplateResult {
  const { box, object } = ghost;
  return svg`<g class="object ghost" transform="translate(${box.x + MARGIN},${box.y + MARGIN})" aria-hidden="true">
    <rect class="box" width=${box.width} height=${box.height} rx="6"></rect>
    <text class="title" x="10" y="17">${clip(objectTitle(object), 22)}</text>
    <text class="meta" x="10" y="34">${strings.freed}</text>
  </g>`;
}

/**
 * The whole drawing, or on a large graph what meets `input.region` (the part of the panel in view and a
 * screen around it): its size is the whole layout's plus margins either way, so the scroll bars are right.
 */
export function renderGraph(input: RenderInput): SVGTemplateResult {
  const { model, layout, strings, region } = input;
  const width = layout.width + 2 * MARGIN;
  const height = layout.height + 2 * MARGIN;
  const edgeLabels = model.edges.length <= 1500;
  return svg`<svg xmlns="http://www.w3.org/2000/svg" class="graph" width=${width} height=${height} viewBox="0 0 ${width} ${height}"
      role="group" aria-label=${strings.graphLabel}>
    <defs>
      <marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
        <path class="arrowhead" d="M0,0 L10,5 L0,10 z"></path>
      </marker>
    </defs>
    <g class="cycles">
      ${layout.cycles.filter((box) => meets(box, region)).map((box) => svg`<g class="cycle" transform="translate(${box.x + MARGIN},${box.y + MARGIN})">
        <rect width=${box.width} height=${box.height} rx="10"></rect>
        <text x="10" y=${box.height - 4}>${strings.cycle}</text>
      </g>`)}
    </g>
    <g class="edges">
      ${repeat(model.edges, (e) => e.id, (e) => {
        const points = layout.edges.get(e.id);
        if (!points || !routeMeets(points, region)) return nothing;
        const at = labelPoint(points);
        return svg`<g class=${e.port ? 'edge from-root' : 'edge'} data-from=${e.from} data-to=${e.to}>
          <path d=${polyline(points)} marker-end="url(#arrow)"></path>
          ${e.port || !edgeLabels ? nothing : svg`<text x=${at.x + MARGIN} y=${at.y + MARGIN - 3} text-anchor="middle">${clip(e.label, 18)}</text>`}
        </g>`;
      })}
    </g>
    <g class="nodes">
      ${repeat(model.nodes, (n) => n.key, (n) => {
        const box = layout.nodes.get(n.key);
        if (!box || !meets(box, region)) return nothing;
        return n.kind === 'root' ? renderRoot(n, box, strings) : renderObject(n, box, input);
      })}
      ${repeat(input.ghosts.filter((g) => meets(g.box, region)), (g) => `ghost:${g.key}`, (g) => renderGhost(g, strings))}
    </g>
  </svg>`;
}
