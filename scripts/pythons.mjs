// The real interpreters the oracle compares with, found the same way by every script that runs them
// (scripts/regenerate-goldens.mjs): 3.11, 3.12 and 3.13 from pyenv or the
// PATH; 3.13t, a --disable-gil build, from $PYTHON313T, /work/pythons/3.13t/bin/python3.13t, or the PATH.
import { spawnSync, execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

export const VERSIONS = ['3.11', '3.12', '3.13', '3.13t'];
export const TIMEOUT_MS = 10_000;

/** The free-threaded build: $PYTHON313T, the README's build location, or python3.13t on the PATH. */
function freeThreadedCandidates() {
  const candidates = [];
  if (process.env.PYTHON313T) candidates.push(process.env.PYTHON313T);
  candidates.push('/work/pythons/3.13t/bin/python3.13t', 'python3.13t');
  return candidates;
}

/** What a candidate reports: "3.13" for a default build, "3.13t" for a free-threaded one with the GIL off. */
const PROBE = [
  'import sys',
  'ft = not getattr(sys, "_is_gil_enabled", lambda: True)()',
  'print("%d.%d%s" % (sys.version_info[0], sys.version_info[1], "t" if ft else ""))',
  'print(sys.version)',
].join('\n');

/** The interpreter for a minor version: pyenv's newest <root>/versions/<v>.*, else python<v> on PATH. */
export function findInterpreter(version) {
  if (version.endsWith('t')) return probeCandidates(version, freeThreadedCandidates());
  const candidates = [];
  try {
    const pyenvRoot = execFileSync('pyenv', ['root'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const versionsDir = path.join(pyenvRoot, 'versions');
    if (pyenvRoot && existsSync(versionsDir)) {
      const patch = (name) => Number(name.slice(version.length + 1));
      const installed = readdirSync(versionsDir)
        .filter((name) => new RegExp(`^${version.replace('.', '\\.')}\\.\\d+$`).test(name))
        .sort((a, b) => patch(b) - patch(a));
      for (const name of installed) candidates.push(path.join(versionsDir, name, 'bin', `python${version}`));
    }
  } catch {
    // no pyenv: fall through to PATH
  }
  candidates.push(`python${version}`);
  if (version === '3.11') candidates.push('python3');
  return probeCandidates(version, candidates);
}

/** The first candidate that runs and reports `version` (see PROBE). */
function probeCandidates(version, candidates) {
  for (const exe of candidates) {
    const probe = spawnSync(exe, ['-c', PROBE], {
      encoding: 'utf8',
      env: pythonEnv(),
      timeout: TIMEOUT_MS,
    });
    if (probe.status !== 0 || !probe.stdout) continue;
    const [minor, ...full] = probe.stdout.trim().split('\n');
    if (minor === version) return { exe, full: full.join(' ').trim() };
  }
  return undefined;
}

/** The environment of every run: the caller's, minus PYTHON* settings, plus a fixed hash seed. */
export function pythonEnv() {
  const env = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!key.startsWith('PYTHON') && key !== 'FORCE_COLOR' && key !== 'NO_COLOR') env[key] = value;
  }
  env.PYTHONHASHSEED = '0';
  env.PYTHON_COLORS = '0';
  env.PYTHONDONTWRITEBYTECODE = '1';
  return env;
}
