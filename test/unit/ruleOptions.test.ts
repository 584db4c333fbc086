/** Rules' own options, set the ESLint way: read, checked against each rule's schema, and older keys kept working. */

import { strict as assert } from 'node:assert';
import { lint, mergeConfigs, parseRcFile, parseSpeech, validateUserConfig } from '../../src/core';

/** 60 characters without a pause: long under a limit of 40, not under the default 80. */
const SIXTY = `${'我们要'.repeat(20)}。`;

function longSentences(config: ReturnType<typeof mergeConfigs>): number {
  return lint(parseSpeech(SIXTY), config).filter((finding) => finding.rule === 'long-sentence').length;
}

describe('rule options', () => {
  it('takes a rule entry [severity, { option }] and keeps the severity', () => {
    const config = mergeConfigs({ rules: { 'long-sentence': ['warning', { max: 40 }] } });
    assert.equal(config.rules['long-sentence'], 'warning');
    const found = lint(parseSpeech(SIXTY), config).filter((finding) => finding.rule === 'long-sentence');
    assert.deepEqual(
      found.map((finding) => finding.severity),
      ['warning'],
    );
    assert.equal(longSentences(mergeConfigs({ rules: { 'long-sentence': ['info'] } })), 0, 'the default, 80');
  });

  it('keeps the older top-level key, and the rule entry wins over it', () => {
    assert.equal(longSentences(mergeConfigs({ maxSentenceLength: 40 })), 1);
    assert.equal(
      longSentences(mergeConfigs({ maxSentenceLength: 40, rules: { 'long-sentence': ['info', { max: 100 }] } })),
      0,
    );
    assert.equal(
      longSentences(mergeConfigs({ maxSentenceLength: 100 }, { rules: { 'long-sentence': ['info', { max: 40 }] } })),
      1,
      'a later source wins',
    );
  });

  it('says what is wrong, once per mistake: an unknown option, a value out of range, a bad entry', () => {
    const problems = (rules: unknown): string[] => validateUserConfig({ rules }).map((problem) => problem.en);
    assert.deepEqual(problems({ 'long-sentence': ['info', { maximum: 40 }] }), [
      'rule 「long-sentence」 has no option 「maximum」 (options: max)',
    ]);
    assert.deepEqual(problems({ 'long-sentence': ['info', { max: 5 }] }), [
      'long-sentence.max must be a whole number from 20 to 1000',
    ]);
    assert.deepEqual(problems({ 'long-sentence': ['loud', { max: 40 }] }), [
      'rule 「long-sentence」 must be a severity (off, hint, info, warning, error) or [severity, { options }]',
    ]);
    assert.deepEqual(problems({ placeholder: ['error', { max: 40 }] }), [
      'rule 「placeholder」 has no option 「max」 (options: —)',
    ]);
    assert.deepEqual(problems({ 'long-sentence': ['info', 40] }), [
      'the options of rule 「long-sentence」 must be an object {…}',
    ]);
    assert.ok(parseRcFile('{ "rules": { "long-sentence": ["info", { "max": 60 }] } }').config);
  });

  it('drops a hand-edited setting that does not fit, keeping the default', () => {
    assert.equal(longSentences(mergeConfigs({ rules: { 'long-sentence': ['info', { max: 'forty' }] } } as never)), 0);
  });
});
