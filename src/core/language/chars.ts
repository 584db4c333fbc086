/** Character classes the punctuation rules share. */

import { execAll } from './text';

const HAN = /\p{Script=Han}/u;
/** Full-width punctuation of Chinese text (GB/T 15834): marks that sit in Chinese context by themselves. */
const CJK_PUNCTUATION_MARKS = '，。、；：？！“”‘’（）《》〈〉【】「」『』…—～·';

/*
 * Each test comes in two forms: on a code point (what the hot loops use: reading a character as a string makes a
 * new string for every Chinese character) and on a one-character string (undefined for "none").
 */

/** No character: before the start or past the end of a line. */
const NO_CHAR = -1;

export function isHanCode(code: number): boolean {
  if (code >= 0x4e00 && code <= 0x9fff) return true; // the common case, answered without a regular expression
  if (code < 0x2e80) return false;
  return HAN.test(String.fromCodePoint(code));
}

const CJK_PUNCTUATION_CODES: ReadonlySet<number> = new Set(
  [...CJK_PUNCTUATION_MARKS].map((mark) => mark.charCodeAt(0)),
);

function isCjkPunctuationCode(code: number): boolean {
  return CJK_PUNCTUATION_CODES.has(code);
}

/** A Chinese character or a full-width mark: what makes its neighbour "Chinese context". */
export function isChineseContextCode(code: number): boolean {
  return isHanCode(code) || isCjkPunctuationCode(code);
}

/** ASCII letters and digits. */
export function isLatinOrDigitCode(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
}

/** ASCII letters (NaN, what charCodeAt reads outside the text, is none). */
export function isLetterCode(code: number): boolean {
  return (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a;
}

/** ASCII and full-width digits. */
export function isDigitCode(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19);
}

/** Space, tab, U+3000 and no-break space. */
export function isBlankCode(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x3000 || code === 0xa0;
}

/** The code point of the character right before `index` (a surrogate pair read as one), or NO_CHAR. */
export function codeBefore(text: string, index: number): number {
  if (index <= 0) return NO_CHAR;
  const code = text.charCodeAt(index - 1);
  if (code >= 0xdc00 && code <= 0xdfff && index > 1) {
    const high = text.charCodeAt(index - 2);
    if (high >= 0xd800 && high <= 0xdbff) return (high - 0xd800) * 0x400 + (code - 0xdc00) + 0x10000;
  }
  return code;
}

/** The code point of the character starting at `index`, or NO_CHAR. */
export function codeAt(text: string, index: number): number {
  return index < 0 || index >= text.length ? NO_CHAR : (text.codePointAt(index) ?? NO_CHAR);
}

/** How many UTF-16 code units the character with this code point takes: two outside the BMP. */
export function codeUnits(code: number): number {
  return code > 0xffff ? 2 : 1;
}

/** The code point of the nearest character before `index` that is not a blank, or NO_CHAR. */
export function previousNonBlankCode(text: string, index: number): number {
  let i = index;
  while (i > 0 && isBlankCode(text.charCodeAt(i - 1))) i--;
  return codeBefore(text, i);
}

/** The code point of the nearest character at or after `index` that is not a blank, or NO_CHAR. */
export function nextNonBlankCode(text: string, index: number): number {
  let i = index;
  while (i < text.length && isBlankCode(text.charCodeAt(i))) i++;
  return codeAt(text, i);
}

export function isHanChar(char: string | undefined): boolean {
  return char !== undefined && char.length > 0 && isHanCode(char.codePointAt(0)!);
}

export function isCjkPunctuation(char: string | undefined): boolean {
  return char !== undefined && char.length === 1 && isCjkPunctuationCode(char.charCodeAt(0));
}

export function isChineseContext(char: string | undefined): boolean {
  return isHanChar(char) || isCjkPunctuation(char);
}

export function isDigitChar(char: string | undefined): boolean {
  return char !== undefined && char.length === 1 && isDigitCode(char.charCodeAt(0));
}

export function isBlankChar(char: string | undefined): boolean {
  return char !== undefined && char.length === 1 && isBlankCode(char.charCodeAt(0));
}

/**
 * The nearest character before `index` that is not a blank, with a surrogate pair read as one character
 * (a Han character outside the BMP is still Han).
 */
export function previousNonBlank(text: string, index: number): string | undefined {
  const code = previousNonBlankCode(text, index);
  return code === NO_CHAR ? undefined : String.fromCodePoint(code);
}

export function nextNonBlank(text: string, index: number): string | undefined {
  const code = nextNonBlankCode(text, index);
  return code === NO_CHAR ? undefined : String.fromCodePoint(code);
}

/**
 * Spans of a line where half-width marks belong to something that is not Chinese prose: URLs, e-mail
 * addresses, file names, HTML character references and smileys (and `extra`, such as a heading marker). Returned sorted and merged, as [start, end)
 * pairs within the line, so inSpans can search them. A caller that knows the line holds no blank says so (`holdsBlank`),
 * and no smiley is looked for but a line of one.
 */
export function protectedSpans(
  line: string,
  extra?: readonly [number, number],
  holdsBlank = true,
  { holdsLatin = true, holdsDigit = true }: { holdsLatin?: boolean; holdsDigit?: boolean } = {},
): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  // Each form is looked for only on a line that can hold it: most lines of a speech hold none. A URL and a file name
  // hold an ASCII letter, an address's domain a letter or a digit (the lex says whether the line holds either).
  if (holdsLatin && (line.includes('://') || line.includes('www.'))) {
    for (const match of execAll(URL, line)) spans.push([match.index ?? 0, (match.index ?? 0) + match[0].length]);
  }
  if ((holdsLatin || holdsDigit) && line.includes('@')) emailSpans(line, spans);
  if (holdsLatin && FILE_EXTENSION_HINT.test(line)) fileNameSpans(line, spans);
  if (line.includes('&'))
    for (const match of execAll(HTML_ENTITY, line))
      spans.push([match.index ?? 0, (match.index ?? 0) + match[0].length]);
  // A smiley stands between blanks or alone on its line (`holdsBlank`: the line holds a character \s matches).
  if ((holdsBlank || line.length <= 3) && (line.includes(';') || line.includes(':')))
    for (const match of execAll(EMOTICON, line)) spans.push([match.index ?? 0, (match.index ?? 0) + match[0].length]);
  if (extra) spans.push([extra[0], extra[1]]);
  return sortedAndMerged(spans);
}

/** &quot; &#34; &#x22;: an HTML character reference pasted with a page's source. */
const HTML_ENTITY = /&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});/g;
/** ;-) :) :-( standing alone between blanks: a smiley, whose marks stay as typed. */
const EMOTICON = /(?<=^|[\s\u3000])[:;]-?[()DPp](?=$|[\s\u3000])/g;
const URL =
  /(?:https?|ftp):\/\/[^\s，。；！？、“”（）《》]+|www\.[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+[^\s，。；！？、“”（）《》]*/g;
const FILE_EXTENSION_HINT = /\.[A-Za-z]/;
/** A file extension after a dot; the name before it is found by walking back, never by backtracking. */
const FILE_EXTENSION =
  /\.(?:docx?|xlsx?|pptx?|pdf|txt|md|wps|et|zip|rar|7z|jpe?g|png|gif|mp4|mp3|html?|csv|json)(?![A-Za-z0-9_])/gi;
/** After the @ of an address: a domain of at least two labels. */
const EMAIL_DOMAIN = /[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/y;

/** 报告.docx, 附件1.xlsx: the name (letters, digits, _ - and Chinese) before a known extension. */
function fileNameSpans(line: string, spans: Array<[number, number]>): void {
  let floor = 0;
  for (const match of execAll(FILE_EXTENSION, line)) {
    const dot = match.index ?? 0;
    let start = dot;
    // Back over the name, never past the end of the previous file name.
    while (start > floor && isFileNameCode(codeBefore(line, start))) start -= codeUnits(codeBefore(line, start));
    if (start < dot) spans.push([start, dot + match[0].length]);
    floor = dot + match[0].length;
  }
}

/** name@example.cn: the local part walked back from each @, the domain matched forward from it. */
function emailSpans(line: string, spans: Array<[number, number]>): void {
  let floor = 0;
  for (let at = line.indexOf('@'); at >= 0; at = line.indexOf('@', at + 1)) {
    let start = at;
    while (start > floor && isEmailLocalCode(line.charCodeAt(start - 1))) start--;
    EMAIL_DOMAIN.lastIndex = at + 1;
    const domain = EMAIL_DOMAIN.exec(line);
    if (start < at && domain) {
      spans.push([start, at + 1 + domain[0].length]);
      floor = at + 1 + domain[0].length;
    } else {
      floor = at + 1;
    }
  }
}

function isEmailLocalCode(code: number): boolean {
  return isLatinOrDigitCode(code) || code === 0x2e || code === 0x5f || code === 0x25 || code === 0x2b || code === 0x2d; // . _ % + -
}

function isFileNameCode(code: number): boolean {
  return isLatinOrDigitCode(code) || code === 0x5f || code === 0x2d || isHanCode(code); // _ -
}

function sortedAndMerged(spans: Array<[number, number]>): Array<[number, number]> {
  if (spans.length < 2) return spans;
  spans.sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [spans[0]];
  for (let i = 1; i < spans.length; i++) {
    const last = merged[merged.length - 1];
    if (spans[i][0] <= last[1]) last[1] = Math.max(last[1], spans[i][1]);
    else merged.push(spans[i]);
  }
  return merged;
}

/** Whether `index` lies in one of `spans` (sorted and disjoint, as protectedSpans makes them): a binary search. */
export function inSpans(spans: ReadonlyArray<readonly [number, number]>, index: number): boolean {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (spans[mid][1] <= index) low = mid + 1;
    else high = mid;
  }
  return low < spans.length && spans[low][0] <= index;
}
