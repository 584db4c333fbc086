/**
 * A text file's bytes as text and back, byte-exact: reading keeps where each character's bytes lie, and writing a
 * fixed text copies the original bytes of every character no fix touched, so only what a fix changed is encoded
 * anew. (GBK and GB18030 do not round-trip through a decoder and an encoder: 0x80, A3A0, A6D9…, FE59… come back
 * as other bytes; UTF-8 cut in its last character has no encoding at all.)
 */

import * as iconv from 'iconv-lite';
import { editOrigins, type TextEdit } from '../core';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

/** A text file as read: its text without the BOM, and how to write it back the same way. */
export interface TextFile {
  text: string;
  encoding: Encoding;
  bom: boolean;
  /** The bytes as read: untouched text is written back from them, and a change on disk is told from them. */
  bytes: Uint8Array;
  /**
   * UTF-8 whose last character is cut off: the byte where that incomplete sequence starts. The text ends in one
   * U+FFFD for it, and writing keeps its bytes as they were.
   */
  damagedTailAt?: number;
}

/** The byte length of the BOM of each encoding, as written at the start of the file. */
const BOM_BYTES: Readonly<Record<Encoding, number>> = { 'utf-8': 3, 'utf-16le': 2, 'utf-16be': 2, gb18030: 4 };

/**
 * The text of `bytes` in `encoding`, or undefined when they are not valid in it. UTF-8 whose only fault is a cut
 * last character is read as UTF-8 with `damagedTailAt` set, never as another encoding.
 */
export function decodeText(bytes: Uint8Array, encoding: Encoding): TextFile | undefined {
  const whole = strictDecode(bytes, encoding);
  if (whole !== undefined) return withoutBom({ text: whole, encoding, bom: false, bytes });
  if (encoding !== 'utf-8') return undefined;
  const cut = incompleteUtf8Tail(bytes);
  if (cut === undefined) return undefined;
  const head = strictDecode(bytes.subarray(0, cut), 'utf-8');
  return head === undefined
    ? undefined
    : withoutBom({ text: `${head}\ufffd`, encoding, bom: false, bytes, damagedTailAt: cut });
}

function strictDecode(bytes: Uint8Array, encoding: Encoding): string | undefined {
  let text: string;
  try {
    // ignoreBOM keeps the BOM in the text, so it can be written back.
    text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
  // A NUL is no character of a speech: a binary file that happens to decode as GB18030.
  return encoding === 'gb18030' && text.includes('\0') ? undefined : text;
}

function withoutBom(file: TextFile): TextFile {
  return file.text.charCodeAt(0) === 0xfeff ? { ...file, text: file.text.slice(1), bom: true } : file;
}

/** Where a UTF-8 sequence that the file's end cuts short begins (a lead byte and fewer continuation bytes than it needs). */
function incompleteUtf8Tail(bytes: Uint8Array): number | undefined {
  for (let back = 1; back <= 3 && back <= bytes.length; back++) {
    const at = bytes.length - back;
    const byte = bytes[at];
    if (byte >= 0x80 && byte < 0xc0) continue;
    const needs =
      byte >= 0xf0 && byte < 0xf5 ? 4 : byte >= 0xe0 && byte < 0xf0 ? 3 : byte >= 0xc2 && byte < 0xe0 ? 2 : 0;
    return needs > back ? at : undefined;
  }
  return undefined;
}

/**
 * For each UTF-16 unit of `file.text`, the byte where the character it belongs to starts (a surrogate pair's low
 * unit: the byte after the character, so a range that holds the pair holds its bytes once), and the end of the
 * bytes last.
 */
export function unitByteOffsets(file: TextFile): Uint32Array {
  const offsets = new Uint32Array(file.text.length + 1);
  let byte = file.bom ? BOM_BYTES[file.encoding] : 0;
  let unit = 0;
  const end = file.damagedTailAt ?? file.bytes.length;
  while (byte < end) {
    const { bytes, units } = characterAt(file.bytes, byte, file.encoding);
    offsets[unit] = byte;
    if (units === 2) offsets[unit + 1] = byte + bytes;
    unit += units;
    byte += bytes;
  }
  if (file.damagedTailAt !== undefined) offsets[unit++] = byte;
  if (unit !== file.text.length)
    throw new Error(`${file.encoding}: ${unit} units counted in the bytes, ${file.text.length} in the text`);
  offsets[unit] = file.bytes.length;
  return offsets;
}

/** The length in bytes of the character at `at`, and how many UTF-16 units it decodes to (valid input assumed). */
function characterAt(bytes: Uint8Array, at: number, encoding: Encoding): { bytes: number; units: number } {
  const lead = bytes[at];
  switch (encoding) {
    case 'utf-8':
      return lead < 0x80
        ? ONE
        : lead < 0xe0
          ? { bytes: 2, units: 1 }
          : lead < 0xf0
            ? { bytes: 3, units: 1 }
            : { bytes: 4, units: 2 };
    case 'utf-16le':
    case 'utf-16be': {
      const high = encoding === 'utf-16le' ? bytes[at + 1] : lead;
      return high >= 0xd8 && high < 0xdc ? { bytes: 4, units: 2 } : { bytes: 2, units: 1 };
    }
    case 'gb18030':
      // 00–80 one byte (80 is €); 81–FE with 30–39 next: four bytes, beyond the BMP from lead 90 on; else two.
      if (lead <= 0x80) return ONE;
      if (bytes[at + 1] >= 0x30 && bytes[at + 1] <= 0x39) return { bytes: 4, units: lead >= 0x90 ? 2 : 1 };
      return { bytes: 2, units: 1 };
  }
}

const ONE = { bytes: 1, units: 1 } as const;

/** `text` in the file's own encoding, without a BOM. */
function encodeFresh(encoding: Encoding, text: string): Uint8Array {
  if (encoding === 'utf-8') return new TextEncoder().encode(text);
  if (encoding === 'gb18030') return iconv.encode(text, 'gb18030');
  const bytes = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    bytes[2 * i] = encoding === 'utf-16le' ? code & 0xff : code >> 8;
    bytes[2 * i + 1] = encoding === 'utf-16le' ? code >> 8 : code & 0xff;
  }
  return bytes;
}

/**
 * The bytes of `fixed`, the text after `passEdits` (fixAll's), written like `file`: every unit that no edit wrote is
 * copied from the original bytes (BOM, damaged tail and characters an encoder would change included), and only the
 * units the edits wrote are encoded. Checked: the result reads back as `fixed`, or this throws and nothing is written.
 */
export function fixedBytes(file: TextFile, fixed: string, passEdits: ReadonlyArray<readonly TextEdit[]>): Uint8Array {
  const origin = editOrigins(file.text.length, passEdits);
  if (origin.length !== fixed.length)
    throw new Error(`the fixes give ${origin.length} units, the fixed text has ${fixed.length}`);
  const offsets = unitByteOffsets(file);
  const parts: Uint8Array[] = [file.bytes.subarray(0, file.bom ? BOM_BYTES[file.encoding] : 0)];
  for (let i = 0; i < fixed.length;) {
    let j = i + 1;
    if (origin[i] >= 0) {
      while (j < fixed.length && origin[j] === origin[j - 1] + 1) j++;
      parts.push(file.bytes.subarray(offsets[origin[i]], offsets[origin[j - 1] + 1]));
    } else {
      while (j < fixed.length && origin[j] < 0) j++;
      parts.push(encodeFresh(file.encoding, fixed.slice(i, j)));
    }
    i = j;
  }
  const result = concat(parts);
  const check = decodeText(result, file.encoding);
  if (check?.text !== fixed) throw new Error('the fixed bytes do not read back as the fixed text');
  return result;
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const result = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    result.set(part, at);
    at += part.length;
  }
  return result;
}
