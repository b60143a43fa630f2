// The learner's files beside the script that the run imports (src/shared/local-module-collector.ts), read
// before the run: the core reads no file system (RunOptions.localModules).

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { LocalModuleCollector, MAX_LOCAL_MODULE_BYTES, moduleNameOfFile } from '../shared/local-module-collector';
import { decodePythonSource } from './source-encoding';


/** Module name → source of the .py files in the script's folder that the script imports, directly or not. */
export function readLocalModules(scriptPath: string, scriptSource: string): Record<string, string> {
  const folder = dirname(scriptPath);
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return {};
  }
  const available = new Set(names.flatMap((file) => moduleNameOfFile(file) ?? []));
  const collector = new LocalModuleCollector(available, scriptSource);
  for (let name = collector.next(); name !== null; name = collector.next()) collector.give(name, readModule(join(folder, `${name}.py`)));
  return collector.result();
}

/** The file's source as CPython would decode it, or undefined (unreadable, too big, not a file, undecodable). */
function readModule(path: string): string | undefined {
  try {
    const stat = statSync(path);
    if (!stat.isFile() || stat.size > MAX_LOCAL_MODULE_BYTES) return undefined;
    const decoded = decodePythonSource(readFileSync(path), path);
    return decoded.ok ? decoded.text : undefined;
  } catch {
    return undefined;
  }
}
