// The real interpreters the oracle compares with, found the same way by every script that runs them
// (scripts/regenerate-goldens.mjs, the measure-* and regenerate-* scripts): 3.11, 3.12 and 3.13 from pyenv or
// the PATH; 3.13t, a --disable-gil build, from $PYTHON313T, /work/pythons/3.13t/bin/python3.13t, or the PATH.
// Each runs as a clean virtual environment made from the install found (`python -m venv --without-pip`, cached
// in .vscode-test/oracle-pythons/<version>): a venv does not read the install's site-packages, so no .pth file
// of it runs at start-up. An install's .pth files are third-party start-up hooks a learner's CPython does not
// have (on the project's machine a sandbox's .pth imports certifi at every start, and setuptools'
// distutils-precedence.pth imports _distutils_hack: 3.11 then starts with 102 modules loaded instead of 32,
// and every interpreter's collector with other counts); measured through them, goldens and start-up figures
// would be this machine's, not CPython's (test/oracle/README.md).
import { spawnSync, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, realpathSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const VERSIONS = ['3.11', '3.12', '3.13', '3.13t'];
export const TIMEOUT_MS = 10_000;

/** The free-threaded build: $PYTHON313T, the README's build location, or python3.13t on the PATH. */
function freeThreadedCandidates() {
  const candidates = [];
  if (process.env.PYTHON313T) candidates.push(process.env.PYTHON313T);
  candidates.push('/work/pythons/3.13t/bin/python3.13t', 'python3.13t');
  return candidates;
}

/**
 * What a candidate reports: "3.13" for a default build, "3.13t" for a free-threaded one with the GIL off; the
 * interpreter's own path (not a pyenv shim's); its version line.
 */
const PROBE = [
  'import sys',
  'ft = not getattr(sys, "_is_gil_enabled", lambda: True)()',
  'print("%d.%d%s" % (sys.version_info[0], sys.version_info[1], "t" if ft else ""))',
  'print(sys.executable)',
  'print(sys.version)',
].join('\n');

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** Where the clean venvs are kept (.vscode-test/ is git-ignored). */
export const VENVS_DIR = path.join(root, '.vscode-test', 'oracle-pythons');

/**
 * The interpreter a script runs for a minor version: a clean venv of the install findBaseInterpreter finds,
 * made on first use. `{ exe, full, base, sitePackages }`: the venv's interpreter, its sys.version, the install's
 * interpreter, and the install's site-packages (for thirdPartyEnv). Undefined when no install is found.
 */
export function findInterpreter(version) {
  const base = findBaseInterpreter(version);
  if (!base) return undefined;
  const dir = path.join(VENVS_DIR, version);
  let clean = probeVenv(dir, base);
  if (!clean) {
    // Made beside it, then moved in place: a half-made venv is never found.
    mkdirSync(VENVS_DIR, { recursive: true });
    const making = `${dir}.making-${process.pid}`;
    rmSync(making, { recursive: true, force: true });
    const made = spawnSync(base.exe, ['-m', 'venv', '--without-pip', making], { encoding: 'utf8', env: pythonEnv(), timeout: TIMEOUT_MS * 6 });
    if (made.status !== 0) throw new Error(`${base.exe} -m venv --without-pip ${making}: ${made.stderr || made.error}`);
    rmSync(dir, { recursive: true, force: true });
    renameSync(making, dir);
    clean = probeVenv(dir, base);
    if (!clean) throw new Error(`${dir}: the venv made from ${base.exe} does not run it`);
  }
  return clean;
}

/** What a venv's interpreter reports: its version line, its base interpreter, the .pth files its start-up read, its base's site-packages. */
const VENV_PROBE = [
  'import os, sys, site, sysconfig',
  'print(sys.version)',
  'print(sys._base_executable)',
  'print(os.pathsep.join(p for d in site.getsitepackages() if os.path.isdir(d) for p in sorted(os.listdir(d)) if p.endswith(".pth")))',
  'print(os.pathsep.join(sysconfig.get_paths(vars={"base": sys.base_prefix, "platbase": sys.base_exec_prefix})[k] for k in ("purelib", "platlib")))',
].join('\n');

/** The venv at `dir` as findInterpreter returns it, if it exists, is a venv of `base` and reads no .pth file. */
function probeVenv(dir, base) {
  const bin = path.join(dir, 'bin');
  if (!existsSync(bin)) return undefined;
  // 3.13t's venv names its interpreter python3.13t; every venv has `python`.
  const exe = [`python${base.version}`, `python${base.version.replace(/t$/, '')}`, 'python'].map((name) => path.join(bin, name)).find(existsSync);
  if (!exe) return undefined;
  const probe = spawnSync(exe, ['-c', VENV_PROBE], { encoding: 'utf8', env: pythonEnv(), timeout: TIMEOUT_MS });
  if (probe.status !== 0 || !probe.stdout) return undefined;
  const [full, baseExe, pthFiles, sitePackages] = probe.stdout.replace(/\n$/, '').split('\n');
  if (full !== base.full || !sameFile(baseExe, base.exe)) return undefined;
  if (pthFiles) throw new Error(`${dir}: its site-packages hold .pth files (${pthFiles}): remove the venv to have it made again`);
  return { exe, full, base: base.exe, sitePackages: [...new Set(sitePackages.split(path.delimiter))] };
}

function sameFile(a, b) {
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return false;
  }
}

/** The install's interpreter for a minor version: pyenv's newest <root>/versions/<v>.*, else python<v> on PATH. */
export function findBaseInterpreter(version) {
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
    const [minor, executable, ...full] = probe.stdout.trim().split('\n');
    if (minor === version) return { exe: executable, full: full.join(' ').trim(), version };
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

/**
 * pythonEnv plus the install's site-packages on PYTHONPATH, for a run that needs a third-party module (an oracle
 * case's `# oracle: requires numpy`): the module is found there, and still no .pth file of the install runs
 * (only the site module reads them, for its site directories; PYTHONPATH's entries are plain sys.path entries).
 */
export function thirdPartyEnv(interpreter) {
  return { ...pythonEnv(), PYTHONPATH: interpreter.sitePackages.join(path.delimiter) };
}
