// What an oracle case needs beyond the standard library, shared by scripts/regenerate-goldens.mjs and
// test/oracle/oracle.test.ts: a line `# oracle: requires numpy` (comma-separated names) in the case.
// Plain JavaScript so that the Node script can import it; its types are in case-requirements.d.mts.

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
