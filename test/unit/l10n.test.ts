// English and French throughout: every vscode.l10n.t string of the extension has a French translation,
// and every %key% of package.json is in both package.nls files.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '..', '..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');
const json = (file: string) => JSON.parse(read(file)) as Record<string, unknown>;

/** The first argument of every `l10n.t('…')` (single-quoted string literals, possibly after a line break). */
function l10nKeys(source: string): string[] {
  const keys: string[] = [];
  for (const m of source.matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)) keys.push(m[1].replace(/\\(.)/g, '$1'));
  return keys;
}

describe('localization (EN + FR)', function () {
  it('translates every vscode.l10n.t string into French', function () {
    const bundle = json('l10n/bundle.l10n.fr.json');
    const files = readdirSync(path.join(root, 'src', 'extension'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    const keys = files.flatMap((f) => l10nKeys(read(path.join('src', 'extension', f))));
    assert.ok(keys.length > 50, `only ${keys.length} strings found`);
    const missing = keys.filter((k) => typeof bundle[k] !== 'string');
    assert.deepEqual(missing, []);
    const unused = Object.keys(bundle).filter((k) => !keys.includes(k));
    assert.deepEqual(unused, []);
  });

  it('has every package.json %key% in package.nls.json and package.nls.fr.json', function () {
    const keys = [...read('package.json').matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]);
    assert.ok(keys.length > 20);
    for (const file of ['package.nls.json', 'package.nls.fr.json']) {
      const nls = json(file);
      assert.deepEqual(keys.filter((k) => typeof nls[k] !== 'string'), [], file);
      assert.deepEqual(Object.keys(nls).filter((k) => !keys.includes(k)), [], `${file} has unused keys`);
    }
  });
});
