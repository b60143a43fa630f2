// ctypes reads only what the simulator knows (modules/ctypes.ts): an object's header at an address id() gave.
// Freed memory, other addresses and other fields stop the run with a "not modelled" diagnostic at the line,
// never an internal error or a made-up value.

import assert from 'node:assert/strict';
import { runSource } from '../../src/core/index';
import type { PythonVersion } from '../../src/core/versions';

function run(source: string, python: PythonVersion = '3.11') {
  const result = runSource(source, { filename: 'ct.py', python });
  return { exitCode: result.exitCode, stdout: result.stdout, message: result.diagnostic?.message ?? '', line: result.diagnostic?.line };
}

describe('ctypes on object headers', () => {
  it('refuses to read where an object was freed, or memory it does not model', () => {
    for (const [source, pattern, line] of [
      ['import ctypes\na = [1]\naddr = id(a)\ndel a\nprint(ctypes.c_long.from_address(addr).value)\n', /after the object there was freed/, 5],
      ['import ctypes\nprint(ctypes.c_long.from_address(4096).value)\n', /reading memory at 0x1000/, 2],
      ['import ctypes\na = [1]\nprint(ctypes.c_long.from_address(id(a) + 16).value)\n', /reading memory at 0x/, 3],
      ['import ctypes\na = [1]\nctypes.c_long.from_address(id(a)).value = 0\n', /set to zero or less/, 3],
      ['import ctypes\nctypes.pythonapi.Py_IncRef(5)\n', /Py_IncRef\(\) of an int/, 2],
      ['import ctypes\nclass P(ctypes.Structure):\n    pass\n', /not modelled by CPython Lens: ctypes.Structure/, 2],
    ] as const) {
      const r = run(source);
      assert.equal(r.exitCode, 2, source);
      assert.match(r.message, pattern, source);
      assert.equal(r.line, line, source);
    }
  });

  it('refuses the header of the free-threaded build, whose count is split in two fields', () => {
    const r = run('import ctypes\na = []\nprint(ctypes.c_long.from_address(id(a)).value)\n', '3.13t');
    assert.equal(r.exitCode, 2);
    assert.match(r.message, /free-threaded/);
  });

  it('moves the count by the difference written, and frees nothing by it', () => {
    const r = run('import ctypes, sys\na = []\nc = ctypes.c_long.from_address(id(a))\nc.value = 5\nprint(sys.getrefcount(a))\nc.value = 1\nprint(sys.getrefcount(a), a)\n');
    assert.equal(r.exitCode, 0, r.message);
    assert.equal(r.stdout, '6\n2 []\n');
  });
});
