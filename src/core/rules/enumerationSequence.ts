/** Rule `enumeration-sequence`: inline items (一是…二是…, 一要…, 第一…, 首先…其次…最后) run without gaps or repeats. */

import { itemRuns, NUMBERED_FAMILIES, markerWithNumber } from '../structure';
import type { Item } from '../types';
import { renumberFix } from './numberingSequence';
import { lazyFixes, type Message, NO_FIXES, type Rule, type RuleContext, RuleFinding } from './types';

export const enumerationSequence: Rule = {
  meta: {
    id: 'enumeration-sequence',
    defaultSeverity: 'warning',
    fixable: true,
    description: {
      'zh-cn': '段内列举（一是……二是……、一要……二要……、第一……第二……、首先……其次……最后）应连续：不跳号（一是、二是、四是）、不重号。修复为全文重新编号。',
      en: 'Inline enumerations (一是…二是…, 一要…二要…, 第一…第二…, 首先…其次…最后) must run without gaps (一是、二是、四是) or repeats. The fix renumbers the speech.',
    },
    docs: 'enumeration-sequence',
    summary: { 'zh-cn': '段内列举跳号或重号：一是、二是、四是。', en: '一是、二是、四是: inline enumerations that skip or repeat.' },
    catches: '`一是、二是、四是`, `其次` twice',
    fixSummary: 'renumber',
  },
  check({ speech }: RuleContext): RuleFinding[] {
    const findings: RuleFinding[] = [];
    const renumber = lazyFixes(() => [renumberFix(speech)]);
    for (const run of itemRuns(speech)) {
      run.items.forEach((item, index) => {
        const message = NUMBERED_FAMILIES.has(run.family)
          ? numberedProblem(item, run.items[index - 1])
          : wordProblem(item, run.items[index - 1]);
        if (message) findings.push(new RuleFinding('enumeration-sequence', item.markerSpan, message, NUMBERED_FAMILIES.has(run.family) ? renumber : NO_FIXES));
      });
    }
    return findings;
  },
};

function numberedProblem(item: Item, previous: Item | undefined): Message | undefined {
  if (!previous) {
    const first = markerWithNumber(item.marker, 1);
    return item.number === 1 ? undefined : {
      'zh-cn': `列举应从「${first}」开始，而不是「${item.marker}」。`,
      en: `The enumeration should start with 「${first}」, not 「${item.marker}」.`,
    };
  }
  if (item.number === previous.number + 1) return undefined;
  const next = markerWithNumber(item.marker, previous.number + 1);
  if (item.number === previous.number) {
    return { 'zh-cn': `「${item.marker}」重复：应为「${next}」。`, en: `「${item.marker}」 repeats: it should be 「${next}」.` };
  }
  return { 'zh-cn': `列举跳号：「${previous.marker}」之后应为「${next}」，而不是「${item.marker}」。`, en: `The enumeration skips: after 「${previous.marker}」 comes 「${next}」, not 「${item.marker}」.` };
}

/** 首先 … 其次 … 再次 … 最后: 其次 once, after 首先; nothing after 最后. */
function wordProblem(item: Item, previous: Item | undefined): Message | undefined {
  if (!previous) return undefined;
  if (previous.marker === '最后') {
    return { 'zh-cn': `「最后」之后不应再有「${item.marker}」。`, en: `Nothing should follow 「最后」 (「${item.marker}」).` };
  }
  if (item.marker === previous.marker && item.marker !== '再次') {
    return { 'zh-cn': `「${item.marker}」重复。`, en: `「${item.marker}」 repeats.` };
  }
  return undefined;
}
