// The walkthrough (package.json contributes.walkthroughs): every step has its markdown media in the package,
// a title and description in English and French, and the last one completes with Start Lesson.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { LESSONS } from '../../src/lessons/index';

const root = path.resolve(__dirname, '..', '..');
const json = (file: string) => JSON.parse(readFileSync(path.join(root, file), 'utf8')) as Record<string, unknown>;

interface WalkthroughStep {
  id: string;
  title: string;
  description: string;
  media: { markdown: string };
  completionEvents: string[];
}

describe('walkthrough', function () {
  const manifest = json('package.json') as { contributes: { walkthroughs: { id: string; steps: WalkthroughStep[] }[] } };
  const [walkthrough] = manifest.contributes.walkthroughs;

  it('introduces simulate, hover, step mode, the memory graph, then lesson 1', function () {
    assert.deepEqual(walkthrough.steps.map((s) => s.id), ['simulate', 'hover', 'stepMode', 'memoryGraph', 'lesson']);
    const lesson = walkthrough.steps[walkthrough.steps.length - 1];
    assert.deepEqual(lesson.completionEvents, ['onCommand:cpythonLens.startLesson']);
  });

  it('ships each step\'s markdown and has its texts in English and French', function () {
    const ignore = readFileSync(path.join(root, '.vscodeignore'), 'utf8');
    assert.match(ignore, /^!media\/\*\*$/m);
    const en = json('package.nls.json');
    const fr = json('package.nls.fr.json');
    for (const step of walkthrough.steps) {
      assert.ok(existsSync(path.join(root, step.media.markdown)), step.media.markdown);
      for (const key of [step.title, step.description].map((k) => k.replace(/%/g, ''))) {
        assert.equal(typeof en[key], 'string', key);
        assert.equal(typeof fr[key], 'string', key);
        assert.notEqual(en[key], fr[key], `${key} is not translated`);
      }
    }
  });

  it('lists every lesson, in both languages, on the lesson step\'s page', function () {
    const page = readFileSync(path.join(root, 'media', 'walkthrough', 'lesson.md'), 'utf8');
    const listed = page.split('\n').filter((line) => line.startsWith('- **'));
    assert.deepEqual(listed, LESSONS.map((l) => `- **${l.number}** · ${l.title.en} · ${l.title.fr}`));
  });

  it('packages the lessons\' Python files (the copy opened when the workspace has none)', function () {
    assert.match(readFileSync(path.join(root, '.vscodeignore'), 'utf8'), /^!examples\/lessons\/\*\*$/m);
  });
});
