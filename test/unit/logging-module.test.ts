// The logging module, run from CPython's own Lib/logging/__init__.py (modules/cpython-files.ts): its text is each
// version's line for line but for the lines scripts/extract-logging-source.mjs replaces; what it needs that the
// simulator does not model stops the run with a "not modelled" diagnostic at the program's line.

import assert from 'node:assert/strict';
import { runSource } from '../../src/core/index';
import type { PythonVersion } from '../../src/core/versions';
import { LOGGING_SOURCE_3_11 } from '../../src/core/modules/python/logging-source-3-11';
import { LOGGING_SOURCE_3_12 } from '../../src/core/modules/python/logging-source-3-12';
import { LOGGING_SOURCE_3_13 } from '../../src/core/modules/python/logging-source-3-13';

function run(source: string, python: PythonVersion = '3.11'): { exitCode: number; stdout: string; stderr: string; message?: string; line?: number } {
  const result = runSource(source, { filename: 'log.py', python });
  return { exitCode: result.exitCode, stdout: result.stdout, stderr: result.stderr, message: result.diagnostic?.message, line: result.diagnostic?.line };
}

describe('the logging module', function () {
  it('runs CPython\'s file of each version, with only sys.modules lookups replaced', function () {
    for (const [source, lines, replaced] of [[LOGGING_SOURCE_3_11, 2274, 1], [LOGGING_SOURCE_3_12, 2353, 2], [LOGGING_SOURCE_3_13, 2325, 2]] as const) {
      const text = source.split('\n');
      assert.equal(text.length, lines);
      assert.equal(text.filter((line) => line.includes('# CPython Lens:')).length, replaced);
      assert.ok(!source.includes('sys.modules.get('));
    }
  });

  it('shows its frames with CPython\'s path, line numbers and lines, and its globals', function () {
    for (const [python, emit] of [['3.11', 1110], ['3.12', 1160], ['3.13', 1150]] as const) {
      const result = run('import logging\nprint(logging.__file__, logging.__path__)\nlogging.warning("%d", "x")\n', python);
      assert.equal(result.exitCode, 0);
      assert.equal(result.stdout, `/usr/lib/python${python}/logging/__init__.py ['/usr/lib/python${python}/logging']\n`);
      assert.ok(result.stderr.includes(`  File "/usr/lib/python${python}/logging/__init__.py", line ${emit}, in emit\n    msg = self.format(record)\n`), result.stderr);
      assert.ok(result.stderr.includes('Call stack:\n  File "log.py", line 3, in <module>\n    logging.warning("%d", "x")\n'), result.stderr);
    }
  });

  it('stops with "not modelled" at the program\'s line where it needs what the simulator lacks', function () {
    for (const [source, what, line] of [
      ['import logging.handlers\n', 'module logging.handlers', 1],
      ['import logging\nfrom logging import config\n', 'module logging.config', 2],
      ['import logging\n\nlogging.basicConfig(filename="app.log")\n', 'os.path.abspath', 3],
      ['import logging\nlogging.basicConfig(datefmt="%Ex", format="%(asctime)s")\nlogging.warning("x")\n', 'time.strftime directive %E', 3],
      ['import traceback\ntraceback.extract_stack()\n', 'traceback.extract_stack', 2],
      ['import traceback\ntraceback.print_stack(limit=1)\n', 'traceback formatting with a limit', 2],
    ] as const) {
      const result = run(source);
      assert.equal(result.exitCode, 2, source);
      assert.equal(result.message, `not modelled by CPython Lens: ${what}`, source);
      assert.equal(result.line, line, source);
    }
  });

  it('keeps CPython\'s ImportError for a name the package lacks, with the package\'s file', function () {
    const result = run('from logging import nope\n');
    assert.equal(result.exitCode, 1);
    assert.ok(result.stderr.endsWith("ImportError: cannot import name 'nope' from 'logging' (/usr/lib/python3.11/logging/__init__.py)\n"), result.stderr);
  });
});
