/** Rule `cjk-space`: a space inside Chinese text (between two Chinese characters, or beside a full-width mark). */

import { isCjkPunctuation, isHanChar } from '../chars';
import { execAll } from '../text';
import { isFigureGap } from '../units';
import type { FixReport, LineContext, LineRule } from './types';

const SPACES = /[ \u3000]+/g;
const INNER_SPACE = /\S[ \u3000]+\S/;
/** A line with no sentence punctuation is a title, date or speaker line (市委书记　李明), where spacing is deliberate. */
const BODY_PUNCTUATION = /[，。；！？：、,;!?]/;
/** Marks beside which a space is stray even on such a line: “要奋斗”  ——习近平. */
const QUOTE_OR_DASH = /[“”‘’《》（）—]/;

export const cjkSpace: LineRule = {
  meta: {
    id: 'cjk-space',
    defaultSeverity: 'warning',
    fixable: true,
    messages: {
      stray: { 'zh-cn': '中文里不应有空格「{shown}」。', en: 'No space belongs inside Chinese text (「{shown}」).' },
    },
    description: {
      'zh-cn': '中文之间多余的空格（半角或全角）：两个汉字之间，或汉字与全角标点之间。段首缩进不受影响，汉字与数字、字母之间也从不要求加空格。',
      en: 'A stray space (half- or full-width) inside Chinese text: between two Chinese characters, or between a Chinese character and a full-width mark. Paragraph indentation is left alone, and no space is ever asked for between Chinese and digits or Latin letters.',
    },
    docs: 'cjk-space',
    tags: ['punctuation'],
    summary: { 'zh-cn': '中文中多余的空格。', en: 'Stray spaces inside Chinese text.' },
    catches: '`认识到， 社区` `滞后。 希望` `工作 “上为`',
    fixSummary: 'delete the space',
  },
  checkLine({ text, report }: LineContext): void {
    if (!INNER_SPACE.test(text)) return;
    // On a title, date or speaker line only a space beside a quote, a bracket or a dash is stray.
    const titleLine = !BODY_PUNCTUATION.test(text);
    if (titleLine && !QUOTE_OR_DASH.test(text)) return;
    const indentation = text.length - text.trimStart().length;
    for (const match of execAll(SPACES, text)) {
      const start = match.index ?? 0;
      const end = start + match[0].length;
      if (start < indentation || end >= text.length) continue; // indentation, trailing blanks
      if (!isStray(text, start, end) || isFigureGap(text, start)) continue;
      if (titleLine && !QUOTE_OR_DASH.test(text[start - 1]) && !QUOTE_OR_DASH.test(text[end])) continue;
      const shown = match[0].replace(/ /g, '␣');
      report({ start, end, messageId: 'stray', data: { shown }, fix: DELETE_SPACE });
    }
  },
};

const DELETE_SPACE: FixReport = { title: 'deleteSpace', newText: '', safe: true };

/** Chinese on both sides, or Chinese on one and a full-width mark (or a half-width one after Chinese) on the other. */
function isStray(text: string, start: number, end: number): boolean {
  const before = text[start - 1];
  const after = text[end];
  const chineseBefore = isHanChar(before) || isHanChar(text.slice(start - 2, start));
  const chineseAfter = isHanChar(after) || isHanChar(text.slice(end, end + 2));
  if (chineseBefore && chineseAfter) return true;
  if (chineseBefore && isCjkPunctuation(after)) return true;
  if (isCjkPunctuation(before) && (chineseAfter || isCjkPunctuation(after))) return true;
  // 认识到, 社区: the half-width comma is converted by halfwidth-punctuation; the space goes here.
  return /[,;:!?]/.test(before ?? '') && isHanChar(text[start - 2]) && chineseAfter;
}
