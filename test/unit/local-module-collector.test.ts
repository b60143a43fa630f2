// Which of the learner's files a run needs (src/shared/local-module-collector.ts): only the imported ones are
// read, through each other's imports.
import assert from 'node:assert/strict';
import { importedModuleNames, LocalModuleCollector } from '../../src/shared/local-module-collector';

describe('the learner files a run imports', function () {
  it('reads the top-level names of every form of import statement', function () {
    const source = [
      'import sys',
      'import a.b as c, d',
      '    import indented  # in a function',
      'from e.f import g',
      'from . import relative',
      'from h import (',
      '    i,',
      ')',
      'x = __import__("dyn")',
      'y = importlib.import_module(\'other\')',
      '# import commented_out (a comment line starts with #)',
      'print("from nowhere import words")',
    ].join('\n');
    assert.deepEqual(importedModuleNames(source), ['sys', 'a', 'd', 'indented', 'e', 'h', 'dyn', 'other']);
  });

  it('collects the files the script imports, and theirs, once each, and no other file of the folder', function () {
    const files: Record<string, string> = {
      shapes: 'import geometry\nimport math\n',
      geometry: 'import shapes  # a cycle\nfrom units import metre\n',
      units: 'metre = 1\n',
      unrelated: 'print("never read")\n',
      broken: '',
    };
    const collector = new LocalModuleCollector(new Set(Object.keys(files)), 'import shapes\nimport broken\n');
    const read: string[] = [];
    for (let name = collector.next(); name !== null; name = collector.next()) {
      read.push(name);
      collector.give(name, name === 'broken' ? undefined : files[name]);
    }
    assert.deepEqual(read, ['shapes', 'broken', 'geometry', 'units']);
    assert.deepEqual(Object.keys(collector.result()).sort(), ['geometry', 'shapes', 'units']);
  });
});
