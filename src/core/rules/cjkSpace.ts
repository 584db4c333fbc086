/** Rule `cjk-space`: a space inside Chinese text (between two Chinese characters, or beside a full-width mark). */

import { isCjkPunctuation, isHanChar } from '../chars';
import { execAll, type Line } from '../text';
import { isFigureGap } from './missingNumber';
import { sharedBy } from './shared';
import { type LineRule, NO_FINDINGS, RuleFinding, type SpanFix } from './types';

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
    description: {
      'zh-cn': '中文之间多余的空格（半角或全角）：两个汉字之间，或汉字与全角标点之间。段首缩进不受影响，汉字与数字、字母之间也从不要求加空格。',
      en: 'A stray space (half- or full-width) inside Chinese text: between two Chinese characters, or between a Chinese character and a full-width mark. Paragraph indentation is left alone, and no space is ever asked for between Chinese and digits or Latin letters.',
    },
    docs: 'cjk-space',
    summary: { 'zh-cn': '中文中多余的空格。', en: 'Stray spaces inside Chinese text.' },
    catches: '`认识到， 社区` `滞后。 希望` `工作 “上为`',
    fixSummary: 'delete the space',
  },
  checkLine(text: string): RuleFinding[] {
    if (!INNER_SPACE.test(text)) return NO_FINDINGS;
    // On a title, date or speaker line only a space beside a quote, a bracket or a dash is stray.
    const titleLine = !BODY_PUNCTUATION.test(text);
    if (titleLine && !QUOTE_OR_DASH.test(text)) return NO_FINDINGS;
    return checkLine({ index: 0, start: 0, end: text.length, text }, titleLine);
  },
};

function checkLine(line: Line, titleLine: boolean): RuleFinding[] {
  const text = line.text;
  const findings: RuleFinding[] = [];
  const indentation = text.length - text.trimStart().length;
  for (const match of execAll(SPACES, text)) {
    const index = match.index ?? 0;
    const end = index + match[0].length;
    if (index < indentation || end >= text.length) continue; // indentation, trailing blanks
    if (!isStray(text, index, end) || isFigureGap(text, index)) continue;
    if (titleLine && !QUOTE_OR_DASH.test(text[index - 1]) && !QUOTE_OR_DASH.test(text[end])) continue;
    const start = line.start + index;
    findings.push(new RuleFinding('cjk-space', { start, end: line.start + end }, messageFor(match[0]), DELETE_SPACE));
  }
  return findings;
}

const DELETE_SPACE: SpanFix = { title: { 'zh-cn': '删除空格', en: 'Delete the space' }, newText: '', safe: true };

const messageFor = sharedBy((spaces) => {
  const shown = spaces.replace(/\u3000/g, '　').replace(/ /g, '␣');
  return { 'zh-cn': `中文里不应有空格「${shown}」。`, en: `No space belongs inside Chinese text (「${shown}」).` };
});

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
