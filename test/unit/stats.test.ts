import { strict as assert } from 'node:assert';
import { computeStats, countSpokenCharacters, formatDuration, formatSummary } from '../../src/core';

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
    assert.equal(computeStats(text, 0).speakingRate, 220, 'an invalid rate falls back to the default');
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
