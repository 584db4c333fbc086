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
  if (text.indexOf('\r') < 0) return splitOnLineFeeds(text);
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

/** The common case, LF only: the engine's indexOf finds the breaks. */
function splitOnLineFeeds(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
    lines.push({ index: lines.length, start, end, text: text.slice(start, end) });
    start = end + 1;
  }
  lines.push({ index: lines.length, start, end: text.length, text: text.slice(start) });
  return lines;
}

const LETTER_OR_DIGIT = /[\p{L}\p{Nd}\p{Nl}]/u;

/**
 * Counts the characters a reader speaks: Chinese characters, letters and digits, each once
 * (a character outside the BMP counts once, not as two UTF-16 units). Punctuation, spaces and
 * symbols are not counted.
 */
export function countSpokenCharacters(text: string, start = 0, end = text.length): number {
  let count = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < end) {
      if (LETTER_OR_DIGIT.test(text.slice(i, i + 2))) count++;
      i++;
    } else if (isSpokenCode(code)) {
      count++;
    }
  }
  return count;
}

/** A BMP code unit that is a letter or digit; the common ranges answer without a regular expression. */
function isSpokenCode(code: number): boolean {
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
  if (code >= 0x4e00 && code <= 0x9fff) return true; // CJK Unified Ideographs
  if (code >= 0x2000 && code <= 0x206f) return false; // general punctuation: “” ‘’ … —
  if (code >= 0x3000 && code <= 0x303f)
    return code === 0x3005 || code === 0x3006 || code === 0x3007 || (code >= 0x3021 && code <= 0x3029);
  if (code >= 0xff00 && code <= 0xff65)
    return (
      (code >= 0xff10 && code <= 0xff19) || (code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a)
    );
  return LETTER_OR_DIGIT.test(String.fromCharCode(code));
}

/** True for the blank characters a draft uses for indentation: spaces, tabs and U+3000. */
export function isBlank(char: string): boolean {
  return char === ' ' || char === '\t' || char === '\u3000' || char === '\u00a0';
}

/**
 * How many UTF-16 units `a` and `b` share at their start, and then at their end (the end never reaching into the
 * shared start): what an edit that turned one into the other left in place.
 */
export function commonEnds(a: string, b: string): { prefix: number; suffix: number } {
  const shorter = Math.min(a.length, b.length);
  let prefix = 0;
  while (prefix < shorter && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < shorter - prefix && a.charCodeAt(a.length - 1 - suffix) === b.charCodeAt(b.length - 1 - suffix))
    suffix++;
  return { prefix, suffix };
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

/**
 * The result of most lines. Shared empty lists in the engine are not frozen, on purpose: V8 walks a frozen array in a
 * for…of loop through an iterator object it allocates every time (a frozen list walked once a line was a tenth of
 * the garbage of analysing a long document); `readonly` is what keeps them empty.
 */
const NO_MATCHES: readonly RegExpExecArray[] = [];

/**
 * The matches of the global expression `pattern` in `text`, in order: String#matchAll without its cost, which is
 * a copy of the expression on every call (on every line of a long document, more than the scan itself). All
 * matches are taken before any is used, so the caller may use `pattern` again while it goes through them.
 */
export function execAll(pattern: RegExp, text: string): readonly RegExpExecArray[] {
  if (!pattern.global) throw new TypeError(`execAll needs a global expression: ${pattern}`);
  pattern.lastIndex = 0;
  let match = pattern.exec(text);
  if (!match) return NO_MATCHES;
  const matches: RegExpExecArray[] = [];
  while (match) {
    matches.push(match);
    if (match[0] === '') pattern.lastIndex++;
    match = pattern.exec(text);
  }
  return matches;
}

/** 。！？；!?;: where a sentence (or a clause said in one breath) ends. */
const SENTENCE_END = /[。！？；!?;]/g;

/**
 * The index of the first 。！？；!?; at or after `from`, or the text's length when there is none: found by the regular
 * expression engine's native scan, and with `test`, which leaves lastIndex past the one-character match without
 * building a match array (a long draft has hundreds of thousands of these).
 */
export function sentenceEndFrom(text: string, from: number): number {
  SENTENCE_END.lastIndex = from;
  return SENTENCE_END.test(text) ? SENTENCE_END.lastIndex - 1 : text.length;
}

/** Whether `word` stands in `text` over any part of `start`–`end` (a name of the writer's list around a finding). */
export function wordStandsOver(text: string, start: number, end: number, word: string): boolean {
  if (word === '') return false;
  for (
    let at = text.indexOf(word, Math.max(0, start - word.length + 1));
    at >= 0 && at < end;
    at = text.indexOf(word, at + 1)
  ) {
    if (at + word.length > start) return true;
  }
  return false;
}

/**
 * Spoken characters a minute. Leaders' reports at national meetings are read at 130–165 by the press's figures of
 * their length and time (docs/rules.md, time-limit); 160 keeps a writer planning to a limit on the safe side.
 */
export const DEFAULT_SPEAKING_RATE = 160;

/** The rate itself, or the default for one that is not a rate (0, negative, NaN). */
export function validSpeakingRate(rate: number): number {
  return Number.isFinite(rate) && rate > 0 ? rate : DEFAULT_SPEAKING_RATE;
}

/** Seconds `characters` take at `speakingRate` characters a minute, rounded. */
export function speakingSeconds(characters: number, speakingRate: number): number {
  return Math.round((characters / validSpeakingRate(speakingRate)) * 60);
}
