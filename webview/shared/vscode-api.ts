// The webview side of a panel's channel: typed posts to the host, typed messages from it, and the state
// VS Code keeps while the panel is hidden (getState/setState). Every panel's entry uses it.

interface VsCodeApi {
  postMessage(message: unknown): void;
  getState(): unknown;
  setState(state: unknown): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

export class WebviewChannel<ToWebview extends { type: string }, FromWebview extends { type: string }, State> {
  private readonly api: VsCodeApi = acquireVsCodeApi();

  post(message: FromWebview): void {
    this.api.postMessage(message);
  }

  /** Calls `handler` with each message from the host; returns the unsubscribe function. */
  listen(handler: (message: ToWebview) => void): () => void {
    const listener = (event: MessageEvent<ToWebview>) => {
      const data = event.data;
      if (data && typeof data === 'object' && typeof data.type === 'string') handler(data);
    };
    window.addEventListener('message', listener);
    return () => window.removeEventListener('message', listener);
  }

  get state(): Partial<State> {
    const saved = this.api.getState();
    return saved && typeof saved === 'object' ? (saved as Partial<State>) : {};
  }

  saveState(state: State): void {
    this.api.setState(state);
  }
}
