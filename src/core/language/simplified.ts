/**
 * Traditional characters folded to simplified for analysis only: the recognisers read 我講三點意見, 同志們：,
 * 第一點， and 謝謝大家！ as their simplified forms, while every title, marker, message and fix keeps the text as
 * written. Each pair is one UTF-16 unit to one, so offsets into the folded text are offsets into the text.
 *
 * Source: the traditional → simplified character pairs of OpenCC's STCharacters/TSCharacters tables
 * (https://github.com/BYVoid/OpenCC, Apache-2.0), restricted to the characters of heading and item markers,
 * announcements (讲三点意见), salutations, closings, web-page furniture and the conclusion's openings.
 */

const PAIRS =
  '講讲點点個个們们謝谢請请題题問问項项條条層层屆届會会議议見见長长書书記记國国發发關关為为學学習习現现時时開开幾几' +
  '邊边務务實实說说話话這这進进經经濟济區区縣县鎮镇鄉乡對对過过還还來来後后門门歡欢親亲愛爱貴贵賓宾領领導导員员師师' +
  '總总結结動动誌志見见謝谢聽听讓让們们齊齐聲声願愿級级屆届點点評评論论選选舉举屆届負负責责編编輯辑來来源源擊击' +
  '兩两閱阅覽览訪访頁页篇篇製制網网標标態态報报詞词稱称嘉嘉賓宾頭头業业團团隊队並并從从與与將将麼么樣样們们傳传達达';

/**
 * The simplified code unit of each traditional one, 0 for none: a table over the CJK block, looked up once a
 * character (a character class of this size costs a regular expression ten times as much on every line).
 */
const CJK_START = 0x4e00;
const SIMPLIFIED = new Uint16Array(0xa000 - CJK_START);
for (let i = 0; i + 1 < PAIRS.length; i += 2) {
  if (PAIRS[i] !== PAIRS[i + 1]) SIMPLIFIED[PAIRS.charCodeAt(i) - CJK_START] = PAIRS.charCodeAt(i + 1);
}

function simplifiedOf(code: number): number {
  return code >= CJK_START && code < 0xa000 ? SIMPLIFIED[code - CJK_START] : 0;
}

/** Whether `text` holds, from `start` to `end`, a traditional character the recognisers fold (no string is made). */
export function hasFoldable(text: string, start: number, end: number): boolean {
  for (let i = start; i < end && i < text.length; i++) if (simplifiedOf(text.charCodeAt(i)) !== 0) return true;
  return false;
}

/** The text with the traditional characters the recognisers know folded to simplified; the same string when none. */
export function foldForAnalysis(text: string): string {
  let first = 0;
  while (first < text.length && simplifiedOf(text.charCodeAt(first)) === 0) first++;
  if (first === text.length) return text;
  let folded = text.slice(0, first);
  for (let i = first; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const simplified = simplifiedOf(code);
    folded += String.fromCharCode(simplified === 0 ? code : simplified);
  }
  return folded;
}
