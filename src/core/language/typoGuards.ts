/**
 * Where a typo is not to be looked for: the characters a language model of common words cannot judge. Names of people
 * beside a title (周伟同志, 主任高雨), names of places before an administrative unit the model does not know (察汗淖尔,
 * 双畈村), titles in 《》 and short quoted coinages (“放管服”, “铁公机”), characters outside the common set (an input
 * method offers the common ones first, so a rarer one was chosen on purpose: 勠力同心, traditional ones, rare ones of
 * names), the character that the members of an enumeration share (赋权、赋能、赋责: 赋 is the pattern, not a slip), and
 * words another dictionary lists that the model does not know (城乡接合部).
 */

import { isSurname } from './surnames';
import { Guard, longestWordAround } from './typoDecoder';

/** Titles and roles written beside a name, before it (党委书记周伟, 主任高雨) or after it (邓晓龙副市长, 郦波教授). */
const TITLES =
  '书记|市长|县长|区长|镇长|乡长|局长|主任|部长|处长|科长|校长|院长|厅长|主席|委员|秘书长|总经理|董事长|经理|省长|司长|所长|队长|站长|行长|会长|理事长|教授|研究员|老师|院士';
const ROLE_AFTER = new RegExp(`^(?:副?(?:${TITLES}|主委|社长|总编|讲师)|同志|先生|女士|博士|代表|同学|总)`);
const ROLE_BEFORE = new RegExp(`(?:${TITLES}|同志|专家|记者|作家|代表)$`);
/**
 * An administrative unit or a named place's kind, written after its name: a town, a road, a river, and the works and
 * sites a work report names (瓦石峡水库, 白鹤滩电站, 某某灌区, 某某遗址). One or two characters: the two after a name
 * are tested.
 */
const PLACE_KINDS =
  '省|市|县|区|旗|盟|州|乡|镇|村|屯|苏木|嘎查|街道|社区|路|街|巷|大道|高铁|高速|铁路|公路|机场|港|湖|河|江|山|岛|湾|' +
  '水库|电站|灌区|林场|农场|牧场|景区|遗址|古镇|新区|口岸|大桥|隧道|枢纽|码头|煤矿|油田|气田';
const PLACE_AFTER = new RegExp(`^(?:${PLACE_KINDS})`);
/**
 * The one-character names of provinces that official writing uses in coinages (兴陇, 援鄂, 智汇宁夏 aside, 赣鄱): they
 * stand beside common characters, and a model of common words reads them as typos of those. The provinces whose
 * one-character name is also a common word (京, 新, 青, 吉, 黑…) are left out.
 */
const PROVINCE_NAMES = new Set('冀晋辽沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川蜀黔贵滇藏陕秦陇甘宁蒙港澳');
/**
 * One-character names of whom a policy serves, as official writing coins them with a verb (惠企 for 企业, 利企, 稳岗
 * for 岗位, 强农, 兴农, 便民, 亲商, 护侨): standing in no word the model knows, such a character is the coinage's
 * abbreviation, and a model of common words reads it as a typo of a word it knows (便民利企 → 便民利器).
 */
const SECTOR_ABBREVIATIONS = new Set('企农民商岗侨');

/** How many characters before or after a title, or before a place's kind, a name may take. */
const NAME = 3;
/** Quotations this short are names of policies and slogans (“放管服”, “一网通办”), not prose. */
const SHORT_QUOTE = 10;

export interface GuardContext {
  /** Whether the model (or another lexicon) knows this text of two or more characters as a word. */
  isWord(text: string): boolean;
  /** Whether the character with this code is one of the standard characters (《通用规范汉字表》). */
  isStandard(code: number): boolean;
  /** Whether the character with this code is one of the common characters, those the rule may propose. */
  isCommon(code: number): boolean;
  /** Whether another dictionary lists this text of three or four characters as a word the model does not know. */
  isOtherDictionaryWord(text: string): boolean;
}

/**
 * One Guard a UTF-16 unit of `text`: Guarded where a correction must gain more to be believed; Never on a character
 * outside the standard characters (a traditional one, or a rare one of a name: written on purpose) and in a sentence
 * (between 。！？；) that holds two of them, as the model knows simplified Chinese only.
 */
export function guardedPositions(text: string, context: GuardContext): Uint8Array {
  const guarded = new Uint8Array(text.length);
  guardBracketed(text, guarded);
  guardNames(text, guarded);
  guardPlaces(text, guarded, context);
  for (let i = 0; i < text.length; i++) if (PROVINCE_NAMES.has(text[i])) mark(guarded, i, i + 1);
  guardSectorAbbreviations(text, guarded, context);
  guardTraditionalSentences(text, guarded, context);
  guardRareCharacters(text, guarded, context);
  guardEnumerations(text, guarded);
  guardForeignNames(text, guarded);
  guardWordsTheModelLacks(text, guarded, context);
  return guarded;
}

/**
 * 皮洛莱乌·图伊塔, 马克思·韦伯: the parts of a name joined by a middle dot are a foreign name written by its sounds. Up to
 * four characters each side of a dot are taken (nothing marks where the name begins in 汤加公主皮洛莱乌).
 */
const FOREIGN_NAME = /[\u4e00-\u9fff]{1,4}(?:[·・•‧][\u4e00-\u9fff]{1,4})+/g;

function guardForeignNames(text: string, guarded: Uint8Array): void {
  for (const match of text.matchAll(FOREIGN_NAME))
    mark(guarded, match.index, match.index + match[0].length, Guard.Never);
}

/**
 * A standard character outside the common ones is never corrected: the pinyin input method lists the common characters
 * of a reading first, so a writer who has a rarer one chose it (勠力同心, not 戮力同心; a name's character).
 */
function guardRareCharacters(text: string, guarded: Uint8Array, context: GuardContext): void {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x4e00 && code <= 0x9fff && context.isStandard(code) && !context.isCommon(code))
      guarded[i] = Guard.Never;
  }
}

/**
 * A clause: a run between the marks that close one (、 stays inside). Found clause by clause rather than with one
 * expression of members joined by 、, which backtracks over a long line that holds no 、 (quadratic time).
 */
const CLAUSE = /[^，。；：！？（）“”《》\s]+/g;

/**
 * 赋权、赋能、赋责 and 市场化、法治化、国际化: members of one length that share a character at one place are a pattern
 * of coinages, and the shared character is never a slip. The inner members give the length; the first member is read
 * from its end and the last from its start (加快完善赋权 → 赋权, 赋责相统一 → 赋责).
 */
function guardEnumerations(text: string, guarded: Uint8Array): void {
  for (const clause of text.matchAll(CLAUSE)) {
    if (!clause[0].includes('、')) continue;
    // The members, each at its offset in the text; a doubled 、 is a slip of the keyboard (reported by punctuation
    // rules) between two members, not the end of the list.
    const members: Array<{ text: string; at: number }> = [];
    let at = clause.index;
    for (const member of clause[0].split('、')) {
      if (member !== '') members.push({ text: member, at });
      at += member.length + 1;
    }
    guardEnumeration(text, members, guarded);
  }
}

function guardEnumeration(
  text: string,
  members: ReadonlyArray<{ text: string; at: number }>,
  guarded: Uint8Array,
): void {
  if (members.length < 3) return;
  const length = members[1].text.length;
  if (length > 4 || members.slice(1, -1).some((member) => member.text.length !== length)) return;
  const first = members[0];
  if (first.text.length < length || members[members.length - 1].text.length < length) return;
  const starts = members.map((member) => (member === first ? member.at + member.text.length - length : member.at));
  for (let place = 0; place < length; place++) {
    // Counted, not compared pair by pair: a pasted list may have thousands of members.
    const sharing = new Map<number, number>();
    for (const start of starts) {
      const code = text.charCodeAt(start + place);
      sharing.set(code, (sharing.get(code) ?? 0) + 1);
    }
    for (const start of starts)
      if (sharing.get(text.charCodeAt(start + place))! >= 2) guarded[start + place] = Guard.Never;
  }
}

/** Guards from–to with `guard`, keeping a stronger guard already there. */
function mark(guarded: Uint8Array, from: number, to: number, guard: Guard = Guard.Guarded): void {
  for (let i = Math.max(0, from); i < Math.min(guarded.length, to); i++) if (guarded[i] < guard) guarded[i] = guard;
}

function guardTraditionalSentences(text: string, guarded: Uint8Array, context: GuardContext): void {
  let start = 0;
  let outside = 0;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 0;
    if (code >= 0x4e00 && code <= 0x9fff && !context.isStandard(code)) {
      guarded[i] = Guard.Never;
      outside++;
    }
    if (i < text.length && !'。！？；!?;'.includes(text[i])) continue;
    if (outside >= 2) mark(guarded, start, i, Guard.Never);
    [start, outside] = [i + 1, 0];
  }
}

const BRACKETED = /《[^《》\n]*》|“[^“”\n]*”|"[^"\n]*"|「[^「」\n]*」/g;

/** A title in 《》 must gain more; a short quotation is a slogan's or a coinage's name, never corrected (“铁公机”). */
function guardBracketed(text: string, guarded: Uint8Array): void {
  for (const match of text.matchAll(BRACKETED)) {
    const end = match.index + match[0].length;
    if (match[0][0] === '《') mark(guarded, match.index, end);
    else if (match[0].length - 2 <= SHORT_QUOTE || isListOfCoinages(match[0]))
      mark(guarded, match.index, end, Guard.Never);
  }
}

const HAN_RUN = /[\u4e00-\u9fff]+/g;

/** “一淀、三带、九片、多廊”: a quotation that lists short coinages, each of four characters or fewer, is names too. */
function isListOfCoinages(quotation: string): boolean {
  const members = quotation.slice(1, -1).split('、');
  return members.length >= 3 && members.every((member) => member.length >= 1 && member.length <= 4);
}

function guardNames(text: string, guarded: Uint8Array): void {
  for (const match of text.matchAll(HAN_RUN)) {
    const run = match[0];
    for (let i = 1; i < run.length; i++) {
      if (ROLE_AFTER.test(run.slice(i, i + 5))) {
        // A name of up to three characters ends at the title (邓晓龙副市长, 张书记), and none in 社会治里处处长.
        let from = Math.max(0, i - NAME);
        while (from < i && !isSurname(run[from])) from++;
        if (from < i) mark(guarded, match.index + from, match.index + i, Guard.Name);
      }
      if (ROLE_BEFORE.test(run.slice(Math.max(0, i - 5), i)) && isSurname(run[i]))
        mark(guarded, match.index + i, match.index + i + NAME, Guard.Name);
    }
  }
}

function guardSectorAbbreviations(text: string, guarded: Uint8Array, context: GuardContext): void {
  for (let i = 0; i < text.length; i++)
    if (SECTOR_ABBREVIATIONS.has(text[i]) && !longestWordAround(text, i, i + 1, context.isWord))
      mark(guarded, i, i + 1);
}

/** The characters before a place's kind that make no word with their neighbours: a name the model does not know. */
function guardPlaces(text: string, guarded: Uint8Array, context: GuardContext): void {
  for (const match of text.matchAll(HAN_RUN)) {
    const run = match[0];
    for (let i = 1; i < run.length; i++) {
      if (!PLACE_AFTER.test(run.slice(i, i + 2))) continue;
      const from = Math.max(0, i - NAME);
      const name = run.slice(from, i);
      if (!knowsAll(name, context)) mark(guarded, match.index + from, match.index + i, Guard.Name);
    }
  }
}

/** Whether every character of `name` stands in a word of two or more characters inside it. */
function knowsAll(name: string, context: GuardContext): boolean {
  const covered = new Uint8Array(name.length);
  for (let from = 0; from < name.length; from++)
    for (let to = from + 2; to <= name.length; to++)
      if (context.isWord(name.slice(from, to))) covered.fill(1, from, to);
  return covered.every((bit) => bit === 1);
}

/**
 * A word of three or four characters that another dictionary lists and the model does not know is never corrected
 * inside: the model is ignorant there, not right (城乡接合部, the form the dictionaries recommend, read as a slip of
 * 结合部, the one the model knows). On the benchmark's train split one slip of 575 sentences with errors stands in such
 * a word as written (维护性 of 维护信教), and 864 spans of its sentences are such words as written; words of two characters
 * would hold 17 slips.
 */
function guardWordsTheModelLacks(text: string, guarded: Uint8Array, context: GuardContext): void {
  for (let i = 0; i + 3 <= text.length; i++)
    for (let length = 3; length <= 4 && i + length <= text.length; length++) {
      const span = text.slice(i, i + length);
      if (context.isOtherDictionaryWord(span) && !context.isWord(span)) mark(guarded, i, i + length, Guard.Never);
    }
}
