import { strict as assert } from 'node:assert';
import { computeStats, countSpokenCharacters, formatDuration, formatSummary } from '../../src/core';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ITEM_START } from '../../src/core/parse/items';
import { CHARS, scanLine } from '../../src/core/parse/lineChars';
import { REPO } from './helpers';

describe('statistics', () => {
  it('counts Chinese characters, letters and digits, not punctuation or spaces', () => {
    assert.equal(countSpokenCharacters('同志们：今天，GDP增长5%。'), 3 + 2 + 3 + 2 + 1);
    assert.equal(countSpokenCharacters('　　“”（）《》…… ,.!?'), 0);
    assert.equal(countSpokenCharacters('二〇二三年'), 5);
    assert.equal(countSpokenCharacters('𠀀'), 1);
  });

  it('estimates the speaking time at the given rate', () => {
    const text = '字'.repeat(660);
    assert.equal(computeStats(text, 220).speakingSeconds, 180);
    assert.equal(computeStats(text, 330).speakingSeconds, 120);
    assert.equal(computeStats(text, 0).speakingRate, 160, 'an invalid rate falls back to the default');
  });

  it('counts non-blank lines as paragraphs', () => {
    assert.equal(computeStats('甲。\n\n　　\n乙。\r\n丙。').paragraphs, 3);
  });

  it('formats durations and summaries in both languages', () => {
    assert.equal(formatDuration(30, 'zh-cn'), '约30秒');
    assert.equal(formatDuration(0, 'en'), 'about 1 s');
    assert.equal(formatDuration(360, 'zh-cn'), '约6分钟');
    assert.equal(formatDuration(3900, 'zh-cn'), '约1小时5分钟');
    assert.equal(formatDuration(3600, 'en'), 'about 1 h');
    assert.equal(formatSummary(1234, 336, 'zh-cn'), '1,234字 · 约6分钟');
    assert.equal(formatSummary(1234, 336, 'en'), '1,234 chars · about 6 min');
  });
});

describe("scanLine (the lexer's one pass over a line)", () => {
  it('counts spoken characters exactly as countSpokenCharacters does, whatever the characters', () => {
    const samples = [
      '同志们：大家好！',
      'GDP增长5.2%，ＣＢＤ１６：３２',
      '𠀀𪚥中文ⅫⅣ',
      '〇〇七　々　〆',
      'ﬁ\u00e9\u0301\u200b\ufeff',
      '٣٤٥ абв αβγ',
      '　　　一、二（三）',
      '\ud800',
      'x\udc00y',
      '一丁\u9fff\u4dbf\ua000\u3400龥々，中',
    ];
    for (const sample of samples) assert.equal(scanLine(sample).spoken, countSpokenCharacters(sample), sample);
  });

  it('sets the bits of the characters a line holds', () => {
    assert.equal(scanLine('中文').chars, CHARS.han);
    assert.notEqual(scanLine('中 文').chars & CHARS.innerBlank, 0, 'a blank after a common ideograph is inner');
    assert.notEqual(scanLine('中“”').chars & CHARS.emptyPair, 0);
    assert.equal(scanLine('“中”').chars & CHARS.emptyPair, 0, 'an ideograph between quotes is not an empty pair');
    assert.equal(scanLine('　　中文').chars & CHARS.innerBlank, 0, 'indentation is not an inner blank');
    assert.notEqual(scanLine('中 文').chars & CHARS.innerBlank, 0);
    assert.notEqual(scanLine('好，，').chars & CHARS.markRun, 0);
    assert.equal(scanLine('好，好，').chars & CHARS.markRun, 0);
    assert.notEqual(scanLine('“”').chars & CHARS.emptyPair, 0);
    assert.notEqual(scanLine('「 」').chars & CHARS.emptyPair, 0, 'a corner pair with a blank between');
    assert.equal(scanLine('「好」').chars & CHARS.emptyPair, 0);
    assert.equal(scanLine('２０２５').spoken, 4, 'full-width digits are spoken');
  });

  it('reads a line given as a stretch of the document as it reads the line alone', () => {
    const document = '同志们：\n今天， 一是GDP增长5%。𠀀\n“”（）\n\n二要 好';
    let start = 0;
    for (const line of document.split('\n')) {
      assert.deepEqual(scanLine(document, start, start + line.length), scanLine(line), line);
      start += line.length + 1;
    }
  });

  it('tells whether an item marker may follow a mark on the line, as the parse looks for one', () => {
    assert.equal(scanLine('要抓好三件事。一是抓项目').itemAfterMark, true);
    assert.equal(scanLine('要抓好三件事：\u3000 第一，抓项目').itemAfterMark, true, 'blanks between');
    assert.equal(scanLine('一是抓项目，抓落实').itemAfterMark, false, 'a marker that opens the line follows no mark');
    assert.equal(scanLine('要抓好三件事。是抓项目').itemAfterMark, false);
    assert.equal(scanLine('要抓好三件事。𠀀一是').itemAfterMark, false);
    // The parse's own search (ITEM_BOUNDARY in parse.ts) runs only where the bit is set: it must never miss one.
    const boundary = new RegExp(`[。！？；!?;：:，,](?=[ \\t\\u3000\\u00a0]*[${[...ITEM_START].join('')}])`);
    const texts = readdirSync(join(REPO, 'test/corpus/texts')).filter((file) => file.endsWith('.txt'));
    let found = 0;
    for (const file of texts)
      for (const line of readFileSync(join(REPO, 'test/corpus/texts', file), 'utf8').split('\n')) {
        if (!boundary.test(line)) continue;
        found++;
        assert.equal(scanLine(line).itemAfterMark, true, line);
      }
    assert.ok(found > 100);
  });

  it('sets the blank bit exactly where \\s matches, for every code unit of the BMP', () => {
    const differing: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const char = String.fromCharCode(code);
      if (((scanLine(`中${char}文`).chars & CHARS.blank) !== 0) !== /\s/.test(char)) differing.push(code.toString(16));
    }
    assert.deepEqual(differing, []);
    assert.equal(scanLine('中文').chars & CHARS.blank, 0);
    assert.notEqual(scanLine('　中文').chars & CHARS.blank, 0, 'indentation is a blank');
  });
});
