// sys.settrace and sys.setprofile (src/core/vm/tracing.ts): what the oracle cases (test/oracle/cases/tracing)
// cannot check — the "not modelled" stops, the free-threaded model (no oracle interpreter here), the event
// trace the editor reads — and that the trace function is a real call pushed from the VM's loop.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { runSource, type PythonVersion } from '../../src/core/index';
import { traceOf } from './helpers/trace-of';

const CASES = path.join(__dirname, '..', 'oracle', 'cases', 'tracing');
const GOLDENS = path.join(__dirname, '..', 'oracle', 'goldens');

function run(source: string, python: PythonVersion = '3.12') {
  return runSource(source, { python, filename: 'p.py' });
}

describe('sys.settrace and sys.setprofile', () => {
  it("stops with a diagnostic at f_trace_opcodes = True: 'opcode' events follow CPython's own instructions", () => {
    const source = [
      'import sys',
      'def tracer(frame, event, arg):',
      '    frame.f_trace_opcodes = True',
      '    return tracer',
      'def f():',
      '    return 1',
      'sys.settrace(tracer)',
      'f()',
    ].join('\n');
    for (const python of ['3.11', '3.12', '3.13'] as const) {
      const result = run(source, python);
      assert.equal(result.exitCode, 2, python);
      assert.match(result.diagnostic?.message ?? '', /not modelled by CPython Lens: frame\.f_trace_opcodes/);
      assert.equal(result.diagnostic?.line, 3);
    }
  });

  it('lets f_trace_opcodes be set to False, and refuses a value that is not a bool as CPython does', () => {
    const source = [
      'import sys',
      'f = sys._getframe()',
      'f.f_trace_opcodes = False',
      'print(f.f_trace_opcodes)',
      'try:',
      '    f.f_trace_lines = 1',
      'except TypeError as e:',
      '    print(e)',
    ].join('\n');
    const result = run(source);
    assert.equal(result.exitCode, 0, result.stderr);
    assert.equal(result.stdout, 'False\nattribute value type must be bool\n');
  });

  it('stops with a diagnostic when a trace function sets f_lineno (a jump)', () => {
    const source = [
      'import sys',
      'def tracer(frame, event, arg):',
      "    if event == 'line' and frame.f_lineno == 7:",
      '        frame.f_lineno = 8',
      '    return tracer',
      'def f():',
      '    a = 1',
      '    b = 2',
      '    return a',
      'sys.settrace(tracer)',
      'f()',
    ].join('\n');
    const result = run(source);
    assert.equal(result.exitCode, 2);
    assert.match(result.diagnostic?.message ?? '', /not modelled by CPython Lens: setting frame\.f_lineno/);
  });

  it('runs the trace function as a Python frame of its own, above the frame it traces, in the recorded trace', () => {
    const source = [
      'import sys',
      'def tracer(frame, event, arg):',
      '    return tracer',
      'def f():',
      '    return 1',
      'sys.settrace(tracer)',
      'f()',
      'sys.settrace(None)',
    ].join('\n');
    const events = traceOf(source, { python: '3.12', filename: 'p.py' });
    const entered = events.flatMap((e) => (e.kind === 'frame-enter' ? [e.name] : []));
    // f's 'call', 'line' and 'return' events: three calls of tracer while f runs; the module's own
    // frame has no local trace function (nothing for its lines, nor its return).
    assert.deepEqual(entered, ['<module>', 'f', 'tracer', 'tracer', 'tracer']);
  });

  it("keeps the traced code's own lines for what it does, around the trace function's calls", () => {
    const source = [
      'import sys',
      'def tracer(frame, event, arg):',
      '    note = [event]',
      '    return tracer',
      'def f():',
      '    x = [1, 2]',
      '    y = [3]',
      '    return x',
      'sys.settrace(tracer)',
      'f()',
      'sys.settrace(None)',
    ].join('\n');
    const events = traceOf(source, { python: '3.11', filename: 'p.py' });
    // (What `import sys` makes is on line 1.)
    const lists = events.flatMap((e) => (e.kind === 'alloc' && e.type === 'list' && e.line > 1 ? [e.line] : []));
    // Each event's `note` list on line 3 (call, line 6, line 7, line 8, return); f's own lists on lines 6 and 7.
    assert.deepEqual(lists, [3, 3, 6, 3, 7, 3, 3]);
  });

  describe('under 3.13t (the free-threaded build, which has no oracle interpreter here)', () => {
    for (const name of ['nested_calls', 'loops', 'generators', 'local_tracer', 'threading_settrace', 'settrace_all_threads', 'tracer_error']) {
      it(`prints what 3.13 prints for tracing/${name}`, () => {
        const source = readFileSync(path.join(CASES, `${name}.py`), 'utf8');
        const golden = JSON.parse(readFileSync(path.join(GOLDENS, '3.13', 'tracing', `${name}.json`), 'utf8')) as { stdout: string };
        const result = runSource(source, { python: '3.13t', filename: `${name}.py` });
        assert.equal(result.stdout, golden.stdout);
      });
    }
  });
});
