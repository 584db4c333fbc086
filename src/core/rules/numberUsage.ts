/**
 * Rule `number-usage`: numbers written against GB/T 15835-2011 《出版物上数字的用法》 and GB/T 15834-2011:
 * - a range joined by a hyphen or a half-width tilde (3-5年, 10%-20%, 3~5天 → 3～5年; GB/T 15835-2011 writes ～ or —);
 * - “about” said twice (约10人左右);
 * - two adjacent numerals giving an approximate number take no 顿号 (两、三年 → 两三年, 七、八个 → 七八个;
 *   GB/T 15834-2011 4.5.3.5 and GB/T 15835-2011 4.1.1);
 * - the zero of a year in Chinese numerals is 〇, not a Latin O or a circle ○ (二O一O年 → 二〇一〇年;
 *   GB/T 15835-2011). 零 (二零一五年) is left alone: the standard writes 〇, but 零 is so common in real speeches that
 *   reporting it would be noise rather than a catch;
 * - Arabic digits with 千 or 百 as units (3千万 → 3000万, 5百多 → 500多; GB/T 15835-2011 5.1.6 lets only 万 and 亿
 *   follow Arabic digits);
 * - a decimal in Chinese numerals before a unit of a statistic (十二点五亿元 → 12.5亿元; GB/T 15835-2011 4.1.1:
 *   counting and measuring take Arabic digits);
 * - fixed expressions written with Arabic digits, which GB/T 15835-2011 4.2.1 writes in Chinese numerals: 14五 → 十四五,
 *   党的20大 → 党的二十大, 3中全会 → 三中全会, “4个意识” → “四个意识”.
 * Which of 二〇二五年 and 2025年, or of 12,000 and 12000, one speech uses is the document rule number-consistency's.
 */

import { contentStartOf } from '../parse/headings';
import { CHARS } from '../parse/lineChars';
import { chineseDigitsAsArabic, formatChineseNumeral, parseChineseNumeral } from '../language/numerals';
import { execAll } from '../language/text';
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
/** A digit before 千, 百, or a fixed expression's Chinese part (14五规划, 20大, 3中全会, 4个意识): the checks' first test. */
const DIGIT_BEFORE_CHINESE =
  /[0-9](?:[千百]|五[规时期以开发]|大[精报代以胜召]|届[0-9]|中全会|[”"]?个(?:意识|自信|全面|维护|确立|一百年|务必))|党的[0-9]/;
/** A Chinese numeral before 点 and after it. */
const CHINESE_POINT = /[一二三四五六七八九十〇零两]点[〇零一二三四五六七八九]/;

export const numberUsage: LineRule = {
  meta: {
    id: 'number-usage',
    defaultSeverity: 'warning',
    fixable: true,
    description: {
      'zh-cn':
        '数字用法（GB/T 15834-2011、GB/T 15835-2011）：相邻两数字连用表示概数时不用顿号（两、三年 → 两三年）；汉字数字年份中的零写作“〇”（二O一O年 → 二〇一〇年）；数值范围用浪纹线“～”连接，不用连字符或半角波浪号（3-5年 → 3～5年，10%-20% → 10%～20%）；“约”与“左右”“上下”不同时使用（约10人左右 → 约10人）。日期、电话号码、文号、型号和网址不受影响。',
      en: 'Numbers as GB/T 15834-2011 and GB/T 15835-2011 write them: two adjacent numerals giving an approximate number take no 顿号 (两、三年 → 两三年); the zero of a year in Chinese numerals is 〇 (二O一O年 → 二〇一〇年); a range is joined with the wave dash ～, not a hyphen or a half-width tilde (3-5年 → 3～5年, 10%-20% → 10%～20%); “about” is not said twice (约10人左右 → 约10人). Dates, phone numbers, document and model numbers and URLs are left alone.',
    },
    messages: {
      approximate: {
        'zh-cn': '「{written}」是相邻数字连用表示概数，中间不用顿号：写作「{right}」。',
        en: '「{written}」 is an approximate number of two adjacent numerals, which takes no 顿号: write 「{right}」.',
      },
      deletePause: { 'zh-cn': '删除顿号', en: 'Delete the 顿号' },
      yearZero: {
        'zh-cn': '年份「{year}」中的零应写作“〇”：「{right}」。',
        en: 'The zero of the year 「{year}」 is written 〇: 「{right}」.',
      },
      range: {
        'zh-cn': '数值范围「{written}」应用浪纹线“～”连接：「{right}」。',
        en: 'A range of values is joined with the wave dash ～: 「{right}」, not 「{written}」.',
      },
      approximateTwice: {
        'zh-cn': '「{written}」中“{first}”与“{second}”重复表示约数，只用其一：「{right}」。',
        en: '「{written}」 says “about” twice (“{first}” and “{second}”): keep one, 「{right}」.',
      },
      deleteWord: { 'zh-cn': '删除「{word}」', en: 'Delete 「{word}」' },
      arabicWithUnit: {
        'zh-cn': '阿拉伯数字后只能用“万”“亿”作单位，不与“{unit}”连用：「{written}」应写作「{right}」。',
        en: 'Arabic digits take only 万 and 亿 as units, not {unit}: write 「{right}」, not 「{written}」.',
      },
      chineseDecimal: {
        'zh-cn': '统计数字用阿拉伯数字：「{written}」应写作「{right}」。',
        en: 'A statistic is written in Arabic digits: 「{right}」, not 「{written}」.',
      },
      fixedExpression: {
        'zh-cn': '固定提法中的数字用汉字：「{written}」应写作「{right}」。',
        en: 'The number of a fixed expression is written in Chinese numerals: 「{right}」, not 「{written}」.',
      },
    },
    docs: 'number-usage',
    tags: ['numbers'],
    summary: {
      'zh-cn': '数字用法（GB/T 15835）：两、三年，二O一O年，3-5年，约10人左右。',
      en: 'Numbers against GB/T 15835: 两、三年, 二O一O年, 3-5年, 约10人左右.',
    },
    catches: '`两、三年`, `二O一O年`, `3-5年`, `10%-20%`, `约10人左右` (GB/T 15835)',
    fixSummary: '`两三年`, `二〇一〇年`, `3～5年`, `约10人`',
  },
  /**
   * Each test below needs a digit, or one of these pairs: 左右 上下, a numeral before 点 (十二点五) or before 、
   * (两、三年); or the Latin O or circle of a wrongly written year. 、 and 年 alone are on most lines of a speech.
   */
  trigger: { chars: 'OoОо○', pairs: ['左上一二三四五六七八九十〇零两', '右下点、'], features: CHARS.digit },
  checkLine({ text, lex, report, holdsTriggerChar }: LineContext): void {
    if (lex.chars & CHARS.digit) {
      if (text.includes('-') || text.includes('~') || text.includes('－')) ranges(text, report);
      if (DIGIT_BEFORE_CHINESE.test(text)) {
        if (text.includes('千') || text.includes('百')) arabicWithUnits(text, report);
        fixedExpressions(text, report);
      }
    }
    // A line called for its digits alone holds none of the pairs and no wrong zero.
    if (!holdsTriggerChar) return;
    if (text.includes('左右') || text.includes('上下')) approximateTwice(text, report);
    if (text.includes('点') && CHINESE_POINT.test(text)) chineseDecimals(text, report);
    const approximate = text.includes('、') && ANY_APPROXIMATE.test(text);
    if (!approximate && !(text.includes('年') && ANY_WRONG_YEAR.test(text))) return;
    approximateNumbers(text, report);
    chineseYears(text, report);
  },
};

/**
 * 3-5年, 10%-20%, 3~5天: a range of two numbers, the second followed by what they count, joined by a hyphen or a
 * half-width tilde, which GB/T 15835-2011 joins with ～ (or —). Not: dates (2024-01-15), phone, document and model
 * numbers, codes of three parts or more (3-2-11室), and anything inside a URL or a Latin word (WD-40, PH-3000).
 */
const RANGE =
  /(?<![0-9０-９A-Za-z.\-~－／/])([0-9]{1,4}(?:\.[0-9]+)?%?)([-~－])([0-9]{1,4}(?:\.[0-9]+)?)(?![0-9.\-~－])(?=[%个年月日天周人名次项万亿元倍岁小分秒米公千克吨亩户家所座台辆件期批届级条种度℃])/g;

function ranges(text: string, report: Reporter): void {
  for (const match of execAll(RANGE, text)) {
    const start = match.index ?? 0;
    const dash = start + match[1].length;
    // 2020-12: a year and a month; 010-: a phone number.
    if (match[2] === '-' && /^0/.test(match[1])) continue;
    // 10%-20%: the second number's per cent sign belongs to the range too.
    const percent = text[start + match[0].length] === '%' ? '%' : '';
    const written = match[0] + percent;
    const right = `${match[1]}～${match[3]}${percent}`;
    report({
      start,
      end: start + written.length,
      messageId: 'range',
      data: { written, right },
      // A half-width ~ between numbers is the same mark written narrow: certain; a hyphen may be a code: one at a time.
      fix: {
        title: 'changeTo',
        data: { to: right },
        edits: [{ start: dash, end: dash + 1, newText: '～' }],
        safe: match[2] === '~',
      },
    });
  }
}

/** 约10人左右, 大约3000元左右: “about” said twice, before the number and after it. */
const APPROXIMATE_TWICE =
  /(大约|约|大概)([0-9０-９][0-9０-９.,]*%?|[一二三四五六七八九十百千万两几半数]+)([^\s，。；！？、：0-9０-９]{0,3}?)(左右|上下)/g;

function approximateTwice(text: string, report: Reporter): void {
  for (const match of execAll(APPROXIMATE_TWICE, text)) {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    // 上下 right after a number and its unit only (约三层楼上下 is rare; 上下班, 上下游 are words).
    if (match[4] === '上下' && /^[班游级文楼功]/.test(text.slice(end, end + 1))) continue;
    const right = match[0].slice(0, match[0].length - 2);
    report({
      start,
      end,
      messageId: 'approximateTwice',
      data: { written: match[0], first: match[1], second: match[4], right },
      fix: {
        title: 'deleteWord',
        data: { word: match[4] },
        edits: [{ start: end - 2, end, newText: '' }],
        safe: false,
      },
    });
  }
}

function approximateNumbers(text: string, report: Reporter): void {
  const headingStart = contentStartOf(text);
  for (const match of execAll(APPROXIMATE, text)) {
    const index = match.index ?? 0;
    // 一、二〇二四年工作回顾: a heading marker; 一、二、三个: a list.
    if (index === headingStart || text[index - 1] === '、' || /^[、，]/.test(text.slice(index + 3, index + 4)))
      continue;
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
    report({
      start,
      end,
      messageId: 'yearZero',
      data: { year, right },
      fix: { title: 'changeTo', data: { to: right }, edits: [{ start, end, newText: right }], safe: false },
    });
  }
}

/**
 * 3千万, 2.5千亿, 5百多: Arabic digits with 千 or 百 (and what follows: 万, 亿, 多, 余). Not a unit of measure that
 * begins with 千 or 百 (5千米, 3千克, 10千瓦, 3百分点 as in 百分点, 百分比).
 */
const ARABIC_WITH_UNIT = /(?<![0-9.A-Za-z])([0-9]+(?:\.[0-9]+)?)([千百])(?![米克瓦帕焦卡伏赫分方兆])([万亿]?)/g;

function arabicWithUnits(text: string, report: Reporter): void {
  for (const match of execAll(ARABIC_WITH_UNIT, text)) {
    const start = match.index ?? 0;
    const value = Number(match[1]) * (match[2] === '千' ? 1000 : 100);
    // 3.25千: not a whole number once multiplied; reported without a fix.
    const digits = Number.isInteger(value) ? String(value) : undefined;
    const right = digits === undefined ? `${match[1]}${match[2]}` : digits + match[3];
    report({
      start,
      end: start + match[0].length,
      messageId: 'arabicWithUnit',
      data: { unit: match[2], written: match[0], right },
      fix:
        digits === undefined
          ? undefined
          : {
              title: 'changeTo',
              data: { to: right },
              edits: [{ start, end: start + match[0].length, newText: right }],
              safe: false,
            },
    });
  }
}

/**
 * 十二点五亿元, 三点二个百分点: a decimal in Chinese numerals before a unit of a statistic. Not 一点一滴, 三点一线 (no
 * unit follows), nor a time (九点三十分: 分 is no unit here).
 */
const CHINESE_DECIMAL =
  /(?<![〇零一二三四五六七八九十百千两])([一二三四五六七八九十]{1,3}|[〇零])点([〇零一二三四五六七八九]{1,3})(?=%|％|个百分点|倍|亿|万|元|美元|吨|公里|千米|平方|亩|公顷|米|千克|岁)/g;

function chineseDecimals(text: string, report: Reporter): void {
  for (const match of execAll(CHINESE_DECIMAL, text)) {
    const whole = match[1] === '〇' || match[1] === '零' ? 0 : parseChineseNumeral(match[1]);
    if (whole === undefined) continue;
    const fraction = chineseDigitsAsArabic(match[2]);
    if (fraction === undefined) continue;
    const start = match.index ?? 0;
    const right = `${whole}.${fraction}`;
    report({
      start,
      end: start + match[0].length,
      messageId: 'chineseDecimal',
      data: { written: match[0], right },
      fix: {
        title: 'changeTo',
        data: { to: right },
        edits: [{ start, end: start + match[0].length, newText: right }],
        safe: false,
      },
    });
  }
}

/**
 * Fixed expressions whose numbers GB/T 15835-2011 4.2.1 writes in Chinese numerals, written with Arabic digits:
 * 14五 (规划, 时期), 党的20大 and 20大精神/报告/代表, 20届3中全会, 3中全会, “4个意识”, “2个维护”, “2个一百年”.
 */
const FIXED_EXPRESSION =
  /(?<![0-9.A-Za-z])(?:([0-9]{1,2})五(?=规划|时期|期间|以来|开局|发展)|(党的)([0-9]{1,2})大|([0-9]{1,2})大(?=精神|报告|代表|以来|胜利召开|召开)|([0-9]{1,2})届([0-9])中全会|([0-9])中全会|([“"]?)([2-5])个(意识|自信|全面|维护|确立|一百年|务必))/g;

function fixedExpressions(text: string, report: Reporter): void {
  for (const match of execAll(FIXED_EXPRESSION, text)) {
    let start = match.index ?? 0;
    const written = match[0];
    const chinese = (digits: string): string => formatChineseNumeral(Number(digits));
    let right: string;
    if (match[1] !== undefined) right = `${chinese(match[1])}五`;
    else if (match[2] !== undefined) right = `党的${chinese(match[3])}大`;
    else if (match[4] !== undefined) right = `${chinese(match[4])}大`;
    else if (match[5] !== undefined) right = `${chinese(match[5])}届${chinese(match[6])}中全会`;
    else if (match[7] !== undefined) right = `${chinese(match[7])}中全会`;
    else {
      // The opening quote stays as written: only the number changes.
      start += match[8].length;
      right = `${match[9] === '2' ? '两' : chinese(match[9])}个${match[10]}`;
    }
    const end = (match.index ?? 0) + written.length;
    report({
      start,
      end,
      messageId: 'fixedExpression',
      data: { written: text.slice(start, end), right },
      fix: { title: 'changeTo', data: { to: right }, edits: [{ start, end, newText: right }], safe: false },
    });
  }
}
