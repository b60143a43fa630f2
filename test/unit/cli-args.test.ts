// Unit tests of the CLI's argument parsing (src/cli/args.ts): pure, no process spawned.
import assert from 'node:assert/strict';
import { parseArgs, USAGE } from '../../src/cli/args';

function errorOf(argv: string[]): string {
  const command = parseArgs(argv);
  assert.equal(command.kind, 'error', `expected a usage error for ${JSON.stringify(argv)}`);
  return command.kind === 'error' ? command.message : '';
}

describe('cli args', function () {
  it('run FILE with defaults', function () {
    assert.deepStrictEqual(parseArgs(['run', 'prog.py']), { kind: 'run', file: 'prog.py', json: false, timeline: false, asProcesses: false, compare: false });
  });

  it('keeps the path exactly as given', function () {
    const command = parseArgs(['run', './dir with space/../x.py']);
    assert.equal(command.kind === 'run' && command.file, './dir with space/../x.py');
  });

  it('all options, before or after FILE, as two words or with =', function () {
    const expected = { kind: 'run', file: 'p.py', json: true, python: '3.12', maxSteps: 1000, maxMillis: 250, timeline: false, asProcesses: false, compare: false };
    assert.deepStrictEqual(parseArgs(['run', 'p.py', '--python', '3.12', '--json', '--max-steps', '1000', '--max-ms', '250']), expected);
    assert.deepStrictEqual(parseArgs(['run', '--python=3.12', '--max-steps=1000', '--max-ms=250', '--json', 'p.py']), expected);
  });

  it('accepts each supported version', function () {
    for (const version of ['3.11', '3.12', '3.13']) {
      const command = parseArgs(['run', 'p.py', '--python', version]);
      assert.equal(command.kind === 'run' && command.python, version);
    }
  });

  it('a later option wins over an earlier one', function () {
    const command = parseArgs(['run', 'p.py', '--python', '3.11', '--python', '3.13']);
    assert.equal(command.kind === 'run' && command.python, '3.13');
  });

  it('-- ends the options, so a file may start with a dash', function () {
    assert.deepStrictEqual(parseArgs(['run', '--json', '--', '-odd.py']), { kind: 'run', file: '-odd.py', json: true, timeline: false, asProcesses: false, compare: false });
  });

  it('--help and -h anywhere (before --) ask for help', function () {
    assert.deepStrictEqual(parseArgs(['--help']), { kind: 'help' });
    assert.deepStrictEqual(parseArgs(['-h']), { kind: 'help' });
    assert.deepStrictEqual(parseArgs(['run', 'p.py', '--help']), { kind: 'help' });
    assert.deepStrictEqual(parseArgs(['run', '--bogus', '-h']), { kind: 'help' });
    assert.deepStrictEqual(parseArgs(['run', '--', '--help']), { kind: 'run', file: '--help', json: false, timeline: false, asProcesses: false, compare: false });
  });

  it('no arguments, or no FILE, is a usage error', function () {
    assert.match(errorOf([]), /missing command/);
    assert.match(errorOf(['run']), /missing FILE/);
    assert.match(errorOf(['run', '--json']), /missing FILE/);
    assert.match(errorOf(['run', '--']), /missing FILE/);
  });

  it('unknown commands and options are usage errors that name them', function () {
    assert.match(errorOf(['exec', 'p.py']), /unknown command 'exec'/);
    assert.match(errorOf(['p.py']), /unknown command 'p.py'/);
    assert.match(errorOf(['--json', 'run', 'p.py']), /unknown option '--json'/);
    assert.match(errorOf(['run', 'p.py', '--verbose']), /unknown option '--verbose'/);
    assert.match(errorOf(['run', 'p.py', '-j']), /unknown option '-j'/);
    assert.match(errorOf(['run', 'p.py', '--json=yes']), /unknown option '--json=yes'/);
  });

  it('a second positional argument is an error (no program arguments)', function () {
    assert.match(errorOf(['run', 'a.py', 'b.py']), /unexpected argument 'b.py'/);
  });

  it('accepts the free-threaded 3.13t', function () {
    const command = parseArgs(['run', 'p.py', '--python', '3.13t']);
    assert.equal(command.kind === 'run' && command.python, '3.13t');
  });

  it('rejects unsupported versions', function () {
    assert.match(errorOf(['run', 'p.py', '--python', '3.10']), /--python must be one of 3\.11, 3\.12, 3\.13, 3\.13t, nogil-hypothetical, got '3\.10'/);
    assert.match(errorOf(['run', 'p.py', '--python', '3']), /--python must be one of/);
  });

  it('an option missing its value is an error', function () {
    assert.match(errorOf(['run', 'p.py', '--python']), /--python needs a value/);
    assert.match(errorOf(['run', 'p.py', '--max-steps']), /--max-steps needs a value/);
  });

  it('budgets must be positive integers', function () {
    for (const bad of ['0', '-5', '1.5', '1e3', 'ten', '', '99999999999999999999']) {
      assert.match(errorOf(['run', 'p.py', `--max-steps=${bad}`]), /--max-steps needs a positive integer/, bad);
      assert.match(errorOf(['run', 'p.py', `--max-ms=${bad}`]), /--max-ms needs a positive integer/, bad);
    }
  });

  it('the usage text documents the command and every option', function () {
    for (const word of ['cpython-lens run FILE.py', '--python', '--json', '--max-steps', '--max-ms', '--help', '--as-processes', '--compare', '--stdin', '--entropy-seed']) {
      assert.ok(USAGE.includes(word), word);
    }
  });
  it('takes the timeline, trace, I/O latency and cores options', function () {
    assert.deepStrictEqual(parseArgs(['run', 'p.py', '--timeline', '--trace', 'out.json', '--io-latency=80', '--cores', '8']), {
      kind: 'run', file: 'p.py', json: false, timeline: true, traceFile: 'out.json', ioLatencyMs: 80, cores: 8, asProcesses: false, compare: false,
    });
    assert.equal(parseArgs(['run', 'p.py', '--trace=']).kind, 'error');
    assert.equal(parseArgs(['run', 'p.py', '--cores', '0']).kind, 'error');
  });

  it('takes --as-processes and --compare; --compare chooses the models itself', function () {
    const asProcesses = parseArgs(['run', 'p.py', '--as-processes', '--python', '3.12']);
    assert.ok(asProcesses.kind === 'run' && asProcesses.asProcesses && asProcesses.python === '3.12' && !asProcesses.compare);
    const compare = parseArgs(['run', '--compare', 'p.py', '--cores', '2']);
    assert.ok(compare.kind === 'run' && compare.compare && compare.cores === 2);
    assert.match(errorOf(['run', 'p.py', '--compare', '--python', '3.13']), /--compare runs 3\.11, 3\.13t and processes itself: it does not go with --python/);
    assert.match(errorOf(['run', 'p.py', '--compare', '--as-processes']), /does not go with --as-processes/);
    assert.match(errorOf(['run', 'p.py', '--compare', '--json']), /does not go with --json/);
  });

  it('takes --stdin FILE and --entropy-seed N (0 included)', function () {
    const run = parseArgs(['run', 'p.py', '--stdin', 'in.txt', '--entropy-seed=0']);
    assert.ok(run.kind === 'run' && run.stdinFile === 'in.txt' && run.entropySeed === 0, JSON.stringify(run));
    assert.match(errorOf(['run', 'p.py', '--stdin=']), /--stdin needs a file name/);
    assert.match(errorOf(['run', 'p.py', '--entropy-seed', '-1']), /--entropy-seed needs a non-negative integer, got '-1'/);
    assert.match(errorOf(['run', 'p.py', '--entropy-seed', 'x']), /--entropy-seed needs a non-negative integer/);
  });
});
