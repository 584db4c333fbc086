/**
 * Outline rules (DocumentRule.reads) keep their findings across an edit that leaves the outline as it was: they are
 * not run again, and what the analyzer reports is still exactly what a fresh analysis reports.
 */

import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  DEFAULT_LINT_CONFIG,
  lint,
  LintCache,
  parseSpeech,
  placedFixes,
  RULES,
  SpeechAnalyzer,
  type Finding,
  type Rule,
} from '../../src/core';
import { LineCache } from '../../src/core/parse/lineCache';
import type { LineLex } from '../../src/core/parse/lineLex';
import { documentRule } from '../../src/core/rules/types';

/** An outline rule that reports every heading's marker, with a fix, and counts its runs. */
function headingCounter(perLine?: (text: string) => unknown): { rule: Rule; runs: () => number } {
  let runs = 0;
  const rule = documentRule<unknown>({
    meta: { ...RULES[0].meta, id: 'outline-counter', fixable: true },
    reads: 'outline',
    perLine,
    check({ speech, report }) {
      runs++;
      for (const heading of speech.headings)
        report({
          ...heading.markerSpan,
          messageId: 'changeTo',
          data: { to: '一、' },
          fix: {
            title: 'changeTo',
            data: { to: '一、' },
            edits: [{ ...heading.markerSpan, newText: '一、' }],
            safe: false,
          },
        });
    },
  });
  return { rule, runs: () => runs };
}

function linter(rules: readonly Rule[]): (text: string) => Finding[] {
  const lexes = new LineCache<LineLex>();
  const cache = new LintCache();
  return (text) => lint(parseSpeech(text, lexes), DEFAULT_LINT_CONFIG, cache, rules);
}

const DRAFT = '同志们：\n一、总体要求\n今年的工作很重。\n二、重点任务\n一是抓落实，二是抓安全。\n谢谢大家！';

describe('outline rules across edits', () => {
  it('typing inside a paragraph keeps the findings, moved, without running the rule again', () => {
    const { rule, runs } = headingCounter();
    const lintText = linter([rule]);
    const before = lintText(DRAFT);
    const edited = DRAFT.replace('很重', '很重很重');
    const after = lintText(edited);
    assert.equal(runs(), 1);
    assert.deepEqual(
      after.map((finding) => finding.span),
      lint(parseSpeech(edited), DEFAULT_LINT_CONFIG, undefined, [rule]).map((finding) => finding.span),
    );
    assert.equal(after[0], before[0], 'a finding above the edit is the same object');
    assert.deepEqual(placedFixes(after[1])[0].edits, [
      { start: after[1].span.start, end: after[1].span.end, newText: '一、' },
    ]);
  });

  it('runs again when a heading, an item before the edit, a landmark or the number of lines changes', () => {
    const edits = [
      DRAFT.replace('总体要求', '总要求'),
      DRAFT.replace('一是抓落实', '首先抓落实'),
      DRAFT.replace('谢谢大家！', '谢谢！'),
      DRAFT.replace('今年的工作很重。', '今年的工作很重。\n（一）新的一段'),
      DRAFT.replace('今年的工作很重。', ''),
      // A paragraph that becomes an article of a regulation (第三条　): a list after it may count from one again.
      DRAFT.replace('今年的工作很重。', '第三条　今年的工作很重。'),
    ];
    for (const edited of edits) {
      const { rule, runs } = headingCounter();
      const lintText = linter([rule]);
      lintText(DRAFT);
      lintText(edited);
      assert.equal(runs(), 2, edited);
    }
  });

  it('runs again when the list member after a label (附件：1.……) comes or goes', () => {
    const listed = `${DRAFT}\n附件：1.调查报告\n2.专家意见`;
    for (const edited of [listed.replace('附件：1.', '附件：'), listed.replace('调查报告', '调查报告全文')]) {
      const { rule, runs } = headingCounter();
      const lintText = linter([rule]);
      lintText(listed);
      lintText(edited);
      assert.equal(runs(), edited.includes('附件：1.') ? 1 : 2, edited);
    }
  });

  it("runs again when a changed line's perLine result changes, and not when it stays empty", () => {
    const announced = (text: string): readonly string[] => (text.includes('三点') ? ['三点'] : []);
    const { rule, runs } = headingCounter(announced);
    const lintText = linter([rule]);
    lintText(DRAFT);
    lintText(DRAFT.replace('很重', '很很重'));
    assert.equal(runs(), 1);
    lintText(DRAFT.replace('很重', '很重，讲三点'));
    assert.equal(runs(), 2);
  });

  it('every rule, after edits all over complete texts, reports exactly what a fresh analysis does', function () {
    this.timeout(120_000);
    const dir = join(__dirname, '../../../test/corpus/texts');
    const texts = readdirSync(dir)
      .filter((name) => name.endsWith('.txt'))
      .map((name) => readFileSync(join(dir, name), 'utf8'));
    const pieces = ['字', '。', '，', '：', '一是', '（一）', '三点', ' ', '\n', '谢谢大家！', '同志们：'];
    let seed = 1;
    const random = (below: number): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % below;
    };
    const project = (findings: readonly Finding[]): unknown[] =>
      findings.map((finding) => ({
        rule: finding.rule,
        messageId: finding.messageId,
        span: finding.span,
        message: finding.message,
        fixes: placedFixes(finding),
      }));
    for (const original of texts) {
      const analyzer = new SpeechAnalyzer();
      let text = original;
      analyzer.lint(analyzer.parse(text), DEFAULT_LINT_CONFIG);
      for (let step = 0; step < 12; step++) {
        const at = random(text.length + 1);
        const removed = random(3) === 0 ? random(3) : 0;
        text =
          text.slice(0, at) +
          (removed > 0 && random(2) === 0 ? '' : pieces[random(pieces.length)]) +
          text.slice(at + removed);
        const warm = analyzer.lint(analyzer.parse(text), DEFAULT_LINT_CONFIG);
        assert.deepEqual(project(warm), project(lint(parseSpeech(text))));
      }
    }
  });
});
