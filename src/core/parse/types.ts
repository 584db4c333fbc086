/** The parsed speech: plain data shared by the outline, folding, statistics and every rule. */

import type { KindInfo } from './documentKind';
import type { FrontMatter } from './frontMatter';
import type { InlineListStart } from './landmarks';
import type { LineLex } from './lineLex';
import type { ResidueKind } from './residue';
import type { Line } from '../language/text';
import type { Conclusion, Heading, Item, Landmark, Paragraph, Section, TitleBlock } from './syntax';

export type {
  Conclusion,
  Heading,
  HeadingStyle,
  Item,
  ItemFamily,
  Landmark,
  Paragraph,
  Section,
  Span,
  TitleBlock,
} from './syntax';

export interface ParsedSpeech {
  text: string;
  lines: Line[];
  paragraphs: Paragraph[];
  /** Every heading in document order. */
  headings: Heading[];
  /** Every inline item in document order. */
  items: Item[];
  /** Top-level sections; each holds its subsections. */
  sections: Section[];
  /** Items that sit before or outside any section (for example in the opening). */
  topLevelItems: Item[];
  salutation?: Landmark;
  closing?: Landmark;
  /** The title line and what stands under it before the speech begins: date line, speaker line. */
  titleBlock?: TitleBlock;
  /** The file's own block of settings between `---` lines at the top (see frontMatter.ts), when it has one. */
  frontMatter?: FrontMatter;
  /** What kind of document the text is, as its front matter, title or opening says (see documentKind.ts). */
  kind: KindInfo;
  /** Lines where a part with numbering of its own begins (附件, 名词解释, 注：), in order (see landmarks.ts). */
  partBoundaries: number[];
  /**
   * Lines that open a numbered unit that is no heading (a regulation's article 第十四条, a decimal section 2.1.1), in
   * order: a list after one may start its count again (see documentUnits.ts).
   */
  unitBoundaries: number[];
  /** Lines that hold a label and a list's first member after it (附件：1.……), in order (see landmarks.ts). */
  inlineListStarts: InlineListStart[];
  /**
   * The closing part: from the paragraph that sums up and calls to action (同志们，…; 让我们…) through the closing
   * line (谢谢大家！); no section runs into it.
   */
  conclusion?: Conclusion;
  /** Chinese characters, letters and digits on each line (see countSpokenIn). */
  lineSpoken: number[];
  /** Each line's kind of web-page residue, or undefined for a line of the speech (see residue.ts). */
  lineResidue: Array<ResidueKind | undefined>;
  /**
   * Each line's lex (see parse.ts): the same object for the same line text while a document's cache holds it, so
   * the lint cache keys on it and the engine keeps document rules' per-line results in it.
   */
  lineLexes: LineLex[];
}
