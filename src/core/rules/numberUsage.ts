/**
 * Rule `number-usage`: numbers written against GB/T 15835-2011 《出版物上数字的用法》 and GB/T 15834-2011:
 * - two adjacent numerals giving an approximate number take no 顿号 (两、三年 → 两三年, 七、八个 → 七八个;
 *   GB/T 15834-2011 4.5.3.5 and GB/T 15835-2011 4.1.1);
 * - the zero of a year in Chinese numerals is 〇, not a Latin O or a circle ○ (二O一O年 → 二〇一〇年;
 *   GB/T 15835-2011). 零 (二零一五年) is left alone: the standard writes 〇, but 零 is so common in real speeches that
 *   reporting it would be noise rather than a catch.
 */

import { contentStartOf } from '../headings';
import { parseChineseNumeral } from '../numerals';
import { execAll } from '../text';
import type { LineContext, LineRule, Reporter } from './types';

/**
 * Measure words and nouns an approximate number counts: 两三年, 七八个人, 三四天. Ordinals keep their 顿号 (GB/T
 * 15834-2011 4.5.3.5: 第五、六批, 三、四月份, 一、二年级), so 月 日 号 级 届 批 期 are not among them.
 */
const MEASURE = '个天年周人次项条种点位家名岁倍成遍趟份件所座台辆米里斤元万亿';
const APPROXIMATE = new RegExp(`([一二三四五六七八九两])、([二三四五六七八九十])(?=[${MEASURE}])(?!年级|年度)`, 'g');
/** A year in Chinese numerals: four of 〇一…九, where a Latin O, a circle or 零 may stand for 〇. */
const CHINESE_YEAR = /(?<![〇零一二三四五六七八九十百千万OoОо○])[〇零一二三四五六七八九OoОо○]{4}(?=年)/g;
const WRONG_ZERO = /[OoОо○]/g;
const NUMERAL_DIGIT = /[一二三四五六七八九]/;
/** Lines without 、 or 年 hold neither form: two substring searches rule out most lines before any pattern runs. */
const ANY_APPROXIMATE = /[一二三四五六七八九两]、[二三四五六七八九十]/;
const ANY_WRONG_YEAR = /[OoОо○]\S{0,3}年/;

export const numberUsage: LineRule = {
  meta: {
    id: 'number-usage',
    defaultSeverity: 'warning',
    fixable: true,
    description: {
      'zh-cn': '数字用法（GB/T 15834-2011、GB/T 15835-2011）：相邻两数字连用表示概数时不用顿号（两、三年 → 两三年）；汉字数字年份中的零写作“〇”，不写作字母O或圆圈○（二O一O年 → 二〇一〇年）。',
      en: 'Numbers as GB/T 15834-2011 and GB/T 15835-2011 write them: two adjacent numerals giving an approximate number take no 顿号 (两、三年 → 两三年), and the zero of a year in Chinese numerals is 〇 (二O一O年 → 二〇一〇年).',
    },
    messages: {
      approximate: {
        'zh-cn': '「{written}」是相邻数字连用表示概数，中间不用顿号：写作「{right}」。',
        en: '「{written}」 is an approximate number of two adjacent numerals, which takes no 顿号: write 「{right}」.',
      },
      deletePause: { 'zh-cn': '删除顿号', en: 'Delete the 顿号' },
      yearZero: { 'zh-cn': '年份「{year}」中的零应写作“〇”：「{right}」。', en: 'The zero of the year 「{year}」 is written 〇: 「{right}」.' },
    },
    docs: 'number-usage',
    tags: ['numbers'],
    summary: { 'zh-cn': '数字用法（GB/T 15835）：两、三年应为两三年，二O一O年应为二〇一〇年。', en: 'Numbers against GB/T 15835: 两、三年 for 两三年, 二O一O年 for 二〇一〇年.' },
    catches: '`两、三年`, `二O一O年` (GB/T 15835)',
    fixSummary: '`两三年`, `二〇一〇年`',
  },
  checkLine({ text, report }: LineContext): void {
    const approximate = text.includes('、') && ANY_APPROXIMATE.test(text);
    if (!approximate && !(text.includes('年') && ANY_WRONG_YEAR.test(text))) return;
    approximateNumbers(text, report);
    chineseYears(text, report);
  },
};

function approximateNumbers(text: string, report: Reporter): void {
  const headingStart = contentStartOf(text);
  for (const match of execAll(APPROXIMATE, text)) {
    const index = match.index ?? 0;
    // 一、二〇二四年工作回顾: a heading marker; 一、二、三个: a list.
    if (index === headingStart || text[index - 1] === '、' || /^[、，]/.test(text.slice(index + 3, index + 4))) continue;
    if (CHINESE_NUMERAL_BEFORE.test(text[index - 1] ?? '') || text[index - 1] === '第') continue;
    if (!areAdjacent(match[1], match[2])) continue;
    const pause = index + 1;
    report({
      start: pause,
      end: pause + 1,
      messageId: 'approximate',
      data: { written: `${match[1]}、${match[2]}`, right: match[1] + match[2] },
      fix: { title: 'deletePause', edits: [{ start: pause, end: pause + 1, newText: '' }], safe: true },
    });
  }
}

/** 十一、二月: the first numeral is the end of a longer number. */
const CHINESE_NUMERAL_BEFORE = /[〇零一二三四五六七八九十百千万两]/;

function areAdjacent(first: string, second: string): boolean {
  const a = first === '两' ? 2 : parseChineseNumeral(first);
  const b = parseChineseNumeral(second);
  return a !== undefined && b !== undefined && b === a + 1;
}

function chineseYears(text: string, report: Reporter): void {
  for (const match of execAll(CHINESE_YEAR, text)) {
    const year = match[0];
    if (!NUMERAL_DIGIT.test(year) || !/[OoОо○]/.test(year)) continue;
    const start = match.index ?? 0;
    const end = start + year.length;
    const right = year.replace(WRONG_ZERO, '〇');
    report({ start, end, messageId: 'yearZero', data: { year, right }, fix: { title: 'changeTo', data: { to: right }, edits: [{ start, end, newText: right }], safe: false } });
  }
}
