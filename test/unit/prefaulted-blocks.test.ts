// The trace's pre-faulted blocks: a helper thread starts at the second block, then hands over zeroed
// blocks of the asked size; a block of another size, or one asked before the helper has one ready, is fresh.
import { strict as assert } from 'node:assert';
import { createPrefaultedBlockSource } from '../../src/node/prefaulted-blocks';

const WORDS = 1 << 16;
const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('prefaulted trace blocks (src/node/prefaulted-blocks.ts)', function () {
  this.timeout(20_000);

  it('gives fresh blocks until its helper thread has some ready, then zeroed blocks from it', async () => {
    const source = createPrefaultedBlockSource(3);
    const first = source(WORDS);
    assert.deepEqual(source.given, { prefaulted: 0, fresh: 1 }, 'one block: no helper thread yet');
    source(WORDS);
    const blocks: Int32Array[] = [first];
    // The helper started at the second block; it prepares three ahead, and one more each time one is taken.
    for (let i = 0; i < 200 && source.given.prefaulted < 5; i++) {
      await settle(10);
      blocks.push(source(WORDS));
    }
    assert.ok(source.given.prefaulted >= 5, JSON.stringify(source.given));
    for (const block of blocks) {
      assert.equal(block.length, WORDS);
      assert.ok(block.every((word) => word === 0), 'a block is zeroed');
    }
    // Written blocks stay apart (no two views share memory).
    blocks.forEach((block, i) => (block[7] = i + 1));
    blocks.forEach((block, i) => assert.equal(block[7], i + 1));
  });

  it('gives a fresh block of another size than the helper prepares', async () => {
    const source = createPrefaultedBlockSource(2);
    source(WORDS);
    source(WORDS);
    await settle(300);
    const odd = source(WORDS / 2);
    assert.equal(odd.length, WORDS / 2);
    assert.equal(source.given.prefaulted, 0);
    assert.equal(source(WORDS).length, WORDS);
  });
});
