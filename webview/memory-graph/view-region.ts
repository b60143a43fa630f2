// Which part of a large graph the panel draws: what is in view in the scrolling canvas and a screen around
// it, drawn again once the learner scrolls past it (checked once a frame). A thousand objects are some
// 15,000 SVG elements, which take Chromium longer to lay out and paint than the rest of a step. Also where
// a run's first drawing opens: on its roots (at the top of a large graph's layered placement; ELK centres
// them on the height of what they reach).

import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Box } from './model/layout';
import { MARGIN } from './render/graph-svg';

/** Up to this many nodes everything is drawn. */
export const DRAW_ALL_UP_TO = 300;

const contains = (outer: Box, inner: Box) =>
  inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;

/** A view with a screen's width and height around it. */
const around = (view: Box): Box => ({ x: view.x - view.width, y: view.y - view.height, width: 3 * view.width, height: 3 * view.height });

export class ViewRegion implements ReactiveController {
  private drawn: Box | null = null;
  private frame = 0;
  /** Where the canvas is to be scrolled once drawn. */
  private pendingScroll: { left: number; top: number } | null = null;
  private observed: Element | null = null;
  private readonly resized = new ResizeObserver(() => this.follow(true));

  /**
   * `canvas` finds the scrolling element (null before the first drawing), `nodes` tells how many nodes the
   * drawing has now.
   */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly canvas: () => HTMLElement | null,
    private readonly nodes: () => number,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const canvas = this.canvas();
    if (canvas && canvas !== this.observed) {
      if (this.observed) this.resized.unobserve(this.observed);
      this.resized.observe(canvas);
      this.observed = canvas;
    }
    if (canvas && this.pendingScroll) {
      canvas.scrollLeft = this.pendingScroll.left;
      canvas.scrollTop = this.pendingScroll.top;
      this.pendingScroll = null;
    }
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.resized.disconnect();
    this.observed = null;
  }

  /** The canvas scrolled (its `scroll` event). */
  readonly onScroll = (): void => this.follow(false);

  /** The next drawing opens with `box` (layout coordinates) half-way down, if the drawing is taller than the view. */
  openOn(box: Box | undefined, drawingHeight: number): void {
    const view = this.inView();
    if (!box || drawingHeight + 2 * MARGIN <= view.height) return;
    this.pendingScroll = { left: 0, top: Math.max(0, box.y + MARGIN + box.height / 2 - view.height / 2) };
  }

  /** What to draw: everything (null) on a small graph or when `all`, else the region around the view. */
  region(all: boolean): Box | null {
    if (all || this.nodes() <= DRAW_ALL_UP_TO) return null;
    const view = this.inView();
    return this.drawn && contains(this.drawn, view) ? this.drawn : around(view);
  }

  /** The part of the layout in view (layout coordinates; before the canvas exists, the page's size). */
  private inView(): Box {
    const canvas = this.canvas();
    const scroll = this.pendingScroll ?? { left: canvas?.scrollLeft ?? 0, top: canvas?.scrollTop ?? 0 };
    const [width, height] = canvas ? [canvas.clientWidth, canvas.clientHeight] : [this.host.clientWidth || innerWidth, this.host.clientHeight || innerHeight];
    return { x: scroll.left - MARGIN, y: scroll.top - MARGIN, width, height };
  }

  private follow(resized: boolean): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      if (this.nodes() <= DRAW_ALL_UP_TO) return;
      const view = this.inView();
      if (resized || !this.drawn || !contains(this.drawn, view)) {
        this.drawn = around(view);
        this.host.requestUpdate();
      }
    });
  }
}
