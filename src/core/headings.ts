/** Recognises a section heading at the start of a line. */

import { CHINESE_NUMERAL_SOURCE, parseArabicNumeral, parseChineseNumeral } from './numerals';
import type { HeadingStyle } from './types';

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
  // 第一、 第一， 第一： 第一个方面 第一方面 第一句话
  { style: 'di', pattern: new RegExp(`第(${CN})(?:(?:个方面|方面|句话)[、，,：:]?|[、，,：:])`, 'y'), chinese: true },
  // 一、 and the wrong variants 一. 一． 一，
  { style: 'cn-dun', pattern: new RegExp(`(${CN})[、．.，,](?![0-9０-９])`, 'y'), chinese: true },
  // （一） (一) and mixed parentheses, optionally followed by stray punctuation
  { style: 'cn-paren', pattern: new RegExp(`[（(](${CN})[）)]${AFTER_PAREN}`, 'y'), chinese: true },
  // （1） (1)
  { style: 'num-paren', pattern: new RegExp(`[（(](${DIGITS})[）)]${AFTER_PAREN}`, 'y'), chinese: false },
  // 1. 1． 1、 (not 3.14, not 1.5亿)
  { style: 'num-dot', pattern: new RegExp(`(${DIGITS})[.．、](?![0-9０-９])`, 'y'), chinese: false },
];

const BLANKS = /[ \t\u3000\u00a0]*/y;

/** Length of the indentation (blanks, a BOM, Markdown #) before a line's content. */
export function contentStartOf(lineText: string): number {
  // A loop, not an expression: it runs on every line, several times, and an expression's match is an allocation.
  let start = 0;
  while (start < lineText.length && isIndentation(lineText.charCodeAt(start))) start++;
  let hashes = start;
  while (hashes < lineText.length && hashes - start < 6 && lineText.charCodeAt(hashes) === 0x23) hashes++;
  if (hashes === start) return start;
  while (hashes < lineText.length && isHeadingBlank(lineText.charCodeAt(hashes))) hashes++;
  return hashes;
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
  for (const { style, pattern, chinese } of PATTERNS) {
    pattern.lastIndex = markerStart;
    const match = pattern.exec(lineText);
    if (!match) {
      continue;
    }
    const number = chinese ? parseChineseNumeral(match[1]) : parseArabicNumeral(match[1]);
    if (number === undefined || number < 1) {
      continue;
    }
    BLANKS.lastIndex = pattern.lastIndex;
    BLANKS.exec(lineText);
    return { style, marker: match[0], number, markerStart, contentStart: BLANKS.lastIndex };
  }
  return undefined;
}

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
