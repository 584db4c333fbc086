import { strict as assert } from 'node:assert';
import {
  DEFAULT_LINT_CONFIG,
  layoutSpeech,
  lint,
  OFFICIAL,
  parseCalendarDate,
  parseRcFile,
  parseSpeech,
  statsOf,
} from '../../src/core';

const SPEECH = [
  '---',
  'date: 2026-01-15',
  'title: "全区工作会议"',
  '---',
  '在全区工作会议上的讲话',
  '（2026年1月15日）',
  '同志们：',
  '今天召开会议。',
  '谢谢大家！',
].join('\n');

describe('front matter', () => {
  it('reads the fields between the --- lines at the top, and no part of the speech', () => {
    const speech = parseSpeech(SPEECH);
    assert.deepEqual(speech.frontMatter, { endLine: 3, fields: { date: '2026-01-15', title: '全区工作会议' } });
    assert.equal(speech.titleBlock?.title.text, '在全区工作会议上的讲话');
    assert.deepEqual(
      speech.paragraphs.map((paragraph) => paragraph.line),
      [4, 5, 6, 7, 8],
    );
    assert.equal(statsOf(speech).characters, statsOf(parseSpeech(SPEECH.split('\n').slice(4).join('\n'))).characters);
    assert.ok(!layoutSpeech(speech, OFFICIAL).some((block) => block.runs.some((run) => run.text.includes('date'))));
  });

  it('gives its lines no finding: not the --- (ellipsis-dash) nor the half-width colon', () => {
    assert.deepEqual(
      lint(parseSpeech(SPEECH), DEFAULT_LINT_CONFIG).filter((finding) => finding.span.start < SPEECH.indexOf('在全区')),
      [],
    );
  });

  it('is no front matter unless the first line is --- and a closing --- follows over key: value lines', () => {
    assert.equal(parseSpeech('---\n同志们，今天开会。\n---\n').frontMatter, undefined);
    assert.equal(parseSpeech('标题\n---\ndate: 2026-01-15\n---').frontMatter, undefined);
    assert.equal(parseSpeech('---\ndate: 2026-01-15\n').frontMatter, undefined);
    assert.equal(parseSpeech('---\n---\n正文').frontMatter, undefined);
  });
});

describe('the speech date', () => {
  it('is read from 2026-01-15, 2026/1/15, 2026.1.15 and 2026年1月15日, and only when the day exists', () => {
    for (const written of ['2026-01-15', '2026/1/15', '2026.1.15', '2026年1月15日', ' 2026-1-15 '])
      assert.deepEqual(parseCalendarDate(written), { year: 2026, month: 1, day: 15 });
    for (const written of ['2026-02-30', '2026-13-01', '26-01-15', '明天', ''])
      assert.equal(parseCalendarDate(written), undefined);
  });

  it('is validated in .speechdraftrc.json', () => {
    assert.deepEqual(parseRcFile('{ "speechDate": "2026-01-15" }').config, { speechDate: '2026-01-15' });
    assert.ok(parseRcFile('{ "speechDate": "2026-02-30" }').problem);
    assert.ok(parseRcFile('{ "speechDate": 20260115 }').problem);
  });
});
