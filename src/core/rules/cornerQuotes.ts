/**
 * Rule `corner-quotes`: 「」 and 『』 in simplified Chinese written horizontally, where GB/T 15834-2011 4.1 uses “” and
 * ‘’ (corner quotes belong to vertical text, and to traditional Chinese, which this rule leaves alone).
 */

import { CHARS } from '../parse/lineChars';
import { hasFoldable } from '../language/simplified';
import type { ParsedSpeech } from '../parse/types';
import type { DocumentContext, DocumentRule, Reporter } from './types';

/** A speech with at least this share of its Chinese lines in traditional characters is a traditional text. */
const TRADITIONAL_SHARE = 0.2;
const CURLY: Readonly<Record<string, string>> = { '「': '“', '」': '”', '『': '‘', '』': '’' };

/** Whether a fifth or more of the lines holding Chinese are written in traditional characters. */
function isTraditional(speech: ParsedSpeech): boolean {
  let chinese = 0;
  let traditional = 0;
  for (const { text, index } of speech.lines) {
    // The lexer already knows which lines hold Chinese.
    if ((speech.lineLexes[index].chars & CHARS.han) === 0) continue;
    chinese++;
    if (hasFoldable(text, 0, text.length)) traditional++;
  }
  return traditional >= TRADITIONAL_SHARE * chinese;
}

/** 「 」 『 』 */
const CORNER_QUOTE = /[「」『』]/;

export const cornerQuotes: DocumentRule<boolean> = {
  meta: {
    id: 'corner-quotes',
    defaultSeverity: 'warning',
    fixable: true,
    messages: {
      corner: {
        'zh-cn': '横排简体中文的引号应为「{right}」，而不是「{written}」。',
        en: 'Horizontal simplified Chinese quotes with 「{right}」, not 「{written}」.',
      },
    },
    description: {
      'zh-cn':
        '直角引号：横排的简体中文用弯引号“”和‘’（GB/T 15834-2011 4.1），「」『』用于竖排和繁体中文。繁体字为主的讲话稿不受影响，空的「」由 placeholder 报告。',
      en: "Corner quotes: horizontal simplified Chinese uses the curly “” and ‘’ (GB/T 15834-2011 4.1); 「」 and 『』 belong to vertical text and traditional Chinese. A speech written mostly in traditional characters is left alone, and an empty 「」 is placeholder's.",
    },
    docs: 'corner-quotes',
    tags: ['punctuation'],
    summary: {
      'zh-cn': '简体横排中用了直角引号「」『』。',
      en: 'Corner quotes 「」『』 in horizontal simplified Chinese.',
    },
    catches: '`「新起点」` `『三严三实』`',
    fixSummary: '`“新起点”` `‘三严三实’`',
  },
  /** Whether the line holds a corner quote: found once per line text, kept while the text is unchanged. */
  perLine: (text: string): boolean => CORNER_QUOTE.test(text),
  check({ speech, report, perLine }: DocumentContext<boolean>): void {
    // Most speeches hold no corner quote.
    const withCorners = speech.lines.filter((line) => perLine(line.index));
    if (withCorners.length === 0 || isTraditional(speech)) return;
    for (const line of withCorners) reportPairs(line.text, line.start, report);
  },
};

/** Each well-nested, non-empty pair of corner quotes on a line of a balanced line, reported at its opening mark. */
function reportPairs(text: string, offset: number, report: Reporter): void {
  const open: number[] = [];
  const pairs: Array<[number, number]> = [];
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '「' || char === '『') open.push(i);
    else if (char === '」' || char === '』') {
      const start = open.pop();
      // 「…』 or a closer with nothing open: the line's quotes are not what this rule can fix.
      if (start === undefined || (text[start] === '「') !== (char === '」')) return;
      pairs.push([start, i]);
    }
  }
  if (open.length > 0) return;
  for (const [start, end] of pairs) {
    if (text.slice(start + 1, end).trim() === '') continue;
    const written = `${text[start]}…${text[end]}`;
    const right = `${CURLY[text[start]]}…${CURLY[text[end]]}`;
    report({
      start: offset + start,
      end: offset + start + 1,
      messageId: 'corner',
      data: { written, right },
      fix: {
        title: 'changeTo',
        data: { to: right },
        edits: [
          { start: offset + start, end: offset + start + 1, newText: CURLY[text[start]] },
          { start: offset + end, end: offset + end + 1, newText: CURLY[text[end]] },
        ],
        safe: true,
      },
    });
  }
}
