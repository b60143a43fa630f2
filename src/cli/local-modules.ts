// The learner's files beside the script that the run imports (src/shared/local-module-collector.ts), read
// before the run: the core reads no file system (RunOptions.localModules).

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { LocalModuleCollector, MAX_LOCAL_MODULE_BYTES, moduleNameOfEntry } from '../shared/local-module-collector';
import { decodePythonSource } from './source-encoding';


/** Relative path → source of the .py files around the script that it imports, directly or not. */
export function readLocalModules(scriptPath: string, scriptSource: string): Record<string, string> {
  const folder = dirname(scriptPath);
  let available: Set<string>;
  try {
    available = new Set(readdirSync(folder, { withFileTypes: true }).flatMap((e) => moduleNameOfEntry(e.name, e.isDirectory()) ?? []));
  } catch {
    return {};
  }
  const collector = new LocalModuleCollector(available, scriptSource);
  for (let path = collector.next(); path !== null; path = collector.next()) collector.give(path, readEntry(join(folder, path)));
  return collector.result();
}

/**
 * A file's source as CPython would decode it, or undefined (unreadable, too big, not a file, undecodable); for a
 * path ending in `/`, '' when it is a folder.
 */
function readEntry(path: string): string | undefined {
  try {
    const stat = statSync(path);
    if (path.endsWith('/')) return stat.isDirectory() ? '' : undefined;
    if (!stat.isFile() || stat.size > MAX_LOCAL_MODULE_BYTES) return undefined;
    const decoded = decodePythonSource(readFileSync(path), path);
    return decoded.ok ? decoded.text : undefined;
  } catch {
    return undefined;
  }
}
