/** The engine checks what rules report, isolates a rule that fails, and hands out plain data. */

import { strict as assert } from 'node:assert';
import {
  DEFAULT_LINT_CONFIG,
  fixesOf,
  lint,
  LintCache,
  onRuleProblem,
  parseSpeech,
  RULES,
  SpeechAnalyzer,
  type Rule,
  type RuleMeta,
} from '../../src/core';

const MESSAGE = { 'zh-cn': '测试', en: 'test' };
const meta = (id: string, fixable = false): RuleMeta => ({
  id,
  defaultSeverity: 'warning',
  fixable,
  messages: { found: { 'zh-cn': '找到「{what}」', en: 'found 「{what}」' }, plain: MESSAGE },
  description: MESSAGE,
  docs: id,
  tags: [],
  summary: MESSAGE,
  catches: id,
  fixSummary: '—',
});

const throwingLineRule: Rule = {
  meta: meta('throws-on-lines'),
  checkLine: () => {
    throw new Error('boom');
  },
};
const throwingDocumentRule: Rule = {
  meta: meta('throws-on-document'),
  check: () => {
    throw new TypeError('bang');
  },
};
/** Reports, then throws: what it reported before the throw is dropped with it. */
const halfDone: Rule = {
  meta: meta('half-done'),
  checkLine: ({ text, report }) => {
    report({ start: 0, end: 1, messageId: 'plain' });
    if (text.length > 0) throw new Error('midway');
  },
};
const outOfRange: Rule = {
  meta: meta('out-of-range'),
  checkLine: ({ text, report }) => report({ start: 0, end: text.length + 5, messageId: 'plain' }),
};
const unknownMessage: Rule = {
  meta: meta('unknown-message'),
  checkLine: ({ report }) => report({ start: 0, end: 1, messageId: 'nope' }),
};
const missingData: Rule = {
  meta: meta('missing-data'),
  checkLine: ({ report }) => report({ start: 0, end: 1, messageId: 'found' }),
};
const unfixableFix: Rule = {
  meta: meta('unfixable-fix'),
  check: ({ report }) =>
    report({
      start: 0,
      end: 1,
      messageId: 'plain',
      fix: { title: 'changeTo', data: { to: 'x' }, edits: [{ start: 0, end: 1, newText: 'x' }], safe: true },
    }),
};
const editOutside: Rule = {
  meta: meta('edit-outside', true),
  checkLine: ({ report }) =>
    report({
      start: 0,
      end: 1,
      messageId: 'plain',
      fix: { title: 'changeTo', data: { to: 'x' }, edits: [{ start: 0, end: 999, newText: 'x' }], safe: true },
    }),
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
      const found: string[] = lint(parseSpeech(text), DEFAULT_LINT_CONFIG, cache, [
        throwingLineRule,
        halfDone,
        ...RULES,
        throwingDocumentRule,
      ]).map((finding) => finding.rule);
      assert.deepEqual(found, expected);
    }
    assert.deepEqual(problems, [
      'throws-on-document: threw TypeError: bang',
      'throws-on-lines: threw Error: boom',
      'half-done: threw Error: midway',
    ]);
  });

  it('drops a report outside the text, with an unknown message id or missing data, or with a fix it may not make', () => {
    const found = lint(parseSpeech(text), DEFAULT_LINT_CONFIG, undefined, [
      outOfRange,
      unknownMessage,
      missingData,
      unfixableFix,
      editOutside,
    ]);
    assert.deepEqual(found, []);
    assert.deepEqual(problems, [
      'unfixable-fix: offered a fix but is not fixable',
      'out-of-range: reported a range outside the text (0–9 of 4)',
      'unknown-message: reported the unknown message id "nope"',
      'missing-data: gave no data for the slot {what} of message "found"',
      'edit-outside: offered an edit outside the text (0–999 of 4)',
    ]);
  });

  it('the reported id is the rule’s: a rule reports only through its own reporter', () => {
    const rule: Rule = {
      meta: meta('mine'),
      checkLine: ({ report }) => report({ start: 0, end: 1, messageId: 'found', data: { what: '同' } }),
    };
    const found = lint(parseSpeech('同志们'), DEFAULT_LINT_CONFIG, undefined, [rule]);
    assert.deepEqual(found, [
      {
        rule: 'mine',
        severity: 'warning',
        span: { start: 0, end: 1 },
        messageId: 'found',
        message: { 'zh-cn': '找到「同」', en: 'found 「同」' },
        fixes: [],
        documentFix: false,
      },
    ]);
  });

  it('every registered rule passes these checks on text that exercises each of them', () => {
    lint(
      parseSpeech(
        `${text}\n一、二O一O年两、三年 ~ X同志\n（一）甲\n（三）乙\n一是抓。三是抓。\n讲三点意见。……\n责任编辑：张三`,
      ),
    );
    assert.deepEqual(problems, []);
  });

  it('findings are plain data: structuredClone copies them whole, and they are frozen in shape (no getters, no classes)', () => {
    const speech = parseSpeech(`同志们:\n（一）甲\n（三）乙,丙\n${text}`);
    const findings = lint(speech);
    assert.ok(findings.length >= 4);
    assert.deepEqual(structuredClone(findings), findings);
    for (const finding of findings) {
      assert.equal(Object.getPrototypeOf(finding), Object.prototype);
      assert.deepEqual(JSON.parse(JSON.stringify(finding)), finding);
    }
  });

  it('a whole-document fix (renumbering) is computed when asked for, from the finding alone', () => {
    const speech = parseSpeech('一、甲\n二、乙\n四、丙');
    const [finding] = lint(speech).filter((candidate) => candidate.rule === 'numbering-sequence');
    assert.equal(finding.fixes.length, 0);
    assert.equal(finding.documentFix, true);
    const fixes = fixesOf(structuredClone(finding), speech);
    assert.deepEqual(
      fixes.map((fix) => fix.title.en),
      ['Renumber the speech'],
    );
    assert.deepEqual(fixes[0].edits, [{ start: 8, end: 9, newText: '三' }]);
  });

  it('a line that moved gets new findings; the ones handed out before stay as they were', () => {
    const analyzer = new SpeechAnalyzer();
    const before = analyzer.lint(analyzer.parse('甲,乙。'), DEFAULT_LINT_CONFIG);
    const snapshot = structuredClone(before);
    const after = analyzer.lint(analyzer.parse('前\n甲,乙。'), DEFAULT_LINT_CONFIG);
    assert.deepEqual(before, snapshot);
    assert.deepEqual(
      after.map((finding) => finding.span),
      [{ start: 3, end: 4 }],
    );
    assert.deepEqual(fixesOf(after[0])[0].edits, [{ start: 3, end: 4, newText: '，' }]);
    assert.equal(after[0].fixes, before[0].fixes, 'a fix of the span alone moves with it: the moved finding shares it');
  });

  it("every position a finding carries is the document's, also in a fix whose edits reach past its span, after a move", () => {
    const analyzer = new SpeechAnalyzer();
    const before = analyzer.lint(analyzer.parse('甲 (乙) 丙。'), DEFAULT_LINT_CONFIG);
    const after = analyzer.lint(analyzer.parse('前言\n甲 (乙) 丙。'), DEFAULT_LINT_CONFIG);
    const opening = (findings: typeof before) =>
      findings.find((finding) => finding.span.end - finding.span.start === 1);
    assert.deepEqual(opening(before)?.fixes, [
      {
        title: { 'zh-cn': '改为「（」', en: 'Change to 「（」' },
        edits: [{ start: 1, end: 3, newText: '（' }],
        safe: true,
      },
    ]);
    assert.deepEqual(opening(after)?.span, { start: 5, end: 6 });
    assert.deepEqual(opening(after)?.fixes, [
      {
        title: { 'zh-cn': '改为「（」', en: 'Change to 「（」' },
        edits: [{ start: 4, end: 6, newText: '（' }],
        safe: true,
      },
    ]);
    assert.deepEqual(fixesOf(opening(after)!)[0].edits, [{ start: 4, end: 6, newText: '（' }]);
  });
});
