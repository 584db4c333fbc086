/** Recognises inline enumeration markers: 一是/二是, 一要/二要, 一方面/另一方面, 首先/其次/再次/最后, 第一/第二, 其一/其二, 一来/二来. */

import { CHINESE_NUMERAL_SOURCE, parseChineseNumeral } from './numerals';
import type { ItemFamily } from './types';

export interface ItemMatch {
  family: ItemFamily;
  marker: string;
  /** The marker's number; undefined for 最后, which continues the run it closes. */
  number: number | undefined;
  /** A member that only counts when its family's run has already begun (另一方面, 其次, 再次, 最后). */
  continuesOnly: boolean;
}

const CN = CHINESE_NUMERAL_SOURCE;
const NUMBERED = new RegExp(`(${CN})([是要])`, 'y');
const DI_ITEM = new RegExp(`第(${CN})(?=[，,、：:])`, 'y');
/** 其一， 其二是: 其 and a numeral before a pause or 是 (其次 and 其中 are not numbered). */
const QI_ITEM = new RegExp(`其(${CN})(?:是|(?=[，,、：:]))`, 'y');
/** 一来， 二来，: only before a pause, so 一来到北京 stays prose. */
const LAI_ITEM = new RegExp(`(${CN})来(?=[，,])`, 'y');
const WORD_MARKERS: Array<{ word: string; family: ItemFamily; number: number | undefined; continuesOnly: boolean }> = [
  { word: '另一方面', family: 'fangmian', number: 2, continuesOnly: true },
  { word: '一方面', family: 'fangmian', number: 1, continuesOnly: false },
  { word: '首先', family: 'shouxian', number: 1, continuesOnly: false },
  { word: '其次', family: 'shouxian', number: 2, continuesOnly: true },
  { word: '再次', family: 'shouxian', number: 3, continuesOnly: true },
  { word: '最后', family: 'shouxian', number: undefined, continuesOnly: true },
];

/** The item marker starting exactly at `offset` of `text`, if any. */
export function matchItemAt(text: string, offset: number): ItemMatch | undefined {
  for (const candidate of WORD_MARKERS) {
    if (text.startsWith(candidate.word, offset)) {
      return { family: candidate.family, marker: candidate.word, number: candidate.number, continuesOnly: candidate.continuesOnly };
    }
  }
  NUMBERED.lastIndex = offset;
  const numbered = NUMBERED.exec(text);
  if (numbered) {
    const number = parseChineseNumeral(numbered[1]);
    if (number !== undefined) {
      return { family: numbered[2] === '是' ? 'shi' : 'yao', marker: numbered[0], number, continuesOnly: false };
    }
  }
  return numberedAt(DI_ITEM, 'di', text, offset) ?? numberedAt(QI_ITEM, 'qi', text, offset) ?? numberedAt(LAI_ITEM, 'lai', text, offset);
}

function numberedAt(pattern: RegExp, family: ItemFamily, text: string, offset: number): ItemMatch | undefined {
  pattern.lastIndex = offset;
  const found = pattern.exec(text);
  const number = found ? parseChineseNumeral(found[1]) : undefined;
  return found && number !== undefined ? { family, marker: found[0], number, continuesOnly: false } : undefined;
}

/** The first characters of every item marker: the parser looks for items only where one of these follows a mark. */
export const ITEM_START: ReadonlySet<string> = new Set(['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '另', '首', '其', '再', '最', '第']);

