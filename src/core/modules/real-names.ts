// Whether a name the simulator's module lacks exists in the real module (real-module-names.ts): then a
// program that uses it stops with "not modelled by CPython Lens: sys.modules" instead of an AttributeError
// CPython would never raise.

import type { PythonVersion } from '../versions';
import { REAL_MODULE_NAMES, REAL_NAME_VERSIONS } from './real-module-names';

/** Per module, each real name's bit mask of versions (parsed on first use). */
const parsed = new Map<string, Map<string, number>>();
const ALL_VERSIONS = (1 << REAL_NAME_VERSIONS.length) - 1;

function namesOf(module: string): Map<string, number> | null {
  const listed = REAL_MODULE_NAMES[module];
  if (listed === undefined) return null;
  let names = parsed.get(module);
  if (!names) {
    names = new Map();
    for (const entry of listed.split(' ')) {
      const colon = entry.lastIndexOf(':');
      if (colon > 0) names.set(entry.slice(0, colon), Number(entry.slice(colon + 1)));
      else names.set(entry, ALL_VERSIONS);
    }
    parsed.set(module, names);
  }
  return names;
}

/** The real interpreter a model stands for (the hypothetical interpreter without a GIL is 3.13 without it). */
function versionBit(version: PythonVersion): number {
  const index = REAL_NAME_VERSIONS.indexOf(version === 'nogil-hypothetical' ? '3.13' : version);
  return index < 0 ? 0 : 1 << index;
}

/** Whether CPython `version`'s module `module` has `name` (false for modules it does not list). */
export function isRealModuleName(module: string, name: string, version: PythonVersion): boolean {
  return ((namesOf(module)?.get(name) ?? 0) & versionBit(version)) !== 0;
}
