/**
 * Words and characters a speaker may misread at the podium, with their standard readings: the rule hard-to-read's data.
 *
 * - Characters of 《通用规范汉字表》 (2013) outside its first level (the 3,500 常用字), with their readings in
 *   《通用规范汉字字典》: characterReadings.ts, generated from the Unihan database (Unicode licence).
 * - A curated list of words commonly misread, each with its standard reading and where the reading is given (XH7: 《现代汉语词典》,
 *   7th edition, 2016; SY: 《普通话异读词审音表》, 1985). Readings are facts of the language; the list is this project's
 *   (MIT). A word is listed only where its reading is settled and a common misreading differs from it.
 *
 * The tables are built on the first question, not when the module loads.
 */

import { LATER_LEVEL_READINGS } from './characterReadings';

type ReadingSource = 'XH7' | 'SY';

interface MisreadWord {
  readonly word: string;
  /** The standard reading, syllables separated by spaces. */
  readonly reading: string;
  /** How it is commonly misread, where one misreading is well known. */
  readonly misread?: string;
  readonly source: ReadingSource;
  /** Characters that, next after it, make it another word (奉献着力量: 着 zhe and 力量, not 着力). */
  readonly notBefore?: string;
}

/** [word, reading, common misreading or '', source, characters after which it is another word] */
const WORDS: ReadonlyArray<readonly [string, string, string, ReadingSource, string?]> = [
  ['莘莘学子', 'shēn shēn xué zǐ', 'xīn xīn', 'XH7'],
  ['耄耋', 'mào dié', '', 'XH7'],
  ['针砭', 'zhēn biān', 'zhēn biǎn', 'XH7'],
  ['鳏寡', 'guān guǎ', '', 'XH7'],
  ['龟裂', 'jūn liè', 'guī liè', 'XH7'],
  ['给予', 'jǐ yǔ', 'gěi yǔ', 'SY'],
  ['供给', 'gōng jǐ', 'gōng gěi', 'XH7'],
  ['补给', 'bǔ jǐ', 'bǔ gěi', 'XH7'],
  ['着力', 'zhuó lì', 'zháo lì', 'XH7', '量气'],
  ['着眼', 'zhuó yǎn', 'zháo yǎn', 'XH7'],
  ['角色', 'jué sè', 'jiǎo sè', 'SY'],
  ['处理', 'chǔ lǐ', 'chù lǐ', 'XH7'],
  ['处分', 'chǔ fèn', 'chù fèn', 'XH7'],
  ['擘画', 'bò huà', '', 'XH7'],
  ['锲而不舍', 'qiè ér bù shě', 'qì ér bù shě', 'XH7'],
  ['亟待', 'jí dài', 'qì dài', 'XH7'],
  ['亟须', 'jí xū', 'qì xū', 'XH7'],
  ['殚精竭虑', 'dān jīng jié lǜ', '', 'XH7'],
  ['造诣', 'zào yì', 'zào zhǐ', 'XH7'],
  ['肄业', 'yì yè', 'sì yè', 'XH7'],
  ['症结', 'zhēng jié', 'zhèng jié', 'XH7'],
  ['档案', 'dàng àn', 'dǎng àn', 'SY'],
  ['氛围', 'fēn wéi', 'fèn wéi', 'XH7'],
  ['强劲', 'qiáng jìng', 'qiáng jìn', 'XH7'],
  ['一蹴而就', 'yī cù ér jiù', 'yī jiù ér jiù', 'XH7'],
  ['如火如荼', 'rú huǒ rú tú', 'rú huǒ rú chá', 'XH7'],
  ['栉风沐雨', 'zhì fēng mù yǔ', 'jié fēng mù yǔ', 'XH7'],
  ['筚路蓝缕', 'bì lù lán lǚ', '', 'XH7'],
  ['踔厉奋发', 'chuō lì fèn fā', 'zhuō lì fèn fā', 'XH7'],
  ['憧憬', 'chōng jǐng', 'tóng jǐng', 'XH7'],
  ['谆谆', 'zhūn zhūn', '', 'XH7'],
  ['发酵', 'fā jiào', 'fā xiào', 'XH7'],
  ['屡见不鲜', 'lǚ jiàn bù xiān', 'lǚ jiàn bù xiǎn', 'XH7'],
  ['参差', 'cēn cī', 'cān chà', 'XH7'],
  ['纤维', 'xiān wéi', 'qiān wéi', 'XH7'],
  ['框架', 'kuàng jià', 'kuāng jià', 'SY'],
  ['粗犷', 'cū guǎng', 'cū kuàng', 'XH7'],
  ['贻误', 'yí wù', '', 'XH7'],
  ['畸形', 'jī xíng', 'qí xíng', 'XH7'],
  ['徇私', 'xùn sī', 'xún sī', 'XH7'],
  ['关卡', 'guān qiǎ', 'guān kǎ', 'XH7'],
  ['挫折', 'cuò zhé', 'cuō zhé', 'SY'],
  ['载体', 'zài tǐ', 'zǎi tǐ', 'XH7'],
  ['解剖', 'jiě pōu', 'jiě pāo', 'XH7'],
  ['翘首', 'qiáo shǒu', 'qiào shǒu', 'XH7'],
  ['呱呱坠地', 'gū gū zhuì dì', 'guā guā zhuì dì', 'XH7'],
  ['垂涎', 'chuí xián', 'chuí yán', 'XH7'],
  ['横亘', 'héng gèn', 'héng gèng', 'XH7'],
  ['尽快', 'jǐn kuài', 'jìn kuài', 'XH7'],
  ['不啻', 'bù chì', 'bù dì', 'XH7'],
];

const SOURCE_NAMES: Readonly<Record<ReadingSource, string>> = {
  XH7: '《现代汉语词典》第7版',
  SY: '《普通话异读词审音表》',
};

function sourceName(source: ReadingSource): string {
  return SOURCE_NAMES[source];
}

/** Bits of the code table: a later-level character; the first character of a curated word. */
const LATER_LEVEL = 1;
const WORD_START = 2;

interface Tables {
  /**
   * Each UTF-16 code unit's bits. A character outside the BMP sets its high surrogate's: one look at a code unit says
   * whether the character needs a second one.
   */
  codes: Uint8Array;
  /**
   * 1 for each code unit that is a curated word's second: the scan stops at 一, 不, 发 and 处 all along a speech, and
   * most of those stops end here without looking the words up.
   */
  seconds: Uint8Array;
  /** By the code of their first code unit (a number, so the scan makes no string a character): longest first. */
  wordsByFirst: Map<number, readonly MisreadWord[]>;
  readingOf: Map<string, string>;
}

let tables: Tables | undefined;

/** The tables, built on the first question from the word list and the generated readings. */
function load(): Tables {
  if (tables) return tables;
  const codes = new Uint8Array(0x10000);
  const seconds = new Uint8Array(0x10000);
  const byFirst = new Map<number, MisreadWord[]>();
  for (const [word, reading, misread, source, notBefore] of WORDS) {
    const first = word.charCodeAt(0);
    codes[first] |= WORD_START;
    seconds[word.charCodeAt(1)] = 1;
    const list = byFirst.get(first) ?? [];
    list.push({ word, reading, source, ...(misread ? { misread } : {}), ...(notBefore ? { notBefore } : {}) });
    byFirst.set(first, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.word.length - a.word.length);
  const readingOf = new Map<string, string>();
  for (const group of LATER_LEVEL_READINGS.split(';')) {
    const colon = group.indexOf(':');
    const reading = group.slice(0, colon).replaceAll(',', '／');
    for (const char of group.slice(colon + 1)) {
      codes[char.charCodeAt(0)] |= LATER_LEVEL;
      readingOf.set(char, reading);
    }
  }
  return (tables = { codes, seconds, wordsByFirst: byFirst, readingOf });
}

const NO_WORDS: readonly MisreadWord[] = [];

/** A stretch of text the speaker may misread: a curated word, or a character outside the first level. */
export interface HardSpan {
  start: number;
  end: number;
  /** The standard reading, syllables separated by spaces (a character of several readings: joined by ／). */
  reading: string;
  /** The curated word's common misreading; a character has none. */
  misread?: string;
  /** The source of a curated word's reading (its name); a character has none. */
  source?: string;
}

const NO_HARD: readonly HardSpan[] = [];

/**
 * The curated words and the later-level characters of a text, left to right; a character inside a word is the word's.
 * With `from`–`to`, of that stretch of the text (a line of the document, read without slicing it: see scanLine), with
 * offsets from `from`.
 */
export function hardSpansIn(text: string, from = 0, to = text.length): readonly HardSpan[] {
  const { codes, seconds, wordsByFirst, readingOf } = load();
  let found: HardSpan[] | undefined;
  for (let i = from; i < to;) {
    // Most code units are in neither table: a tight loop of its own walks past them.
    while (i < to && codes[text.charCodeAt(i)] === 0) i++;
    if (i >= to) break;
    const code = text.charCodeAt(i);
    const bits = codes[code];
    const word =
      bits & WORD_START && seconds[text.charCodeAt(i + 1)] === 1
        ? curatedWordAt(text, i, to, wordsByFirst.get(code) ?? NO_WORDS)
        : undefined;
    if (word) {
      const start = i - from;
      const end = start + word.word.length;
      const source = sourceName(word.source);
      // Two literals, not a spread: 处理 and 给予 are common, and a spread copies slowly.
      (found ??= []).push(
        word.misread
          ? { start, end, reading: word.reading, source, misread: word.misread }
          : { start, end, reading: word.reading, source },
      );
      i += word.word.length;
      continue;
    }
    const width = code >= 0xd800 && code <= 0xdbff ? 2 : 1;
    const reading = bits & LATER_LEVEL ? readingOf.get(text.slice(i, i + width)) : undefined;
    if (reading) (found ??= []).push({ start: i - from, end: i - from + width, reading });
    i += width;
  }
  return found ?? NO_HARD;
}

/** The curated word commonly misread that stands over `offset` of `text`, if one does. */
export function misreadWordAt(text: string, offset: number): HardSpan | undefined {
  return hardSpansIn(text).find((span) => span.source !== undefined && span.start <= offset && offset < span.end);
}

/**
 * The curated word written at `at` among `words` (those of its first character) and ending by `to`, unless the
 * character after it makes it another word.
 */
function curatedWordAt(text: string, at: number, to: number, words: readonly MisreadWord[]): MisreadWord | undefined {
  for (let k = 0; k < words.length; k++) {
    const candidate = words[k];
    const after = at + candidate.word.length;
    if (after > to || !text.startsWith(candidate.word, at)) continue;
    if (candidate.notBefore !== undefined && after < to && candidate.notBefore.includes(text[after])) continue;
    return candidate;
  }
  return undefined;
}
