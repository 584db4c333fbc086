/**
 * A Word document (.docx) read as a speech's text: one line a paragraph (a line break inside a paragraph, Shift+Enter,
 * starts a new line of the same paragraph), the numbers Word draws for its automatic numbering written out as text
 * (`w:numPr` with numbering.xml's formats: chineseCounting with `%1、` → 一、, `（%1）` → （一）), text of tracked
 * deletions and field codes left out. Pure: bytes in, text out, in Node and in the browser alike.
 */

import { attribute, decodeXmlPart, runCharacter, SKIPPED_ELEMENTS, wordInteger, xmlTokens } from './wordXml';
import { unzipBounded, ZipError } from './zip';

export interface WordText {
  /** Each paragraph's text, its automatic number first; a line break inside a paragraph is a \n. */
  paragraphs: string[];
  /** The paragraphs joined by \n: the speech as the engine reads it. */
  text: string;
  /** For each line of `text`, the 0-based paragraph it belongs to. */
  paragraphOfLine: number[];
  /** For each paragraph, how many characters of its text are its automatic number (0 without one). */
  numberLength: number[];
}

export type WordProblem = 'not-docx' | 'doc' | 'encrypted' | 'corrupt' | 'too-large' | 'bomb' | 'too-many-paragraphs';

export class WordError extends Error {
  constructor(readonly problem: WordProblem) {
    super(problem);
  }
}

/** The largest .docx read: a speech with pictures is a few MB; more is not a speech. */
export const MAX_DOCX_BYTES = 50 * 1024 * 1024;
/** The most XML unpacked from the parts read (document, numbering, styles): a zip bomb stops here, counted as it inflates. */
const MAX_UNPACKED_BYTES = 64 * 1024 * 1024;
/** The most paragraphs read: a long work report has a few thousand; a file of a million empty ones is no speech. */
const MAX_PARAGRAPHS = 200_000;

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const PARTS_READ = /^word\/(?:document|numbering|styles)\.xml$/;

/** Reads the .docx in `bytes`, or throws a WordError saying what the file is instead. */
export function readDocx(bytes: Uint8Array): WordText {
  if (bytes.length > MAX_DOCX_BYTES) throw new WordError('too-large');
  // A Word 97-2003 .doc and an encrypted (password-protected) .docx are both OLE compound files: an encrypted one
  // holds an EncryptionInfo stream, named in UTF-16.
  if (OLE_MAGIC.every((byte, index) => bytes[index] === byte))
    throw new WordError(holdsUtf16(bytes, 'EncryptionInfo') ? 'encrypted' : 'doc');
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) throw new WordError('not-docx');
  try {
    const files = unzipBounded(bytes, (name) => PARTS_READ.test(name), MAX_UNPACKED_BYTES);
    const document = files['word/document.xml'];
    if (!document) throw new WordError('corrupt');
    const part = (name: string): string => (files[name] ? decodeXmlPart(files[name]) : '');
    return fromDocumentXml(
      decodeXmlPart(document),
      readNumbering(part('word/numbering.xml')),
      readStyleNumbering(part('word/styles.xml')),
    );
  } catch (error) {
    if (error instanceof WordError) throw error;
    if (error instanceof ZipError) throw new WordError(error.problem);
    // Anything else a hostile part provokes is the file's damage, said in one line, never a stack trace.
    throw new WordError('corrupt');
  }
}

function holdsUtf16(bytes: Uint8Array, name: string): boolean {
  const pattern = [...name].flatMap((char) => [char.charCodeAt(0), 0]);
  outer: for (let i = 0; i + pattern.length <= Math.min(bytes.length, 1 << 20); i++) {
    for (let j = 0; j < pattern.length; j++) if (bytes[i + j] !== pattern[j]) continue outer;
    return true;
  }
  return false;
}

/** One level of a list: how its number is drawn. */
interface Level {
  start: number;
  format: string;
  text: string;
  /** w:suff: what follows the number (tab unless told). */
  suffix: string;
}

interface Numbering {
  /** numId → abstractNumId, with the levels whose start the w:num overrides. */
  nums: Map<string, { abstract: string; starts: Map<number, number> }>;
  /** abstractNumId → its levels by ilvl. */
  abstracts: Map<string, Map<number, Level>>;
}

function readNumbering(xml: string): Numbering {
  const nums = new Map<string, { abstract: string; starts: Map<number, number> }>();
  const abstracts = new Map<string, Map<number, Level>>();
  let abstract: Map<number, Level> | undefined;
  let level: Level | undefined;
  let num: { abstract: string; starts: Map<number, number> } | undefined;
  let overrideLevel = -1;
  for (const token of xmlTokens(xml)) {
    if (token.kind !== 'tag') continue;
    const { name, closing } = token;
    if (closing) {
      if (name === 'w:abstractNum') abstract = undefined;
      else if (name === 'w:lvl') level = undefined;
      else if (name === 'w:num') num = undefined;
      continue;
    }
    if (name === 'w:abstractNum') abstracts.set(attribute(token, 'w:abstractNumId') ?? '', (abstract = new Map()));
    else if (name === 'w:lvl' && abstract) {
      level = { start: 1, format: 'decimal', text: '', suffix: 'tab' };
      abstract.set(levelIndex(attribute(token, 'w:ilvl')), level);
    } else if (name === 'w:start' && level) level.start = startValue(attribute(token, 'w:val'));
    else if (name === 'w:numFmt' && level) level.format = attribute(token, 'w:val') ?? 'decimal';
    else if (name === 'w:lvlText' && level) level.text = attribute(token, 'w:val') ?? '';
    else if (name === 'w:suff' && level) level.suffix = attribute(token, 'w:val') ?? 'tab';
    else if (name === 'w:num') nums.set(attribute(token, 'w:numId') ?? '', (num = { abstract: '', starts: new Map() }));
    else if (name === 'w:abstractNumId' && num) num.abstract = attribute(token, 'w:val') ?? '';
    else if (name === 'w:lvlOverride') overrideLevel = levelIndex(attribute(token, 'w:ilvl'));
    else if (name === 'w:startOverride' && num) num.starts.set(overrideLevel, startValue(attribute(token, 'w:val')));
  }
  return { nums, abstracts };
}

/** Word's nine list levels, 0–8: anything else (x, 1.5, 4294967295) is read as the first. */
function levelIndex(value: string | undefined): number {
  return wordInteger(value, 0, 8) ?? 0;
}

/** The most a list may count to in Word (its Start at box): larger values are clamped to it, nonsense reads as 1. */
const MAX_LIST_VALUE = 32767;

function startValue(value: string | undefined): number {
  return wordInteger(value, 0, MAX_LIST_VALUE) ?? 1;
}

/** Paragraph styles that number their paragraphs (a heading style tied to a list): styleId → numPr, following w:basedOn. */
function readStyleNumbering(xml: string): Map<string, { numId: string; ilvl: number }> {
  const own = new Map<string, { numId?: string; ilvl?: number; basedOn?: string }>();
  let style: { numId?: string; ilvl?: number; basedOn?: string } | undefined;
  for (const token of xmlTokens(xml)) {
    if (token.kind !== 'tag') continue;
    if (token.name === 'w:style') {
      if (token.closing) style = undefined;
      else own.set(attribute(token, 'w:styleId') ?? '', (style = {}));
    } else if (style && !token.closing) {
      if (token.name === 'w:numId') style.numId = attribute(token, 'w:val');
      else if (token.name === 'w:ilvl') style.ilvl = levelIndex(attribute(token, 'w:val'));
      else if (token.name === 'w:basedOn') style.basedOn = attribute(token, 'w:val');
    }
  }
  const resolved = new Map<string, { numId: string; ilvl: number }>();
  for (const id of own.keys()) {
    let numId: string | undefined;
    let ilvl: number | undefined;
    // Each style at most once: a chain that comes back on itself (A on B, B on B) ends where it would repeat.
    const seen = new Set<string>();
    for (let currentId: string | undefined = id; currentId !== undefined && !seen.has(currentId);) {
      seen.add(currentId);
      const current = own.get(currentId);
      if (!current) break;
      numId ??= current.numId;
      ilvl ??= current.ilvl;
      currentId = current.basedOn;
    }
    if (numId !== undefined && numId !== '0') resolved.set(id, { numId, ilvl: ilvl ?? 0 });
  }
  return resolved;
}

function fromDocumentXml(
  xml: string,
  numbering: Numbering,
  styles: Map<string, { numId: string; ilvl: number }>,
): WordText {
  const paragraphs: string[] = [];
  const numberLength: number[] = [];
  const counters = new Map<string, number[]>();
  // Paragraphs open inside one another only through text boxes: each is kept on a stack, and written when it closes.
  const open: Array<{ text: string; numId?: string; ilvl?: number; style?: string; labelled: boolean; label: string }> =
    [];
  let skipping = 0;
  let inText = false;
  let inProperties = 0;
  for (const token of xmlTokens(xml)) {
    const current = open.at(-1);
    if (token.kind === 'text') {
      if (inText && skipping === 0 && current) current.text += token.text;
      continue;
    }
    if (token.kind === 'other') continue;
    const { name, closing, selfClosing } = token;
    if (SKIPPED_ELEMENTS.has(name)) {
      if (!selfClosing) skipping += closing ? -1 : 1;
      continue;
    }
    if (skipping > 0) continue;
    if (name === 'w:p') {
      if (paragraphs.length + open.length >= MAX_PARAGRAPHS) throw new WordError('too-many-paragraphs');
      if (closing) {
        const paragraph = open.pop();
        if (paragraph) finish(paragraph);
      } else if (selfClosing) {
        paragraphs.push('');
        numberLength.push(0);
      } else open.push({ text: '', labelled: false, label: '' });
      continue;
    }
    if (!current) continue;
    if (name === 'w:pPr') {
      if (!selfClosing) inProperties += closing ? -1 : 1;
      if (closing || selfClosing) label(current);
      continue;
    }
    if (inProperties > 0) {
      if (name === 'w:pStyle' && !closing) current.style = attribute(token, 'w:val');
      else if (name === 'w:numId' && !closing) current.numId = attribute(token, 'w:val');
      else if (name === 'w:ilvl' && !closing) current.ilvl = levelIndex(attribute(token, 'w:val'));
      continue;
    }
    // The first run comes after the properties, if there were any.
    if (!current.labelled) label(current);
    if (name === 'w:t') inText = !closing && !selfClosing;
    else if (!closing) current.text += runCharacter(token) ?? '';
  }
  while (open.length > 0) finish(open.pop()!);

  function label(paragraph: (typeof open)[number]): void {
    if (paragraph.labelled) return;
    paragraph.labelled = true;
    const fromStyle = paragraph.style === undefined ? undefined : styles.get(paragraph.style);
    const numId = paragraph.numId ?? fromStyle?.numId;
    if (numId === undefined || numId === '0') return;
    paragraph.label = numberLabel(numbering, counters, numId, paragraph.ilvl ?? fromStyle?.ilvl ?? 0);
  }

  function finish(paragraph: (typeof open)[number]): void {
    if (!paragraph.labelled) label(paragraph);
    paragraphs.push(paragraph.label + paragraph.text);
    numberLength.push(paragraph.label.length);
  }

  const paragraphOfLine: number[] = [];
  paragraphs.forEach((text, index) => {
    for (let line = 0, count = text.split('\n').length; line < count; line++) paragraphOfLine.push(index);
  });
  return { paragraphs, text: paragraphs.join('\n'), paragraphOfLine, numberLength };
}

/** The next number of list `numId` at level `ilvl`, drawn as the level's text says; deeper levels start again. */
function numberLabel(numbering: Numbering, counters: Map<string, number[]>, numId: string, ilvl: number): string {
  const num = numbering.nums.get(numId);
  const levels = num ? numbering.abstracts.get(num.abstract) : undefined;
  const level = levels?.get(ilvl);
  if (!num || !levels || !level) return '';
  const startOf = (index: number): number => num.starts.get(index) ?? levels.get(index)?.start ?? 1;
  const counts = counters.get(numId) ?? [];
  counters.set(numId, counts);
  counts[ilvl] = counts[ilvl] === undefined ? startOf(ilvl) : Math.min(MAX_LIST_VALUE, counts[ilvl] + 1);
  counts.length = ilvl + 1;
  if (level.format === 'none') return '';
  const drawn =
    level.format === 'bullet'
      ? level.text
      : level.text.replace(/%([1-9])/g, (_, digit: string) => {
          const index = Number(digit) - 1;
          return formatNumber(counts[index] ?? startOf(index), levels.get(index)?.format ?? 'decimal');
        });
  if (drawn === '') return '';
  if (drawn.length > MAX_LABEL_LENGTH) return '';
  // 一、 （一） 1. end with their own mark; 第一章 takes a space where Word puts its tab.
  const ownMark = /[、，,.．。:：）)\]】]$/.test(drawn);
  return ownMark || level.suffix === 'nothing' ? drawn : `${drawn} `;
}

/** Word's level text holds at most a few numbers and marks: a longer label is nothing Word would draw, and is left out. */
const MAX_LABEL_LENGTH = 64;

const CHINESE_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const STEMS = '甲乙丙丁戊己庚辛壬癸';
const BRANCHES = '子丑寅卯辰巳午未申酉戌亥';

function formatNumber(value: number, format: string): string {
  switch (format) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'chineseLegalSimplified':
    case 'ideographDigital':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
      return chineseCount(value);
    case 'ideographTraditional':
      return STEMS[(value - 1) % 10] ?? String(value);
    case 'ideographZodiac':
      return BRANCHES[(value - 1) % 12] ?? String(value);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return value >= 1 && value <= 20 ? String.fromCharCode(0x2460 + value - 1) : String(value);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return [...String(value)].map((digit) => String.fromCharCode(0xff10 + Number(digit))).join('');
    case 'decimalZero':
      return value < 10 ? `0${value}` : String(value);
    case 'upperLetter':
      return letters(value).toUpperCase();
    case 'lowerLetter':
      return letters(value);
    case 'upperRoman':
      return roman(value);
    case 'lowerRoman':
      return roman(value).toLowerCase();
    default:
      return String(value);
  }
}

/** 一 … 九十九, 一百 … as Chinese speeches count headings. */
function chineseCount(value: number): string {
  if (value <= 0 || value >= 10000) return String(value);
  if (value < 10) return CHINESE_DIGITS[value];
  if (value < 20) return `十${value % 10 ? CHINESE_DIGITS[value % 10] : ''}`;
  if (value < 100) return `${CHINESE_DIGITS[Math.floor(value / 10)]}十${value % 10 ? CHINESE_DIGITS[value % 10] : ''}`;
  if (value < 1000) {
    const rest = value % 100;
    return `${CHINESE_DIGITS[Math.floor(value / 100)]}百${rest === 0 ? '' : rest < 10 ? `零${CHINESE_DIGITS[rest]}` : rest < 20 ? `一${chineseCount(rest)}` : chineseCount(rest)}`;
  }
  const rest = value % 1000;
  return `${CHINESE_DIGITS[Math.floor(value / 1000)]}千${rest === 0 ? '' : rest < 100 ? `零${chineseCount(rest)}` : chineseCount(rest)}`;
}

/** a…z, aa…zz, as Word repeats the letter; values past what a label can hold read as decimal. */
function letters(value: number): string {
  if (value < 1 || value > 26 * MAX_LABEL_LENGTH) return String(value);
  const letter = String.fromCharCode(97 + ((value - 1) % 26));
  return letter.repeat(Math.floor((value - 1) / 26) + 1);
}

function roman(value: number): string {
  if (value < 1 || value > 3999) return String(value);
  const table: Array<[number, string]> = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let rest = value;
  let result = '';
  for (const [amount, symbol] of table) {
    while (rest >= amount) {
      result += symbol;
      rest -= amount;
    }
  }
  return result;
}
