/** Rule `halfwidth-punctuation`: , . : ; ? ! ( ) and straight quotes in Chinese text → ，。：；？！（）“”‘’ (GB/T 15834). */

import { CHARS } from '../parse/lineChars';
import {
  codeAt,
  isBlankCode,
  codeBefore,
  inSpans,
  isChineseContextCode,
  isDigitCode,
  isHanCode,
  isLatinOrDigitCode,
  isLetterCode,
  nextNonBlankCode,
  previousNonBlankCode,
  protectedSpans,
} from '../language/chars';
import type { FixReport, LineContext, LineRule, MessageData, Reporter } from './types';

const HAN = /\p{Script=Han}/u;
const FULL_WIDTH: Readonly<Record<string, string>> = {
  ',': '，',
  '.': '。',
  ':': '：',
  ';': '；',
  '?': '？',
  '!': '！',
  '(': '（',
  ')': '）',
};

/** Spans of the line no mark inside of is judged: URLs, e-mail addresses, file names and the heading marker. */
type Skip = ReadonlyArray<readonly [number, number]>;

export const halfwidthPunctuation: LineRule = {
  meta: {
    id: 'halfwidth-punctuation',
    defaultSeverity: 'warning',
    fixable: true,
    description: {
      'zh-cn':
        '中文语境中的半角标点 , . : ; ? ! ( ) 和直引号 " \'，应改为全角 ，。：；？！（）和弯引号 “” ‘’。数字、时间、网址、邮箱、文件名、HTML 实体、表情符号、属于英文词语的 ! ?（Yahoo!）和没有汉字的英文行不受影响。',
      en: 'Half-width , . : ; ? ! ( ) and straight quotes " \' in Chinese text, which should be the full-width ，。：；？！（） and curly “” ‘’. Numbers, times, URLs, e-mail addresses, file names, HTML entities, smileys, a ! or ? that belongs to a Latin word (Yahoo!) and lines of English without a Chinese character are left alone.',
    },
    messages: {
      halfWidth: {
        'zh-cn': '中文里应使用全角标点「{to}」，而不是半角「{from}」。',
        en: 'Use the full-width 「{to}」 in Chinese text, not the half-width 「{from}」.',
      },
    },
    docs: 'halfwidth-punctuation',
    tags: ['punctuation'],
    summary: {
      'zh-cn': '中文中的半角标点 , . : ; ? ! ( ) 和直引号。',
      en: 'Half-width , . : ; ? ! ( ) and straight quotes in Chinese text.',
    },
    catches: '`同志们:` `,` `(村)` `"四个意识"` in Chinese text (not `3.14`, `9:30`, URLs, English)',
    fixSummary: '`：` `，` `（村）` `“四个意识”`',
  },
  // A line without a Chinese character is English (or code): its marks are its own.
  trigger: { features: CHARS.halfWidthMark, requires: CHARS.han },
  checkLine({ text, lex, report }: LineContext): void {
    // Heading markers are the heading-marker rule's: (一) is reported once, there.
    const heading = lex.heading;
    const skip = protectedSpans(
      text,
      heading ? [heading.markerStart, heading.markerStart + heading.marker.length] : undefined,
      (lex.chars & CHARS.blank) !== 0,
      { holdsLatin: (lex.chars & CHARS.latin) !== 0, holdsDigit: (lex.chars & CHARS.digit) !== 0 },
    );
    const paired: Conversion[] = [];
    parentheses(text, skip, paired);
    quotes(text, skip, '"', '“', '”', paired);
    quotes(text, skip, "'", '‘', '’', paired);
    simpleMarks(
      text,
      skip,
      report,
      paired.length > 0 ? new Set(paired.map((conversion) => conversion.index)) : undefined,
    );
    for (const conversion of paired) {
      if (conversion.from === undefined && conversion.until === undefined)
        reportConversion(report, conversion.index, conversion.to);
      else reportBracket(report, conversion);
    }
  },
};

/** The half-width mark at `index` should be `to`. */
interface Conversion {
  index: number;
  to: string;
  /** Blanks outside a converted bracket that its fix deletes with it (Python (一种语言) → Python（一种语言）): from, until. */
  from?: number;
  until?: number;
}

/** The half-width mark each full-width one replaces. */
const HALF_WIDTH_OF: Readonly<Record<string, string>> = {
  '，': ',',
  '。': '.',
  '：': ':',
  '；': ';',
  '？': '?',
  '！': '!',
  '（': '(',
  '）': ')',
  '“': '"',
  '”': '"',
  '‘': "'",
  '’': "'",
};

function reportConversion(report: Reporter, index: number, to: string): void {
  const { data, fix } = CONVERSIONS[to];
  CONVERSION_REPORT.start = index;
  CONVERSION_REPORT.end = index + 1;
  CONVERSION_REPORT.data = data;
  CONVERSION_REPORT.fix = fix;
  report(CONVERSION_REPORT);
}

/** One report for every conversion (the engine keeps none, see Reporter): a draft pasted from the web has thousands. */
const CONVERSION_REPORT: { start: number; end: number; messageId: string; data: MessageData; fix: FixReport } = {
  start: 0,
  end: 0,
  messageId: 'halfWidth',
  data: {},
  fix: { title: 'changeTo', newText: '', safe: true },
};

/** A bracket converted together with the blanks outside it, which full-width brackets do not take. */
function reportBracket(report: Reporter, { index, to, from = index, until = index + 1 }: Conversion): void {
  const { data } = CONVERSIONS[to];
  report({
    start: index,
    end: index + 1,
    messageId: 'halfWidth',
    data,
    fix: { title: 'changeTo', data: { to }, edits: [{ start: from, end: until, newText: to }], safe: true },
  });
}

/** The message data and the fix of each conversion, by the full-width mark: constants, as there are only twelve. */
const CONVERSIONS: Readonly<Record<string, { data: MessageData; fix: FixReport }>> = Object.fromEntries(
  Object.entries(HALF_WIDTH_OF).map(([to, from]) => [
    to,
    { data: { to, from }, fix: { title: 'changeTo', data: { to }, newText: to, safe: true } },
  ]),
);

function replacement(index: number, to: string): Conversion {
  return { index, to };
}

/** , . : ; ? ! one at a time, judged by their neighbours; found in order along the line. */
function simpleMarks(
  text: string,
  skip: Skip,
  report: Reporter,
  convertedPairs: ReadonlySet<number> | undefined,
): void {
  // A mark right after one converted here is in Chinese context too: 好了!!! becomes 好了！！！ in one pass, and
  // 谢谢大家(掌声)! becomes 谢谢大家（掌声）！.
  let lastConverted = -2;
  // The regular expression finds each mark natively, several times faster than a loop over every character; `test`
  // makes no match object, and lastIndex says where the mark stood.
  SIMPLE_MARK.lastIndex = 0;
  while (SIMPLE_MARK.test(text)) {
    const i = SIMPLE_MARK.lastIndex - 1;
    const code = text.charCodeAt(i);
    if (inSpans(skip, i)) continue;
    if (code === FULL_STOP && (text.charCodeAt(i + 1) === FULL_STOP || text.charCodeAt(i - 1) === FULL_STOP)) continue; // ... is the ellipsis rule's
    if (lastConverted === i - 1 || convertedPairs?.has(i - 1) || isChineseMark(text, i, code)) {
      reportConversion(report, i, FULL_WIDTH[text[i]]);
      lastConverted = i;
    }
  }
}

/** , . : ; ? ! */
const SIMPLE_MARK = /[,.:;?!]/g;
const FULL_STOP = 0x2e;
const EXCLAMATION = 0x21;
const QUESTION = 0x3f;

function isChineseMark(text: string, index: number, mark: number): boolean {
  const after = codeAt(text, index + 1);
  if (isDigitCode(codeBefore(text, index)) && isDigitCode(after)) return false; // 3.14, 1,200, 9:30
  // Yahoo!, Hello, world!, !important: a ! or ? against a Latin word is part of it.
  if ((mark === EXCLAMATION || mark === QUESTION) && (isLetterCode(codeBefore(text, index)) || isLetterCode(after)))
    return false;
  const previous = previousNonBlankCode(text, index);
  if (mark === FULL_STOP) {
    // A full stop only after Chinese, and not inside a word, number or name (报告.docx is protected).
    return isChineseContextCode(previous) && !isLatinOrDigitCode(after);
  }
  // After Chinese, or closing a clause that ends in Latin or digits and goes on in Chinese: 2023年GDP,增长.
  return isChineseContextCode(previous) || isHanCode(nextNonBlankCode(text, index + 1));
}

/** ( ) in pairs: a pair in Chinese context becomes （ ）; a lone one follows its neighbours. */
function parentheses(text: string, skip: Skip, found: Conversion[]): void {
  let nextOpen = text.indexOf('(');
  let nextClose = text.indexOf(')');
  if (nextOpen < 0 && nextClose < 0) return;
  const open: number[] = [];
  const pairs: Array<[number, number]> = [];
  const lone: number[] = [];
  // From bracket to bracket, in order: the characters between are never looked at one by one.
  while (nextOpen >= 0 || nextClose >= 0) {
    const opens = nextClose < 0 || (nextOpen >= 0 && nextOpen < nextClose);
    const i = opens ? nextOpen : nextClose;
    if (opens) nextOpen = text.indexOf('(', i + 1);
    else nextClose = text.indexOf(')', i + 1);
    if (inSpans(skip, i)) continue;
    if (opens) open.push(i);
    else {
      const start = open.pop();
      if (start === undefined) lone.push(i);
      else pairs.push([start, i]);
    }
  }
  // A loop, not push(...open): spreading 100,000 unclosed ( as arguments overflows the stack.
  for (const index of open) lone.push(index);
  // Nested pairs would each rescan their inside: a running count of Han characters answers for every pair at once.
  // It is made only for a pair whose neighbours are not Chinese (most pairs in Chinese text are between characters).
  let hanBefore: Uint32Array | undefined;
  for (const [start, end] of pairs) {
    const chinese =
      isHanCode(codeBefore(text, start)) ||
      isHanCode(codeAt(text, end + 1)) ||
      (hanBefore ??= hanCounts(text))[end] > hanBefore[start + 1];
    if (chinese)
      found.push(
        { index: start, to: '（', from: blanksBefore(text, start) },
        { index: end, to: '）', until: blanksAfter(text, end + 1) },
      );
  }
  for (const index of lone) {
    const previous = previousNonBlankCode(text, index);
    // a) and 1) after a letter or digit are list markers, written half-width as in standards documents.
    if (
      isChineseContextCode(previous) ||
      (isChineseContextCode(nextNonBlankCode(text, index + 1)) && !isLatinOrDigitCode(previous))
    ) {
      found.push(replacement(index, FULL_WIDTH[text[index]]));
    }
  }
}

/** Where the blanks right before `index` start, when text (not the line's start) stands before them; else undefined. */
function blanksBefore(text: string, index: number): number | undefined {
  let from = index;
  while (from > 0 && isBlankCode(text.charCodeAt(from - 1))) from--;
  return from < index && from > 0 ? from : undefined;
}

/** Where the blanks from `index` end, when text (not the line's end) follows them; else undefined. */
function blanksAfter(text: string, index: number): number | undefined {
  let until = index;
  while (until < text.length && isBlankCode(text.charCodeAt(until))) until++;
  return until > index && until < text.length ? until : undefined;
}

/** hanBefore[i]: how many Han code units stand before offset i (a surrogate pair counts at its high half). */
function hanCounts(text: string): Uint32Array {
  const counts = new Uint32Array(text.length + 1);
  for (let i = 0; i < text.length; i++) counts[i + 1] = counts[i] + (isHanCode(codeAt(text, i)) ? 1 : 0);
  return counts;
}

/** Straight quotes in pairs along the line: the first opens, the second closes. */
function quotes(
  text: string,
  skip: Skip,
  straight: string,
  opening: string,
  closing: string,
  found: Conversion[],
): void {
  const positions: number[] = [];
  for (let i = text.indexOf(straight); i >= 0; i = text.indexOf(straight, i + 1)) {
    if (inSpans(skip, i)) continue;
    // An apostrophe inside an English word (don't, it's) is not a quote.
    if (straight === "'" && isLetterCode(text.charCodeAt(i - 1)) && isLetterCode(text.charCodeAt(i + 1))) continue;
    positions.push(i);
  }
  for (let k = 0; k + 1 < positions.length; k += 2) {
    const start = positions[k];
    const end = positions[k + 1];
    const inside = text.slice(start + 1, end);
    // Around Chinese text, or around anything in a Chinese sentence: 他说"OK"; a single quote, which English uses as an
    // apostrophe too, only with Chinese on both sides (他说'OK'就走了), the line's end or start counting as the side
    // a sentence ends or begins on (中文'English' at the end of a line, as in the middle of one).
    const previous = previousNonBlankCode(text, start);
    const next = nextNonBlankCode(text, end + 1);
    const before = isChineseContextCode(previous);
    const after = isChineseContextCode(next);
    const bothSides = (before || previous < 0) && (after || next < 0) && (before || after);
    const chinese = HAN.test(inside) || (straight === '"' ? before || after : bothSides);
    if (chinese) found.push(replacement(start, opening), replacement(end, closing));
  }
}
