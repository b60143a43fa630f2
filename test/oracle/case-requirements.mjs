// What an oracle case needs beyond its source, shared by scripts/regenerate-goldens.mjs and
// test/oracle/oracle.test.ts: modules beyond the standard library (a line `# oracle: requires numpy`,
// comma-separated names, in the case), the text its stdin holds (a sidecar `<name>.stdin`), and whether it
// touches files (a case of the topic folder `files/`: the real interpreters run it in a fresh empty
// temporary directory, the simulator on its own in-memory file system, empty at the start too).
// Plain JavaScript so that the Node script can import it; its types are in case-requirements.d.mts.

import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

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
 * The learner's other files a case imports (`import fibo`, `from shapes import circle`): the .py files of its
 * sidecar folder `cases/<topic>/<name>.modules/` and of its subfolders (packages), by their path relative to it
 * (`fibo.py`, `shapes/__init__.py`), or undefined when it has none. The real interpreters run such a case in a
 * fresh temporary folder holding the case and a copy of those files (its path then removed from stderr); the
 * simulator gets them as RunOptions.localModules.
 * @param {string} caseFile the case's .py path
 * @returns {Record<string, string> | undefined}
 */
export function caseModules(caseFile) {
  const folder = caseModulesFolder(caseFile);
  if (!existsSync(folder)) return undefined;
  // The case's own file is in its folder too (a script that imports its own name runs itself again as a module).
  const modules = { [path.basename(caseFile)]: readFileSync(caseFile, 'utf8') };
  const files = readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.py'))
    .map((entry) => path.relative(folder, path.join(entry.parentPath ?? entry.path, entry.name)).split(path.sep).join('/'));
  for (const file of files.sort()) modules[file] = readFileSync(path.join(folder, file), 'utf8');
  return modules;
}

/**
 * The sidecar folder of a case's other files (caseModules).
 * @param {string} caseFile the case's .py path
 * @returns {string}
 */
export function caseModulesFolder(caseFile) {
  return caseFile.replace(/\.py$/, '.modules');
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

/**
 * Whether the case creates, reads or removes files: the cases of the topic folder `files/`. The goldens'
 * interpreters run such a case with a fresh empty temporary directory as cwd, so it never writes into
 * the repository and always starts from an empty directory, as the simulator's file system does.
 * @param {string} caseId "<topic>/<name>"
 * @returns {boolean}
 */
export function touchesFiles(caseId) {
  return caseId.startsWith('files/');
}
