/**
 * Rule `cjk-space`: a space inside Chinese text: beside a full-width mark (whatever stands on the other side), or
 * between two Chinese characters in a sentence.
 */

import { isArticleNumber } from '../parse/documentUnits';
import { CHARS } from '../parse/lineChars';
import { isCjkPunctuation, isHanChar } from '../language/chars';
import { execAll } from '../language/text';
import { isBlankToFill } from '../language/blanks';
import { isFigureGap } from '../language/units';
import type { FixReport, LineContext, LineRule } from './types';

const SPACES = /[ \u3000]+/g;
const INNER_SPACE = /\S[ \u3000]+\S/;
/**
 * A line that ends no sentence is a title, a headline, a date or a speaker line (市委书记　李明, 重申“买入”评级 上调目标价),
 * where a space between two Chinese characters separates on purpose; a space beside a full-width mark is stray on any line.
 */
const SENTENCE_END = /[。！？；!?;]/;

export const cjkSpace: LineRule = {
  meta: {
    id: 'cjk-space',
    defaultSeverity: 'warning',
    fixable: true,
    messages: {
      stray: { 'zh-cn': '中文里不应有空格「{shown}」。', en: 'No space belongs inside Chinese text (「{shown}」).' },
    },
    description: {
      'zh-cn':
        '中文里多余的空格（半角或全角）：全角标点旁的空格（无论另一侧是汉字、字母还是数字），以及句子中两个汉字之间的空格。段首缩进、标题行里分隔词组的空格、留给数字的空位、待填的日期（2026年　月　日）和空括号（（　））不受影响，汉字与数字、字母之间也从不要求加空格。',
      en: 'A stray space (half- or full-width) in Chinese text: beside a full-width mark (whatever stands on the other side), or between two Chinese characters in a sentence. Indentation, the space that separates the phrases of a title or headline, a gap left for a figure, and the blanks of a date or a bracket left to fill (2026年　月　日, （　）) are left alone, and no space is ever asked for between Chinese and digits or Latin letters.',
    },
    docs: 'cjk-space',
    tags: ['punctuation'],
    summary: { 'zh-cn': '中文中多余的空格。', en: 'Stray spaces inside Chinese text.' },
    catches: '`认识到， 社区` `滞后。 希望` `工作 “上为` `Firefox 、 Dropbox`',
    fixSummary: 'delete the space',
  },
  trigger: { features: CHARS.innerBlank, requires: CHARS.han },
  checkLine({ text, report }: LineContext): void {
    if (!INNER_SPACE.test(text)) return;
    const sentence = SENTENCE_END.test(text);
    const indentation = text.length - text.trimStart().length;
    for (const match of execAll(SPACES, text)) {
      const start = match.index ?? 0;
      const end = start + match[0].length;
      if (start < indentation || end >= text.length) continue; // indentation, trailing blanks
      if (!isStray(text, start, end, sentence) || isFigureGap(text, start) || isBlankToFill(text, start, end)) continue;
      if (isAfterArticleNumber(text, indentation, start) || isBetweenJointIssuers(text, start, end)) continue;
      report({ start, end, messageId: 'stray', data: { shown: match[0].replace(/ /g, '␣') }, fix: DELETE_SPACE });
    }
  },
};

const DELETE_SPACE: FixReport = { title: 'deleteSpace', newText: '', safe: true };

/** 第十四条　纳税人……: a regulation sets a blank after the number of its article (or chapter, section) that opens a line. */
function isAfterArticleNumber(text: string, indentation: number, start: number): boolean {
  return start - indentation <= 12 && isArticleNumber(text.slice(indentation, start));
}

/**
 * 《中共中央 国务院关于……的意见》, 经中共中央办公厅 国务院办公厅同意: a joint document names its issuers with a blank
 * between them, as they stand in its heading.
 */
const ISSUER_BEFORE = /(?:中共中央|中共中央办公厅|中央办公厅|国务院|国务院办公厅)$/;
const ISSUER_AFTER = /^(?:国务院|国务院办公厅|中央军委)/;

function isBetweenJointIssuers(text: string, start: number, end: number): boolean {
  return ISSUER_BEFORE.test(text.slice(Math.max(0, start - 7), start)) && ISSUER_AFTER.test(text.slice(end, end + 6));
}

/**
 * Stray: beside a full-width pause or sentence mark, whatever stands on the other side but markup
 * (例如 Firefox 、 Dropbox, 一会儿， **书记); between a full-width quote or bracket and Chinese (工作 “上为); between two Chinese
 * characters in a sentence; after a half-width mark that becomes full-width (认识到, 社区). Markup beside a mark
 * (a table's |, Markdown's {#id}) and a Latin word beside a quote (HTML “激活”) keep their space.
 */
function isStray(text: string, start: number, end: number, sentence: boolean): boolean {
  const before = text[start - 1];
  const after = text[end];
  const chineseBefore = isHanChar(before) || isHanChar(text.slice(start - 2, start));
  const chineseAfter = isHanChar(after) || isHanChar(text.slice(end, end + 2));
  if (isPauseMark(before) || isPauseMark(after)) return !MARKUP.test(isPauseMark(before) ? after : before);
  if (isCjkPunctuation(before)) return chineseAfter || isCjkPunctuation(after);
  if (isCjkPunctuation(after)) return chineseBefore;
  // 认识到, 社区: the half-width comma is converted by halfwidth-punctuation; the space goes here.
  if (/[,;:!?]/.test(before ?? '')) return isHanChar(text[start - 2]) && chineseAfter;
  return chineseBefore && chineseAfter && sentence;
}

/** ，。、；：！？ and the ellipsis: marks that end a pause, beside which no space belongs whatever follows. */
function isPauseMark(char: string | undefined): boolean {
  return char !== undefined && '，。、；：！？…'.includes(char);
}

/** Markup beside which a space is the markup's: a table's |, Markdown's {#id}, [link], `code`, an HTML tag. */
const MARKUP = /^[|{}[\]<>#`]$/;
