// Stderr normalisation shared by scripts/regenerate-goldens.mjs and test/oracle/oracle.test.ts.
//
// Goldens keep stderr exactly as the real interpreter printed it, except for one thing the
// regeneration script must change so that goldens do not depend on where the repository lives:
// the absolute path of the case file becomes its base name (`relativizeCasePath`).
//
// Differences the simulator is *allowed* to have are removed by `normalizeStderr`, which the
// oracle test applies to BOTH sides (golden stderr and simulator stderr) before comparing, so the
// normalisation is symmetric:
//   1. the case file's path → its base name (a no-op on goldens, already relativised; and on the
//      simulator, which is given the base name as `filename`);
//   2. line endings become `\n`;
//   3. the directory of CPython's standard library in `File "…/lib/python3.X/…"` lines (`python3.Xt` for a free-threaded build; where the
//      interpreter is installed) becomes `<stdlib>/`: a multiprocessing child's traceback shows
//      frames of Lib/multiprocessing/process.py; inside an exception group's boxes (`  |   File "…`) too.
// Plain JavaScript (no dependencies) so the Node script can import it without a TypeScript loader;
// its types are in normalize.d.mts.

/** Escapes a string for use inside a RegExp. */
function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Replaces every occurrence of the case file's path (absolute, as CPython prints it in
 * `File "/abs/dir/x.py", line 3`) by its base name (`File "x.py", line 3`).
 * @param {string} text
 * @param {string} casePath absolute path of the case file
 * @param {string} baseName e.g. `x.py`
 * @returns {string}
 */
export function relativizeCasePath(text, casePath, baseName) {
  if (!casePath || casePath === baseName) return text;
  return text.replace(new RegExp(escapeRegExp(casePath), 'g'), baseName);
}

/**
 * The comparison form of a stderr: see the header comment.
 * @param {string} stderr
 * @param {{ casePath?: string, baseName?: string }} [options]
 * @returns {string}
 */
export function normalizeStderr(stderr, options = {}) {
  let text = stderr.replace(/\r\n?/g, '\n');
  if (options.casePath && options.baseName) {
    text = relativizeCasePath(text, options.casePath, options.baseName);
  }
  return text
    .split('\n')
    .map((line) => line.replace(/^((?: *\| )* {2}File ")[^"]*\/lib\/python3\.\d+t?\//, '$1<stdlib>/'))
    .join('\n');
}
