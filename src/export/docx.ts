/** The speech as a Word document (.docx), built with the docx library from the shared print model. */

import {
  AlignmentType,
  Document,
  DocumentGridType,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
  type IParagraphOptions,
} from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import {
  fontFor,
  layoutSpeech,
  rubyPairs,
  type FontSpec,
  type LayoutAids,
  type PrintBlock,
  type PrintProfile,
} from '../core/services/print';
import type { ParsedSpeech } from '../core/parse/types';
import { escapeXml, xmlSafe } from './xml';

/** Latin letters and digits in official documents: Times New Roman. */
const LATIN_FONT = 'Times New Roman';
/** GB/T 9704: page numbers in 4号 宋体. */
const PAGE_NUMBER_FONT = { family: ['宋体', 'SimSun'], size: 14 };

export interface DocxOptions {
  profile: PrintProfile;
  /** Used when the speech has no title line of its own. */
  fallbackTitle?: string;
  /** Readings over hard words, in a profile that has them (the reading copy). */
  aids?: LayoutAids;
}

export async function speechToDocx(speech: ParsedSpeech, options: DocxOptions): Promise<Uint8Array> {
  return blocksToDocx(layoutSpeech(speech, options.profile, options.fallbackTitle, options.aids), options.profile);
}

/**
 * The docx library writes no phonetic guide (w:ruby): a run with a reading is written as a run whose text is a marker
 * (private-use characters around its number), and the marker's whole w:r is then replaced by Word's ruby markup.
 */
const RUBY_MARKER = /<w:r>(<w:rPr>(?:(?!<\/w:rPr>).)*<\/w:rPr>)?<w:t(?: [^>]*)?>\uE000(\d+)\uE001<\/w:t><\/w:r>/g;

/** A word and the reading printed over it. */
interface Ruby {
  text: string;
  ruby: string;
}

function rubyMarker(index: number): string {
  return `\uE000${index}\uE001`;
}

/** Print blocks as a .docx, one Word paragraph each, in the profile's page, fonts and measures. */
export async function blocksToDocx(printBlocks: readonly PrintBlock[], profile: PrintProfile): Promise<Uint8Array> {
  // Every string that reaches a part of the package is XML-safe: the text, the title, the file name standing for it.
  const rubies: Ruby[] = [];
  const blocks = printBlocks.map((block) => ({
    ...block,
    runs: block.runs.map((run) => {
      if (run.ruby === undefined) return { ...run, text: xmlSafe(run.text) };
      rubies.push({ text: xmlSafe(run.text), ruby: xmlSafe(run.ruby) });
      return { ...run, text: rubyMarker(rubies.length - 1) };
    }),
  }));
  const title = blocks.find((block) => block.kind === 'title')?.runs[0]?.text ?? '';
  const document = new Document({
    creator: 'Speech Draft',
    title,
    styles: { default: { document: { run: { font: runFont(profile.body), size: profile.body.size * 2 } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: twips(profile.page.width), height: twips(profile.page.height) },
            margin: {
              top: twips(profile.page.top),
              bottom: twips(profile.page.bottom),
              left: twips(profile.page.left),
              right: twips(profile.page.right),
              footer: twips(Math.max(profile.page.bottom - 7, 10)),
            },
          },
          grid:
            profile.linePitch !== undefined
              ? { type: DocumentGridType.LINES_AND_CHARS, linePitch: Math.round(profile.linePitch * 20) }
              : undefined,
        },
        footers: profile.pageNumbers ? { default: pageNumberFooter() } : undefined,
        children: blocks.map((block) => toParagraph(block, profile)),
      },
    ],
  });
  const files = unzipSync(new Uint8Array(await Packer.toArrayBuffer(document)));
  withFontFallbacks(files, profile);
  if (rubies.length > 0) withRubies(files, rubies, profile);
  return zipSync(files);
}

/**
 * Each marked run as Word's phonetic guide (Insert › Phonetic Guide): a w:ruby a character, its syllable over it at
 * half its size, in the run's own properties (font, size, bold), as Word writes it for Chinese.
 */
function withRubies(files: Record<string, Uint8Array>, rubies: readonly Ruby[], profile: PrintProfile): void {
  const path = 'word/document.xml';
  const xml = strFromU8(files[path]);
  files[path] = strToU8(
    xml.replace(RUBY_MARKER, (marker: string, properties: string | undefined, index: string) => {
      const run = rubies[Number(index)];
      if (!run) return marker;
      const base = properties ?? '';
      const baseSize = halfPoints(base) ?? profile.body.size * 2;
      const rubySize = Math.max(2, Math.round(baseSize / 2));
      const rubyProperties = withSize(base, rubySize);
      return rubyPairs(run.text, run.ruby)
        .map(
          (pair) =>
            `<w:r><w:ruby><w:rubyPr><w:rubyAlign w:val="center"/><w:hps w:val="${rubySize}"/><w:hpsRaise w:val="${baseSize - 2}"/><w:hpsBaseText w:val="${baseSize}"/><w:lid w:val="zh-CN"/></w:rubyPr>` +
            `<w:rt><w:r>${rubyProperties}<w:t xml:space="preserve">${escapeXml(pair.ruby)}</w:t></w:r></w:rt>` +
            `<w:rubyBase><w:r>${base}<w:t xml:space="preserve">${escapeXml(pair.base)}</w:t></w:r></w:rubyBase></w:ruby></w:r>`,
        )
        .join('');
    }),
  );
}

/** The size (w:sz, half-points) a run's properties set, if any. */
function halfPoints(properties: string): number | undefined {
  const match = /<w:sz w:val="(\d+)"\/>/.exec(properties);
  return match ? Number(match[1]) : undefined;
}

/** Run properties with their size (and complex-script size) set to `size` half-points, or added. */
function withSize(properties: string, size: number): string {
  if (!properties) return `<w:rPr><w:sz w:val="${size}"/><w:szCs w:val="${size}"/></w:rPr>`;
  const sized = properties
    .replace(/<w:sz w:val="\d+"\/>/, `<w:sz w:val="${size}"/>`)
    .replace(/<w:szCs w:val="\d+"\/>/, `<w:szCs w:val="${size}"/>`);
  return sized.includes('<w:sz ') ? sized : sized.replace('</w:rPr>', `<w:sz w:val="${size}"/></w:rPr>`);
}

function toParagraph(block: PrintBlock, profile: PrintProfile): Paragraph {
  const centred = block.kind === 'title' || block.kind === 'subtitle';
  const indented = block.kind === 'body' || block.kind === 'heading' || block.kind === 'closing';
  const options: IParagraphOptions = {
    alignment: centred ? AlignmentType.CENTER : AlignmentType.JUSTIFIED,
    indent: indented
      ? { firstLineChars: profile.indentCharacters * 100, firstLine: profile.indentCharacters * profile.body.size * 20 }
      : undefined,
    spacing: {
      ...lineSpacing(profile),
      // A blank line between the title block and the salutation.
      after: block.kind === 'title' || block.kind === 'subtitle' ? lineHeightTwips(profile) : 0,
    },
    keepNext: block.kind === 'heading' || block.kind === 'title',
    children: block.runs.map((run) => {
      const font = fontFor(profile, block, run);
      return new TextRun({
        text: run.text,
        font: runFont(font),
        size: font.size * 2,
        bold: font.bold,
        // 28 characters of 三号 on a 156 mm line: each is condensed by a quarter point, as GB/T 9704 sets them.
        characterSpacing: profile.charactersPerLine !== undefined && !centred ? condensing(profile, font) : undefined,
      });
    }),
  };
  return new Paragraph(options);
}

/** Millimetres to twentieths of a point, rounded (A4 is 11906 × 16838, as Word writes it). */
function twips(millimetres: number): number {
  return Math.round((millimetres * 1440) / 25.4);
}

function runFont(font: FontSpec): { eastAsia: string; ascii: string; hAnsi: string } {
  return { eastAsia: font.family[0], ascii: LATIN_FONT, hAnsi: LATIN_FONT };
}

function lineSpacing(profile: PrintProfile): {
  line: number;
  lineRule: (typeof LineRuleType)[keyof typeof LineRuleType];
} {
  if (profile.linePitch !== undefined)
    return { line: Math.round(profile.linePitch * 20), lineRule: LineRuleType.EXACT };
  return { line: Math.round(240 * (profile.lineSpacing ?? 1)), lineRule: LineRuleType.AUTO };
}

function lineHeightTwips(profile: PrintProfile): number {
  return profile.linePitch !== undefined
    ? Math.round(profile.linePitch * 20)
    : Math.round(profile.body.size * 20 * (profile.lineSpacing ?? 1));
}

/** Twentieths of a point taken from each character so that `charactersPerLine` fit the text width. */
function condensing(profile: PrintProfile, font: FontSpec): number | undefined {
  const widthPoints = ((profile.page.width - profile.page.left - profile.page.right) * 72) / 25.4;
  const perCharacter = widthPoints / (profile.charactersPerLine ?? 1);
  const difference = perCharacter - font.size;
  return difference < 0 ? Math.floor(difference * 20) : undefined;
}

function pageNumberFooter(): Footer {
  const font = runFont({ family: PAGE_NUMBER_FONT.family, size: PAGE_NUMBER_FONT.size });
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font, size: PAGE_NUMBER_FONT.size * 2 })],
      }),
    ],
  });
}

/**
 * Word and WPS take a font's w:altName when the font itself is not installed (仿宋_GB2312 is missing from many new
 * machines): every font the profile asks for is listed in the font table with the next one of its family as that
 * stand-in.
 */
function withFontFallbacks(files: Record<string, Uint8Array>, profile: PrintProfile): void {
  const families = [profile.title, profile.subtitle, profile.body, ...profile.headings, PAGE_NUMBER_FONT].map(
    (font) => font.family,
  );
  const entries = new Map<string, string>();
  for (const family of families) {
    if (family.length > 1 && !entries.has(family[0])) {
      entries.set(
        family[0],
        `<w:font w:name="${escapeXml(family[0])}"><w:altName w:val="${escapeXml(family[1])}"/><w:charset w:val="86"/><w:family w:val="modern"/><w:pitch w:val="fixed"/></w:font>`,
      );
    }
  }
  const path = 'word/fontTable.xml';
  const table = files[path]
    ? strFromU8(files[path])
    : '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"></w:fonts>';
  const added = [...entries.values()].join('');
  // The docx library writes an empty, self-closing <w:fonts …/>.
  const patched = table.includes('</w:fonts>')
    ? table.replace('</w:fonts>', `${added}</w:fonts>`)
    : table.replace(/<w:fonts([^>]*?)\/>/, `<w:fonts$1>${added}</w:fonts>`);
  files[path] = strToU8(patched);
}
