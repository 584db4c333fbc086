/**
 * What kinds of characters a line holds, found in the same pass that counts its spoken characters when the line is
 * lexed, and kept in its lex (cached by the line's text): each line rule rules a line out with a bit test instead of a
 * scan of its own.
 */

import { ITEM_START } from './items';

/**
 * Bits of LineLex.chars: kinds of characters and features of a line that any rule may test. A set bit says the line
 * holds at least one. Characters that only one rule looks for are that rule's trigger (see Trigger), not bits here.
 */
export const CHARS = {
  /** A Chinese character (CJK ideographs, their extensions through a surrogate pair). */
  han: 1 << 0,
  /** , . : ; ? ! ( ) " ' */
  halfWidthMark: 1 << 1,
  /** A space, tab or U+3000 after a character that is not one: a blank inside the line, not its indentation. */
  innerBlank: 1 << 2,
  /** “ ” ‘ ’ （ ） 《 》 〈 〉 【 】 */
  pairedMark: 1 << 3,
  /** Two of ，。、；：？！ in a row */
  markRun: 1 << 4,
  /** A Latin letter */
  latin: 1 << 5,
  /** A pair of quotes, brackets or title marks with nothing but blanks between them: “” （ ） 《》 "" 「」 */
  emptyPair: 1 << 6,
  /** An ASCII digit 0-9 */
  digit: 1 << 7,
  /** Any blank, wherever it stands: a character that JavaScript's \s matches (a space, a tab, U+3000, U+00A0…). */
  blank: 1 << 8,
} as const;

const PUBLIC = (1 << 9) - 1;
/** Internal bits of the table: certainly spoken, certainly not, a blank, a pause mark. */
const SPOKEN = 1 << 14;
const SILENT = 1 << 15;
const BLANK = 1 << 16;
const PAUSE = 1 << 17;
/** A closing mark of a pair (see OPENER_OF). */
const CLOSER = 1 << 18;
/** A mark after which an inline item may start (see ITEM_BOUNDARY in parse.ts), and what may stand between them. */
const ITEM_MARK = 1 << 19;
const ITEM_GAP = 1 << 20;

/** Each BMP code unit's bits; 0 for a code unit whose being a letter or digit is asked of Unicode. */
const TABLE = new Uint32Array(0x10000);

function mark(codes: string | readonly number[], bits: number): void {
  for (const code of typeof codes === 'string' ? [...codes].map((char) => char.charCodeAt(0)) : codes)
    TABLE[code] |= bits;
}

function range(from: number, to: number, bits: number): void {
  for (let code = from; code <= to; code++) TABLE[code] |= bits;
}

range(0, 0x7f, SILENT);
range(0x30, 0x39, SPOKEN | CHARS.digit);
range(0x41, 0x5a, SPOKEN | CHARS.latin);
range(0x61, 0x7a, SPOKEN | CHARS.latin);
for (let code = 0x30; code <= 0x7a; code++) if (TABLE[code] & SPOKEN) TABLE[code] &= ~SILENT;
range(0x4e00, 0x9fff, SPOKEN | CHARS.han);
range(0x3400, 0x4dbf, CHARS.han);
range(0xf900, 0xfaff, CHARS.han);
range(0x2000, 0x206f, SILENT);
range(0x3000, 0x303f, SILENT);
mark([0x3005, 0x3006, 0x3007, 0x3021, 0x3022, 0x3023, 0x3024, 0x3025, 0x3026, 0x3027, 0x3028, 0x3029], SPOKEN);
for (const code of [0x3005, 0x3006, 0x3007, 0x3021, 0x3022, 0x3023, 0x3024, 0x3025, 0x3026, 0x3027, 0x3028, 0x3029])
  TABLE[code] &= ~SILENT;
range(0xff00, 0xff65, SILENT);
for (const [from, to] of [
  [0xff10, 0xff19],
  [0xff21, 0xff3a],
  [0xff41, 0xff5a],
]) {
  range(from, to, SPOKEN);
  for (let code = from; code <= to; code++) TABLE[code] &= ~SILENT;
}
mark(',.:;?!()"\'', CHARS.halfWidthMark);
mark(' \t\u3000', BLANK);
/** What \s matches (ECMAScript's WhiteSpace and LineTerminator); a unit test holds the list to the engine's \s. */
mark('\t\n\v\f\r \u00a0\u1680\u2028\u2029\u202f\u205f\u3000\ufeff', CHARS.blank);
range(0x2000, 0x200a, CHARS.blank);
mark('，。、；：？！', PAUSE);
mark('“”‘’（）《》〈〉【】', CHARS.pairedMark);
mark('。！？；!?;：:，,', ITEM_MARK);
mark(' \t\u3000\u00a0', ITEM_GAP);
/** The first characters of item markers (ITEM_START), all common ideographs: a bit a code of 一 to 鿿. */
const ITEM_FIRST = new Uint8Array(0xa000 - 0x4e00);
for (const char of ITEM_START) ITEM_FIRST[char.charCodeAt(0) - 0x4e00] = 1;

/** The opening mark of each closing one, for emptyPair. */
const OPENER_OF: ReadonlyMap<number, number> = new Map(
  ['“”', '‘’', '《》', '（）', '()', '「」', '『』', '""'].map((pair) => [pair.charCodeAt(1), pair.charCodeAt(0)]),
);
for (const code of OPENER_OF.keys()) TABLE[code] |= CLOSER;

const COMMON_HAN = SPOKEN | CHARS.han;
const LETTER_OR_DIGIT = /[\p{L}\p{Nd}\p{Nl}]/u;

/** What scanLine finds in a line. */
interface LineScan {
  chars: number;
  spoken: number;
  /** Whether the first character of an item marker follows a mark, blanks between (一二三 after ，。：): see ITEM_START. */
  itemAfterMark: boolean;
}

/**
 * The line's CHARS bits, and its spoken characters counted exactly as countSpokenCharacters counts them (Chinese
 * characters, letters and digits, a character outside the BMP once). The line may be given as `from`–`to` of the
 * document's text: a line sliced from it is read through the slice, about a third slower than the text itself.
 */
export function scanLine(text: string, from = 0, to = text.length): LineScan {
  let chars = 0;
  let spoken = 0;
  let previous = BLANK;
  let lastNonBlank = -1;
  let afterMark = false;
  let itemAfterMark = false;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    // Most of a Chinese line: a common ideograph is spoken, Han, and nothing else (the table says the same, slower).
    if (code >= 0x4e00 && code <= 0x9fff) {
      spoken++;
      chars |= CHARS.han;
      previous = COMMON_HAN;
      lastNonBlank = code;
      if (afterMark) {
        if (ITEM_FIRST[code - 0x4e00] === 1) itemAfterMark = true;
        afterMark = false;
      }
      continue;
    }
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < to) {
      if (LETTER_OR_DIGIT.test(text.slice(i, i + 2))) spoken++;
      if (code >= 0xd840 && code <= 0xd87f) chars |= CHARS.han;
      previous = 0;
      afterMark = false;
      lastNonBlank = code;
      i++;
      continue;
    }
    const bits = TABLE[code];
    if (bits & ITEM_MARK) afterMark = true;
    else if ((bits & ITEM_GAP) === 0) afterMark = false;
    if (bits & SPOKEN) spoken++;
    else if ((bits & SILENT) === 0 && LETTER_OR_DIGIT.test(String.fromCharCode(code))) spoken++;
    if (bits & (BLANK | PAUSE)) {
      if (bits & BLANK && (previous & BLANK) === 0) chars |= CHARS.innerBlank;
      if (bits & PAUSE && previous & PAUSE) chars |= CHARS.markRun;
    }
    if (bits & CLOSER && lastNonBlank >= 0 && OPENER_OF.get(code) === lastNonBlank) chars |= CHARS.emptyPair;
    chars |= bits;
    previous = bits;
    if ((bits & BLANK) === 0) lastNonBlank = code;
  }
  return { chars: chars & PUBLIC, spoken, itemAfterMark };
}
