import { strict as assert } from 'node:assert';
import { LineCache } from '../../src/core/parse/lineCache';

/** Reads `lines` as a parse does, one pass, and returns the texts computed afresh. */
function pass(cache: LineCache<number>, lines: readonly string[]): string[] {
  const computed: string[] = [];
  const values = lines.map((text, index) =>
    cache.lineAt(index, lines.length, text, (line) => {
      computed.push(line);
      return line.length;
    }),
  );
  cache.endPass();
  assert.deepEqual(
    values,
    lines.map((line) => line.length),
  );
  return computed;
}

describe('LineCache', () => {
  it('computes only the lines an edit changed, wherever the edit moved the others', () => {
    const cache = new LineCache<number>();
    assert.deepEqual(pass(cache, ['甲', '乙', '丙', '丁']), ['甲', '乙', '丙', '丁']);
    assert.deepEqual(pass(cache, ['甲', '乙乙', '丙', '丁']), ['乙乙'], 'a line changed in place');
    assert.deepEqual(pass(cache, ['新', '甲', '乙乙', '丙', '丁']), ['新'], 'a line inserted above the others');
    assert.deepEqual(pass(cache, ['新', '甲', '丙', '丁']), [], 'a line deleted');
    assert.deepEqual(pass(cache, ['丁', '丙', '甲', '新']), [], 'lines moved: found by their text');
    assert.equal(cache.size, 4);
  });

  it('keeps only the lines the last pass used', () => {
    const cache = new LineCache<number>();
    pass(cache, ['甲', '乙']);
    pass(cache, ['丙']);
    assert.equal(cache.size, 1);
    assert.deepEqual(pass(cache, ['甲', '丙']), ['甲']);
  });
});
