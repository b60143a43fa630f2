// "As processes" against real CPython: each threaded program of as-processes/ is run by the simulator
// with `threadsAsProcesses` and must print exactly what real CPython printed for the program with its
// threads rewritten as processes (rewrite.ts) — the oracle case cases/as_processes/<name>.py, whose
// goldens only `npm run goldens` writes. The committed case must be that rewrite, so the comparison holds
// by construction.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { PythonVersion } from '../../src/core/index';
import { runSource } from './bundled-core';
import { normalizeStderr } from './normalize.mjs';
import { rewriteAsProcesses } from './as-processes/rewrite';

const programsDir = path.join(__dirname, 'as-processes');
const casesDir = path.join(__dirname, 'cases', 'as_processes');
const VERSIONS: readonly PythonVersion[] = ['3.11', '3.12', '3.13', '3.13t'];

describe('oracle: threads run as processes print what CPython prints for the rewritten program', function () {
  const programs = readdirSync(programsDir).filter((f) => f.endsWith('.py')).sort();

  it('has programs', function () {
    assert.ok(programs.length >= 3);
  });

  for (const file of programs) {
    const name = file.slice(0, -'.py'.length);
    const threaded = readFileSync(path.join(programsDir, file), 'utf8');
    const casePath = path.join(casesDir, file);

    it(`${name}: the oracle case is the program rewritten with processes`, function () {
      assert.ok(threaded.includes('Thread'), 'the program uses threads');
      assert.equal(readFileSync(casePath, 'utf8'), rewriteAsProcesses(threaded));
    });

    for (const version of VERSIONS) {
      const goldenPath = path.join(__dirname, 'goldens', version, 'as_processes', `${name}.json`);
      if (!existsSync(goldenPath)) continue;
      it(`${version} ${name} as processes`, function () {
        const golden = JSON.parse(readFileSync(goldenPath, 'utf8')) as { stdout: string; stderr: string; exitCode: number };
        // The threaded program, under the case's name (tracebacks name the file).
        const result = runSource(threaded, { python: version, filename: file, threadsAsProcesses: true, maxMillis: 10_000 });
        const norm = (stderr: string) => normalizeStderr(stderr, { casePath, baseName: file });
        assert.deepStrictEqual(
          { stdout: result.stdout, exitCode: result.exitCode, stderr: norm(result.stderr) },
          { stdout: golden.stdout, exitCode: golden.exitCode, stderr: norm(golden.stderr) },
        );
        // Without the option the same program runs as threads, and prints something else.
        const asThreads = runSource(threaded, { python: version, filename: file });
        assert.notEqual(asThreads.stdout + norm(asThreads.stderr), golden.stdout + norm(golden.stderr));
      });
    }
  }
});
