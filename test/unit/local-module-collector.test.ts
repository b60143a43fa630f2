// Which of the learner's files a run needs (src/shared/local-module-collector.ts): only the imported ones are
// read, through each other's imports, packages and relative imports included.
import assert from 'node:assert/strict';
import { importTargets, LocalModuleCollector, moduleNameOfEntry } from '../../src/shared/local-module-collector';

/** Runs the collector over an in-memory folder (a path ending in `/` is a folder): what it read, and its result. */
function collect(files: Record<string, string>, script: string): { read: string[]; result: Record<string, string> } {
  const available = new Set(Object.keys(files).flatMap((p) => {
    const [first, ...rest] = p.split('/');
    return moduleNameOfEntry(first, rest.length > 0) ?? [];
  }));
  const collector = new LocalModuleCollector(available, script);
  const read: string[] = [];
  for (let path = collector.next(); path !== null; path = collector.next()) {
    const folder = path.endsWith('/') && Object.keys(files).some((p) => p.startsWith(path)) ? '' : undefined;
    if (Object.hasOwn(files, path) || folder !== undefined) read.push(path);
    collector.give(path, folder ?? files[path]);
  }
  return { read, result: collector.result() };
}

describe('the learner files a run imports', function () {
  it('reads every form of import statement, relative ones and names that may be submodules included', function () {
    const source = [
      'import sys',
      'import a.b as c, d',
      '    import indented  # in a function',
      'from e.f import g',
      'from . import relative',
      'from ..up.more import x as y, z',
      'from h import (',
      '    i,',
      '    j as k,',
      ')',
      'x = __import__("dyn")',
      'y = importlib.import_module(\'other.sub\')',
      '# import commented_out (a comment line starts with #)',
      'print("from nowhere import words")',
    ].join('\n');
    assert.deepEqual(importTargets(source), [
      { level: 0, module: 'sys', names: [] },
      { level: 0, module: 'a.b', names: [] },
      { level: 0, module: 'd', names: [] },
      { level: 0, module: 'indented', names: [] },
      { level: 0, module: 'e.f', names: ['g'] },
      { level: 1, module: '', names: ['relative'] },
      { level: 2, module: 'up.more', names: ['x', 'z'] },
      { level: 0, module: 'h', names: ['i', 'j'] },
      { level: 0, module: 'dyn', names: [] },
      { level: 0, module: 'other.sub', names: [] },
    ]);
  });

  it('names the folder entries an import finds: .py files and folders, as identifiers', function () {
    assert.equal(moduleNameOfEntry('fibo.py', false), 'fibo');
    assert.equal(moduleNameOfEntry('shapes', true), 'shapes');
    assert.equal(moduleNameOfEntry('notes.txt', false), null);
    assert.equal(moduleNameOfEntry('my-lib', true), null);
    assert.equal(moduleNameOfEntry('2fast.py', false), null);
  });

  it('collects the files the script imports, and theirs, once each, and no other file of the folder', function () {
    const files: Record<string, string> = {
      'shapes.py': 'import geometry\nimport math\n',
      'geometry.py': 'import shapes  # a cycle\nfrom units import metre\n',
      'units.py': 'metre = 1\n',
      'unrelated.py': 'print("never read")\n',
    };
    const { read, result } = collect(files, 'import shapes\nimport broken\n');
    assert.deepEqual(read, ['shapes.py', 'geometry.py', 'units.py']);
    assert.deepEqual(Object.keys(result).sort(), ['geometry.py', 'shapes.py', 'units.py']);
  });

  it('follows a package: its __init__.py, the submodules a from-import names, relative imports up the tree', function () {
    const files: Record<string, string> = {
      'pkg/__init__.py': 'from .circle import Circle\n',
      'pkg/circle.py': 'from . import util\n',
      'pkg/util.py': 'PI = 3\n',
      'pkg/solid/__init__.py': '',
      'pkg/solid/ball.py': 'from ..util import PI\n',
      'pkg/unused.py': 'print("never read")\n',
      'tools/helper.py': 'X = 1\n',
    };
    const { result } = collect(files, 'import pkg\nfrom pkg.solid import ball\nfrom tools import helper\n');
    assert.deepEqual(Object.keys(result).sort(), [
      'pkg/', 'pkg/__init__.py', 'pkg/circle.py', 'pkg/solid/', 'pkg/solid/__init__.py', 'pkg/solid/ball.py', 'pkg/util.py', 'tools/', 'tools/helper.py',
    ]);
  });
});
