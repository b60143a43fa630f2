// `{0}`-style placeholders, as vscode.l10n.t uses them: the host sends the localized templates, the
// webview fills them in.

export function format(template: string, ...args: (string | number)[]): string {
  return template.replace(/\{(\d+)\}/g, (whole, index: string) => {
    const value = args[Number(index)];
    return value === undefined ? whole : String(value);
  });
}
