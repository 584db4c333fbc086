/** The time the speaker has: front matter and configuration, and the rule time-limit's message. */

import { strict as assert } from 'node:assert';
import { lint, mergeConfigs, parseRcFile, parseSpeech, timeLimitOf, type LintConfig } from '../../src/core';

const SPEECH = [
  '在全区工作会议上的讲话',
  '同志们：',
  '一、回顾工作',
  '字'.repeat(300) + '。',
  '二、部署任务',
  '字'.repeat(100) + '。',
  '谢谢大家！',
].join('\n');

const messagesOf = (text: string, config: LintConfig): string[] =>
  lint(parseSpeech(text), config)
    .filter((finding) => finding.rule === 'time-limit')
    .map((finding) => finding.message.en);

describe('time-limit', () => {
  it('reads the minutes of the front matter (minutes, duration, 时长) over the configured ones', () => {
    const limitOf = (text: string, configured?: number) => timeLimitOf(parseSpeech(text).frontMatter, configured);
    assert.equal(limitOf('---\nminutes: 15\n---\n讲话', 30), 15);
    assert.equal(limitOf('---\n时长: 15分钟\n---\n讲话'), 15);
    assert.equal(limitOf('---\nduration: 1.5 min\n---\n讲话'), 1.5);
    assert.equal(limitOf('---\nminutes: 0\n---\n讲话', 30), 30, 'no limit written: the configured one');
    assert.equal(limitOf('---\nminutes: 十五\n---\n讲话', 30), 30);
    assert.equal(limitOf('讲话'), undefined);
  });

  it('takes timeLimit from the configuration, refuses a bad one, and 0 means no limit', () => {
    assert.equal(mergeConfigs({ timeLimit: 15 }).options.timeLimit, 15);
    assert.equal(mergeConfigs({ timeLimit: 15 }, { timeLimit: 0 }).options.timeLimit, undefined);
    assert.equal(parseRcFile('{ "timeLimit": 20 }').problem, undefined);
    for (const bad of ['-1', '601', '"15"'])
      assert.match(parseRcFile(`{ "timeLimit": ${bad} }`).problem?.message.en ?? '', /timeLimit must be 0/);
  });

  it('reports a speech over its limit once, on its first line, with its longest parts; none within it', () => {
    const config = mergeConfigs({ timeLimit: 1 });
    assert.deepEqual(messagesOf(SPEECH, config), [
      'The speech takes about 2.7 minutes, over the 1 it may take (160 characters a minute). The longest parts: 一、回顾工作 (about 2 min), 二、部署任务 (about 1 min).',
    ]);
    const faster = { ...config, options: { ...config.options, speakingRate: 440 } };
    assert.deepEqual(messagesOf(SPEECH, faster), [], 'at 440 a minute it takes under a minute');
    assert.deepEqual(messagesOf(SPEECH, mergeConfigs({})), [], 'no limit, no check');
  });
});
