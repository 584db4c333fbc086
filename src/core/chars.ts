/** Character classes the punctuation rules share. */

import { execAll } from './text';

const HAN = /\p{Script=Han}/u;
/** Full-width punctuation of Chinese text (GB/T 15834): marks that sit in Chinese context by themselves. */
const CJK_PUNCTUATION = /[，。、；：？！“”‘’（）《》〈〉【】「」『』…—～·]/;
const LATIN_OR_DIGIT = /[A-Za-z0-9]/;
const DIGIT = /[0-9０-９]/;
const BLANK = /[ \t\u3000\u00a0]/;

export function isHanChar(char: string | undefined): boolean {
  if (char === undefined || char.length === 0) return false;
  const code = char.charCodeAt(0);
  if (code >= 0x4e00 && code <= 0x9fff) return true; // the common case, answered without a regular expression
  if (code < 0x2e80) return false;
  return HAN.test(char);
}

export function isCjkPunctuation(char: string | undefined): boolean {
  return char !== undefined && CJK_PUNCTUATION.test(char);
}

/** A Chinese character or a full-width mark: what makes its neighbour "Chinese context". */
export function isChineseContext(char: string | undefined): boolean {
  return isHanChar(char) || isCjkPunctuation(char);
}

export function isLatinOrDigit(char: string | undefined): boolean {
  return char !== undefined && LATIN_OR_DIGIT.test(char);
}

export function isDigitChar(char: string | undefined): boolean {
  return char !== undefined && DIGIT.test(char);
}

export function isBlankChar(char: string | undefined): boolean {
  return char !== undefined && BLANK.test(char);
}

/**
 * The nearest character before `index` that is not a blank, with a surrogate pair read as one character
 * (a Han character outside the BMP is still Han).
 */
export function previousNonBlank(text: string, index: number): string | undefined {
  let i = index - 1;
  while (i >= 0 && BLANK.test(text[i])) i--;
  if (i < 0) return undefined;
  const code = text.charCodeAt(i);
  return code >= 0xdc00 && code <= 0xdfff && i > 0 ? text.slice(i - 1, i + 1) : text[i];
}

export function nextNonBlank(text: string, index: number): string | undefined {
  let i = index;
  while (i < text.length && BLANK.test(text[i])) i++;
  if (i >= text.length) return undefined;
  const code = text.charCodeAt(i);
  return code >= 0xd800 && code <= 0xdbff ? text.slice(i, i + 2) : text[i];
}

/** The character right before `index`, a surrogate pair read as one. */
export function charBefore(text: string, index: number): string | undefined {
  if (index <= 0) return undefined;
  const code = text.charCodeAt(index - 1);
  return code >= 0xdc00 && code <= 0xdfff && index > 1 ? text.slice(index - 2, index) : text[index - 1];
}

/** The character starting at `index`, a surrogate pair read as one. */
export function charAt(text: string, index: number): string | undefined {
  if (index >= text.length) return undefined;
  const code = text.charCodeAt(index);
  return code >= 0xd800 && code <= 0xdbff ? text.slice(index, index + 2) : text[index];
}

/**
 * Spans of a line where half-width marks belong to something that is not Chinese prose: URLs, e-mail
 * addresses and file names. Returned as [start, end) pairs within the line.
 */
export function protectedSpans(line: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const add = (pattern: RegExp): void => {
    for (const match of execAll(pattern, line)) {
      const start = match.index ?? 0;
      spans.push([start, start + match[0].length]);
    }
  };
  // Each pattern runs only on a line that can hold what it finds: most lines of a speech hold none.
  if (line.includes('://') || line.includes('www.')) add(URL);
  if (line.includes('@')) add(EMAIL);
  if (FILE_EXTENSION_HINT.test(line)) add(FILE_NAME);
  return spans;
}

const URL = /(?:https?|ftp):\/\/[^\s，。；！？、“”（）《》]+|www\.[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+[^\s，。；！？、“”（）《》]*/g;
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g;
const FILE_EXTENSION_HINT = /\.[A-Za-z]/;
const FILE_NAME = /[A-Za-z0-9_\-\p{Script=Han}]+\.(?:docx?|xlsx?|pptx?|pdf|txt|md|wps|et|zip|rar|7z|jpe?g|png|gif|mp4|mp3|html?|csv|json)\b/giu;

export function inSpans(spans: ReadonlyArray<readonly [number, number]>, index: number): boolean {
  return spans.some(([start, end]) => index >= start && index < end);
}
