/**
 * Rule `number-consistency`: one speech writing the same kind of number two ways (GB/T 15835-2011: within one text,
 * one form). Years in Chinese numerals beside years in Arabic digits (二〇二五年 and 2025年); thousands separated by
 * a comma beside long numbers without one (12,000 and 35000). The less used form is reported, with the other as the
 * fix; the date under the title, which GB/T 9704 lets stand in either form, and titles in 《》 are left out.
 */

import { CHARS } from '../parse/lineChars';
import { formatArabicDate, formatChineseDate, parseChineseNumeral, parseChineseYear } from '../language/numerals';
import { execAll } from '../language/text';
import { documentRule, type DocumentContext, type Reporter } from './types';

type YearForm = 'arabic' | 'chinese';
type NumberForm = 'separated' | 'plain';

/** A year, with the month and day that follow it (the fix rewrites the whole date), offsets in the line. */
interface YearMention {
  start: number;
  end: number;
  form: YearForm;
  year: number;
  month: number | undefined;
  day: number | undefined;
}

interface NumberMention {
  start: number;
  end: number;
  form: NumberForm;
  digits: string;
}

interface LineNumbers {
  years: readonly YearMention[];
  numbers: readonly NumberMention[];
}

const NONE: LineNumbers = Object.freeze({ years: [], numbers: [] });
const ARABIC_DATE = /(?<![0-9０-９.])((?:19|20)[0-9]{2})年(?:([0-9]{1,2})月(?:([0-9]{1,2})日)?)?/g;
const CHINESE_DATE =
  /(?<![〇零○一二三四五六七八九十])([一二][〇零○一二三四五六七八九]{3})年(?:([一二三四五六七八九十]{1,2})月(?:([一二三四五六七八九十]{1,3})日)?)?/g;
/** 12,000 and 1,234,567.8: groups of three after a comma. */
const SEPARATED = /(?<![0-9.,，])[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?(?![0-9,])/g;
/**
 * 35000 and 123456.7: five digits or more in a row. Not a year, a number of something (第12345号, 12345号), a phone
 * or an identity number (eleven digits or more, or a leading 0), nor part of a code (A12345, 12345-2).
 */
const PLAIN = /(?<![0-9.,A-Za-z〔［[#№第\-／/])[1-9][0-9]{4,9}(?:\.[0-9]+)?(?![0-9,A-Za-z\-／/号年室])/g;
const TITLE = /《[^》]*》/g;
/** A line that holds a date and at most the name before it: 一九九七年四月八日, （民政部　一九九七年一月二十八日）. */
const DATING_LINE =
  /^[（(]?[^。，；！？!?,;（()）]{0,20}?[\s\u3000]*(?:(?:19|20)[0-9]{2}|[一二][〇零○一二三四五六七八九]{3})年[0-9一二三四五六七八九十]{1,2}月[0-9一二三四五六七八九十]{1,3}日[）)]?$/;
const FIVE_DIGITS = /[0-9]{5}/;

function mentionsIn(text: string, chars: number): LineNumbers {
  const hasDigit = (chars & CHARS.digit) !== 0;
  // A year in Chinese numerals of the last and this century begins 一九 or 二〇 (二零, 二○).
  const chineseYear =
    text.includes('年') &&
    (text.includes('二〇') || text.includes('一九') || text.includes('二零') || text.includes('二○'));
  if (!hasDigit && !chineseYear) return NONE;
  const years: YearMention[] = [];
  if (hasDigit && text.includes('年')) {
    for (const match of execAll(ARABIC_DATE, text)) {
      years.push({
        start: match.index ?? 0,
        end: (match.index ?? 0) + match[0].length,
        form: 'arabic',
        year: Number(match[1]),
        month: optional(match[2]),
        day: optional(match[3]),
      });
    }
  }
  if (chineseYear) {
    for (const match of execAll(CHINESE_DATE, text)) {
      const year = parseChineseYear(match[1]);
      const month = match[2] === undefined ? undefined : parseChineseNumeral(match[2]);
      const day = match[3] === undefined ? undefined : parseChineseNumeral(match[3]);
      if (
        year === undefined ||
        (match[2] !== undefined && !(month !== undefined && month <= 12)) ||
        (match[3] !== undefined && !(day !== undefined && day <= 31))
      )
        continue;
      years.push({
        start: match.index ?? 0,
        end: (match.index ?? 0) + match[0].length,
        form: 'chinese',
        year,
        month,
        day,
      });
    }
  }
  const numbers: NumberMention[] = [];
  if (hasDigit) {
    if (text.includes(',')) {
      for (const match of execAll(SEPARATED, text))
        numbers.push({
          start: match.index ?? 0,
          end: (match.index ?? 0) + match[0].length,
          form: 'separated',
          digits: match[0].replace(/,/g, ''),
        });
    }
    if (FIVE_DIGITS.test(text))
      for (const match of execAll(PLAIN, text))
        numbers.push({
          start: match.index ?? 0,
          end: (match.index ?? 0) + match[0].length,
          form: 'plain',
          digits: match[0],
        });
  }
  // A dating line (成文日期 under a signature, or （民政部　一九九七年一月二十八日） under a title), which GB/T 9704
  // sets apart and its 1999 edition wrote in Chinese numerals: the document's form for dates in its text is not asked of it.
  if (years.length > 0 && DATING_LINE.test(text.trim())) years.length = 0;
  if (years.length === 0 && numbers.length === 0) return NONE;
  // Titles in 《》 are quoted, not the speech's own numbers.
  if (!text.includes('《')) return { years, numbers };
  const titles = execAll(TITLE, text).map((match) => [match.index ?? 0, (match.index ?? 0) + match[0].length] as const);
  const outside = ({ start }: { start: number }): boolean => !titles.some(([from, to]) => start >= from && start < to);
  return { years: years.filter(outside), numbers: numbers.filter(outside) };
}

/**
 * What the engine keeps for each line: how many mentions of each form it holds, packed in one small integer (8 bits a
 * form, in the order of FORMS). The mentions themselves are read again only in a speech that mixes two forms, so a
 * long document keeps no object a line for this rule.
 */
function countsIn(text: string, chars: number): number {
  const found = mentionsIn(text, chars);
  if (found === NONE) return 0;
  let packed = 0;
  for (const mention of [...found.years, ...found.numbers]) {
    const shift = 8 * FORMS.indexOf(mention.form);
    if (((packed >> shift) & 0xff) < 0xff) packed += 1 << shift;
  }
  return packed;
}

const FORMS = ['arabic', 'chinese', 'separated', 'plain'] as const;

function countOf(packed: number, form: (typeof FORMS)[number]): number {
  return (packed >>> (8 * FORMS.indexOf(form))) & 0xff;
}

function optional(digits: string | undefined): number | undefined {
  return digits === undefined ? undefined : Number(digits);
}

export const numberConsistency = documentRule<number>({
  meta: {
    id: 'number-consistency',
    defaultSeverity: 'warning',
    fixable: true,
    messages: {
      yearsInArabic: {
        'zh-cn': '这篇讲话稿的年份多用阿拉伯数字（{count}处），这里写作「{written}」：同一文本中应统一为「{right}」。',
        en: 'This speech mostly writes years in Arabic digits ({count} times), but here 「{written}」: write 「{right}」 to keep one form.',
      },
      yearsInChinese: {
        'zh-cn': '这篇讲话稿的年份多用汉字数字（{count}处），这里写作「{written}」：同一文本中应统一为「{right}」。',
        en: 'This speech mostly writes years in Chinese numerals ({count} times), but here 「{written}」: write 「{right}」 to keep one form.',
      },
      numbersPlain: {
        'zh-cn': '这篇讲话稿的多位数多不加千分撇（{count}处），这里写作「{written}」：同一文本中应统一为「{right}」。',
        en: 'This speech mostly writes long numbers without a thousands comma ({count} times), but here 「{written}」: write 「{right}」 to keep one form.',
      },
      numbersSeparated: {
        'zh-cn':
          '这篇讲话稿的多位数多用千分撇分节（{count}处），这里写作「{written}」：同一文本中应统一为「{right}」。',
        en: 'This speech mostly writes long numbers with thousands commas ({count} times), but here 「{written}」: write 「{right}」 to keep one form.',
      },
    },
    description: {
      'zh-cn':
        '同一篇讲话稿中同类数字的写法不统一（GB/T 15835-2011）：年份既有汉字数字（二〇二五年）又有阿拉伯数字（2025年）；多位数既有千分撇（12,000）又有不分节的写法（35000）。提示用得少的一种，修复为用得多的一种；标题下的日期和书名号内的文字不计。',
      en: 'One speech writing the same kind of number two ways (GB/T 15835-2011): years in Chinese numerals (二〇二五年) beside years in Arabic digits (2025年); long numbers with a thousands comma (12,000) beside long numbers without (35000). The less used form is reported and fixed to the other; the date under the title and titles in 《》 are not counted.',
    },
    docs: 'number-consistency',
    tags: ['numbers'],
    summary: {
      'zh-cn': '同一篇中数字写法不统一：二〇二五年与2025年，12,000与35000。',
      en: 'Numbers written two ways in one speech: 二〇二五年 and 2025年, 12,000 and 35000.',
    },
    catches: '`二〇二五年` in a speech that writes `2025年` elsewhere; `12,000` beside `35000`',
    fixSummary: 'the form the speech uses most',
  },
  perLine: countsIn,
  check({ speech, report, perLine }: DocumentContext<number>): void {
    const skipped = new Set<number>();
    if (speech.titleBlock)
      for (const line of [speech.titleBlock.title.line, ...speech.titleBlock.lines.map((landmark) => landmark.line)])
        skipped.add(line);
    const totals = { arabic: 0, chinese: 0, separated: 0, plain: 0 };
    for (const line of speech.lines) {
      if (skipped.has(line.index)) continue;
      const packed = perLine(line.index);
      if (packed === 0) continue;
      for (const form of FORMS) totals[form] += countOf(packed, form);
    }
    const yearMinority = minorityOf('arabic', 'chinese', totals, 'chinese');
    const numberMinority = minorityOf('separated', 'plain', totals, 'separated');
    if (!yearMinority && !numberMinority) return;
    for (const line of speech.lines) {
      if (skipped.has(line.index)) continue;
      const packed = perLine(line.index);
      if (
        (!yearMinority || countOf(packed, yearMinority.form) === 0) &&
        (!numberMinority || countOf(packed, numberMinority.form) === 0)
      )
        continue;
      const found = mentionsIn(line.text, speech.lineLexes[line.index].chars);
      for (const mention of found.years) {
        if (mention.form !== yearMinority?.form) continue;
        const right = yearMinority.usual === 'arabic' ? formatArabicDate(mention) : formatChineseDate(mention);
        reportMention(
          report,
          line.start,
          line.text,
          mention,
          yearMinority.usual === 'arabic' ? 'yearsInArabic' : 'yearsInChinese',
          right,
          yearMinority.count,
        );
      }
      for (const mention of found.numbers) {
        if (mention.form !== numberMinority?.form) continue;
        const right = numberMinority.usual === 'plain' ? mention.digits : withCommas(mention.digits);
        reportMention(
          report,
          line.start,
          line.text,
          mention,
          numberMinority.usual === 'plain' ? 'numbersPlain' : 'numbersSeparated',
          right,
          numberMinority.count,
        );
      }
    }
  },
});

/** Of two forms both used, the one used less often (on a tie, `onTie`), the other, and how often the other is used. */
function minorityOf<F extends keyof Totals>(
  first: F,
  second: F,
  totals: Totals,
  onTie: F,
): { form: F; usual: F; count: number } | undefined {
  if (totals[first] === 0 || totals[second] === 0) return undefined;
  const form = totals[first] < totals[second] ? first : totals[second] < totals[first] ? second : onTie;
  const usual = form === first ? second : first;
  return { form, usual, count: totals[usual] };
}

type Totals = Record<(typeof FORMS)[number], number>;

function reportMention(
  report: Reporter,
  offset: number,
  text: string,
  mention: { start: number; end: number },
  messageId: string,
  right: string,
  count: number,
): void {
  report({
    start: offset + mention.start,
    end: offset + mention.end,
    messageId,
    data: { written: text.slice(mention.start, mention.end), right, count },
    fix: { title: 'changeTo', data: { to: right }, newText: right, safe: false },
  });
}

function withCommas(digits: string): string {
  const [whole, fraction] = digits.split('.');
  const grouped = whole.replace(/\B(?=(?:[0-9]{3})+$)/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}
