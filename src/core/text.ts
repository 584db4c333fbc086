/** Lines, character classes and positions: the text primitives every other core module uses. */

export interface Line {
  /** 0-based line index. */
  index: number;
  /** UTF-16 offset of the first character. */
  start: number;
  /** UTF-16 offset just past the last character, before the line break. */
  end: number;
  /** The line's text without its line break. */
  text: string;
}

/** Splits text into lines at LF, CRLF and lone CR, the way VS Code counts lines. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x0a || code === 0x0d) {
      lines.push({ index: lines.length, start, end: i, text: text.slice(start, i) });
      if (code === 0x0d && text.charCodeAt(i + 1) === 0x0a) {
        i++;
      }
      start = i + 1;
    }
  }
  lines.push({ index: lines.length, start, end: text.length, text: text.slice(start) });
  return lines;
}

/** CJK ideographs, including the extension blocks outside the BMP. */
const HAN = /\p{Script=Han}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{Nd}\p{Nl}]/u;

export function isHan(char: string): boolean {
  return HAN.test(char);
}

/**
 * Counts the characters a reader speaks: Chinese characters, letters and digits, each once
 * (a character outside the BMP counts once, not as two UTF-16 units). Punctuation, spaces and
 * symbols are not counted.
 */
export function countSpokenCharacters(text: string): number {
  let count = 0;
  for (const char of text) {
    if (LETTER_OR_DIGIT.test(char)) {
      count++;
    }
  }
  return count;
}

/** True for the blank characters a draft uses for indentation: spaces, tabs and U+3000. */
export function isBlank(char: string): boolean {
  return char === ' ' || char === '\t' || char === '\u3000' || char === '\u00a0';
}

/** Converts a UTF-16 offset to a 0-based line index by binary search over line starts. */
export function lineIndexAt(lines: readonly Line[], offset: number): number {
  let low = 0;
  let high = lines.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (lines[mid].start <= offset) {
      low = mid;
    } else {
      high = mid - 1;
    }
  }
  return low;
}
