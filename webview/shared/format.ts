// `{0}`-style placeholders, as vscode.l10n.t uses them: the host sends the localized templates, the
// webview fills them in.

/** Each template split once into its text (even indices) and placeholder numbers (odd indices). */
const compiled = new Map<string, (string | number)[]>();

function compile(template: string): (string | number)[] {
  const parts: (string | number)[] = template.split(/\{(\d+)\}/);
  for (let i = 1; i < parts.length; i += 2) parts[i] = Number(parts[i]);
  compiled.set(template, parts);
  return parts;
}

// The memory graph fills a few templates for each of a thousand objects on every step: split once.
export function format(template: string, ...args: (string | number)[]): string {
  const parts = compiled.get(template) ?? compile(template);
  let out = parts[0] as string;
  for (let i = 1; i < parts.length; i += 2) {
    const value = args[parts[i] as number];
    out += (value === undefined ? `{${parts[i]}}` : String(value)) + (parts[i + 1] as string);
  }
  return out;
}
