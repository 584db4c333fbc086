/**
 * The speech laid out for print: what each paragraph is (title, salutation, heading of a level, body, closing)
 * and the profile's fonts and measures. The .docx export and the preview both render this one model.
 */

import type { ParsedSpeech, Section } from './types';

export type BlockKind = 'title' | 'subtitle' | 'salutation' | 'heading' | 'body' | 'closing';

/** A stretch of a paragraph in one role: a heading run in at the start of a body paragraph keeps its heading look. */
export interface PrintRun {
  text: string;
  role: 'heading' | 'body';
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
}

/** 号 sizes in points: 二号 22, 三号 16, 四号 14. */
export const CHINESE_SIZE = { 初号: 42, 小初: 36, 一号: 26, 小一: 24, 二号: 22, 小二: 18, 三号: 16, 小三: 15, 四号: 14 } as const;

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

/** Lines a title may take: short, no sentence punctuation (在……上的讲话). */
const TITLE_LIKE = /^[^。，；！？,;!?]{1,60}$/;

/**
 * The speech as print blocks. A title is the first line before the salutation that reads like one; lines between
 * it and the salutation (date, speaker) are subtitles. Without a title line, `fallbackTitle` is used.
 */
export function layoutSpeech(speech: ParsedSpeech, profile: PrintProfile, fallbackTitle?: string): PrintBlock[] {
  const blocks: PrintBlock[] = [];
  const headingAt = headingLines(speech.sections);
  const firstContentLine = speech.salutation?.line ?? speech.sections[0]?.heading.line ?? speech.lines.length;
  let titled = false;
  for (const paragraph of speech.paragraphs) {
    const text = speech.text.slice(paragraph.span.start, paragraph.span.end);
    const line = paragraph.line;
    if (line < firstContentLine && !headingAt.has(line) && TITLE_LIKE.test(text)) {
      blocks.push({ kind: titled ? 'subtitle' : 'title', runs: [{ text, role: 'body' }], line });
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
  if (!titled && fallbackTitle) blocks.unshift({ kind: 'title', runs: [{ text: fallbackTitle, role: 'body' }], line: 0 });
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
  return [{ kind: 'body', level, runs: [{ text: head, role: 'heading' }, { text: rest, role: 'body' }], line }];
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
