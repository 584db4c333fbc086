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

const SIMPLIFIED = new Map<string, string>();
for (let i = 0; i + 1 < PAIRS.length; i += 2) {
  if (PAIRS[i] !== PAIRS[i + 1]) SIMPLIFIED.set(PAIRS[i], PAIRS[i + 1]);
}

const ANY_TRADITIONAL = new RegExp(`[${[...SIMPLIFIED.keys()].join('')}]`);
const EVERY_TRADITIONAL = new RegExp(ANY_TRADITIONAL.source, 'g');

/** The text with the traditional characters the recognisers know folded to simplified; the same string when none. */
export function foldForAnalysis(text: string): string {
  return ANY_TRADITIONAL.test(text) ? text.replace(EVERY_TRADITIONAL, (character) => SIMPLIFIED.get(character) ?? character) : text;
}
