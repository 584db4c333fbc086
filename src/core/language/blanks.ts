import { isBlankCode } from './chars';

/**
 * Blanks left in a template for the writer to fill: a date whose figures are spaces (`2026年　月　日`, `于  月  日`) and
 * the inside of an empty pair (`（　）`). placeholder reports them; cjk-space leaves their spaces alone, since deleting
 * them would hide the blank.
 */

/**
 * The blanks of a date to fill: the month's and the day's (`年 月 日`, after no figure), or the day's after a month
 * (`6月 日`). `五 月` and `6月 1日` are spaced figures, not blanks.
 */
export const BLANK_DATE_GAPS =
  /(?<![0-9０-９〇○零一二三四五六七八九十 \u3000])(?:[ \u3000]+年)?[ \u3000]+月[ \u3000]+日|(?<=[0-9０-９一二三四五六七八九十]月)[ \u3000]+日/g;

const BLANK_DATE_AT = new RegExp(BLANK_DATE_GAPS.source, 'y');
/** How far before a blank the date it belongs to may start (`年　　月　　日`: the month's blank before the day's). */
const DATE_REACH = 12;

/** An opening mark and its closing one: a blank between them is an empty pair's inside. */
const PAIRS: Readonly<Record<string, string>> = {
  '（': '）',
  '(': ')',
  '“': '”',
  '‘': '’',
  '《': '》',
  '【': '】',
  '「': '」',
  '『': '』',
};

/** Whether the blanks start–end of `text` are a blank to fill: inside a blank date or an empty pair. */
export function isBlankToFill(text: string, start: number, end: number): boolean {
  const before = text[start - 1];
  if (before !== undefined && PAIRS[before] === text[end]) return true;
  const next = text[end];
  if (next !== '月' && next !== '日' && next !== '年') return false;
  // Tried only where a run of blanks begins, a few characters back: the date's gaps start at one.
  for (let from = start; from >= Math.max(0, start - DATE_REACH); from--) {
    if (!isBlankCode(text.charCodeAt(from)) || isBlankCode(text.charCodeAt(from - 1))) continue;
    BLANK_DATE_AT.lastIndex = from;
    const match = BLANK_DATE_AT.exec(text);
    if (match && from + match[0].length >= end) return true;
  }
  return false;
}
