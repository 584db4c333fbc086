import { strict as assert } from 'node:assert';
import { formatChineseNumeral, parseChineseNumeral } from '../../src/core';

describe('Chinese numerals', () => {
  const cases: Array<[string, number]> = [
    ['一', 1], ['九', 9], ['十', 10], ['十一', 11], ['十九', 19], ['二十', 20], ['三十五', 35], ['九十九', 99],
  ];
  for (const [numeral, value] of cases) {
    it(`${numeral} = ${value}, both ways`, () => {
      assert.equal(parseChineseNumeral(numeral), value);
      assert.equal(formatChineseNumeral(value), numeral);
    });
  }

  it('rejects what is not a numeral from 一 to 九十九', () => {
    for (const text of ['', '零', '百', '十十', '二二', '一十一二', '两']) {
      assert.equal(parseChineseNumeral(text), undefined, text);
    }
  });

  it('writes numbers outside 1..99 as digits', () => {
    assert.equal(formatChineseNumeral(100), '100');
    assert.equal(formatChineseNumeral(0), '0');
  });
});
