// What an oracle case needs beyond its source, shared by scripts/regenerate-goldens.mjs and
// test/oracle/oracle.test.ts: modules beyond the standard library (a line `# oracle: requires numpy`,
// comma-separated names, in the case), and the text its stdin holds (a sidecar `<name>.stdin`).
// Plain JavaScript so that the Node script can import it; its types are in case-requirements.d.mts.

import { existsSync, readFileSync } from 'node:fs';

/**
 * The case's stdin: its sidecar file's text (`cases/<topic>/<name>.stdin` beside `<name>.py`), or
 * undefined when it has none (an empty stdin).
 * @param {string} caseFile the case's .py path
 * @returns {string | undefined}
 */
export function caseStdin(caseFile) {
  const sidecar = caseFile.replace(/\.py$/, '.stdin');
  return existsSync(sidecar) ? readFileSync(sidecar, 'utf8') : undefined;
}

/**
 * The modules a case says it requires (none for most cases).
 * @param {string} source the case's Python source
 * @returns {string[]}
 */
export function requiredModules(source) {
  const names = [];
  for (const match of source.matchAll(/^#\s*oracle:\s*requires\s+(.+)$/gm)) {
    for (const name of match[1].split(',')) if (name.trim()) names.push(name.trim());
  }
  return names;
}
