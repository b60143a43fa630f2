// Messages for a webview wait until it says `ready` (its script runs after the panel is created, and again
// each time a hidden panel is shown). Messages of a kind that replaces the previous one (a full snapshot)
// are coalesced while waiting. Pure: no vscode import, unit-tested.

export class ReadyQueue<T extends { type: string }> {
  private ready = false;
  private pending: T[] = [];

  /** @param replaces message kinds of which only the latest matters */
  constructor(private readonly send: (message: T) => void, private readonly replaces: ReadonlySet<string> = new Set()) {}

  post(message: T): void {
    if (this.ready) {
      this.send(message);
      return;
    }
    if (this.replaces.has(message.type)) this.pending = this.pending.filter((m) => m.type !== message.type);
    this.pending.push(message);
  }

  /** The webview's script is running: sends what waited, in order. */
  markReady(): void {
    this.ready = true;
    const waiting = this.pending;
    this.pending = [];
    for (const m of waiting) this.send(m);
  }

  /** The webview's document is gone (hidden without retained context): wait for the next `ready`. */
  markNotReady(): void {
    this.ready = false;
  }

  get isReady(): boolean {
    return this.ready;
  }

  get waiting(): number {
    return this.pending.length;
  }
}
