/** Silencing one finding: `ignore` entries, disable comments, a file's front matter, and the edits that write them. */

import { strict as assert } from 'node:assert';
import {
  configForFile,
  fixAll,
  lint,
  lintWithIgnored,
  mergeConfigs,
  parseSpeech,
  rcWithChange,
  SpeechAnalyzer,
  validateUserConfig,
  type Finding,
  type LintConfig,
} from '../../src/core';

function texts(text: string, findings: readonly Finding[]): string[] {
  return findings.map((finding) => `${finding.rule} ${text.slice(finding.span.start, finding.span.end)}`);
}

const SPEECH = '同志们:\n今天,我们开会。\n我们要建成平方公里的新区。';
/** The short texts here are no whole speech: the structure rule would say so. */
const rules = { structure: 'off' } as const;

describe('ignore entries', () => {
  it('silence the findings of one rule with one text, and no other', () => {
    const config = mergeConfigs({ rules, ignore: [{ rule: 'halfwidth-punctuation', text: ',' }] });
    assert.deepEqual(texts(SPEECH, lint(parseSpeech(SPEECH), config)), [
      'halfwidth-punctuation :',
      'missing-number 建成平方公里',
    ]);
    const other = mergeConfigs({ rules, ignore: [{ rule: 'cjk-space', text: ',' }] });
    assert.equal(lint(parseSpeech(SPEECH), other).length, 3, 'another rule with the same text');
  });

  it('lintWithIgnored returns what was silenced beside what is reported', () => {
    const config = mergeConfigs({ rules, ignore: [{ rule: 'missing-number', text: '建成平方公里' }] });
    const result = lintWithIgnored(parseSpeech(SPEECH), config);
    assert.deepEqual(texts(SPEECH, result.ignored), ['missing-number 建成平方公里']);
    assert.equal(result.findings.length, 2);
  });

  it('an entry with a file holds in that file only', () => {
    const config = mergeConfigs({
      rules,
      ignore: [{ rule: 'halfwidth-punctuation', text: ',', file: 'drafts/a.txt' }],
    });
    const count = (file: string | undefined): number => lint(parseSpeech(SPEECH), configForFile(config, file)).length;
    assert.equal(count('drafts/a.txt'), 2);
    assert.equal(count('./drafts/a.txt'), 2);
    assert.equal(count('drafts\\a.txt'), 2, 'a Windows path');
    assert.equal(count('drafts/b.txt'), 3);
    assert.equal(count(undefined), 3);
    assert.equal(configForFile(config, 'drafts/a.txt'), configForFile(config, 'drafts/a.txt'), 'made once');
  });

  it('a silenced finding never comes back after an edit elsewhere, in the editor as in a single lint', () => {
    const config = mergeConfigs({ rules, ignore: [{ rule: 'halfwidth-punctuation', text: ',' }] });
    const analyzer = new SpeechAnalyzer();
    let text = SPEECH;
    for (const insert of ['开头', '\n新的一段', '。']) {
      text = `${insert}${text}`;
      const found = texts(text, analyzer.analyze(text, config, 220).diagnostics);
      assert.ok(!found.includes('halfwidth-punctuation ,'), `after inserting ${insert}`);
      assert.ok(found.includes('halfwidth-punctuation :'));
    }
  });

  it('Fix all leaves a silenced finding as it is', () => {
    const config = mergeConfigs({ rules, ignore: [{ rule: 'halfwidth-punctuation', text: ',' }] });
    assert.equal(fixAll(SPEECH, config).text, SPEECH.replace(':', '：'));
  });

  it('are checked: a rule that does not exist, an empty text, an unknown key', () => {
    const problems = (ignore: unknown): string[] => validateUserConfig({ ignore }).map((problem) => problem.en);
    assert.deepEqual(problems([{ rule: 'no-such-rule', text: 'x' }]), ['ignore[0]: unknown rule 「no-such-rule」']);
    assert.equal(problems([{ rule: 'typo', text: '' }]).length, 1);
    assert.equal(problems([{ rule: 'typo', text: 'x', line: 3 }]).length, 1);
    assert.equal(problems({ rule: 'typo' }).length, 1);
    assert.deepEqual(problems([{ rule: 'typo', text: '布署', file: 'a.txt' }]), []);
  });
});

describe('disable comments (Markdown)', () => {
  const lines = (...parts: string[]): string => parts.join('\n');

  it('disable-next-line, disable-line, and a disable … enable pair, for named rules or all', () => {
    const text = lines(
      '<!-- speech-draft-disable-next-line halfwidth-punctuation -->',
      '今天,我们开会。',
      '明天,我们开会。 <!-- speech-draft-disable-line -->',
      '后天,我们开会。',
      '<!-- speech-draft-disable halfwidth-punctuation, missing-number -->',
      '大后天,建成平方公里。',
      '<!-- speech-draft-enable halfwidth-punctuation -->',
      '再后天,建成平方公里。',
    );
    const config = mergeConfigs({ rules });
    assert.deepEqual(texts(text, lint(parseSpeech(text), config)), [
      'halfwidth-punctuation ,',
      'halfwidth-punctuation ,',
    ]);
    const reported = lint(parseSpeech(text), config).map((finding) =>
      parseSpeech(text).lines.findIndex((line) => line.end >= finding.span.start),
    );
    assert.deepEqual(reported, [3, 7]);
  });

  it('a comment line is no part of the speech: no rule reports on it', () => {
    const text = lines('同志们：', '<!-- speech-draft-disable-next-line long-sentence -->', '今天我们开会。');
    assert.deepEqual(lint(parseSpeech(text)), []);
    assert.deepEqual(
      parseSpeech(text).paragraphs.map((paragraph) => paragraph.line),
      [0, 2],
      'not a paragraph: export and preview leave it out',
    );
  });

  it('a comment naming a rule that does not exist is one problem, at the comment', () => {
    const text = lines('<!-- speech-draft-disable-next-line long-sentense -->', '今天我们开会。');
    const { problems } = lintWithIgnored(parseSpeech(text));
    assert.equal(problems.length, 1);
    assert.deepEqual(problems[0].span, { start: 0, end: text.indexOf('\n') });
    assert.match(problems[0].message.en, /long-sentense/);
  });
});

describe('front matter settings', () => {
  const withFrontMatter = (settings: string, body = '今天,我们开会，建成平方公里。'): string =>
    `---\ndate: 2026-01-15\nspeechDraft: ${settings}\n---\n${body}`;

  it('turn rules off and set options for this file, over the folder configuration', () => {
    const text = withFrontMatter('{ "rules": { "halfwidth-punctuation": "off" } }');
    assert.deepEqual(texts(text, lint(parseSpeech(text))), ['missing-number 建成平方公里']);
    const folder: LintConfig = mergeConfigs({ rules: { 'missing-number': 'off' } });
    assert.deepEqual(lint(parseSpeech(text), folder), []);
  });

  it('give the same configuration object for the same front matter, so the editor caches hold', () => {
    const text = withFrontMatter('{ "rules": { "long-sentence": ["warning", { "max": 20 }] } }', '今天我们开会。');
    assert.equal(lintWithIgnored(parseSpeech(text)).config, lintWithIgnored(parseSpeech(`${text}。`)).config);
    assert.equal(lintWithIgnored(parseSpeech(text)).config.ruleSettings?.['long-sentence']?.max, 20);
  });

  it('that cannot be read are one problem on their line, and the rest of the file is checked as usual', () => {
    const text = withFrontMatter('{ "rules": { "long-sentence": ["warning", { "maxx": 20 }] } }');
    const { findings, problems } = lintWithIgnored(parseSpeech(text));
    assert.equal(problems.length, 1);
    assert.equal(text.slice(problems[0].span.start, problems[0].span.end).startsWith('speechDraft:'), true);
    assert.match(problems[0].message.en, /speechDraft is ignored/);
    assert.equal(findings.length, 2);
  });
});

describe('rcWithChange', () => {
  it('adds an ignore entry once, keeping the other keys', () => {
    const entry = { rule: 'cjk-space', text: '不忘初心 牢记使命' };
    const once = rcWithChange('{ "words": ["甲"] }', { kind: 'ignore', entry });
    assert.deepEqual(JSON.parse(once ?? ''), { words: ['甲'], ignore: [entry] });
    assert.equal(rcWithChange(once, { kind: 'ignore', entry }), once);
    const inFile = rcWithChange(once, { kind: 'ignore', entry: { ...entry, file: 'a.txt' } });
    assert.equal((JSON.parse(inFile ?? '') as { ignore: unknown[] }).ignore.length, 2);
  });

  it('turns a rule off, keeping its options', () => {
    const text = '{ "rules": { "long-sentence": ["info", { "max": 100 }] } }';
    assert.deepEqual(
      JSON.parse(rcWithChange(text, { kind: 'rule-severity', rule: 'long-sentence', severity: 'off' }) ?? ''),
      {
        rules: { 'long-sentence': ['off', { max: 100 }] },
      },
    );
    assert.deepEqual(
      JSON.parse(rcWithChange(undefined, { kind: 'rule-severity', rule: 'typo', severity: 'off' }) ?? ''),
      {
        rules: { typo: 'off' },
      },
    );
  });

  it('never overwrites a file that is not a valid configuration', () => {
    assert.equal(rcWithChange('{ broken', { kind: 'rule-severity', rule: 'typo', severity: 'off' }), undefined);
  });
});

describe('Fix all of one rule', () => {
  it('applies the safe fixes of that rule only', () => {
    const text = '同志们:今天 我们开会,好。';
    assert.equal(fixAll(text, undefined, 'halfwidth-punctuation').text, '同志们：今天 我们开会，好。');
    assert.equal(fixAll(text, undefined, 'cjk-space').text, '同志们:今天我们开会,好。');
  });
});
