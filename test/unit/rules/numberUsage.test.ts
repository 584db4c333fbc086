import { strict as assert } from 'node:assert';
import { applyEdits, fixAll, fixesOf } from '../../../src/core';
import { findings, flagged } from './ruleHelpers';

describe('rule number-usage', () => {
  it('reports the 顿号 between two adjacent numerals of an approximate number, and Fix all deletes it', () => {
    const text = '我们用了两、三年时间，走访了七、八个乡镇，三、四天后返回。';
    assert.deepEqual(flagged('number-usage', text), ['、', '、', '、']);
    assert.equal(fixAll(text).text, '我们用了两三年时间，走访了七八个乡镇，三四天后返回。');
  });

  it('leaves lists, heading markers, numerals that are not adjacent and longer numbers alone', () => {
    for (const text of [
      '一、二〇二四年工作回顾',
      '分为一、二、三个层次。',
      '三、五年内完成。',
      '第十一、二届代表。',
      '二、三两个方面。',
      '第五、六批名单。',
      '三、四月份雨水多。',
      '一、二年级的同学。',
    ]) {
      assert.deepEqual(flagged('number-usage', `同志们：\n${text}`), [], text);
    }
  });

  it('reports a Latin O or a circle for the 〇 of a year in Chinese numerals, with a quick fix only', () => {
    const text = '二O一O年开工，二○一二年竣工，二零一五年投产。';
    assert.deepEqual(flagged('number-usage', text), ['二O一O', '二○一二']);
    const [first] = findings('number-usage', text);
    assert.equal(first.fixes[0].safe, false);
    assert.equal(applyEdits(text, fixesOf(first)[0].edits).slice(0, 5), '二〇一〇年');
    assert.equal(fixAll(text).text, text);
  });

  it('leaves right years, Arabic years, 零 (common, though the standard writes 〇), amounts and the placeholder ○○ alone', () => {
    assert.deepEqual(flagged('number-usage', '二〇二五年，2025年，二零一五年，一百零五年前，○○年。'), []);
  });

  it('a circle inside a year is no placeholder', () => {
    assert.deepEqual(flagged('placeholder', '二○一○年'), []);
    assert.deepEqual(flagged('placeholder', '○○市召开大会。'), ['○○']);
  });
});
