/** The engine checks what rules report and isolates a rule that fails: one broken rule never hides the others. */

import { strict as assert } from 'node:assert';
import { DEFAULT_LINT_CONFIG, lint, LintCache, onRuleProblem, parseSpeech, RULES, type Rule } from '../../src/core';
import { NO_FINDINGS, RuleFinding } from '../../src/core/rules/types';

const MESSAGE = { 'zh-cn': '测试', en: 'test' };
const meta = (id: string, fixable = false): Rule['meta'] => ({ id, defaultSeverity: 'warning', fixable, description: MESSAGE, docs: id, summary: MESSAGE, catches: id, fixSummary: '—' });

const throwingLineRule: Rule = { meta: meta('throws-on-lines'), checkLine: () => { throw new Error('boom'); } };
const throwingDocumentRule: Rule = { meta: meta('throws-on-document'), check: () => { throw new TypeError('bang'); } };
const wrongId: Rule = { meta: meta('wrong-id'), checkLine: (text) => (text ? [new RuleFinding('placeholder', { start: 0, end: 1 }, MESSAGE, [])] : NO_FINDINGS) };
const outOfRange: Rule = { meta: meta('out-of-range'), checkLine: (text) => [new RuleFinding('out-of-range', { start: 0, end: text.length + 5 }, MESSAGE, [])] };
const unfixableFix: Rule = {
  meta: meta('unfixable-fix'),
  check: () => [new RuleFinding('unfixable-fix', { start: 0, end: 1 }, MESSAGE, [{ title: MESSAGE, edits: [{ start: 0, end: 1, newText: 'x' }], safe: true }])],
};

describe('the engine', () => {
  const problems: string[] = [];
  before(() => onRuleProblem((ruleId, problem) => problems.push(`${ruleId}: ${problem}`)));
  after(() => onRuleProblem((ruleId, problem) => console.error(`speech-draft: rule ${ruleId}: ${problem}`)));
  beforeEach(() => (problems.length = 0));

  const text = '同志们:\n认真贯彻落实***总书记重要讲话精神。';

  it('isolates a rule that throws: every other rule still reports, and the error is told once with the rule id', () => {
    const expected = lint(parseSpeech(text)).map((finding) => finding.rule);
    for (const cache of [undefined, new LintCache()] as const) {
      const found: string[] = lint(parseSpeech(text), DEFAULT_LINT_CONFIG, cache, [throwingLineRule, ...RULES, throwingDocumentRule]).map((finding) => finding.rule);
      assert.deepEqual(found, expected);
    }
    assert.deepEqual(problems, ['throws-on-document: threw TypeError: bang', 'throws-on-lines: threw Error: boom']);
  });

  it('drops a finding reported under another rule id, outside the text, or with a fix from a rule that is not fixable', () => {
    const found = lint(parseSpeech(text), DEFAULT_LINT_CONFIG, undefined, [wrongId, outOfRange, unfixableFix]);
    assert.deepEqual(found, []);
    assert.deepEqual(problems, [
      'unfixable-fix: offered a fix but is not fixable',
      'wrong-id: reported the id "placeholder"',
      'out-of-range: reported a range outside the text (0–9 of 4)',
    ]);
  });

  it('every registered rule passes these checks on the seeds and the sample', () => {
    lint(parseSpeech(`${text}\n一、二O一O年两、三年 ~ X同志`));
    assert.deepEqual(problems, []);
  });
});
