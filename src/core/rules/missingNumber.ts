/** Rule `missing-number`: a unit of quantity with no number where the sentence needs one (建成平方公里, 总值  亿元). */

import { execAll } from '../language/text';
import { CHARS } from '../parse/lineChars';
import { PERSON_WORDS, UNIT, UNIT_FIRST_CHARS } from '../language/units';
import type { LineContext, LineRule } from './types';

/** Verbs that take a quantity: 达到58%, 建成60平方公里, 增长3个百分点 (达到 before 达: the longer is tried first). */
const VERBS = [
  ...['达到', '达', '建成', '完成', '增长', '增加', '新增', '突破', '实现', '共有', '共计', '投资', '投入'],
  ...['超过', '累计', '总计', '合计', '下降', '减少', '提高', '拥有', '节约'],
];
const PERFECTIVE = '了';
const AFTER_VERB = new RegExp(`(?:${VERBS.join('|')})(?:${PERFECTIVE})?${UNIT}`, 'g');
/** A gap of blanks left where the figure goes: 地区生产总值  亿元. */
const AFTER_GAP = new RegExp(`(?<=[\\p{Script=Han}，。：；、])[ \\u3000]+${UNIT}`, 'gu');
const BOTH_PATTERNS = [AFTER_VERB, AFTER_GAP];
const VERB_PATTERN_ONLY = [AFTER_VERB];
const GAP_PATTERN_ONLY = [AFTER_GAP];
const INNER_BLANK = /\S[ \u3000]/;
/** 总投资亿元以上的项目, 亿元级产业集群: a scale (one 亿 and more), not a figure left out. */
const SCALE = /^(?:以上|以下|级|规模)/;

export const missingNumber: LineRule = {
  meta: {
    id: 'missing-number',
    defaultSeverity: 'warning',
    fixable: false,
    messages: {
      missing: {
        'zh-cn': '「{found}」缺少数字：单位前应写明具体数值。',
        en: '「{found}」 is missing its number: write the figure before the unit.',
      },
    },
    description: {
      'zh-cn': '缺少数字：数量单位（亿元、平方公里、个百分点、%、人……）前应有具体数值，如“建成平方公里”“总值  亿元”。',
      en: 'A number is missing before a unit of quantity (亿元, 平方公里, 个百分点, %, 人…), as in 建成平方公里 or 总值  亿元.',
    },
    docs: 'missing-number',
    tags: ['placeholder', 'numbers'],
    summary: { 'zh-cn': '数量单位前缺少数字：建成平方公里。', en: 'A unit of quantity with no number: 建成平方公里.' },
    catches: '`建成平方公里`, `总值  亿元`: a unit with no figure',
    fixSummary: '—',
  },
  /** A verb's last character right before a unit's first (or 了): 建成平方公里; or a blank inside the line, a gap. */
  trigger: {
    pairs: [[...new Set(VERBS.map((verb) => verb.at(-1)))].join(''), PERFECTIVE + UNIT_FIRST_CHARS],
    features: CHARS.innerBlank,
  },
  checkLine({ text, lex, report, holdsTriggerChar }: LineContext): void {
    // A gap needs a blank inside the line: most lines have none (the lex says so), and AFTER_GAP's look-behind is
    // not cheap. INNER_BLANK's match is an inner blank of the lex, so the bit is tested first.
    const gapped = (lex.chars & CHARS.innerBlank) !== 0 && INNER_BLANK.test(text);
    const patterns = gapped ? (holdsTriggerChar ? BOTH_PATTERNS : GAP_PATTERN_ONLY) : VERB_PATTERN_ONLY;
    for (const pattern of patterns) {
      for (const match of execAll(pattern, text)) {
        const start = match.index ?? 0;
        if (PERSON_WORDS.has(match[0]) || SCALE.test(text.slice(start + match[0].length, start + match[0].length + 3)))
          continue;
        report({ start, end: start + match[0].length, messageId: 'missing', data: { found: match[0].trim() } });
      }
    }
  },
};
