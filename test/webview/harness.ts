// Runs a panel's built bundle (dist/webview/<panel>.js) in Debian's Chromium, outside VS Code: a loopback
// HTTP server serves the bundle, the codicons and a page made by the extension's own webviewHtml (same
// strict CSP), plus a stand-in for acquireVsCodeApi that records what the webview posts and a theme's
// --vscode-* variables. Tests then send the host's messages with window.postMessage.
import { readFileSync, existsSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { webviewHtml } from '../../src/extension/panels/webview-html';
import { SimulationSession } from '../../src/worker/session';
import type { FromWorker, SimulatedPython } from '../../src/shared/protocol';
import type { MemoryGraphSnapshot, CollectionPlayback, ObjectHistory } from '../../src/shared/memory-graph-protocol';

export const CHROMIUM = '/usr/bin/chromium';
export const root = path.resolve(__dirname, '..', '..');
export type Theme = 'light' | 'dark';

const NONCE = 'testnonce0123456789';
const TYPES: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css', '.ttf': 'font/ttf', '.html': 'text/html' };

/** Before the bundle: records posts and state, marks the body with the theme's class (as VS Code does). */
function fakeVsCodeApi(theme: Theme): string {
  return `
    window.__posted = [];
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));
    let state = JSON.parse(sessionStorage.getItem('state') || 'null');
    window.acquireVsCodeApi = () => ({
      postMessage: (m) => window.__posted.push(m),
      getState: () => state,
      setState: (s) => { state = s; sessionStorage.setItem('state', JSON.stringify(s)); },
    });
    document.addEventListener('DOMContentLoaded', () => document.body.classList.add('vscode-${theme}'));
  `;
}

function page(panel: string, origin: string, theme: Theme): string {
  const html = webviewHtml({
    cspSource: origin, scriptUri: `${origin}/dist/webview/${panel}.js`, codiconUri: `${origin}/dist/webview/codicons/codicon.css`,
    nonce: NONCE, title: panel, lang: 'en',
  });
  // The theme's variables (VS Code puts them on <html>) and the API stand-in go before the bundle.
  return html
    .replace('</head>', `  <link rel="stylesheet" href="${origin}/test/webview/themes/${theme}.css">\n</head>`)
    .replace('<body>', `<body>\n  <script nonce="${NONCE}">${fakeVsCodeApi(theme)}</script>`);
}

export interface Harness {
  browser: Browser;
  origin: string;
  open(panel: string, theme: Theme, viewport?: { width: number; height: number }): Promise<Page>;
  close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium`);
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const match = /^\/page\/([a-z-]+)\/(light|dark)$/.exec(url.pathname);
    if (match) {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(page(match[1], origin, match[2] as Theme));
      return;
    }
    const file = path.join(root, path.normalize(url.pathname));
    const allowed = file.startsWith(path.join(root, 'dist', 'webview')) || file.startsWith(path.join(root, 'test', 'webview', 'themes'));
    if (!allowed || !existsSync(file)) {
      res.writeHead(404);
      res.end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  return {
    browser,
    origin,
    async open(panel, theme, viewport = { width: 1200, height: 700 }) {
      const p = await browser.newPage({ viewport, colorScheme: theme });
      await p.goto(`${origin}/page/${panel}/${theme}`);
      await p.waitForFunction(() => (window as unknown as { __posted: { type: string }[] }).__posted.some((m) => m.type === 'ready'));
      return p;
    },
    async close() {
      await browser.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Sends a host message to the webview. */
export async function send(p: Page, message: unknown): Promise<void> {
  await p.evaluate((m) => window.postMessage(m, '*'), message);
}

/** What the webview posted so far. */
export async function posted<T>(p: Page): Promise<T[]> {
  return p.evaluate(() => (window as unknown as { __posted: T[] }).__posted);
}

/** Runs a program through the real worker session and answers graph requests from it: the fixtures. */
export class FixtureRun {
  private readonly out: FromWorker[] = [];
  private readonly session = new SimulationSession((m) => this.out.push(m));
  readonly lineSteps: number;

  constructor(source: string, python: SimulatedPython = '3.12') {
    this.session.handle({ type: 'run', runId: 1, source, filename: 'fixture.py', python, maxSteps: 5_000_000, maxMillis: 60_000 });
    const finished = this.reply('finished');
    this.lineSteps = finished.outcome.lineSteps;
  }

  static fromFile(name: string, python?: SimulatedPython): FixtureRun {
    return new FixtureRun(readFileSync(path.join(root, 'test', 'webview', 'fixtures', name), 'utf8'), python);
  }

  private reply<K extends FromWorker['type']>(type: K): Extract<FromWorker, { type: K }> {
    const m = this.out.pop();
    if (!m || m.type !== type) throw new Error(`expected ${type}, got ${JSON.stringify(m).slice(0, 300)}`);
    return m as Extract<FromWorker, { type: K }>;
  }

  graph(position: number | null): MemoryGraphSnapshot {
    this.session.handle({ type: 'graph', runId: 1, position });
    return this.reply('graph').graph;
  }

  collection(index: number): CollectionPlayback {
    this.session.handle({ type: 'collection', runId: 1, index });
    return this.reply('collection').playback;
  }

  history(objectId: number, position: number | null): ObjectHistory {
    this.session.handle({ type: 'history', runId: 1, objectId, position });
    return this.reply('history').history;
  }

  /** The first position whose line about to run is `line`. */
  positionBefore(line: number): number {
    for (let p = 0; p < this.lineSteps; p++) if (this.graph(p).currentLine === line) return p;
    throw new Error(`line ${line} never runs`);
  }
}
