/**
 * Rule `date`: dates a reused speech gets wrong. A date that cannot be (2月30日, 13月, 32日, 29 February of a common
 * year); a weekday that is not the date's (2025年1月15日（星期二）, when that day was a Wednesday), with the right
 * weekday as the fix. Against the speech's own date — the file's front matter (`date:`), else the setting
 * speechDraft.speechDate (or `speechDate` in .speechdraftrc.json), else the date under the title: the date under the
 * title when another was given (last year's, left from the speech this one was copied from); 今年/去年/明年 beside a
 * year that contradicts it (今年是2023年 in a speech dated 2025); and, as information, a later year spoken of as past
 * (2026年以来, 截至2026年6月 in a speech given in 2025).
 */

import { parseCalendarDate, type CalendarDate } from '../parse/frontMatter';
import { formatArabicDate, formatChineseDate, parseChineseNumeral, parseChineseYear } from '../language/numerals';
import type { ParsedSpeech } from '../parse/types';
import { execAll, sentenceEndFrom } from '../language/text';
import { documentRule, type DocumentContext, type Reporter } from './types';

/** A date written on a line, with offsets in the line. */
interface DateMention {
  start: number;
  end: number;
  year: number | undefined;
  month: number;
  day: number | undefined;
  /** The weekday written after it (0 = Sunday), and where. */
  weekday?: { value: number; start: number; end: number; written: string };
}

/** A year named next to 今年/去年/明年 (今年是2023年), with offsets in the line. */
interface RelativeYear {
  start: number;
  end: number;
  offset: number;
  year: number;
  word: string;
}

/** A year (and month) spoken of as past: 截至2026年6月, 2026年以来, 过去的2026年. */
interface PastMention {
  start: number;
  end: number;
  year: number;
  month: number | undefined;
}

interface LineDates {
  dates: readonly DateMention[];
  relative: readonly RelativeYear[];
  past: readonly PastMention[];
}

const NONE: LineDates = Object.freeze({ dates: [], relative: [], past: [] });
const DIGIT_DATE = /(?<![0-9０-９])(?:([0-9]{4})年)?([0-9]{1,2})月(?:([0-9]{1,2})[日号])?/g;
/** 二〇二五年一月十五日, 一月三十二日: Chinese numerals, the year in digits 〇一…九. */
const CHINESE_DATE =
  /(?:([〇○零一二三四五六七八九]{4})年)?([一二三四五六七八九十]{1,3})月(?:([一二三四五六七八九十]{1,3})[日号])?/g;
const WEEKDAY_AFTER = /^[ \u3000，,]*[（(]?[ \u3000]*(星期|周|礼拜)([一二三四五六日天])[ \u3000]*[）)]?/;
const WEEKDAY_VALUE: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 0, 天: 0 };
const WEEKDAY_NAME = ['日', '一', '二', '三', '四', '五', '六'];
const RELATIVE_YEAR = /(今年|去年|明年|前年|后年)(?:是|为|即|，|、)?([0-9]{4})年/g;
const OFFSET: Readonly<Record<string, number>> = { 今年: 0, 去年: -1, 明年: 1, 前年: -2, 后年: 2 };
/** 截至2026年6月, 截止到2026年底, 过去的2026年, 2026年以来, 2026年6月份以来: the time is over when the speech is given. */
const PAST =
  /(?:截至|截止(?:到)?|(?:刚刚)?过去的)([0-9]{4})年(?:([0-9]{1,2})月)?|([0-9]{4})年(?:([0-9]{1,2})月(?:份)?)?以来/g;
/** What a sentence about the time ahead says: 要, 将, 力争, 确保, 计划, 预计, 争取, 目标. */
const AHEAD = /要|将|力争|确保|计划|预计|争取|目标|拟|必须|应当/;

/** The first test of the relative years and the past markers: most lines hold neither, nor a 月. */
const ANY_YEAR_WORD = /今年|去年|明年|前年|后年|以来|截至|截止|过去的/;
const ANY_RELATIVE_YEAR = /今年|去年|明年|前年|后年/;
const ANY_PAST = /以来|截至|截止|过去的/;

function lineDates(text: string): LineDates {
  const month = text.includes('月');
  const yearWord = text.includes('年') || text.includes('以来') ? ANY_YEAR_WORD.test(text) : false;
  const relativeYear = yearWord && ANY_RELATIVE_YEAR.test(text);
  const pastMarker = yearWord && ANY_PAST.test(text);
  if (!month && !relativeYear && !pastMarker) return NONE;
  // Most lines that get this far hold no date after all: nothing is allocated for them.
  const dates = month ? datesIn(text) : NO_DATES;
  const relative = relativeYear ? relativeYearsIn(text) : NO_RELATIVE;
  const past = pastMarker ? pastIn(text) : NO_PAST;
  return dates.length === 0 && relative.length === 0 && past.length === 0 ? NONE : { dates, relative, past };
}

const NO_DATES: readonly DateMention[] = []; // Not frozen: see NO_MATCHES in text.ts.
const NO_RELATIVE: readonly RelativeYear[] = []; // Not frozen: see NO_MATCHES in text.ts.
const NO_PAST: readonly PastMention[] = []; // Not frozen: see NO_MATCHES in text.ts.

function datesIn(text: string): readonly DateMention[] {
  let dates: DateMention[] | undefined;
  for (const match of execAll(DIGIT_DATE, text)) {
    (dates ??= []).push(
      withWeekday(text, {
        start: match.index ?? 0,
        end: (match.index ?? 0) + match[0].length,
        year: match[1] ? Number(match[1]) : undefined,
        month: Number(match[2]),
        day: match[3] ? Number(match[3]) : undefined,
      }),
    );
  }
  for (const match of execAll(CHINESE_DATE, text)) {
    const month = parseChineseNumeral(match[2]);
    const day = match[3] ? parseChineseNumeral(match[3]) : undefined;
    if (month === undefined || (match[3] && day === undefined)) continue;
    const year = match[1] ? parseChineseYear(match[1]) : undefined;
    (dates ??= []).push(
      withWeekday(text, { start: match.index ?? 0, end: (match.index ?? 0) + match[0].length, year, month, day }),
    );
  }
  return dates ?? NO_DATES;
}

function relativeYearsIn(text: string): readonly RelativeYear[] {
  const matches = execAll(RELATIVE_YEAR, text);
  return matches.length === 0
    ? NO_RELATIVE
    : matches.map((match) => ({
        start: match.index ?? 0,
        end: (match.index ?? 0) + match[0].length,
        offset: OFFSET[match[1]],
        year: Number(match[2]),
        word: match[1],
      }));
}

function pastIn(text: string): readonly PastMention[] {
  let past: PastMention[] | undefined;
  for (const match of execAll(PAST, text)) {
    const end = (match.index ?? 0) + match[0].length;
    // 截至2026年6月底，全区要完成改造任务: a deadline ahead, when the sentence says what is to be done.
    if (AHEAD.test(text.slice(end, sentenceEndFrom(text, end)))) continue;
    const month = match[2] ?? match[4];
    (past ??= []).push({
      start: match.index ?? 0,
      end,
      year: Number(match[1] ?? match[3]),
      month: month === undefined ? undefined : Number(month),
    });
  }
  return past ?? NO_PAST;
}

function withWeekday(text: string, date: DateMention): DateMention {
  if (date.day === undefined) return date;
  const after = WEEKDAY_AFTER.exec(text.slice(date.end, date.end + 12));
  if (!after) return date;
  const start = date.end + after[0].indexOf(after[1]);
  return {
    ...date,
    weekday: { value: WEEKDAY_VALUE[after[2]], start, end: start + after[1].length + 1, written: after[1] + after[2] },
  };
}

function daysIn(month: number, year: number | undefined): number {
  if (month === 2) return year === undefined || isLeap(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export const date = documentRule<LineDates>({
  meta: {
    id: 'date',
    defaultSeverity: 'warning',
    fixable: true,
    messages: {
      noMonth: {
        'zh-cn': '「{written}」不是有效的日期：一年只有12个月。',
        en: '「{written}」 is no date: a year has twelve months.',
      },
      noDay: {
        'zh-cn': '「{written}」不是有效的日期：{month}月只有{days}天。',
        en: '「{written}」 is no date: month {month} has {days} days.',
      },
      noLeapDay: {
        'zh-cn': '「{written}」不是有效的日期：{year}年不是闰年，2月只有28天。',
        en: '「{written}」 is no date: {year} is not a leap year, and February has 28 days.',
      },
      weekday: { 'zh-cn': '{written}是{right}，不是{wrong}。', en: '{written} was a 星期{rightDay}, not a {wrong}.' },
      titleDate: {
        'zh-cn': '讲话日期是{given}，标题下的日期却是「{written}」。',
        en: 'The speech is given on {given}, but the date under its title says 「{written}」.',
      },
      futureAsPast: {
        'zh-cn': '「{written}」说的是已经过去的时间，但讲话日期是{given}，那时还没到。',
        en: '「{written}」 speaks of a time already past, but the speech is given on {given}, before it.',
      },
      frontMatterDate: {
        'zh-cn':
          'front matter 中的日期「{written}」不是有效的日期，讲话日期没有取用它：请写作 2026-01-15 或 2026年1月15日。',
        en: 'The date 「{written}」 in the front matter is no valid date, so the speech is not dated by it: write 2026-01-15 or 2026年1月15日.',
      },
      relativeYear: {
        'zh-cn': '讲话稿的日期是{speechYear}年，这里的「{written}」与之不符：{word}应是{expected}年。',
        en: 'The speech is dated {speechYear}, so 「{written}」 contradicts it: {word} is {expected}.',
      },
    },
    description: {
      'zh-cn':
        '日期错误：不存在的日期（2月30日、13月、32日、平年的2月29日）；星期与日期不符（2025年1月15日（星期二），这一天是星期三），修复为正确的星期。讲话日期取自文件开头的 front matter（date:），其次是设置 speechDraft.speechDate，再次是标题下的日期；据此检查：标题下的日期与给定的讲话日期不符（沿用了去年的稿子）；“今年”“去年”“明年”旁写明的年份与讲话日期矛盾（讲话日期为2025年，却写“今年是2023年”）；把讲话日期之后的年月说成已经过去（“2026年以来”“截至2026年6月”，讲话在2025年），作为提示。',
      en: "Dates a reused speech gets wrong: dates that cannot be (2月30日, 13月, 32日, 29 February of a common year); a weekday that is not the date's (2025年1月15日（星期二）, a Wednesday), fixed to the right one. The speech's date comes from the file's front matter (`date:`), else the setting speechDraft.speechDate, else the date under the title; against it: a date under the title that differs from the one given (left from last year's speech); 今年, 去年 or 明年 beside a year that contradicts it (今年是2023年 in a speech dated 2025); and, as information, a later year or month spoken of as past (2026年以来, 截至2026年6月 in a speech given in 2025).",
    },
    docs: 'date',
    tags: ['numbers'],
    summary: {
      'zh-cn': '不存在的日期、与日期不符的星期、与讲话日期矛盾的年份。',
      en: "Impossible dates, wrong weekdays, years that contradict the speech's date.",
    },
    catches:
      "`2月30日`, `2025年1月15日（星期二）`, `今年是2023年` or last year's date under the title in a speech dated 2025",
    fixSummary: 'the right weekday or date',
    reportsOn: ['front-matter'],
  },
  perLine: lineDates,
  check({ speech, options, report, perLine }: DocumentContext<LineDates>): void {
    const block = speech.titleBlock;
    const underTitle = block
      ? dateUnderTitle([block.title.line, ...block.lines.map((landmark) => landmark.line)], perLine)
      : undefined;
    const fields = speech.frontMatter?.fields;
    // The date the writer gave (front matter, then settings) wins over the one under the title, which may be stale.
    const written = fields?.date ?? fields?.['日期'];
    const fromFrontMatter = parseCalendarDate(written);
    if (written !== undefined && !fromFrontMatter) reportFrontMatterDate(speech, written, report);
    const given = fromFrontMatter ?? options.speechDate;
    if (given && underTitle) checkTitleDate(speech, given, underTitle, report);
    const speechDate =
      given ??
      (underTitle
        ? { year: underTitle.mention.year!, month: underTitle.mention.month, day: underTitle.mention.day! }
        : undefined);
    for (const line of speech.lines) {
      const found = perLine(line.index);
      if (found === NONE) continue;
      for (const mention of found.dates) checkDate(line.text, line.start, mention, report);
      if (speechDate === undefined) continue;
      const speechYear = speechDate.year;
      for (const relative of found.relative) {
        const expected = speechYear + relative.offset;
        if (relative.year === expected) continue;
        report({
          start: line.start + relative.start,
          end: line.start + relative.end,
          messageId: 'relativeYear',
          data: { speechYear, written: line.text.slice(relative.start, relative.end), word: relative.word, expected },
        });
      }
      for (const past of found.past) {
        const later =
          past.year > speechYear ||
          (past.year === speechYear && past.month !== undefined && past.month > speechDate.month);
        if (!later) continue;
        report({
          start: line.start + past.start,
          end: line.start + past.end,
          messageId: 'futureAsPast',
          data: { written: line.text.slice(past.start, past.end), given: formatArabicDate(speechDate) },
          // A plan may say 截至2027年底 of a target: worth a look, not a warning.
          unsure: true,
        });
      }
    }
  },
});

/** A `date:` (or `日期：`) in the front matter that is no date: said on its line, not passed over in silence. */
function reportFrontMatterDate(speech: ParsedSpeech, written: string, report: Reporter): void {
  const end = speech.frontMatter?.endLine ?? 0;
  for (let index = 1; index < end; index++) {
    const line = speech.lines[index];
    if (!/^(?:date|日期)[ \t]*[:：]/.test(line.text)) continue;
    const at = written === '' ? -1 : line.text.lastIndexOf(written);
    const start = at >= 0 ? at : line.text.search(/[:：]/) + 1;
    report({
      start: line.start + start,
      end: line.start + (at >= 0 ? at + written.length : line.text.length),
      messageId: 'frontMatterDate',
      data: { written },
    });
    return;
  }
}

/** The full date under the title (（2025年1月15日）), if the title block has one, with its line. */
function dateUnderTitle(
  lineIndexes: readonly number[],
  perLine: (index: number) => LineDates,
): { line: number; mention: DateMention } | undefined {
  for (const line of lineIndexes) {
    const mention = perLine(line).dates.find(
      (candidate) => candidate.year !== undefined && candidate.day !== undefined,
    );
    if (mention) return { line, mention };
  }
  return undefined;
}

function checkTitleDate(
  speech: ParsedSpeech,
  given: CalendarDate,
  underTitle: { line: number; mention: DateMention },
  report: Reporter,
): void {
  const { mention } = underTitle;
  if (mention.year === given.year && mention.month === given.month && mention.day === given.day) return;
  const line = speech.lines[underTitle.line];
  const written = line.text.slice(mention.start, mention.end);
  const right = /[0-9]/.test(written) ? formatArabicDate(given) : formatChineseDate(given);
  report({
    start: line.start + mention.start,
    end: line.start + mention.end,
    messageId: 'titleDate',
    data: { given: formatArabicDate(given), written },
    fix: { title: 'changeTo', data: { to: right }, newText: right, safe: false },
  });
}

function checkDate(text: string, offset: number, mention: DateMention, report: Reporter): void {
  const { month, day, year } = mention;
  const written = text.slice(mention.start, mention.end);
  const at = { start: offset + mention.start, end: offset + mention.end };
  // 13月 on its own may be a count (13个月 is not matched, 13月份 is a month): only a month with a year or a day counts.
  if (month < 1 || month > 12) {
    if (year !== undefined || day !== undefined) report({ ...at, messageId: 'noMonth', data: { written } });
    return;
  }
  if (day === undefined) return;
  if (day < 1 || day > daysIn(month, year)) {
    if (month === 2 && day === 29 && year !== undefined)
      report({ ...at, messageId: 'noLeapDay', data: { written, year } });
    else report({ ...at, messageId: 'noDay', data: { written, month, days: daysIn(month, year) } });
    return;
  }
  const weekday = mention.weekday;
  if (year === undefined || !weekday) return;
  const actual = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  if (actual === weekday.value) return;
  const right = weekday.written.slice(0, -1) + WEEKDAY_NAME[actual];
  report({
    start: offset + weekday.start,
    end: offset + weekday.end,
    messageId: 'weekday',
    data: { written, right, wrong: weekday.written, rightDay: WEEKDAY_NAME[actual] },
    fix: { title: 'changeTo', data: { to: right }, newText: right, safe: false },
  });
}
