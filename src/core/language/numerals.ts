/** Chinese and Arabic numerals as used in heading and item markers. */

const DIGIT_VALUES: Record<string, number> = {
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const DIGIT_CHARS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** Matches a Chinese numeral from 一 to 九十九 (longest first, so 二十三 wins over 二). */
export const CHINESE_NUMERAL_SOURCE = '(?:[二三四五六七八九]?十[一二三四五六七八九]?|[一二三四五六七八九])';

/** The value of a Chinese numeral from 一 to 九十九, or undefined when it is not one. */
export function parseChineseNumeral(numeral: string): number | undefined {
  const tenIndex = numeral.indexOf('十');
  if (tenIndex < 0) {
    return numeral.length === 1 ? DIGIT_VALUES[numeral] : undefined;
  }
  const tensPart = numeral.slice(0, tenIndex);
  const unitsPart = numeral.slice(tenIndex + 1);
  const tens = tensPart === '' ? 1 : DIGIT_VALUES[tensPart];
  const units = unitsPart === '' ? 0 : DIGIT_VALUES[unitsPart];
  if (tens === undefined || units === undefined || tensPart.length > 1 || unitsPart.length > 1) {
    return undefined;
  }
  return tens * 10 + units;
}

/** Writes 1..99 as a Chinese numeral (十一, 二十, 三十五); larger values fall back to digits. */
export function formatChineseNumeral(value: number): string {
  if (!Number.isInteger(value) || value < 1 || value > 99) {
    return String(value);
  }
  const tens = Math.floor(value / 10);
  const units = value % 10;
  if (tens === 0) {
    return DIGIT_CHARS[units];
  }
  return `${tens === 1 ? '' : DIGIT_CHARS[tens]}十${DIGIT_CHARS[units]}`;
}

/** Converts full-width digits (０-９) to ASCII digits. */
function toAsciiDigits(digits: string): string {
  return digits.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 0x30));
}

/** The value of an Arabic numeral written in ASCII or full-width digits. */
export function parseArabicNumeral(digits: string): number {
  return Number.parseInt(toAsciiDigits(digits), 10);
}

const DATE_DIGITS = '〇一二三四五六七八九';
/** The digits of a number read digit by digit (a year, the decimals of 十二点五): 〇, its look-alike ○ and 零 are 0. */
const DIGIT_BY_DIGIT_VALUES: Readonly<Record<string, number>> = {
  〇: 0,
  '○': 0,
  零: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** Digits written one by one in Chinese numerals (二〇二五, 〇五) as Arabic digits ("2025", "05"), or undefined. */
export function chineseDigitsAsArabic(digits: string): string | undefined {
  let arabic = '';
  for (const char of digits) {
    const value = DIGIT_BY_DIGIT_VALUES[char];
    if (value === undefined) return undefined;
    arabic += value;
  }
  return digits === '' ? undefined : arabic;
}

/** A year written digit by digit in Chinese numerals (二〇二五, 二○一○, 二零一五), or undefined. */
export function parseChineseYear(digits: string): number | undefined {
  const arabic = chineseDigitsAsArabic(digits);
  return arabic === undefined ? undefined : Number(arabic);
}

/** A date in Arabic digits as GB/T 15835 writes it: 2026年1月15日 (month and day when given). */
export function formatArabicDate({ year, month, day }: { year: number; month?: number; day?: number }): string {
  return `${year}年${month === undefined ? '' : `${month}月`}${day === undefined ? '' : `${day}日`}`;
}

/** A date in Chinese numerals as GB/T 15835 writes it: 二〇二六年一月十五日 (month and day when given). */
export function formatChineseDate({ year, month, day }: { year: number; month?: number; day?: number }): string {
  const yearText = [...String(year)].map((digit) => DATE_DIGITS[Number(digit)]).join('');
  return `${yearText}年${month === undefined ? '' : `${formatChineseNumeral(month)}月`}${day === undefined ? '' : `${formatChineseNumeral(day)}日`}`;
}
