// The HTML page of a panel's webview: a strict Content-Security-Policy (no remote content, only the
// extension's own files, the script by nonce, workers only from blobs that script makes), the codicon
// stylesheet vscode-elements looks for, one bundled script. Pure: unit-tested.

export interface WebviewPage {
  /** The webview's `cspSource` (its resource origin). */
  cspSource: string;
  scriptUri: string;
  codiconUri: string;
  nonce: string;
  title: string;
  /** BCP 47 language of the strings (VS Code's display language). */
  lang: string;
}

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function contentSecurityPolicy(page: Pick<WebviewPage, 'cspSource' | 'nonce'>): string {
  return [
    "default-src 'none'",
    `script-src 'nonce-${page.nonce}'`,
    `style-src ${page.cspSource}`,
    `font-src ${page.cspSource}`,
    `img-src ${page.cspSource} data:`,
    // The memory graph lays out in a Web Worker started from a Blob (webviews cannot start one from a URL).
    'worker-src blob:',
  ].join('; ');
}

export function webviewHtml(page: WebviewPage): string {
  return `<!DOCTYPE html>
<html lang="${escape(page.lang)}">
<head>
  <meta charset="UTF-8">
  <meta http-equiv="Content-Security-Policy" content="${escape(contentSecurityPolicy(page))}">
  <meta name="viewport" content="width=device-width, initial-scale=1.0">
  <link id="vscode-codicon-stylesheet" rel="stylesheet" href="${escape(page.codiconUri)}" nonce="${escape(page.nonce)}">
  <title>${escape(page.title)}</title>
</head>
<body>
  <script nonce="${escape(page.nonce)}" src="${escape(page.scriptUri)}"></script>
</body>
</html>
`;
}
