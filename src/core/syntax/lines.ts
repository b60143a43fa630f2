// Offset ↔ (line, column) conversion for a source text. Lines are 1-based, columns
// 0-based and counted in UTF-16 units, like the rest of the syntax package.

export interface Position {
  line: number;
  col: number;
}

export class LineMap {
  /** Offset of the first character of each line; lineStarts[0] is line 1. */
  private readonly lineStarts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      if (text.charCodeAt(i) === 10) this.lineStarts.push(i + 1);
    }
  }

  /** 1-based line containing `offset`. */
  lineOf(offset: number): number {
    const starts = this.lineStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  pos(offset: number): Position {
    const line = this.lineOf(offset);
    return { line, col: offset - this.lineStarts[line - 1] };
  }

  lineStart(line: number): number {
    return this.lineStarts[Math.max(0, Math.min(line, this.lineStarts.length) - 1)];
  }

  /** Text of a line without its newline. */
  lineText(line: number): string {
    const start = this.lineStart(line);
    const nl = this.text.indexOf('\n', start);
    return this.text.slice(start, nl < 0 ? this.text.length : nl);
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }
}
