// Packing a layer's boxes top to bottom in a given order: as near as they can be to where each wants to be,
// NODE_SPACING apart. Used by the layered layouts that run without ELK (layered-placement.ts,
// relaid-layers.ts).

import { NODE_SPACING, PADDING } from './incremental-placement';

/**
 * The tops of a column of boxes, in their order, keeping NODE_SPACING between neighbours and `top` above
 * the first, as near as they can be to the `wanted` tops (least squares: a box without a wish just follows
 * the one above). Pool adjacent violators on the tops less the space the boxes above take: a run of boxes
 * that want the same height (a list's items) is centred on it, or starts at `top`.
 */
export function packedTops(heights: readonly number[], wanted: readonly (number | null)[], top = PADDING): number[] {
  // offset[i]: where box i's top is if every box above sits tight on the one before, from 0.
  const offset: number[] = [];
  let acc = 0;
  for (const h of heights) {
    offset.push(acc);
    acc += h + NODE_SPACING;
  }
  // Blocks of boxes that end up tight together, with the sum and count of their wishes (offsets taken off).
  const blocks: { sum: number; weight: number; count: number }[] = [];
  for (let i = 0; i < heights.length; i++) {
    const w = wanted[i];
    blocks.push(w === null ? { sum: 0, weight: 0, count: 1 } : { sum: w - offset[i], weight: 1, count: 1 });
    // A block wanting to be higher than the one above it joins it; a box without a wish joins the one above.
    while (blocks.length > 1) {
      const last = blocks[blocks.length - 1];
      const before = blocks[blocks.length - 2];
      if (last.weight > 0 && before.weight > 0 && before.sum / before.weight <= last.sum / last.weight) break;
      blocks.pop();
      before.sum += last.sum;
      before.weight += last.weight;
      before.count += last.count;
    }
  }
  const tops: number[] = [];
  for (const b of blocks) {
    // Clamping the least-squares levels at `top` is the least-squares answer with `top` as a bound.
    const level = Math.max(b.weight > 0 ? b.sum / b.weight : top, top);
    for (let k = 0; k < b.count; k++) tops.push(level + offset[tops.length]);
  }
  return tops;
}
