/** The rule hard-to-read: its messages give the reading, in both display languages, and its data holds together. */

import { strict as assert } from 'node:assert';
import { lint, mergeConfigs, parseSpeech } from '../../src/core';
import { LATER_LEVEL_READINGS } from '../../src/core/language/characterReadings';
import { hardSpansIn } from '../../src/core/language/readings';

const readingsIn = (text: string, config = mergeConfigs({})) =>
  lint(parseSpeech(text), config)
    .filter((finding) => finding.rule === 'hard-to-read')
    .map((finding) => ({ text: text.slice(finding.span.start, finding.span.end), ...finding.message }));

describe('hard-to-read', () => {
  it('gives the standard reading, the common misreading and the source of a curated word', () => {
    assert.deepEqual(readingsIn('在座的各位莘莘学子。'), [
      {
        text: '莘莘学子',
        'zh-cn': '「莘莘学子」读 shēn shēn xué zǐ，不读 xīn xīn（《现代汉语词典》第7版）。',
        en: '「莘莘学子」 is read shēn shēn xué zǐ, not xīn xīn (《现代汉语词典》第7版).',
      },
    ]);
    assert.match(readingsIn('给予表彰。')[0]['zh-cn'], /jǐ yǔ，不读 gěi yǔ（《普通话异读词审音表》）/);
  });

  it('finds in a stretch of the document what it finds in the line alone, at the same offsets', () => {
    const lines = ['在座的各位莘莘学子。', '开学典礼暨表彰大会，给予', '予以𠀀表彰处理', '给予'];
    const document = lines.join('\n');
    let start = 0;
    for (const line of lines) {
      assert.deepEqual(hardSpansIn(document, start, start + line.length), hardSpansIn(line), line);
      start += line.length + 1;
    }
    assert.notEqual(hardSpansIn(lines[0]).length, 0);
  });

  it('gives the reading of a character outside the first level, every reading of one with several', () => {
    const [found] = readingsIn('开学典礼暨表彰大会。');
    assert.equal(found.text, '暨');
    assert.match(found['zh-cn'], /^「暨」不是常用字.*读 jì。$/);
    assert.match(found.en, /it is read jì\.$/);
    const several = LATER_LEVEL_READINGS.split(';').find((group) => group.split(':')[0].includes(','));
    assert.ok(several, 'the data holds characters of several readings');
    const [readings, chars] = several.split(':');
    assert.match(readingsIn(`这是${[...chars][0]}字。`)[0].en, new RegExp(`read ${readings.replace(',', '／')}\\.$`));
  });

  it('holds the 4,605 characters of the second and third levels, none of them twice', () => {
    const chars = LATER_LEVEL_READINGS.split(';').flatMap((group) => [...group.slice(group.indexOf(':') + 1)]);
    assert.equal(chars.length, 4605);
    assert.equal(new Set(chars).size, 4605);
    const common =
      '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力';
    for (const char of common) assert.ok(!chars.includes(char), `${char} is of the first level`);
  });
});
