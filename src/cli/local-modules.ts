// The Python files beside the script, which `import name` finds in the script's folder (sys.path[0]):
// read once before the run, as the core reads no file system (RunOptions.localModules).

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { decodePythonSource } from './source-encoding';

/** A module name the path finder can import from `name.py` (an identifier: CPython's str.isidentifier, near enough). */
const MODULE_FILE = /^([\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*)\.py$/u;
/** A folder of a learner's scripts holds a handful; a bigger one (a home folder) is not read whole. */
const MAX_FILES = 200;
const MAX_BYTES = 1 << 20;

/** Module name → source of the .py files in the script's folder (those that decode; at most MAX_FILES of them). */
export function readLocalModules(scriptPath: string): Record<string, string> {
  const folder = dirname(scriptPath);
  const modules: Record<string, string> = {};
  let names: string[];
  try {
    names = readdirSync(folder).sort();
  } catch {
    return modules;
  }
  let count = 0;
  for (const file of names) {
    const match = MODULE_FILE.exec(file);
    if (!match || count >= MAX_FILES) continue;
    const path = join(folder, file);
    try {
      const stat = statSync(path);
      if (!stat.isFile() || stat.size > MAX_BYTES) continue;
      const decoded = decodePythonSource(readFileSync(path), path);
      if (!decoded.ok) continue;
      modules[match[1]] = decoded.text;
      count++;
    } catch {
      // Unreadable: as if absent (the import then says the module is not found or not modelled).
    }
  }
  return modules;
}
