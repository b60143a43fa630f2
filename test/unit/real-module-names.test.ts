// A name the real module has but the simulator does not model stops the run with "not modelled by CPython
// Lens" (exit 2, a diagnostic on the expression), never with an AttributeError or ImportError CPython would
// not raise; a name the real module lacks still raises them, as CPython does, in each version's own way.
import assert from 'node:assert/strict';
import { runSource } from '../../src/core/index';
import { modelledModuleNames } from '../../src/core/modules/registry';
import { REAL_MODULE_NAMES } from '../../src/core/modules/real-module-names';
import { isRealModuleName } from '../../src/core/modules/real-names';

/** Modules of the registry that are not CPython's standard library (helpers, stand-ins, numpy's own reporting). */
const NOT_STDLIB = new Set(['requests', 'numpy', '_numpy_kernels']);

describe('names of the real modules the simulator does not model', function () {
  it('stops at `sys.modules` with a diagnostic spanning the attribute', function () {
    const r = runSource('import sys\nx = 1\nprint(len(sys.modules))\n', { filename: 'm.py' });
    assert.equal(r.exitCode, 2);
    assert.equal(r.stderr, 'm.py:3:11: not modelled by CPython Lens: sys.modules\n');
    assert.deepEqual(r.diagnostic && { line: r.diagnostic.line, col: r.diagnostic.col, endCol: r.diagnostic.endCol }, { line: 3, col: 10, endCol: 21 });
  });

  it('stops at `from sys import modules`, and at hasattr / getattr of a real name', function () {
    assert.equal(runSource('from sys import modules\n', { filename: 'f.py' }).stderr, 'f.py:1:1: not modelled by CPython Lens: sys.modules\n');
    const probe = runSource('import math\nprint(hasattr(math, "no_such_name"))\nprint(hasattr(math, "cbrt"))\n', { filename: 'h.py' });
    assert.equal(probe.stdout, 'False\n');
    assert.equal(probe.exitCode, 2);
    assert.match(probe.stderr, /^h\.py:3:\d+: not modelled by CPython Lens: math\.cbrt\n$/);
  });

  it('raises AttributeError and ImportError for names the real module lacks', function () {
    const r = runSource('import math\nmath.no_such_name\n', { filename: 'a.py' });
    assert.equal(r.exitCode, 1);
    assert.match(r.stderr, /AttributeError: module 'math' has no attribute 'no_such_name'\n$/);
    const i = runSource('from math import no_such_name\n', { filename: 'i.py' });
    assert.match(i.stderr, /ImportError: cannot import name 'no_such_name' from 'math' \(unknown location\)\n$/);
  });

  it('follows the version: itertools.batched is 3.12\'s', function () {
    assert.equal(isRealModuleName('itertools', 'batched', '3.11'), false);
    assert.equal(isRealModuleName('itertools', 'batched', '3.12'), true);
    assert.equal(isRealModuleName('sys', '_is_gil_enabled', '3.12'), false);
    assert.equal(isRealModuleName('sys', '_is_gil_enabled', '3.13'), true);
    assert.equal(isRealModuleName('sys', '_is_gil_enabled', 'nogil-hypothetical'), true);
    assert.equal(isRealModuleName('not_a_module', 'x', '3.11'), false);
  });

  it('lists every standard-library module the simulator models (npm run module-names after adding one)', function () {
    const missing = modelledModuleNames().filter((name) => !name.startsWith('_lens') && !NOT_STDLIB.has(name) && !(name in REAL_MODULE_NAMES));
    assert.deepEqual(missing, []);
    // What the simulator's sys has is a real name: the list is not empty or cut short.
    for (const name of ['getrefcount', 'getsizeof', 'version_info', 'modules', 'path']) assert.ok(isRealModuleName('sys', name, '3.11'), name);
  });
});
