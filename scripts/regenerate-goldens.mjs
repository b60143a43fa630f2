#!/usr/bin/env node
// Regenerates the oracle goldens: runs every case of test/oracle/cases/ under each real CPython found
// (3.11, 3.12, 3.13, and the free-threaded 3.13t) and writes test/oracle/goldens/<version>/<topic>/<name>.json =
//   { "stdout": ..., "stderr": ..., "exitCode": ..., "python": "<full version string>" }.
//
// Usage: node scripts/regenerate-goldens.mjs [--only <glob>]... [--python <version>]...
//   (npm run goldens -- --only 'refcount/*' --python 3.13t); --python limits the run to those versions.
//   <glob> is matched against "<topic>/<name>" (with or without ".py"); `*` does not cross `/`, `**` does.
//
// Each case runs as `python -X utf8 <name>.py` with cwd = the case's folder, PYTHONHASHSEED=0, no other
// PYTHON* variables, and a 10 s timeout. stderr is stored as the interpreter printed it, except that the
// absolute path of the case file is replaced by its base name (so goldens do not depend on where the
// repository lives). Traceback position markers (`^^^^`, `~~~^~~`) are kept and compared; what the oracle
// test does normalise (on both sides) is normalizeStderr() in test/oracle/normalize.mjs.
// A case that reads its stdin (input()) has a sidecar `<name>.stdin` beside it, piped to the interpreter
// (and given to the simulator by the oracle test); without one, stdin is an empty pipe.
// A case of the topic folder `files/` touches files (open(), os.listdir...): it runs as
// `python -X utf8 <absolute path of the case>` with cwd = a fresh empty temporary directory, removed
// afterwards, so that it starts from an empty directory (the simulator's in-memory file system starts
// empty too) and never writes into the repository (test/oracle/case-requirements.mjs, touchesFiles).
// A case importing the learner's other files (`import fibo`) has them in a sidecar folder `<name>.modules/`: it
// runs as `python -X utf8 <name>.py` in a fresh temporary folder holding copies of the case and those files, and
// that folder's path is removed from stderr (their frames then name them `fibo.py`, as the simulator given the
// case's base name does).
// A case can need a third-party module: a line `# oracle: requires numpy` (comma-separated names) makes the
// script skip it, and delete its golden, for each interpreter that cannot import them (python3.12 and 3.13 here
// have no numpy); the oracle test then reports those versions as pending. Goldens are never made up. Such a
// case finds the module in the install's site-packages (PYTHONPATH, scripts/pythons.mjs thirdPartyEnv).
// The interpreters are found by scripts/pythons.mjs: clean venvs of the installs found, so that no .pth file
// of an install runs at start-up; 3.13t (a --disable-gil build, see test/oracle/README.md) must report
// sys._is_gil_enabled() False. When one is not found its existing goldens are left as they are.
// No dependencies beyond Node itself.
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { constants as osConstants, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { relativizeCasePath } from '../test/oracle/normalize.mjs';
import { requiredModules, caseStdin, caseModules, caseModulesFolder, touchesFiles } from '../test/oracle/case-requirements.mjs';
import { VERSIONS, findInterpreter, pythonEnv, thirdPartyEnv, TIMEOUT_MS } from './pythons.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const casesDir = path.join(root, 'test', 'oracle', 'cases');
const goldensDir = path.join(root, 'test', 'oracle', 'goldens');

function parseArgs(argv) {
  const only = [];
  const pythons = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--python') {
      if (i + 1 >= argv.length || !VERSIONS.includes(argv[i + 1])) throw new Error(`--python needs one of ${VERSIONS.join(', ')}`);
      pythons.push(argv[++i]);
    } else if (arg === '--only') {
      if (i + 1 >= argv.length) throw new Error('--only needs a glob');
      only.push(argv[++i]);
    } else if (arg.startsWith('--only=')) {
      only.push(arg.slice('--only='.length));
    } else if (arg === '--help' || arg === '-h') {
      console.log('usage: node scripts/regenerate-goldens.mjs [--only <glob>]... [--python <version>]...');
      process.exit(0);
    } else {
      throw new Error(`unknown argument: ${arg}`);
    }
  }
  return { only, pythons: pythons.length ? pythons : VERSIONS };
}

function globToRegExp(glob) {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        re += '.*';
        i++;
      } else {
        re += '[^/]*';
      }
    } else if (c === '?') {
      re += '[^/]';
    } else {
      re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
  }
  return new RegExp(`^${re}$`);
}

/** Every case as { id: "topic/name", file: absolute path }, sorted. */
function listCases() {
  const cases = [];
  for (const topic of readdirSync(casesDir, { withFileTypes: true })) {
    if (!topic.isDirectory()) continue;
    for (const entry of readdirSync(path.join(casesDir, topic.name), { withFileTypes: true })) {
      if (!entry.isFile() || !entry.name.endsWith('.py')) continue;
      cases.push({ id: `${topic.name}/${entry.name.slice(0, -3)}`, file: path.join(casesDir, topic.name, entry.name) });
    }
  }
  return cases.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Whether the interpreter can import every module in `names` (cached per interpreter). */
const importable = new Map();
function canImport(interpreter, names) {
  return names.every((name) => {
    const key = `${interpreter.exe} ${name}`;
    if (!importable.has(key)) {
      const probe = spawnSync(interpreter.exe, ['-c', `import ${name}`], { env: thirdPartyEnv(interpreter), timeout: TIMEOUT_MS });
      importable.set(key, probe.status === 0);
    }
    return importable.get(key);
  });
}

function runCase(interpreter, testCase, needsThirdParty) {
  const baseName = path.basename(testCase.file);
  const stdin = caseStdin(testCase.file);
  // A case that touches files runs in an empty directory of its own (its path then absolute).
  const scratch = touchesFiles(testCase.id) ? mkdtempSync(path.join(tmpdir(), 'cpython-lens-case-')) : null;
  // A case importing the learner's other files runs beside copies of them, in a fresh folder (no __pycache__
  // of an earlier run: each import compiles the source, as the simulator's does).
  const modules = caseModules(testCase.file);
  const beside = modules ? mkdtempSync(path.join(tmpdir(), 'cpython-lens-case-')) : null;
  if (beside) {
    copyFileSync(testCase.file, path.join(beside, baseName));
    // The sidecar's files and folders (the learner's packages), as they are.
    cpSync(caseModulesFolder(testCase.file), beside, { recursive: true });
  }
  const result = spawnSync(interpreter.exe, ['-X', 'utf8', scratch ? testCase.file : baseName], {
    cwd: scratch ?? beside ?? path.dirname(testCase.file),
    env: needsThirdParty ? thirdPartyEnv(interpreter) : pythonEnv(),
    encoding: 'utf8',
    timeout: TIMEOUT_MS,
    maxBuffer: 64 * 1024 * 1024,
    // The case's stdin: its sidecar file piped in, else an empty pipe (input() meets EOF at once).
    input: stdin ?? '',
  });
  if (scratch) rmSync(scratch, { recursive: true, force: true });
  if (beside) rmSync(beside, { recursive: true, force: true });
  if (result.error && result.error.code !== 'ETIMEDOUT') throw result.error;
  const timedOut = result.error?.code === 'ETIMEDOUT' || result.signal === 'SIGTERM';
  const stdout = result.stdout ?? '';
  let stderr = relativizeCasePath(result.stderr ?? '', testCase.file, baseName);
  // The other files' frames name them by their absolute path in the temporary folder: kept as their base names.
  if (beside) stderr = stderr.replaceAll(`${beside}/`, '');
  if (timedOut) stderr += `\n[regenerate-goldens: timed out after ${TIMEOUT_MS} ms]\n`;
  return {
    stdout,
    stderr,
    // A process killed by a signal (an unhandled KeyboardInterrupt ends CPython by SIGINT): 128 + its number, as a shell shows it.
    exitCode: result.status ?? (timedOut ? -1 : 128 + (osConstants.signals[result.signal] ?? 0)),
    python: interpreter.full,
    timedOut,
  };
}

function main() {
  const { only, pythons } = parseArgs(process.argv.slice(2));
  const patterns = only.map(globToRegExp);
  const selected = listCases().filter(
    (c) => patterns.length === 0 || patterns.some((re) => re.test(c.id) || re.test(`${c.id}.py`)),
  );
  if (selected.length === 0) {
    console.error('no case matches');
    process.exit(1);
  }
  let written = 0;
  let problems = 0;
  for (const version of pythons) {
    const interpreter = findInterpreter(version);
    if (!interpreter) {
      console.log(`Python ${version}: not found, skipped`);
      continue;
    }
    console.log(`Python ${version}: ${interpreter.exe}, a clean venv of ${interpreter.base} (${interpreter.full})`);
    if (patterns.length === 0) {
      // A full run replaces the version's goldens, so deleted cases leave no stale golden behind.
      rmSync(path.join(goldensDir, version), { recursive: true, force: true });
    }
    let skipped = 0;
    for (const testCase of selected) {
      const out = path.join(goldensDir, version, `${testCase.id}.json`);
      const needs = requiredModules(readFileSync(testCase.file, 'utf8'));
      if (!canImport(interpreter, needs)) {
        rmSync(out, { force: true });
        console.log(`  ${testCase.id}: skipped (needs ${needs.join(', ')})`);
        skipped++;
        continue;
      }
      const { timedOut, ...golden } = runCase(interpreter, testCase, needs.length > 0);
      if (timedOut) {
        problems++;
        console.log(`  ${testCase.id}: TIMED OUT`);
      }
      mkdirSync(path.dirname(out), { recursive: true });
      writeFileSync(out, `${JSON.stringify(golden, null, 2)}\n`);
      written++;
    }
    console.log(`  ${selected.length - skipped} goldens written`);
  }
  console.log(`${written} goldens written${problems ? `, ${problems} timed out` : ''}`);
  if (problems) process.exitCode = 1;
}

main();
