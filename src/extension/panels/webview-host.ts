// A panel's webview, whatever the panel: creates it with the strict page (webview-html.ts), restores it
// after a reload, queues posts until its script says `ready` (again after each hide/show, since hidden
// panels do not keep their document), and hands its messages to the feature. The memory graph uses it;
// the GIL timeline will be a second feature class over the same host.

import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { ReadyQueue } from './ready-queue';
import { webviewHtml } from './webview-html';

export interface PanelSpec {
  /** The webview panel type (also its serializer's). */
  viewType: string;
  /** webview/<name>/main.ts is bundled to dist/webview/<name>.js. */
  bundle: string;
  title: string;
}

export class WebviewHost<ToWebview extends { type: string }, FromWebview extends { type: string }> implements vscode.Disposable {
  private readonly queue: ReadyQueue<ToWebview>;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly messages = new vscode.EventEmitter<FromWebview>();
  /** Each message from the webview (`ready` included, after the queue is flushed). */
  readonly onMessage = this.messages.event;
  private readonly disposed = new vscode.EventEmitter<void>();
  readonly onDidDispose = this.disposed.event;

  constructor(
    readonly panel: vscode.WebviewPanel,
    extensionUri: vscode.Uri,
    spec: PanelSpec,
    replaces: ReadonlySet<string>,
  ) {
    const webview = panel.webview;
    const dist = vscode.Uri.joinPath(extensionUri, 'dist', 'webview');
    webview.options = { enableScripts: true, localResourceRoots: [dist] };
    this.queue = new ReadyQueue<ToWebview>((message) => void webview.postMessage(message), replaces);
    webview.html = webviewHtml({
      cspSource: webview.cspSource,
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(dist, `${spec.bundle}.js`)).toString(),
      codiconUri: webview.asWebviewUri(vscode.Uri.joinPath(dist, 'codicons', 'codicon.css')).toString(),
      nonce: randomBytes(16).toString('hex'),
      title: spec.title,
      lang: vscode.env.language,
    });
    this.disposables.push(
      webview.onDidReceiveMessage((message: FromWebview) => {
        if (message.type === 'ready') this.queue.markReady();
        this.messages.fire(message);
      }),
      panel.onDidChangeViewState(() => {
        // A hidden panel loses its document; it says `ready` again when shown.
        if (!panel.visible) this.queue.markNotReady();
      }),
      panel.onDidDispose(() => this.dispose()),
    );
  }

  static create<To extends { type: string }, From extends { type: string }>(
    extensionUri: vscode.Uri, spec: PanelSpec, replaces: ReadonlySet<string>, column: vscode.ViewColumn,
  ): WebviewHost<To, From> {
    const panel = vscode.window.createWebviewPanel(spec.viewType, spec.title, { viewColumn: column, preserveFocus: true }, {
      enableScripts: true,
      localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'dist', 'webview')],
    });
    return new WebviewHost<To, From>(panel, extensionUri, spec, replaces);
  }

  post(message: ToWebview): void {
    this.queue.post(message);
  }

  get visible(): boolean {
    return this.panel.visible;
  }

  reveal(): void {
    this.panel.reveal(undefined, true);
  }

  private isDisposed = false;
  dispose(): void {
    if (this.isDisposed) return;
    this.isDisposed = true;
    this.disposed.fire();
    for (const d of this.disposables.splice(0)) d.dispose();
    this.messages.dispose();
    this.disposed.dispose();
    this.panel.dispose();
  }
}
