/** Units of quantity as speeches write them after a figure: 60平方公里, 3个百分点, 58%, 120人. */

/** Units that cannot be the start of an ordinary word, so no boundary is needed after them. */
const LONG_UNITS =
  '亿美元|万美元|亿元|万元|千元|平方公里|平方千米|万平方米|平方米|个百分点|百分点|万人次|人次|万人|万户|万亩|公顷|万吨|千瓦|兆瓦|公里|千米|%|％';
/**
 * One-character units start many ordinary words (实现人的全面发展, 实现万众一心, 建成家园), so they count
 * only when a punctuation mark or the line end follows.
 */
const SHORT_UNITS = '亿|万|元|米|家|人|名|户|个|项|所|座|台|辆|套|件|次|吨|亩|倍';
const AFTER_SHORT_UNIT = '(?=[，。；、！？：,.;!?）)”’]|$)';

/** A unit, as a regular expression source. */
export const UNIT = `(?:${LONG_UNITS}|(?:${SHORT_UNITS})${AFTER_SHORT_UNIT})`;

/** The characters a unit starts with: 平 (平方公里), 个 (个百分点), %… */
export const UNIT_FIRST_CHARS = [
  ...new Set([...LONG_UNITS.split('|'), ...SHORT_UNITS.split('|')].map((unit) => unit[0])),
].join('');

/**
 * Words for a person made of a verb of quantity and a one-character unit (科学家+企业家+投资家, 投资人, 共有人,
 * 拥有人, 完成人): never a unit left without its figure.
 */
export const PERSON_WORDS: ReadonlySet<string> = new Set([
  '投资家',
  '投资人',
  '投入人',
  '共有人',
  '拥有人',
  '完成人',
  '实现人',
]);
const UNIT_AT = new RegExp(UNIT, 'y');

/** True when the blanks starting at `index` are a gap left for a figure before a unit (地区生产总值  亿元). */
export function isFigureGap(text: string, index: number): boolean {
  let end = index;
  while (end < text.length && (text[end] === ' ' || text[end] === '\u3000')) end++;
  UNIT_AT.lastIndex = end;
  return end > index && UNIT_AT.test(text);
}
