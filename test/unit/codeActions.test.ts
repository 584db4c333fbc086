/** The decisions behind quick fixes and completion, made in the core and checked here without an editor. */

import { strict as assert } from 'node:assert';
import {
  codeActionsFor,
  DEFAULT_RULE_OPTIONS,
  findingKey,
  lint,
  markerCompletions,
  parseSpeech,
  type CodeActionPlan,
} from '../../src/core';

function plansAt(text: string, offset: number): CodeActionPlan[] {
  const speech = parseSpeech(text);
  const findings = lint(speech);
  const selected = findings.filter((finding) => finding.span.start <= offset && offset <= finding.span.end);
  return codeActionsFor(speech, findings, selected, DEFAULT_RULE_OPTIONS);
}

function summary(plan: CodeActionPlan): string {
  switch (plan.kind) {
    case 'fix':
      return `fix ${plan.title.en}${plan.preferred ? ' (preferred)' : ''}`;
    case 'ask-and-replace':
      return `ask ${plan.title.en} (${plan.prompt.en}) at ${plan.spans.map((span) => span.start).join(',')}`;
    case 'add-to-list':
      return `add ${plan.value} to ${plan.list}`;
    case 'ignore':
      return `ignore 「${plan.text}」 of ${plan.rule} ${plan.inFile ? 'in this file' : 'everywhere'}`;
    case 'disable-rule':
      return `disable ${plan.rule}`;
    case 'fix-rule':
      return `fix all ${plan.count} of ${plan.rule}`;
    case 'rule-docs':
      return `docs ${plan.rule}`;
    case 'fix-all':
      return `fix all ${plan.count}`;
  }
}

describe('code actions (core)', () => {
  it('a finding is found again by its key: rule, message id and span, each of which tells two findings apart', () => {
    const findings = lint(parseSpeech('同志们:今天,我们开会。***总书记指出，***总书记强调。'));
    const keys = findings.map(findingKey);
    assert.equal(new Set(keys).size, keys.length);
    const [first] = findings;
    const key = findingKey(first);
    assert.equal(findingKey({ rule: first.rule, messageId: first.messageId, span: { ...first.span } }), key);
    assert.notEqual(findingKey({ ...first, messageId: `${first.messageId}x` }), key);
    assert.notEqual(findingKey({ ...first, rule: `${first.rule}x` }), key);
    assert.notEqual(findingKey({ ...first, span: { start: first.span.start, end: first.span.end + 1 } }), key);
  });

  it('a punctuation finding: its fix, preferred, the rule docs, and Fix all when the document has more than one safe fix', () => {
    const silence = (text: string, rule: string): string[] => [
      `ignore 「${text}」 of ${rule} in this file`,
      `ignore 「${text}」 of ${rule} everywhere`,
      `disable ${rule}`,
      `docs ${rule}`,
    ];
    assert.deepEqual(plansAt('同志们:今天,我们开会。', 3).map(summary), [
      'fix Change to 「：」 (preferred)',
      'fix all 2 of halfwidth-punctuation',
      'fix all 2',
      ...silence(':', 'halfwidth-punctuation'),
    ]);
    assert.deepEqual(
      plansAt('同志们:今天我们开会。', 3).map(summary),
      ['fix Change to 「：」 (preferred)', ...silence(':', 'halfwidth-punctuation')],
      'one safe fix: no Fix all',
    );
    assert.deepEqual(
      plansAt('同志们:今天 我们开会。', 3).map(summary).slice(0, 2),
      ['fix Change to 「：」 (preferred)', 'fix all 2'],
      'two safe fixes of two rules: Fix all, and no Fix all of one rule',
    );
  });

  it('a placeholder: fill here, fill every one with the same text, ignore it', () => {
    const text = '***总书记指出，***总书记强调。';
    assert.deepEqual(plansAt(text, 1).map(summary), [
      'ask Fill in placeholder… (The text that replaces 「***」) at 0',
      'ask Fill in all 2 placeholders 「***」… (The text that replaces 「***」) at 0,9',
      'add *** to allowedPlaceholders',
      'ignore 「***」 of placeholder in this file',
      'ignore 「***」 of placeholder everywhere',
      'disable placeholder',
      'docs placeholder',
    ]);
    assert.deepEqual(plansAt('***总书记指出。', 1).map(summary).slice(0, 2), [
      'ask Fill in placeholder… (The text that replaces 「***」) at 0',
      'add *** to allowedPlaceholders',
    ]);
  });

  it('a configured value for a placeholder comes first, as the preferred fix', () => {
    const speech = parseSpeech('区**高度重视。');
    const options = { ...DEFAULT_RULE_OPTIONS, placeholderValues: { '区**': '区政府' } };
    const findings = lint(speech, { rules: {}, options });
    const plans = codeActionsFor(
      speech,
      findings,
      findings.filter((finding) => finding.rule === 'placeholder'),
      options,
    );
    assert.deepEqual(plans.map(summary).slice(0, 2), [
      'fix Replace 「区**」 with 「区政府」 (preferred)',
      'ask Fill in placeholder… (The text that replaces 「**」) at 1',
    ]);
  });

  it('a numbering finding offers the renumbering of the whole speech, computed then', () => {
    const plans = plansAt('一、甲\n二、乙\n四、丙', 8);
    const renumber = plans.find((plan) => plan.kind === 'fix');
    assert.ok(renumber && renumber.kind === 'fix');
    assert.equal(renumber.title.en, 'Renumber the speech');
    assert.deepEqual(renumber.edits, [{ start: 8, end: 9, newText: '三' }]);
  });

  it('a finding without fixes gets only the ways to silence it and its rule docs', () => {
    assert.deepEqual(plansAt('地区生产总值达到亿元。', 7).map(summary), [
      'ignore 「达到亿元」 of missing-number in this file',
      'ignore 「达到亿元」 of missing-number everywhere',
      'disable missing-number',
      'docs missing-number',
    ]);
  });
});

describe('marker completion (core)', () => {
  const text = '一、抓好项目\n（一）甲\n';
  const speech = parseSpeech(text);

  it('offers the next markers, innermost first, replacing what was typed after the indentation', () => {
    const completions = markerCompletions(speech, '　　（', text.length);
    assert.ok(completions);
    assert.equal(completions.replaceFrom, 2);
    assert.deepEqual(
      completions.items.map((item) => [item.marker, item.reason, item.preselect]),
      [
        ['1.', 'first-child', true],
        ['（二）', 'next-sibling', false],
        ['二、', 'next-sibling', false],
      ],
    );
    assert.deepEqual(
      completions.items.map((item) => item.sortText),
      ['000', '001', '002'],
    );
  });

  it('offers nothing once the line holds text', () => {
    assert.equal(markerCompletions(speech, '我们要', text.length), undefined);
  });
});
