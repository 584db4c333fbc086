/**
 * The pinyin of Chinese words in context, from pinyin-pro (MIT; its licence ships as dist/pinyin-pro.LICENSE.txt). Its
 * dictionary is large, so this module is bundled apart (dist/pinyin.js) and loaded on the first hover that needs it,
 * in the Node and the web worker host alike (src/vscode/bundledModule*.ts).
 */

import { OutputFormat, pinyin, segment } from 'pinyin-pro';
import { codeAt, codeBefore, codeUnits, isHanCode } from '../core/language/chars';

/** The word a character belongs to in its sentence, with the reading of each of its characters. */
export interface WordReading {
  /** Offsets in the text that was asked about. */
  start: number;
  end: number;
  syllables: string[];
  /** A word of one character: its other readings, where it has several. */
  otherReadings: string[];
}

/** How far around the character the context reaches: a word is short, and a long run costs a longer segmentation. */
const CONTEXT = 24;

/**
 * The word of `text` that holds the character at `offset`, read in its context (citation tones: 一个 yī gè, as the
 * dictionaries print it); undefined if it is not Chinese or has no reading.
 */
export function wordReadingAt(text: string, offset: number): WordReading | undefined {
  if (!isHanCode(codeAt(text, offset))) return undefined;
  let start = offset;
  while (offset - start < CONTEXT && isHanCode(codeBefore(text, start))) start -= codeUnits(codeBefore(text, start));
  let end = offset;
  while (end - offset < CONTEXT && isHanCode(codeAt(text, end))) end += codeUnits(codeAt(text, end));
  let at = start;
  for (const word of segment(text.slice(start, end), { format: OutputFormat.AllArray, toneSandhi: false })) {
    const length = word.reduce((sum, part) => sum + part.origin.length, 0);
    if (offset < at + length) {
      const syllables = word.map((part) => part.result);
      // A character the dictionary has no reading for comes back as itself.
      if (syllables.some((syllable, index) => syllable === word[index].origin)) return undefined;
      const otherReadings =
        word.length === 1
          ? pinyin(word[0].origin, { multiple: true, type: 'array' }).filter((reading) => reading !== syllables[0])
          : [];
      return { start: at, end: at + length, syllables, otherReadings };
    }
    at += length;
  }
  return undefined;
}
