/** Rule `missing-number`: a unit of quantity with no number where the sentence needs one (建成平方公里, 总值  亿元). */

import { type LineRule, type Message, NO_FINDINGS, NO_FIXES, RuleFinding } from './types';
import { sharedBy } from './shared';
import { execAll } from '../text';

/** Verbs that take a quantity: 达到58%, 建成60平方公里, 增长3个百分点. */
const VERBS = '达到|建成|完成|增长|增加|新增|突破|实现|共有|投资|投入|超过|累计|共计|总计|合计|下降|减少|提高|拥有|节约|达';
/** Units that cannot be the start of an ordinary word, so no boundary is needed after them. */
const LONG_UNITS = '亿美元|万美元|亿元|万元|千元|平方公里|平方千米|万平方米|平方米|个百分点|百分点|万人次|人次|万人|万户|万亩|公顷|万吨|千瓦|兆瓦|公里|千米|%|％';
/**
 * One-character units start many ordinary words (实现人的全面发展, 实现万众一心, 建成家园), so they count
 * only when a punctuation mark or the line end follows.
 */
const SHORT_UNITS = '亿|万|元|米|家|人|名|户|个|项|所|座|台|辆|套|件|次|吨|亩|倍';
const AFTER_SHORT_UNIT = '(?=[，。；、！？：,.;!?）)”’]|$)';

const UNIT = `(?:${LONG_UNITS}|(?:${SHORT_UNITS})${AFTER_SHORT_UNIT})`;
const AFTER_VERB = new RegExp(`(?:${VERBS})(?:了)?${UNIT}`, 'g');
/** A gap of blanks left where the figure goes: 地区生产总值  亿元. */
const AFTER_GAP = new RegExp(`(?<=[\\p{Script=Han}，。：；、])[ \\u3000]+${UNIT}`, 'gu');
const UNIT_AT = new RegExp(UNIT, 'y');
const BOTH_PATTERNS = [AFTER_VERB, AFTER_GAP];
const VERB_PATTERN_ONLY = [AFTER_VERB];
const INNER_BLANK = /\S[ \u3000]/;

/** True when the blanks starting at `index` are a gap left for a figure before a unit (the cjk-space rule keeps them). */
export function isFigureGap(text: string, index: number): boolean {
  let end = index;
  while (end < text.length && (text[end] === ' ' || text[end] === '\u3000')) end++;
  UNIT_AT.lastIndex = end;
  return end > index && UNIT_AT.test(text);
}

export const missingNumber: LineRule = {
  meta: {
    id: 'missing-number',
    defaultSeverity: 'warning',
    fixable: false,
    description: {
      'zh-cn': '缺少数字：数量单位（亿元、平方公里、个百分点、%、人……）前应有具体数值，如“建成平方公里”“总值  亿元”。',
      en: 'A number is missing before a unit of quantity (亿元, 平方公里, 个百分点, %, 人…), as in 建成平方公里 or 总值  亿元.',
    },
    docs: 'missing-number',
    summary: { 'zh-cn': '数量单位前缺少数字：建成平方公里。', en: 'A unit of quantity with no number: 建成平方公里.' },
    catches: '`建成平方公里`, `总值  亿元`: a unit with no figure',
    fixSummary: '—',
  },
  checkLine(text: string): RuleFinding[] {
    let findings: RuleFinding[] = NO_FINDINGS;
    {
      // A gap needs a blank inside the line: most lines have none, and AFTER_GAP's look-behind is not cheap.
      for (const pattern of INNER_BLANK.test(text) ? BOTH_PATTERNS : VERB_PATTERN_ONLY) {
        for (const match of execAll(pattern, text)) {
          const start = match.index ?? 0;
          const text = match[0];
          if (findings === NO_FINDINGS) findings = [];
          findings.push(new RuleFinding('missing-number', { start, end: start + text.length }, messageFor(text.trim()), NO_FIXES));
        }
      }
    }
    return findings;
  },
};

const messageFor = sharedBy((found): Message => ({
  'zh-cn': `「${found}」缺少数字：单位前应写明具体数值。`,
  en: `「${found}」 is missing its number: write the figure before the unit.`,
}));
