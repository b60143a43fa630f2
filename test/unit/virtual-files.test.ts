// open() works on the simulated process's own in-memory file system (runtime/virtual-files.ts): it is
// empty at the start of every run, whatever the real working directory holds, and nothing a program
// writes ever reaches the real disk. The CLI test needs `npm run build` first (dist/cli.js).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runSource } from '../../src/core/index';
import { SimulationSession } from '../../src/worker/session';
import type { FromWorker } from '../../src/shared/protocol';

const cli = path.resolve(__dirname, '..', '..', 'dist', 'cli.js');

const WRITER = [
  "with open('x.txt', 'w') as f:",
  "    f.write('one\\n')",
  "with open('x.txt', 'a') as f:",
  "    f.write('two\\n')",
  "open('y.bin', 'wb').write(b'\\x00' * 10000)",
  "print(open('x.txt').read().split(), len(open('y.bin', 'rb').read()))",
  '',
].join('\n');

describe('open() on an in-memory file system', function () {
  const dirs: string[] = [];
  const tempDir = (label: string) => {
    const dir = mkdtempSync(path.join(os.tmpdir(), `cpython-lens-files-${label}-`));
    dirs.push(dir);
    return dir;
  };
  after(function () {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('never writes to the real disk: the CLI run in an empty directory leaves it empty', function () {
    assert.ok(existsSync(cli), `${cli} not found: run \`npm run build\` first`);
    const programDir = tempDir('program');
    const cwd = tempDir('cwd');
    const file = path.join(programDir, 'writer.py');
    writeFileSync(file, WRITER);
    const run = spawnSync(process.execPath, [cli, 'run', file], { cwd, encoding: 'utf8' });
    assert.equal(run.stderr, '');
    assert.equal(run.stdout, "['one', 'two'] 10000\n");
    assert.equal(run.status, 0);
    assert.deepEqual(readdirSync(cwd), []);
    assert.deepEqual(readdirSync(programDir), ['writer.py']);
  });

  it('starts empty: a file of the real working directory is not there, and runs do not share files', function () {
    const cwd = tempDir('real');
    writeFileSync(path.join(cwd, 'real.txt'), 'on the real disk\n');
    const here = process.cwd();
    process.chdir(cwd);
    try {
      const read = runSource("open('real.txt')\n", { filename: 'reader.py' });
      assert.equal(read.exitCode, 1);
      assert.match(read.stderr, /FileNotFoundError: \[Errno 2\] No such file or directory: 'real.txt'\n$/);
      assert.equal(runSource(WRITER, { filename: 'w.py' }).stdout, "['one', 'two'] 10000\n");
      const again = runSource("import sys\ntry:\n    open('x.txt')\nexcept FileNotFoundError as e:\n    print(e)\n", { filename: 'again.py' });
      assert.equal(again.stdout, "[Errno 2] No such file or directory: 'x.txt'\n");
      assert.deepEqual(readdirSync(cwd), ['real.txt']);
    } finally {
      process.chdir(here);
    }
  });

  it('stops with "not modelled" for a path outside the working directory', function () {
    const r = runSource("open('/etc/hostname')\n", { filename: 'abs.py' });
    assert.equal(r.exitCode, 2);
    assert.match(r.diagnostic?.message ?? '', /not modelled by CPython Lens: files outside the working directory/);
  });

  it('runs with the trace recorded (what the editor shows) and no internal error', function () {
    assert.ok(existsSync(cli), `${cli} not found: run \`npm run build\` first`);
    const programDir = tempDir('json');
    const file = path.join(programDir, 'traced.py');
    writeFileSync(file, `${WRITER}import gc\nf = open('z.txt', 'w')\nf.write('pending')\ndel f\ngc.collect()\nprint(open('z.txt').read())\n`);
    const run = spawnSync(process.execPath, [cli, 'run', '--json', file], { cwd: programDir, encoding: 'utf8', maxBuffer: 1 << 28 });
    const out = JSON.parse(run.stdout) as { stdout: string; stderr: string; exitCode: number; diagnostic: unknown; events: unknown[] };
    assert.equal(out.stderr, '');
    assert.equal(out.diagnostic, null);
    assert.equal(out.exitCode, 0);
    assert.equal(out.stdout, "['one', 'two'] 10000\npending\n");
    assert.ok(out.events.length > 0);
    assert.deepEqual(readdirSync(programDir), ['traced.py']);
  });

  it('shows a file object and the objects under it in the memory graph (the editor)', function () {
    const out: FromWorker[] = [];
    const session = new SimulationSession((m) => out.push(m));
    const source = "f = open('a.txt', 'w')\nf.write('hi')\nx = 1\nf.close()\nprint(open('a.txt').read())\n";
    session.handle({ type: 'run', runId: 1, source, filename: 'g.py', python: '3.12', maxSteps: 1_000_000, maxMillis: 10_000 });
    const finished = out.pop();
    assert.ok(finished && finished.type === 'finished');
    assert.equal(finished.outcome.lineSteps, 5);
    session.handle({ type: 'graph', runId: 1, position: 2 });
    const message = out.pop();
    assert.ok(message && message.type === 'graph', JSON.stringify(message));
    assert.equal(message.graph.currentLine, 3);
    const types = message.graph.objects.map((o) => o.type);
    for (const t of ['_io.TextIOWrapper', '_io.BufferedWriter', '_io.FileIO']) assert.ok(types.includes(t), `${t} in ${types.join(', ')}`);
  });
});
