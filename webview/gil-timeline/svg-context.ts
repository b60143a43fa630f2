// The part of a canvas 2D context the timeline's renderer uses, recorded as SVG: the same drawTimeline() draws
// on the screen's canvas and into this, so the exported SVG is what the panel shows, as vector shapes and
// text. Pure (no DOM): the webview passes a real canvas's measureText so text widths match the screen.

/** What drawTimeline() needs of a 2D context. */
export type TimelineCanvas = Pick<
  CanvasRenderingContext2D,
  'fillStyle' | 'strokeStyle' | 'font' | 'textBaseline' | 'beginPath' | 'moveTo' | 'lineTo' | 'fill' | 'stroke' | 'fillRect' | 'fillText' | 'setLineDash'
> & { measureText(text: string): { width: number } };

/** Escapes text and attribute values for XML. */
function xml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Rounds coordinates to 0.01 px so the file stays small and stable. */
function n(value: number): string {
  return String(Math.round(value * 100) / 100);
}

export class SvgContext implements TimelineCanvas {
  fillStyle: string | CanvasGradient | CanvasPattern = '#000';
  strokeStyle: string | CanvasGradient | CanvasPattern = '#000';
  font = '10px sans-serif';
  textBaseline: CanvasTextBaseline = 'alphabetic';
  private readonly parts: string[] = [];
  private path: string[] = [];
  private dash: number[] = [];

  constructor(
    private readonly width: number,
    private readonly height: number,
    private readonly measure: (text: string, font: string) => number = (text) => text.length * 6,
  ) {}

  private color(style: string | CanvasGradient | CanvasPattern): string {
    return typeof style === 'string' ? xml(style) : 'currentColor';
  }

  beginPath(): void {
    this.path = [];
  }

  moveTo(x: number, y: number): void {
    this.path.push(`M${n(x)} ${n(y)}`);
  }

  lineTo(x: number, y: number): void {
    this.path.push(`L${n(x)} ${n(y)}`);
  }

  fill(): void {
    if (this.path.length) this.parts.push(`<path d="${this.path.join('')}Z" fill="${this.color(this.fillStyle)}"/>`);
  }

  stroke(): void {
    if (!this.path.length) return;
    const dash = this.dash.length ? ` stroke-dasharray="${this.dash.join(' ')}"` : '';
    this.parts.push(`<path d="${this.path.join('')}" fill="none" stroke="${this.color(this.strokeStyle)}"${dash}/>`);
  }

  setLineDash(segments: number[]): void {
    this.dash = [...segments];
  }

  fillRect(x: number, y: number, w: number, h: number): void {
    this.parts.push(`<rect x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}" fill="${this.color(this.fillStyle)}"/>`);
  }

  fillText(text: string, x: number, y: number): void {
    const baseline = this.textBaseline === 'middle' ? ' dominant-baseline="central"' : '';
    this.parts.push(`<text x="${n(x)}" y="${n(y)}"${baseline} fill="${this.color(this.fillStyle)}" style="font: ${xml(this.font)}">${xml(text)}</text>`);
  }

  measureText(text: string): { width: number } {
    return { width: this.measure(text, this.font) };
  }

  /** The drawing as a standalone SVG document. */
  toString(): string {
    return [
      `<svg xmlns="http://www.w3.org/2000/svg" width="${this.width}" height="${this.height}" viewBox="0 0 ${this.width} ${this.height}">`,
      ...this.parts,
      '</svg>',
      '',
    ].join('\n');
  }
}
