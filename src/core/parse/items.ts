/** Recognises inline enumeration markers: 一是/二是, 一要/二要, 一方面/另一方面, 首先/其次/再次/最后, 第一/第二, 其一/其二, 一来/二来. */

import { foldForAnalysis, hasFoldable } from '../language/simplified';
import { CHINESE_NUMERAL_SOURCE, parseChineseNumeral } from '../language/numerals';
import type { ItemFamily } from './syntax';

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
/** 第一， 第一点， 第三个问题：; not 第一、二轮 (the first and second rounds: 、 and the next numeral). */
const DI_ITEM = new RegExp(`第(${CN})(?:点|个问题)?(?=[，,：:]|、(?![一二三四五六七八九十]))`, 'y');
/** 其一， 其二是: 其 and a numeral before a pause or 是 (其次 and 其中 are not numbered). */
const QI_ITEM = new RegExp(`其(${CN})(?:是|(?=[，,、：:]))`, 'y');
/** 一来， 二来，: only before a pause, so 一来到北京 stays prose. */
const LAI_ITEM = new RegExp(`(${CN})来(?=[，,])`, 'y');
/**
 * 再次 and 最后 are also plain words (再次感谢大家, 最后可能再把……除掉): as markers they are followed by a pause,
 * 要/是, or 一点/一条/一个.
 */
const AS_MARKER = /^(?:[，,、：:]|要|是|一点|一条|一个)/;
/**
 * 首先，（请允许）我代表……表示热烈的欢迎/衷心的感谢: the courtesy that opens a speech, not the first of its points.
 * Read up to the end of the sentence, at most this far.
 */
const COURTESY =
  /^[，,]?\s*(?:请允许我|请让我|我(?:谨|首先)?代表|让我(?:们)?(?:代表|向|对|以)|我(?:要|想)?(?:向|对))[^。！？!?]*?(?:欢迎|感谢|谢意|祝贺|问候|敬意|致意)/;
const COURTESY_REACH = 80;
const WORD_MARKERS: Array<{
  word: string;
  family: ItemFamily;
  number: number | undefined;
  continuesOnly: boolean;
  needsPause: boolean;
}> = [
  { word: '另一方面', family: 'fangmian', number: 2, continuesOnly: true, needsPause: false },
  { word: '一方面', family: 'fangmian', number: 1, continuesOnly: false, needsPause: false },
  { word: '首先', family: 'shouxian', number: 1, continuesOnly: false, needsPause: false },
  { word: '其次', family: 'shouxian', number: 2, continuesOnly: true, needsPause: false },
  { word: '再次', family: 'shouxian', number: 3, continuesOnly: true, needsPause: true },
  { word: '最后', family: 'shouxian', number: undefined, continuesOnly: true, needsPause: true },
];

/** The item marker starting exactly at `offset` of `text`, if any. */
export function matchItemAt(written: string, offset: number): ItemMatch | undefined {
  // Every marker starts with one of ITEM_START (as written, or once folded): most places hold none.
  const first = written[offset];
  if (first === undefined || (!ITEM_START.has(first) && !hasFoldable(written, offset, offset + 1))) return undefined;
  // 最後， 一來， 第一點， read as simplified: the few characters at the offset are folded (never the line before
  // them: a long line holds thousands of places to look); markers as written.
  if (!hasFoldable(written, offset, offset + ITEM_WINDOW)) return matchFoldedAt(written, offset, written, offset);
  const text = foldForAnalysis(written.slice(offset, offset + ITEM_WINDOW));
  const found = matchFoldedAt(text, 0, written, offset);
  return found ? { ...found, marker: written.slice(offset, offset + found.marker.length) } : found;
}

/** Longer than any item marker with what is read after it (第三十个问题，). */
const ITEM_WINDOW = 12;

/** The marker at `offset` of the folded window `text`, which starts at `writtenOffset` of the line. */
function matchFoldedAt(text: string, offset: number, written: string, writtenOffset: number): ItemMatch | undefined {
  for (const candidate of WORD_MARKERS) {
    if (text.startsWith(candidate.word, offset)) {
      const after = offset + candidate.word.length;
      if (candidate.needsPause && !AS_MARKER.test(text.slice(after, after + 2))) return undefined;
      const writtenAfter = writtenOffset + candidate.word.length;
      if (candidate.word === '首先' && COURTESY.test(written.slice(writtenAfter, writtenAfter + COURTESY_REACH)))
        return undefined;
      return {
        family: candidate.family,
        marker: candidate.word,
        number: candidate.number,
        continuesOnly: candidate.continuesOnly,
      };
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
  return (
    numberedAt(DI_ITEM, 'di', text, offset) ??
    numberedAt(QI_ITEM, 'qi', text, offset) ??
    numberedAt(LAI_ITEM, 'lai', text, offset)
  );
}

function numberedAt(pattern: RegExp, family: ItemFamily, text: string, offset: number): ItemMatch | undefined {
  pattern.lastIndex = offset;
  const found = pattern.exec(text);
  const number = found ? parseChineseNumeral(found[1]) : undefined;
  return found && number !== undefined ? { family, marker: found[0], number, continuesOnly: false } : undefined;
}

/** The first characters of every item marker: the parser looks for items only where one of these follows a mark. */
export const ITEM_START: ReadonlySet<string> = new Set([
  '一',
  '二',
  '三',
  '四',
  '五',
  '六',
  '七',
  '八',
  '九',
  '十',
  '另',
  '首',
  '其',
  '再',
  '最',
  '第',
]);
