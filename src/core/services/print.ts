/**
 * The speech laid out for print: what each paragraph is (title, salutation, heading of a level, body, closing)
 * and the profile's fonts and measures. The .docx export and the preview both render this one model.
 */

import type { ParsedSpeech, Section } from '../parse/types';
import { hardSpansIn } from '../language/readings';
import { isAcceptedWordAt, type RuleOptions } from '../rules/types';

export type BlockKind = 'title' | 'subtitle' | 'salutation' | 'heading' | 'body' | 'closing';

/** A stretch of a paragraph in one role: a heading run in at the start of a body paragraph keeps its heading look. */
export interface PrintRun {
  text: string;
  role: 'heading' | 'body';
  /** The reading printed over the run (ruby), syllables separated by spaces: a word the speaker may misread. */
  ruby?: string;
}

/**
 * Which words of the reading copy carry their reading over them: the curated words commonly misread, those and every
 * character outside the first level of 《通用规范汉字表》, or none.
 */
export type PinyinMode = 'curated' | 'all' | 'none';

export const PINYIN_MODES: readonly PinyinMode[] = ['curated', 'all', 'none'];

/** What the layout annotates: the words to give a reading, and the writer's word list (names are read as written). */
export interface LayoutAids {
  pinyin: PinyinMode;
  options?: Pick<RuleOptions, 'words' | 'terms'>;
}

export interface PrintBlock {
  kind: BlockKind;
  /** For headings, and body paragraphs that begin with a run-in heading: the heading's level, 1–4. */
  level?: number;
  runs: PrintRun[];
  /** 0-based source line, so a preview can follow the editor. */
  line: number;
}

export interface FontSpec {
  /** Font names in order of preference: the first is what Word and WPS are asked for, the rest stand in for it. */
  family: string[];
  /** Size in points. */
  size: number;
  bold?: boolean;
}

export interface PrintProfile {
  name: 'official' | 'reading';
  /** Page size and margins in millimetres. */
  page: { width: number; height: number; top: number; bottom: number; left: number; right: number };
  title: FontSpec;
  subtitle: FontSpec;
  body: FontSpec;
  headings: [FontSpec, FontSpec, FontSpec, FontSpec];
  /** Line pitch in points (exact), or undefined with `lineSpacing` as a multiple. */
  linePitch?: number;
  lineSpacing?: number;
  /** First-line indent, in characters of the body font. */
  indentCharacters: number;
  /** Characters a line, for the official grid (28), when the profile has one. */
  charactersPerLine?: number;
  /** Every heading on a line of its own (the reading copy), or run in at the start of its paragraph. */
  headingsOnOwnLine: boolean;
  /** Page numbers at the foot: "— 1 —". */
  pageNumbers: boolean;
  /** Hard words may carry their reading over them (the reading copy); an official document never does. */
  readings: boolean;
}

/** 号 sizes in points: 二号 22, 三号 16, 四号 14. */
const CHINESE_SIZE = {
  初号: 42,
  小初: 36,
  一号: 26,
  小一: 24,
  二号: 22,
  小二: 18,
  三号: 16,
  小三: 15,
  四号: 14,
} as const;

const FANGSONG = ['仿宋_GB2312', '仿宋', 'FangSong', 'STFangsong'];
const HEITI = ['黑体', 'SimHei', 'STHeiti'];
const KAITI = ['楷体_GB2312', '楷体', 'KaiTi', 'STKaiti'];
const XIAOBIAOSONG = ['方正小标宋简体', '方正小标宋_GBK', '华文中宋', 'STZhongsong', '宋体', 'SimSun'];

/**
 * GB/T 9704-2012: A4, margins 37/35/28/26 mm, title 方正小标宋简体 二号, body 仿宋_GB2312 三号 indented two
 * characters, 22 lines of 28 characters a page (a line pitch of 225 mm / 22), headings 黑体, 楷体_GB2312, 仿宋 bold,
 * 仿宋, page numbers "— 1 —".
 */
export const OFFICIAL: PrintProfile = {
  name: 'official',
  page: { width: 210, height: 297, top: 37, bottom: 35, left: 28, right: 26 },
  title: { family: XIAOBIAOSONG, size: CHINESE_SIZE.二号 },
  subtitle: { family: KAITI, size: CHINESE_SIZE.三号 },
  body: { family: FANGSONG, size: CHINESE_SIZE.三号 },
  headings: [
    { family: HEITI, size: CHINESE_SIZE.三号 },
    { family: KAITI, size: CHINESE_SIZE.三号 },
    { family: FANGSONG, size: CHINESE_SIZE.三号, bold: true },
    { family: FANGSONG, size: CHINESE_SIZE.三号 },
  ],
  // 22 lines in the 225 mm text block would be 28.99 pt; offices set 28.95 pt so that the 22nd line surely fits.
  linePitch: 28.95,
  indentCharacters: 2,
  charactersPerLine: 28,
  headingsOnOwnLine: false,
  pageNumbers: true,
  readings: false,
};

/** 朗读稿: large type (二号) for the podium, 1.8 line spacing, wide margins, every heading on its own line. */
export const READING: PrintProfile = {
  name: 'reading',
  page: { width: 210, height: 297, top: 30, bottom: 30, left: 35, right: 35 },
  title: { family: XIAOBIAOSONG, size: CHINESE_SIZE.小初 },
  subtitle: { family: KAITI, size: CHINESE_SIZE.二号 },
  body: { family: FANGSONG, size: CHINESE_SIZE.二号 },
  headings: [
    { family: HEITI, size: CHINESE_SIZE.二号 },
    { family: KAITI, size: CHINESE_SIZE.二号, bold: true },
    { family: FANGSONG, size: CHINESE_SIZE.二号, bold: true },
    { family: FANGSONG, size: CHINESE_SIZE.二号 },
  ],
  lineSpacing: 1.8,
  indentCharacters: 2,
  headingsOnOwnLine: true,
  pageNumbers: true,
  readings: true,
};

export const PROFILES = { official: OFFICIAL, reading: READING } as const;
export type ProfileName = keyof typeof PROFILES;

/** A profile with the writer's sizes (points) in place of its own. */
export function withSizes(profile: PrintProfile, sizes: { body?: number; title?: number }): PrintProfile {
  const scale = sizes.body !== undefined && sizes.body > 0 ? sizes.body / profile.body.size : 1;
  const resize = (font: FontSpec): FontSpec => ({ ...font, size: Math.round(font.size * scale * 2) / 2 });
  return {
    ...profile,
    body: resize(profile.body),
    subtitle: resize(profile.subtitle),
    headings: profile.headings.map(resize) as PrintProfile['headings'],
    title: sizes.title !== undefined && sizes.title > 0 ? { ...profile.title, size: sizes.title } : profile.title,
    linePitch: profile.linePitch !== undefined ? profile.linePitch * Math.max(1, scale) : undefined,
  };
}

/** A file's name as a speech title: 开班式讲话.txt, 开班式讲话.speech.txt and 开班式讲话.speech all give 开班式讲话. */
export function titleFromFileName(fileName: string): string {
  return fileName.replace(/(\.speech)?\.[^.]+$/, '');
}

/**
 * The speech as print blocks. The parse's title block gives the title and, under it, the subtitles (date,
 * speaker). Without a title line, `fallbackTitle` is used.
 */
export function layoutSpeech(
  speech: ParsedSpeech,
  profile: PrintProfile,
  fallbackTitle?: string,
  aids?: LayoutAids,
): PrintBlock[] {
  const blocks = layoutBlocks(speech, profile, fallbackTitle);
  if (!profile.readings || !aids || aids.pinyin === 'none') return blocks;
  return blocks.map((block) => ({ ...block, runs: block.runs.flatMap((run) => withReadings(run, aids)) }));
}

/**
 * A run split where a hard word stands, the word a run of its own with its reading over it: every place it stands (the
 * speaker reads on, and does not look back for the first), except where the writer's word list accepts it.
 */
function withReadings(run: PrintRun, aids: LayoutAids): PrintRun[] {
  const pieces: PrintRun[] = [];
  let at = 0;
  for (const hard of hardSpansIn(run.text)) {
    if (aids.pinyin === 'curated' && hard.source === undefined) continue;
    if (aids.options && isAcceptedWordAt(run.text, hard.start, hard.end, aids.options)) continue;
    if (hard.start > at) pieces.push({ text: run.text.slice(at, hard.start), role: run.role });
    pieces.push({
      text: run.text.slice(hard.start, hard.end),
      role: run.role,
      ruby: hard.reading.replaceAll('／', '/'),
    });
    at = hard.end;
  }
  if (at === 0) return [run];
  if (at < run.text.length) pieces.push({ text: run.text.slice(at), role: run.role });
  return pieces;
}

/** Each character of a ruby run with its own syllable, or the whole run with the whole reading where they do not pair. */
export function rubyPairs(text: string, ruby: string): Array<{ base: string; ruby: string }> {
  const characters = Array.from(text);
  const syllables = ruby.split(' ');
  if (syllables.length !== characters.length) return [{ base: text, ruby }];
  return characters.map((base, index) => ({ base, ruby: syllables[index] }));
}

function layoutBlocks(speech: ParsedSpeech, profile: PrintProfile, fallbackTitle?: string): PrintBlock[] {
  const blocks: PrintBlock[] = [];
  const headingAt = headingLines(speech.sections);
  const titleLines = new Map<number, BlockKind>();
  if (speech.titleBlock) {
    titleLines.set(speech.titleBlock.title.line, 'title');
    for (const line of speech.titleBlock.lines) titleLines.set(line.line, 'subtitle');
  }
  let titled = false;
  for (const paragraph of speech.paragraphs) {
    const text = speech.text.slice(paragraph.span.start, paragraph.span.end);
    const line = paragraph.line;
    const titleKind = titleLines.get(line);
    if (titleKind) {
      blocks.push({ kind: titleKind, runs: [{ text, role: 'body' }], line });
      titled = true;
      continue;
    }
    if (!titled && fallbackTitle) {
      blocks.push({ kind: 'title', runs: [{ text: fallbackTitle, role: 'body' }], line: 0 });
      titled = true;
    }
    if (speech.salutation?.line === line) {
      blocks.push({ kind: 'salutation', runs: [{ text: speech.salutation.text, role: 'body' }], line });
      const rest = text.slice(speech.salutation.text.length).trim();
      if (rest) blocks.push({ kind: 'body', runs: [{ text: rest, role: 'body' }], line });
      continue;
    }
    if (speech.closing?.line === line) {
      blocks.push({ kind: 'closing', runs: [{ text, role: 'body' }], line });
      continue;
    }
    const heading = headingAt.get(line);
    if (heading) {
      blocks.push(...headingBlocks(heading, text, paragraph.span.start, profile));
      continue;
    }
    blocks.push({ kind: 'body', runs: [{ text, role: 'body' }], line });
  }
  if (!titled && fallbackTitle)
    blocks.unshift({ kind: 'title', runs: [{ text: fallbackTitle, role: 'body' }], line: 0 });
  return blocks;
}

/** A heading line: the heading alone, or run in with the body text that follows it on the same line. */
function headingBlocks(section: Section, text: string, paragraphStart: number, profile: PrintProfile): PrintBlock[] {
  const headingEnd = section.heading.headingSpan.end - paragraphStart;
  // The heading keeps its closing mark (。) with it.
  const split = /[。！？!?]/.test(text[headingEnd] ?? '') ? headingEnd + 1 : headingEnd;
  const head = text.slice(0, split);
  const rest = text.slice(split).trim();
  const level = Math.min(section.level, 4);
  const line = section.heading.line;
  if (!rest) return [{ kind: 'heading', level, runs: [{ text: head, role: 'heading' }], line }];
  if (profile.headingsOnOwnLine || level === 1) {
    return [
      { kind: 'heading', level, runs: [{ text: head, role: 'heading' }], line },
      { kind: 'body', runs: [{ text: rest, role: 'body' }], line },
    ];
  }
  return [
    {
      kind: 'body',
      level,
      runs: [
        { text: head, role: 'heading' },
        { text: rest, role: 'body' },
      ],
      line,
    },
  ];
}

function headingLines(sections: Section[]): Map<number, Section> {
  const map = new Map<number, Section>();
  const visit = (section: Section): void => {
    map.set(section.heading.line, section);
    section.children.forEach(visit);
  };
  sections.forEach(visit);
  return map;
}

/** The font of a run in a block under a profile. */
export function fontFor(profile: PrintProfile, block: PrintBlock, run: PrintRun): FontSpec {
  if (block.kind === 'title') return profile.title;
  if (block.kind === 'subtitle') return profile.subtitle;
  if (run.role === 'heading' && block.level !== undefined) return profile.headings[block.level - 1];
  return profile.body;
}

/** One printed line: a stretch of a block, with what it needs to be drawn (first-line indent, justification). */
export interface PrintLine {
  kind: BlockKind;
  level?: number;
  runs: PrintRun[];
  /** The block's first line (indented) and last line (not justified). */
  first: boolean;
  last: boolean;
  /** 0-based source line of the block, on its first printed line only (for following the editor). */
  sourceLine?: number;
}

export interface PrintPage {
  /** 1-based. */
  number: number;
  /** Lines top to bottom; undefined is an empty line (the space after the title block). */
  lines: Array<PrintLine | undefined>;
}

/** Points in a millimetre. */
const PT_PER_MM = 72 / 25.4;
/** Height of a single-spaced line as a multiple of the font size (CJK fonts in Word and WPS). */
const SINGLE_LINE_FACTOR = 1.3;

/** The height of one body line in points: the grid's pitch, or the font's line at the profile's spacing. */
export function lineHeightPt(profile: PrintProfile): number {
  return profile.linePitch ?? profile.body.size * SINGLE_LINE_FACTOR * (profile.lineSpacing ?? 1);
}

/** Lines of body text a page holds: 22 on the official grid. */
export function linesPerPage(profile: PrintProfile): number {
  const height = (profile.page.height - profile.page.top - profile.page.bottom) * PT_PER_MM;
  return Math.max(1, Math.floor(height / lineHeightPt(profile) + 0.05));
}

/** How many full-width characters of `font` a line holds: 28 of the body on the official grid. */
export function charactersPerLine(profile: PrintProfile, font: FontSpec): number {
  if (font === profile.body && profile.charactersPerLine !== undefined) return profile.charactersPerLine;
  const width = (profile.page.width - profile.page.left - profile.page.right) * PT_PER_MM;
  return Math.max(1, Math.floor(width / font.size + 0.05));
}

/** Marks that never begin a line (Chinese line breaking pulls them onto the line before). */
const NO_LINE_START = new Set([...'，。、；：？！）》」』”’…—·,.;:?!)]}%']);

/** A character's width in full-width characters: Latin letters, digits and ASCII marks are half as wide. */
function widthOf(character: string): number {
  return character.charCodeAt(0) < 0x2e80 &&
    character !== '…' &&
    character !== '—' &&
    character !== '“' &&
    character !== '”' &&
    character !== '‘' &&
    character !== '’'
    ? 0.5
    : 1;
}

/** The speech set on pages the way the .docx sets it, line by line, for the print preview. */
export function paginate(blocks: readonly PrintBlock[], profile: PrintProfile): PrintPage[] {
  const lines: Array<PrintLine | undefined> = [];
  blocks.forEach((block, index) => {
    for (const line of breakBlock(block, profile)) lines.push(line);
    const endsTitleBlock =
      (block.kind === 'title' || block.kind === 'subtitle') && blocks[index + 1]?.kind !== 'subtitle';
    if (endsTitleBlock) lines.push(undefined);
  });
  const perPage = linesPerPage(profile);
  const pages: PrintPage[] = [];
  for (let start = 0; start < lines.length || pages.length === 0; start += perPage) {
    pages.push({ number: pages.length + 1, lines: lines.slice(start, start + perPage) });
  }
  return pages;
}

/** A block broken into lines: the first indented (body, headings, closing), titles centred at their own size. */
function breakBlock(block: PrintBlock, profile: PrintProfile): PrintLine[] {
  const font = fontFor(profile, block, block.runs[0] ?? { text: '', role: 'body' });
  // Sizes other than the body's take proportionally more (or less) of the line.
  const capacity = charactersPerLine(profile, profile.body) * (profile.body.size / font.size);
  const indent =
    block.kind === 'title' || block.kind === 'subtitle' || block.kind === 'salutation' ? 0 : profile.indentCharacters;
  // A word with its reading over it is one piece: a line never breaks inside it.
  const characters: LinePiece[] = block.runs.flatMap((run) =>
    run.ruby !== undefined
      ? [{ character: run.text, role: run.role, ruby: run.ruby }]
      : Array.from(run.text, (character) => ({ character, role: run.role })),
  );
  const lines: PrintLine[] = [];
  let current: LinePiece[] = [];
  let used = indent;
  for (const item of characters) {
    const width =
      item.ruby !== undefined
        ? Array.from(item.character).reduce((sum, c) => sum + widthOf(c), 0)
        : widthOf(item.character);
    if (current.length > 0 && used + width > capacity + 1e-9 && !NO_LINE_START.has(item.character)) {
      lines.push(toLine(block, current, lines.length === 0));
      current = [];
      used = 0;
    }
    current.push(item);
    used += width;
  }
  lines.push(toLine(block, current, lines.length === 0));
  lines[lines.length - 1].last = true;
  return lines;
}

/** A character of a line, or a word with its reading over it. */
interface LinePiece {
  character: string;
  role: PrintRun['role'];
  ruby?: string;
}

function toLine(block: PrintBlock, characters: readonly LinePiece[], first: boolean): PrintLine {
  const runs: PrintRun[] = [];
  for (const { character, role, ruby } of characters) {
    const last = runs.at(-1);
    if (ruby !== undefined) runs.push({ text: character, role, ruby });
    else if (last && last.role === role && last.ruby === undefined) last.text += character;
    else runs.push({ text: character, role });
  }
  return { kind: block.kind, level: block.level, runs, first, last: false, sourceLine: first ? block.line : undefined };
}
