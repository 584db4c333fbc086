import { strict as assert } from 'node:assert';
import {
  chineseDigitsAsArabic,
  formatArabicDate,
  formatChineseDate,
  formatChineseNumeral,
  parseChineseNumeral,
  parseChineseYear,
} from '../../src/core';

describe('Chinese numerals', () => {
  const cases: Array<[string, number]> = [
    ['一', 1],
    ['九', 9],
    ['十', 10],
    ['十一', 11],
    ['十九', 19],
    ['二十', 20],
    ['三十五', 35],
    ['九十九', 99],
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

describe('dates in numerals', () => {
  it('reads a year written digit by digit in Chinese numerals, with 〇, ○ or 零 for zero', () => {
    assert.equal(parseChineseYear('二〇二五'), 2025);
    assert.equal(parseChineseYear('二○一○'), 2010);
    assert.equal(parseChineseYear('一九九八'), 1998);
    assert.equal(parseChineseYear('二零一五'), 2015);
    assert.equal(parseChineseYear('二十五'), undefined);
    assert.equal(parseChineseYear(''), undefined);
  });
  it('reads digits written one by one, keeping leading zeros (the decimals of 十二点〇五)', () => {
    assert.equal(chineseDigitsAsArabic('〇五'), '05');
    assert.equal(chineseDigitsAsArabic('二〇二五'), '2025');
    assert.equal(chineseDigitsAsArabic('十五'), undefined);
    assert.equal(chineseDigitsAsArabic(''), undefined);
  });

  it('writes a date in Arabic digits and in Chinese numerals, month and day when given', () => {
    assert.equal(formatArabicDate({ year: 2026, month: 1, day: 15 }), '2026年1月15日');
    assert.equal(formatArabicDate({ year: 2026 }), '2026年');
    assert.equal(formatChineseDate({ year: 2026, month: 12, day: 31 }), '二〇二六年十二月三十一日');
    assert.equal(formatChineseDate({ year: 2020, month: 10 }), '二〇二〇年十月');
  });
});
