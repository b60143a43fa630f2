// The oracle suite: every program of test/oracle/cases/ run by the simulator must print what the real
// CPython printed (test/oracle/goldens/<version>/<topic>/<name>.json, written by
// scripts/regenerate-goldens.mjs). One `it` per case × version that has a golden.
//
// A case's stdin is its sidecar `<name>.stdin` when it has one (the same text the goldens' interpreter
// read), else empty. Compared: stdout (exactly), exit code, and stderr after normalizeStderr() — applied to BOTH the golden
// and the simulator's stderr — which maps the case's path to its base name and the standard library's
// directory to `<stdlib>/` (see test/oracle/normalize.mjs). Tracebacks' `^^^^`/`~~~^~~` position marker
// lines are compared like any other line. A case whose file has a syntax error compares CPython's
// report of it (exit 1) with the simulator's (exit 2, the CLI's code for it).
// A case of the topic folder `files/` touches files: its goldens were made in an empty temporary directory
// (scripts/regenerate-goldens.mjs); the simulator's file system is in memory and empty at the start, so
// it runs like any other case, and the test also checks that the run left the real directories as they were.
//
// Run: npx mocha --config test/.mocharc.json test/oracle/oracle.test.ts   (add --grep '3.12 refcount/' to filter)
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { PythonVersion } from '../../src/core/index';
import { runSource } from './bundled-core';
import { normalizeStderr } from './normalize.mjs';
import { requiredModules, caseStdin, caseModules, touchesFiles } from './case-requirements.mjs';

interface Golden {
  stdout: string;
  stderr: string;
  exitCode: number;
  python: string;
}

interface OracleCase {
  /** "<topic>/<name>" */
  id: string;
  file: string;
  baseName: string;
}

const casesDir = path.join(__dirname, 'cases');
const goldensDir = path.join(__dirname, 'goldens');
const VERSIONS: readonly PythonVersion[] = ['3.11', '3.12', '3.13', '3.13t'];
/**
 * The simulator's wall-clock budget. No case is meant to reach it (the goldens' interpreters ran each
 * case within 10 s), but a simulated run's wall time depends on the machine's load: the test's subject is
 * the output, so the budget is generous and the test's timeout above it.
 */
const MAX_MILLIS = 60_000;

function listCases(): OracleCase[] {
  const cases: OracleCase[] = [];
  for (const topic of readdirSync(casesDir, { withFileTypes: true })) {
    if (!topic.isDirectory()) continue;
    for (const entry of readdirSync(path.join(casesDir, topic.name), { withFileTypes: true })) {
      if (!entry.isFile() || !entry.name.endsWith('.py')) continue;
      cases.push({
        id: `${topic.name}/${entry.name.slice(0, -'.py'.length)}`,
        file: path.join(casesDir, topic.name, entry.name),
        baseName: entry.name,
      });
    }
  }
  return cases.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function goldenPath(version: PythonVersion, testCase: OracleCase): string {
  return path.join(goldensDir, version, `${testCase.id}.json`);
}

function readGolden(file: string): Golden {
  return JSON.parse(readFileSync(file, 'utf8')) as Golden;
}

/**
 * Cases the simulator does not pass yet, as "<version> <topic>/<name>" lines with a reason after
 * `#`. They still run: a failure is reported as pending, and a pass fails the suite until the line
 * is removed, so the list can only shrink honestly.
 */
function knownFailures(): Map<string, string> {
  const file = path.join(__dirname, 'known-failures.txt');
  const out = new Map<string, string>();
  if (!existsSync(file)) return out;
  for (const raw of readFileSync(file, 'utf8').split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const [id, reason = ''] = line.split('#').map((p) => p.trim());
    out.set(id, reason);
  }
  return out;
}

/**
 * The exit code CPython gives the run: the simulator exits 2 for a syntax error in the program's file
 * (the CLI's `file:line:col:` convention), where CPython prints the same report and exits 1.
 */
function syntaxErrorExit(result: { exitCode: number; diagnostic: { kind: string } | null }): number {
  const kind = result.diagnostic?.kind;
  return result.exitCode === 2 && (kind === 'SyntaxError' || kind === 'IndentationError') ? 1 : result.exitCode;
}

/** What the real directories a file-touching case could reach hold: the process's cwd and the case's folder. */
function realListings(testCase: OracleCase): string[][] {
  return [process.cwd(), path.dirname(testCase.file)].map((dir) => readdirSync(dir).sort());
}

describe('oracle: simulator output equals real CPython output', function () {
  const cases = listCases();
  const known = knownFailures();

  it('has cases', function () {
    assert.ok(cases.length > 0, `no case found in ${casesDir}`);
  });

  for (const testCase of cases) {
    const versions = VERSIONS.filter((version) => existsSync(goldenPath(version, testCase)));
    // A case that needs a third-party module has no golden where the real interpreter lacks it: pending there.
    const needs = requiredModules(readFileSync(testCase.file, 'utf8'));
    if (needs.length) {
      for (const version of VERSIONS.filter((v) => !versions.includes(v))) {
        it(`${version} ${testCase.id} (real CPython ${version} here has no ${needs.join(', ')})`, function () {
          this.skip();
        });
      }
    }
    if (versions.length === 0) {
      it(`${testCase.id} has goldens`, function () {
        assert.fail(`no golden for ${testCase.id}: run \`npm run goldens -- --only '${testCase.id}'\``);
      });
      continue;
    }
    for (const version of versions) {
      it(`${version} ${testCase.id}`, function () {
        this.timeout(MAX_MILLIS + 30_000);
        const golden = readGolden(goldenPath(version, testCase));
        const source = readFileSync(testCase.file, 'utf8');
        const stdin = caseStdin(testCase.file);
        // The learner's other files beside the case (its `.modules` sidecar), as the CLI reads the script's folder.
        const localModules = caseModules(testCase.file);
        const name = `${version} ${testCase.id}`;
        const run = () => {
          const result = runSource(source, { python: version, filename: testCase.baseName, maxMillis: MAX_MILLIS, stdin, localModules });
          return {
            stdout: result.stdout,
            exitCode: syntaxErrorExit(result),
            stderr: normalizeStderr(result.stderr, { casePath: testCase.file, baseName: testCase.baseName }),
          };
        };
        const expected = {
          stdout: golden.stdout,
          exitCode: golden.exitCode,
          stderr: normalizeStderr(golden.stderr, { casePath: testCase.file, baseName: testCase.baseName }),
        };
        if (known.has(name)) {
          let passes = true;
          try {
            assert.deepStrictEqual(run(), expected);
          } catch {
            passes = false;
          }
          if (!passes) this.skip();
          assert.fail(`${name} passes now: remove it from test/oracle/known-failures.txt`);
        }
        const before = touchesFiles(testCase.id) ? realListings(testCase) : null;
        assert.deepStrictEqual(run(), expected, `${testCase.id} under ${golden.python}`);
        if (before) assert.deepStrictEqual(realListings(testCase), before, `${testCase.id}: the simulator changed a real directory`);
      });
    }
  }
});
