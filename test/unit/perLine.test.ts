/** Document rules' per-line results: computed once per line text, kept by the LintCache across edits, not in the parse. */

import { strict as assert } from 'node:assert';
import { LintCache, lint, parseSpeech, RULES, type Rule } from '../../src/core';
import { LineCache } from '../../src/core/parse/lineCache';
import type { LineLex } from '../../src/core/parse/lineLex';
import { documentRule } from '../../src/core/rules/types';

function counter(): { rule: Rule; computed: string[] } {
  const computed: string[] = [];
  const rule = documentRule<number>({
    meta: { ...RULES[0].meta, id: 'per-line-counter', fixable: false },
    perLine: (text) => {
      computed.push(text);
      return text.length;
    },
    check({ speech, perLine }) {
      for (const line of speech.lines) perLine(line.index);
    },
  });
  return { rule, computed };
}

describe('per-line results of document rules', () => {
  it('with a LintCache, an edit computes them for the changed line only', () => {
    const { rule, computed } = counter();
    // As the analyzer does: one lex cache for the parses, one LintCache for the lints of a document.
    const lexes = new LineCache<LineLex>();
    const cache = new LintCache();
    lint(parseSpeech('甲\n乙\n丙', lexes), undefined, cache, [rule]);
    assert.deepEqual(computed, ['甲', '乙', '丙']);
    computed.length = 0;
    lint(parseSpeech('甲\n乙乙\n丙', lexes), undefined, cache, [rule]);
    assert.deepEqual(computed, ['乙乙']);
  });

  it('without one, each lint computes them, once a line for every rule that asks', () => {
    const { rule, computed } = counter();
    const speech = parseSpeech('甲\n乙');
    lint(speech, undefined, undefined, [rule]);
    lint(speech, undefined, undefined, [rule]);
    assert.deepEqual(computed, ['甲', '乙', '甲', '乙']);
  });
});
