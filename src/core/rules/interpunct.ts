/**
 * Rule `interpunct`: a bullet or a dot of another script standing between two Chinese characters as the 间隔号 of a
 * foreign name or a title and its part (阿沛•阿旺晋美, 中●文, 《三国演义・第一回》), which GB/T 15834-2011 4.14 writes ·.
 */

import { CHARS } from '../parse/lineChars';
import { execAll } from '../language/text';
import type { LineContext, LineRule } from './types';

/** • ● ・ ‧ ∙ ⋅ between two Chinese characters or a closing 》 and a Chinese character. */
const WRONG_DOT = /(?<=[\p{Script=Han}》])[•●・‧∙⋅](?=[\p{Script=Han}《])/gu;

export const interpunct: LineRule = {
  meta: {
    id: 'interpunct',
    defaultSeverity: 'warning',
    fixable: true,
    messages: {
      dot: {
        'zh-cn': '间隔号应写作「·」，而不是「{dot}」。',
        en: 'The Chinese interpunct (间隔号) is 「·」, not 「{dot}」.',
      },
    },
    description: {
      'zh-cn':
        '间隔号的写法：外国人名、少数民族人名的各部分之间，书名与篇名之间，用“·”（GB/T 15834-2011 4.14），不用圆点符号•、●、日文的・或其他点号。行首的项目符号不受影响。',
      en: 'The interpunct between the parts of a foreign or minority name, or a title and its part, is · (GB/T 15834-2011 4.14), not a bullet •, ●, the Japanese ・ or another dot. Bullets that begin a line are left alone.',
    },
    docs: 'interpunct',
    tags: ['punctuation'],
    summary: { 'zh-cn': '间隔号写成了•、●或・。', en: 'An interpunct written •, ● or ・.' },
    catches: '`阿沛•阿旺晋美`, `中●文`',
    fixSummary: '`·`',
  },
  trigger: { chars: '•●・‧∙⋅', requires: CHARS.han },
  checkLine({ text, report }: LineContext): void {
    for (const match of execAll(WRONG_DOT, text)) {
      const start = match.index ?? 0;
      report({ start, end: start + 1, messageId: 'dot', data: { dot: match[0] }, fix: INTERPUNCT });
    }
  },
};

const INTERPUNCT = { title: 'changeTo', data: { to: '·' }, newText: '·', safe: true } as const;
