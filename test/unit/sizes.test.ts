// sys.getsizeof of growing containers against the real interpreters: list capacities after each
// kind of operation, bytearray over-allocation, dict and set tables, instance dicts sharing keys.
// Expected outputs come from scripts/regenerate-size-fixtures.mjs (never edited by hand).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { runSource, type PythonVersion } from '../../src/core/index';
import { listResizeCapacity, bytearrayResizeCapacity } from '../../src/core/objects/capacity';

interface Fixture {
  programs: Record<string, { source: string; stdout: Record<PythonVersion, string> }>;
}
const fixture = JSON.parse(readFileSync(path.join(__dirname, 'fixtures/sizes.json'), 'utf8')) as Fixture;

describe('sizes: sys.getsizeof follows CPython container growth', function () {
  for (const [name, program] of Object.entries(fixture.programs)) {
    for (const version of Object.keys(program.stdout) as PythonVersion[]) {
      it(`${version} ${name}`, function () {
        const r = runSource(program.source, { python: version, filename: `${name}.py` });
        assert.equal(r.stderr, '');
        assert.equal(r.stdout, program.stdout[version]);
      });
    }
  }

  it('list_resize grows appends 0, 4, 8, 16, 24, 32, 40, 52, 64, 76', function () {
    const seen: number[] = [0];
    let alloc = 0;
    for (let size = 0; size < 70; size++) {
      if (size >= alloc) alloc = listResizeCapacity(alloc, size, size + 1);
      if (alloc !== seen[seen.length - 1]) seen.push(alloc);
    }
    assert.deepEqual(seen, [0, 4, 8, 16, 24, 32, 40, 52, 64, 76]);
  });

  it('PyByteArray_Resize keeps a minor shrink and frees a major one', function () {
    assert.equal(bytearrayResizeCapacity(16, 14), 16);
    assert.equal(bytearrayResizeCapacity(16, 0), 1);
  });
});
