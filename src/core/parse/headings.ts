/** Recognises a section heading at the start of a line. */

import { foldForAnalysis, hasFoldable } from '../language/simplified';
import {
  CHINESE_NUMERAL_SOURCE,
  formatChineseNumeral,
  parseArabicNumeral,
  parseChineseNumeral,
} from '../language/numerals';
import type { HeadingStyle } from './syntax';

export interface HeadingMatch {
  style: HeadingStyle;
  marker: string;
  number: number;
  /** Offset of the marker within the line text. */
  markerStart: number;
  /** Offset just past the marker and the blanks after it. */
  contentStart: number;
}

const CN = CHINESE_NUMERAL_SOURCE;
const DIGITS = '[0-9０-９]{1,2}';
/** Punctuation a drafter may put after a numbering token, right or wrong (the heading-marker rule judges it). */
const AFTER_PAREN = '[、，,．.]?';

interface HeadingPattern {
  style: HeadingStyle;
  /** Sticky pattern; group 1 is the numeral. */
  pattern: RegExp;
  chinese: boolean;
}

const PATTERNS: HeadingPattern[] = [
  // 第一部分 / 第一部分： (above 一、)
  { style: 'di-part', pattern: new RegExp(`第(${CN})部分[、，,：:．.]?`, 'y'), chinese: true },
  // 第一、 第一， 第一： 第一个方面 第一方面 第一句话 第一点， 第三个问题：
  {
    style: 'di',
    pattern: new RegExp(`第(${CN})(?:(?:个方面|方面|句话)[、，,：:]?|(?:点|个问题)?[、，,：:])`, 'y'),
    chinese: true,
  },
  // 一、 and the wrong variants 一. 一． 一，; a digit may begin the title (一、2024年工作回顾), except after a comma,
  // where it would read as a number, and a number of one to three digits after a dot (一.1 概述, a section's number).
  // A year may (一.2025年工作回顾, 三，2026年工作安排: the marker's slip alone, which heading-marker reports).
  {
    style: 'cn-dun',
    pattern: new RegExp(
      `(${CN})(?:、|[．.](?![0-9０-９]{1,3}(?![0-9０-９]))|[，,](?![0-9０-９](?![0-9０-９]{3}年)))`,
      'y',
    ),
    chinese: true,
  },
  // （一） (一) and mixed parentheses, optionally followed by stray punctuation
  { style: 'cn-paren', pattern: new RegExp(`[（(](${CN})[）)]${AFTER_PAREN}`, 'y'), chinese: true },
  // 一）: the opening bracket lost (heading-marker restores it). A closing one lost is read in context (parse.ts).
  { style: 'cn-paren', pattern: new RegExp(`(${CN})[）)]${AFTER_PAREN}`, 'y'), chinese: true },
  // （1） (1)
  { style: 'num-paren', pattern: new RegExp(`[（(](${DIGITS})[）)]${AFTER_PAREN}`, 'y'), chinese: false },
  // 1. 1． 1、 (not 3.14, not 1.5亿; 1、1至4月 is a heading whose title begins with a digit)
  { style: 'num-dot', pattern: new RegExp(`(${DIGITS})(?:、|[.．](?![0-9０-９]))`, 'y'), chinese: false },
];

const BLANKS = /[ \t\u3000\u00a0]*/y;
/** Longer than any marker with the character after it (第三十个问题，5): what the patterns read of a line. */
const MARKER_WINDOW = 16;

/** Length of the indentation (blanks, a BOM, Markdown # and an opening bold **) before a line's content. */
export function contentStartOf(lineText: string): number {
  const start = blockStartOf(lineText);
  return markdownBoldCloseAt(lineText, start) < 0 ? start : start + 2;
}

/** Where the closing ** of bold that opens the line's content is, or -1: the content ends before it. */
export function boldCloseOf(lineText: string): number {
  return markdownBoldCloseAt(lineText, blockStartOf(lineText));
}

/** Past the blanks, a BOM and Markdown #s that begin a line. */
function blockStartOf(lineText: string): number {
  // A loop, not an expression: it runs on every line, several times, and an expression's match is an allocation.
  let start = 0;
  while (start < lineText.length && isIndentation(lineText.charCodeAt(start))) start++;
  let hashes = start;
  while (hashes < lineText.length && hashes - start < 6 && lineText.charCodeAt(hashes) === 0x23) hashes++;
  if (hashes === start) return start;
  while (hashes < lineText.length && isHeadingBlank(lineText.charCodeAt(hashes))) hashes++;
  return hashes;
}

/** Marks that may end the bold text of `**一是提高认识。**要……`, when the closing ** does not end the line. */
const BOLD_TEXT_END = new Set([0x3002, 0xff1a, 0x3a, 0xff01, 0xff1f, 0x21, 0x3f, 0xff1b, 0x3b]);

/**
 * Where the closing ** is when Markdown bold opens at `at` (`**一、提高认识**`, `**一是提高认识。**要……`), else -1.
 * The closing ** must end the line or follow a sentence mark or colon, so placeholders such as `**书记、**主任：`
 * are never read as bold.
 */
function markdownBoldCloseAt(lineText: string, at: number): number {
  if (lineText.charCodeAt(at) !== 0x2a || lineText.charCodeAt(at + 1) !== 0x2a) return -1;
  const first = lineText.charCodeAt(at + 2);
  if (Number.isNaN(first) || first === 0x2a || isIndentation(first)) return -1;
  const close = lineText.indexOf('**', at + 3);
  if (close < 0 || lineText.charCodeAt(close + 2) === 0x2a || isIndentation(lineText.charCodeAt(close - 1))) return -1;
  const endsLine = lineText.slice(close + 2).trim() === '';
  return endsLine || BOLD_TEXT_END.has(lineText.charCodeAt(close - 1)) ? close : -1;
}

/** Blanks and a BOM before a line's content. */
function isIndentation(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x3000 || code === 0xa0 || code === 0xfeff;
}

/** Blanks after a Markdown # (a no-break space is not one). */
function isHeadingBlank(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x3000;
}

/** Every heading marker starts with one of these: most lines are ruled out by one look. */
const HEADING_START = /[第一二三四五六七八九十（(0-9０-９]/y;

export function matchHeading(lineText: string): HeadingMatch | undefined {
  const markerStart = contentStartOf(lineText);
  // Sticky, at the marker: no string is made of the character.
  HEADING_START.lastIndex = markerStart;
  if (!HEADING_START.test(lineText)) return undefined;
  // 第一點， reads as 第一点，: the marker's few characters are folded to simplified, at the same offsets.
  const analysed = hasFoldable(lineText, markerStart, markerStart + MARKER_WINDOW)
    ? foldForAnalysis(lineText.slice(0, markerStart + MARKER_WINDOW))
    : lineText;
  for (const { style, pattern, chinese } of PATTERNS) {
    pattern.lastIndex = markerStart;
    const match = pattern.exec(analysed);
    if (!match) {
      continue;
    }
    const number = chinese ? parseChineseNumeral(match[1]) : parseArabicNumeral(match[1]);
    if (number === undefined || number < 1) {
      continue;
    }
    BLANKS.lastIndex = pattern.lastIndex;
    BLANKS.exec(lineText);
    const marker = lineText.slice(markerStart, pattern.lastIndex);
    if (style === 'cn-dun' && countsOn(analysed, BLANKS.lastIndex, number, marker)) return undefined;
    return { style, marker, number, markerStart, contentStart: BLANKS.lastIndex };
  }
  return undefined;
}

/**
 * 一，二，三，大家一起喊 and 一、二、三个方面: the marker is followed by the next numeral and the same mark, so the line
 * counts, and does not open a section.
 */
function countsOn(text: string, contentStart: number, number: number, marker: string): boolean {
  const next = formatChineseNumeral(number + 1);
  const mark = marker[marker.length - 1];
  if (text.startsWith(next, contentStart) && text[contentStart + next.length] === mark) return true;
  // 一， " 二 " ， 三: the next numeral between quotes and blanks, then a pause.
  if (mark !== '，' && mark !== ',') return false;
  COUNTED_NEXT.lastIndex = contentStart;
  const found = COUNTED_NEXT.exec(text);
  return found !== null && found[1] === next;
}

/** Blanks and quotes, a numeral, blanks and quotes, and a pause. */
const COUNTED_NEXT = /[\s"'“”‘’]*([一二三四五六七八九十]+)[\s"'“”‘’]*[，,、]/y;

/**
 * The nesting rank of each style, top first, per GB/T 9704-2012 (一、 → （一） → 1. → （1））.
 * `di` (第一，) has no fixed rank: it nests under whatever is open where it first appears.
 */
export const STYLE_RANK: Record<Exclude<HeadingStyle, 'di'>, number> = {
  'di-part': 0,
  'cn-dun': 1,
  'cn-paren': 2,
  'num-dot': 3,
  'num-paren': 4,
};

/**
 * The marker as GB/T 9704-2012 writes it (一、 （一） 1. （1）), keeping the numeral exactly as written, so a fix
 * changes punctuation only; undefined for 第一、 第一， 第一部分, which are the writer's choice.
 */
export function canonicalMarker(style: HeadingStyle, marker: string): string | undefined {
  const numeral = marker.replace(/[（()）、，,．.]/g, '');
  switch (style) {
    case 'cn-dun':
      return `${numeral}、`;
    case 'cn-paren':
    case 'num-paren':
      return `（${numeral}）`;
    case 'num-dot':
      return `${numeral}.`;
    default:
      return undefined;
  }
}
