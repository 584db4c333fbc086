/** The parsed speech's parts: spans, headings, items, sections, paragraphs and landmarks, plain data. */

/** A half-open span of UTF-16 offsets, as VS Code counts them. */
export interface Span {
  start: number;
  end: number;
}

/** Replace `[start, end)` of the original text with `newText`. */
export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly newText: string;
}

/**
 * The numbering families of section headings, from the top of GB/T 9704-2012's hierarchy down.
 * `di-part` is 第一部分 (above 一、); `di` is 第一、 or 第一，, used above or instead of 一、 or inside a section.
 */
export type HeadingStyle = 'di-part' | 'di' | 'cn-dun' | 'cn-paren' | 'num-dot' | 'num-paren';

/** The inline enumeration families: 一是…, 一要…, 一方面…另一方面, 首先…其次…最后, 第一…第二…, 其一…其二…, 一来…二来…. */
export type ItemFamily = 'shi' | 'yao' | 'fangmian' | 'shouxian' | 'di' | 'qi' | 'lai';

export interface Heading {
  kind: 'heading';
  style: HeadingStyle;
  /** The marker exactly as written, e.g. "一、", "(一)", "（一）", "1.", "1、", "第一部分". */
  marker: string;
  /** The integer the marker stands for. */
  number: number;
  /** Heading text after the marker, up to its first 。！？ or the line end, trimmed. */
  title: string;
  /** 0-based line index. */
  line: number;
  /** The marker (without leading indentation). */
  markerSpan: Span;
  /** Marker plus title. */
  headingSpan: Span;
  /**
   * The style of the list the heading was read into when it is written in another: a （二） retyped as `2.` or `二、`
   * between （一） and （三） (see TreeBuilder.slippedInto in parse.ts). Its siblings are that list's, and its marker is
   * numbering-sequence's to report.
   */
  inListOf?: HeadingStyle;
}

export interface Item {
  kind: 'item';
  family: ItemFamily;
  /** The marker exactly as written, e.g. "一是", "二要", "另一方面", "其次", "第一". */
  marker: string;
  number: number;
  title: string;
  line: number;
  markerSpan: Span;
  /** Marker plus title. */
  headingSpan: Span;
  /** From the marker to where the item's content ends (the next item of its run or its section's end). */
  span: Span;
}

export interface Section {
  heading: Heading;
  /** Depth in the section tree, 1 = top. */
  level: number;
  /** From the heading's line start to the end of the section's last non-blank line. */
  span: Span;
  /** 0-based index of the section's last non-blank line. */
  lastLine: number;
  children: Section[];
  /** Inline items sitting directly in this section (not in its subsections). */
  items: Item[];
}

export interface Paragraph {
  /** 0-based line index: one non-blank line is one paragraph, the way Chinese drafts are written. */
  line: number;
  /** The paragraph's text without leading and trailing blanks. */
  span: Span;
}

export interface TitleBlock {
  /** The title line. */
  title: Landmark;
  /** The lines under it: date (（2025年1月15日）), speaker, subtitle. */
  lines: Landmark[];
  /** From the title's start to the end of the block's last line. */
  span: Span;
}

export interface Conclusion {
  /** 0-based line of its first paragraph. */
  line: number;
  /** 0-based line of its last non-blank line. */
  lastLine: number;
  span: Span;
}

/** A salutation (同志们：) or closing (谢谢大家！) line. */
export interface Landmark {
  line: number;
  span: Span;
  text: string;
}
