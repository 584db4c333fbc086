/** Text in, parsed speech out: lines, paragraphs, headings, inline items and the section tree. */

import { unitBoundaries } from './documentUnits';
import { listStyleOf } from './sequences';
import { boldCloseOf, contentStartOf, matchHeading, STYLE_RANK, type HeadingMatch } from './headings';
import type { HeadingStyle } from './syntax';
import { CHINESE_NUMERAL_SOURCE, parseArabicNumeral, parseChineseNumeral } from '../language/numerals';
import { ITEM_START, matchItemAt, type ItemMatch } from './items';
import { detectKind } from './documentKind';
import { findFrontMatter } from './frontMatter';
import {
  findClosing,
  findConclusion,
  findSalutation,
  findTitleBlock,
  partBoundaries,
  inlineListStarts,
  type LineKinds,
} from './landmarks';
import { labelsNextLine, mayBeLabelValue, residueOf, type ResidueKind } from './residue';
import type { LineCache } from './lineCache';
import { scanLine } from './lineChars';
import { isBlank, lineIndexAt, splitLines, type Line } from '../language/text';
import { codeBefore, isBlankCode, isChineseContextCode, isHanCode } from '../language/chars';
import type { ItemCandidate, LineLex } from './lineLex';
import type { Heading, Item, ItemFamily, Paragraph, ParsedSpeech, Section, Span } from './types';

/**
 * A mark after which an item may start (a sentence end or a colon, or a comma for runs already begun), followed by
 * blanks and the first character of an item marker: the engine skips the rest of the line natively.
 */
const ITEM_BOUNDARY = new RegExp(`[。！？；!?;：:，,](?=[ \\t\\u3000\\u00a0]*[${[...ITEM_START].join('')}])`, 'g');

/**
 * Parses a speech. With `cache` (one per document), lines whose text did not change since the last parse are
 * not read again.
 */
export function parseSpeech(text: string, cache?: LineCache<LineLex>): ParsedSpeech {
  const lines = splitLines(text);
  const lexOf = (lineText: string, line: Line): LineLex => lexLine(lineText, text, line.start);
  const lexes = lines.map((line) =>
    cache ? cache.lineAt(line.index, lines.length, line.text, lexOf, line) : lexOf(line.text, line),
  );
  cache?.endPass();
  const frontMatter = findFrontMatter(lines);
  // The block's lines are read as no part of the speech; each gets a lex of its own (the engine keeps per-line
  // results in a lex, so two lines of different text never share one).
  if (frontMatter)
    for (let index = 0; index <= frontMatter.endLine; index++)
      lexes[index] = unspokenLex(lines[index].text, 'front-matter');
  markLabelValues(lines, lexes);
  const paragraphs = findParagraphs(lines, lexes);
  const kinds: LineKinds = {
    isHeading: (line) => lexes[line.index].heading !== undefined,
    isResidue: (line) => lexes[line.index].residue !== undefined,
  };
  const salutation = findSalutation(lines, kinds);
  const kind = detectKind(lines, frontMatter, {
    skip: kinds.isResidue,
    isHeading: kinds.isHeading,
    salutationLine: salutation?.line,
  });
  const titleBlock = findTitleBlock(lines, kinds, salutation);
  const closing = findClosing(lines, kinds);
  const bodyStart = titleBlock ? lineIndexAt(lines, titleBlock.span.end) + 1 : 0;
  // The closing part never begins at the speech's first paragraph.
  const firstBodyLine = salutation?.line ?? paragraphs.find((paragraph) => paragraph.line >= bodyStart)?.line ?? 0;
  const conclusion = findConclusion(lines, kinds, firstBodyLine, closing);
  // Sections and item runs end where the closing part begins; the title block holds neither.
  const endLine = conclusion?.line ?? lines.length;
  const boundaries = partBoundaries(lines, kinds);
  const units = unitBoundaries(lines, kinds);
  const listStarts = inlineListStarts(lines, kinds);
  // An appendix after the closing (附件, 名词解释) is outlined as a part of its own: its headings, from the top again.
  const appendix = conclusion ? boundaries.find((boundary) => boundary > conclusion.lastLine) : undefined;
  const builder = new TreeBuilder(lines, appendix === undefined ? endLine : lines.length);
  // A list heading (see LineLex) is number n of a list that reached n − 1; the first of a list, where none is open and
  // the next heading is its second.
  const goesOnWithList = (index: number): boolean => {
    const listHeading = lexes[index].listHeading!;
    const { style, number } = listHeading;
    const reached = builder.reachedInList(style);
    if (style === 'cn-dun') return lostPauseGoesOn(lexes, index, reached.number, lines[index].text, listHeading);
    if (number !== 1) return reached.number === number - 1;
    if (style !== 'cn-paren' || reached.inSection) return false;
    const next = nextHeadingAtRank(lexes, index, STYLE_RANK['cn-paren']);
    return next?.style === 'cn-paren' && next.number === 2;
  };
  const readHeading = (index: number): void => {
    const lex = lexes[index];
    const heading = lex.heading ?? (lex.listHeading && goesOnWithList(index) ? lex.listHeading : undefined);
    if (!heading) return;
    const parsed = withTitleBelow(toHeading(lines[index], heading), lines[index + 1], lexes[index + 1]);
    builder.openHeading(
      parsed,
      builder.slippedInto(parsed, (rank) => nextHeadingAtRank(lexes, index, rank)),
    );
  };
  const boundarySet = new Set(boundaries);
  for (let index = bodyStart; index < endLine; index++) {
    // A part with numbering of its own (附件, 注：) opens at the top of the outline.
    if (boundarySet.has(index)) builder.endPartAt(index);
    readHeading(index);
    for (const candidate of lexes[index].items) builder.tryItem(lines[index], candidate);
  }
  if (appendix !== undefined) {
    builder.endPartAt(endLine);
    for (let index = appendix; index < lines.length; index++) {
      if (boundarySet.has(index)) builder.endPartAt(index);
      readHeading(index);
    }
  }
  const { sections, topLevelItems, headings, items } = builder.finish();
  const lineSpoken = lexes.map((lex) => lex.spoken);
  const lineResidue = lexes.map((lex) => lex.residue);
  return {
    text,
    lines,
    paragraphs,
    headings,
    items,
    sections,
    topLevelItems,
    salutation,
    closing,
    titleBlock,
    conclusion,
    lineSpoken,
    lineResidue,
    lineLexes: lexes,
    frontMatter,
    kind,
    partBoundaries: boundaries,
    unitBoundaries: units,
    inlineListStarts: listStarts,
  };
}

/**
 * A page's label alone on its line (来源：) has its value on the next (四川日报); a breadcrumb's separator (>) the next
 * crumb: those lines are residue as well, though no form of their own tells it.
 */
function markLabelValues(lines: readonly Line[], lexes: LineLex[]): void {
  for (let index = 0; index + 1 < lines.length; index++) {
    if (lexes[index].residue !== 'furniture' || !labelsNextLine(lines[index].text)) continue;
    let next = index + 1;
    while (next < lines.length && lines[next].text.trim() === '') next++;
    const lex = lexes[next];
    if (!lex || lex.residue !== undefined || lex.heading || !mayBeLabelValue(lines[next].text, lines[index].text))
      continue;
    lexes[next] = {
      ...lex,
      heading: undefined,
      items: NO_CANDIDATES,
      spoken: 0,
      residue: 'furniture',
      listHeading: undefined,
    };
  }
}

/** A line that is only an HTML comment, as Markdown writes one: `<!-- speech-draft-disable-next-line … -->`. */
const COMMENT_LINE = /^[ \t\u3000]*<!--.*-->[ \t\u3000]*$/;

/** The lex of a line that is no part of the speech. */
function unspokenLex(text: string, residue: ResidueKind): LineLex {
  const [contentStart, contentEnd] = trimmedRange(text);
  return {
    heading: undefined,
    items: NO_CANDIDATES,
    contentStart,
    contentEnd,
    spoken: 0,
    chars: 0,
    residue,
    listHeading: undefined,
  };
}

/**
 * Reads one line: its heading, if any, and every place an inline item could start. Every lex has the same fields,
 * and a line without items shares one empty list: a long document keeps thousands of these.
 */
function lexLine(text: string, source: string, start: number): LineLex {
  if (text === '') return EMPTY_LINE;
  if (text.includes('<!--') && COMMENT_LINE.test(text)) return unspokenLex(text, 'comment');
  // The document's text, not the line sliced from it, is read: see scanLine.
  const { chars, spoken, itemAfterMark } = scanLine(source, start, start + text.length);
  const [contentStart, contentEnd] = trimmedRange(text);
  if (contentStart === contentEnd)
    return {
      heading: undefined,
      items: NO_CANDIDATES,
      contentStart,
      contentEnd,
      spoken,
      chars,
      residue: undefined,
      listHeading: undefined,
    };
  let match = matchHeading(text);
  // A heading is never residue (三、全年发表文章200篇 ends like a template site's collection title).
  const residue = match ? undefined : residueOf(text);
  if (residue)
    return {
      heading: undefined,
      items: NO_CANDIDATES,
      contentStart,
      contentEnd,
      spoken: 0,
      chars,
      residue,
      listHeading: undefined,
    };
  // Most lines hold no item marker after a mark (the scan tells), and the search for one is not cheap.
  const starts = itemAfterMark ? itemStartsAfterBoundaries(text, match ? match.contentStart : 0) : NO_ITEM_STARTS;
  // 第一，要提高认识。第二，要加强领导。 in one paragraph is a run of items, not a heading with items under it.
  if (
    match?.style === 'di' &&
    starts.some((start) => start.match.family === 'di' && start.match.number === match!.number + 1)
  )
    match = undefined;
  // 第一，7月26日，……。 a paragraph that tells what happened is an item of a list, not the title of a section.
  if (match?.style === 'di' && isNarrative(text, match.contentStart)) match = undefined;
  let heading: LineLex['heading'];
  let items: ItemCandidate[] | undefined;
  if (match) {
    const boldClose = boldCloseOf(text);
    const titleEnd = findTitleEnd(text, match.contentStart, 'heading', boldClose < 0 ? text.length : boldClose);
    // An empty title ends at the marker, not after the blanks that follow it (which lie outside the section).
    const markerEnd = match.markerStart + match.marker.length;
    // Built field by field, not spread: a spread copies through a slow generic path (about 1 % of the analysis).
    const empty = titleEnd === match.contentStart;
    heading = {
      style: match.style,
      marker: match.marker,
      number: match.number,
      markerStart: match.markerStart,
      contentStart: empty ? markerEnd : match.contentStart,
      titleEnd: empty ? markerEnd : titleEnd,
    };
  } else {
    const offset = contentStartOf(text);
    const itemMatch = matchItemAt(text, offset);
    if (itemMatch) items = [candidate(text, { boundary: -1, offset, match: itemMatch, afterComma: false }, starts)];
  }
  const runStarts = numberTwoOffsets(starts);
  for (const start of starts) (items ??= []).push(candidate(text, opensRun(start, runStarts), starts));
  return {
    heading,
    items: items ?? NO_CANDIDATES,
    contentStart,
    contentEnd,
    spoken,
    chars,
    residue: undefined,
    listHeading: heading ? undefined : listHeadingOf(text),
  };
}

/** `20.2026年…` at a line's start: a number, a point, and a digit (which matchHeading reads as a decimal). */
const DECIMAL_START = /[0-9０-９]{1,2}[.．](?=[0-9０-９])/y;

const DECIMAL_UNIT = /^[0-9０-９]+(?:[万亿千百%％‰元个倍米吨斤亩]|平方|公里|小时)/;

/**
 * A line that opens like a heading where it goes on with a list (see LineLex): a decimal, an unclosed （二, or a 二
 * that lost its 、.
 */
function listHeadingOf(text: string): LineLex['listHeading'] {
  return decimalHeadingOf(text) ?? unclosedBracketHeadingOf(text) ?? lostPauseHeadingOf(text);
}

/**
 * `二深刻认识……`: a Chinese numeral and then the title, a 二、 whose 、 was lost (heading-marker restores it). Read
 * alone, the line could be 二是…… or 三年来…… (a run's member, a count), which is why the characters that make the
 * numeral a count or a run's member are refused here and the parse asks the list around it (lostPauseGoesOn).
 */
const LOST_PAUSE_START = new RegExp(
  String.raw`(${CHINESE_NUMERAL_SOURCE})(?=[\p{Script=Han}“《]|[0-9０-９]{4}年)`,
  'uy',
);

/**
 * After a numeral, the characters of a count or an ordinal word and of a run's member. Not 大 or 中 (二十大, 三中全会):
 * a title may begin with them (大力推进, 中央部署), and between 一、 and 三、 the list is the better witness.
 */
const NOT_AFTER_LOST_PAUSE = new Set('是要来者则〇○零百千万亿年月日天号季期次个位名项条种类批届级');
/** After 一, the words it begins too (一些, 一切, 一方面). */
const NOT_AFTER_LOST_PAUSE_ONE = new Set('些切直定旦般样律起致贯流方系道同体带路线');

function lostPauseHeadingOf(text: string): LineLex['listHeading'] {
  const markerStart = contentStartOf(text);
  LOST_PAUSE_START.lastIndex = markerStart;
  const match = LOST_PAUSE_START.exec(text);
  if (!match) return undefined;
  const contentStart = LOST_PAUSE_START.lastIndex;
  const number = parseChineseNumeral(match[1]);
  const after = text[contentStart];
  if (number === undefined || NOT_AFTER_LOST_PAUSE.has(after)) return undefined;
  if (number === 1 && NOT_AFTER_LOST_PAUSE_ONE.has(after)) return undefined;
  return {
    style: 'cn-dun',
    marker: match[1],
    number,
    markerStart,
    contentStart,
    titleEnd: Math.max(findTitleEnd(text, contentStart, 'heading'), contentStart),
  };
}

/**
 * Whether a 二 that lost its 、 stands in its list: after 一、 and before 三、. The last of a list, or the first,
 * must also be written as a title alone on its line (no pause or stop inside it), where a paragraph never is.
 */
function lostPauseGoesOn(
  lexes: readonly LineLex[],
  index: number,
  reached: number,
  text: string,
  { number, contentStart }: HeadingMatch,
): boolean {
  if (reached !== number - 1) return false;
  const next = nextHeadingAtRank(lexes, index, STYLE_RANK['cn-dun']);
  if (next?.style === 'cn-dun' && next.number === number + 1) return number > 1 || isTitleAlone(text, contentStart);
  // The last of its list: the body ends, or a part of its own begins (附件 with its 一、).
  const listEnds = next === undefined || next.style === 'di-part' || (next.style === 'cn-dun' && next.number === 1);
  return listEnds && number > 1 && isTitleAlone(text, contentStart);
}

/** How long a title alone on its line may be, in characters. */
const MAX_TITLE_ALONE = 30;

/** A pause, a stop or another mark that a title alone on its line does not hold. */
const SENTENCE_MARK = /[，,。；;：:！？!?]/;

/** The rest of the line from `from` is one short title: no pause, stop or other sentence mark inside it. */
function isTitleAlone(text: string, from: number): boolean {
  const end = contentEnd(text, text.length);
  return end - from <= MAX_TITLE_ALONE && !SENTENCE_MARK.test(text.slice(from, end));
}

/** How far below an unclosed （一 its list's （二） is looked for. */
const MAX_LIST_LOOKAHEAD = 200;

/**
 * The next heading below `index` at `rank` or above (the headings under it passed over), within MAX_LIST_LOOKAHEAD
 * lines. A 第一， heading, which takes its rank from where it stands, ends the search.
 */
function nextHeadingAtRank(lexes: readonly LineLex[], index: number, rank: number): HeadingMatch | undefined {
  const end = Math.min(lexes.length, index + 1 + MAX_LIST_LOOKAHEAD);
  for (let next = index + 1; next < end; next++) {
    const heading = lexes[next].heading;
    if (heading && (heading.style === 'di' || STYLE_RANK[heading.style] <= rank)) return heading;
  }
  return undefined;
}

/**
 * `（二促进各民族……`: a Chinese numeral after an opening bracket that the line never closes, then the title (or the
 * line's end, the title below). The bracket's closing half was lost (heading-marker restores it); read alone, the
 * line could be （一般来说…… or （十分…, which is why the parse asks the list around it.
 */
const UNCLOSED_BRACKET_START = new RegExp(
  String.raw`[（(](${CHINESE_NUMERAL_SOURCE})(?=\p{Script=Han}|[“《‘]|[ \t\u3000]*$)`,
  'uy',
);

function unclosedBracketHeadingOf(text: string): LineLex['listHeading'] {
  const markerStart = contentStartOf(text);
  UNCLOSED_BRACKET_START.lastIndex = markerStart;
  const match = UNCLOSED_BRACKET_START.exec(text);
  if (!match || !opensMoreThanCloses(text)) return undefined;
  const number = parseChineseNumeral(match[1]);
  if (number === undefined) return undefined;
  const contentStart = UNCLOSED_BRACKET_START.lastIndex;
  return {
    style: 'cn-paren',
    marker: text.slice(markerStart, contentStart),
    number,
    markerStart,
    contentStart,
    titleEnd: Math.max(findTitleEnd(text, contentStart, 'heading'), contentStart),
  };
}

/** More opening brackets than closing ones on the line. */
function opensMoreThanCloses(text: string): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0xff08 || code === 0x28) depth++;
    else if (code === 0xff09 || code === 0x29) depth--;
  }
  return depth > 0;
}

function decimalHeadingOf(text: string): LineLex['listHeading'] {
  const markerStart = contentStartOf(text);
  DECIMAL_START.lastIndex = markerStart;
  if (!DECIMAL_START.test(text)) return undefined;
  const markerEnd = DECIMAL_START.lastIndex;
  // 3.5亿元, 2.5%, 1.5倍: a figure with its unit is a decimal, whatever list stands above it.
  if (DECIMAL_UNIT.test(text.slice(markerEnd, markerEnd + 8))) return undefined;
  const marker = text.slice(markerStart, markerEnd);
  const number = parseArabicNumeral(marker.slice(0, -1));
  if (number === undefined || number < 2) return undefined;
  const titleEnd = findTitleEnd(text, markerEnd, 'heading');
  return {
    style: 'num-dot',
    marker,
    number,
    markerStart,
    contentStart: markerEnd,
    titleEnd: Math.max(titleEnd, markerEnd),
  };
}

/** A heading's title is one short sentence: 第一，德育为首。 */
const MAX_DI_TITLE = 30;
/** What may follow a di heading's title on its line before the line reads as a paragraph. */
const MAX_DI_TAIL = 12;

/** The line after a 第一， marker runs on as prose: a long first sentence, or more sentences after it. */
function isNarrative(text: string, contentStart: number): boolean {
  const rest = text.slice(contentStart).trimEnd();
  const end = rest.search(/[。！？!?]/);
  if (end < 0) return rest.length > MAX_DI_TITLE + MAX_DI_TAIL;
  return end > MAX_DI_TITLE || rest.length - end - 1 > MAX_DI_TAIL;
}

const NO_CANDIDATES: readonly ItemCandidate[] = []; // Not frozen: see NO_MATCHES in text.ts.

/** For each family, the last offset on the line where its number 2 stands (one pass: a line may hold thousands). */
function numberTwoOffsets(starts: readonly ItemStart[]): Map<ItemFamily, number> | undefined {
  let found: Map<ItemFamily, number> | undefined;
  for (const start of starts) if (start.match.number === 2) (found ??= new Map()).set(start.match.family, start.offset);
  return found;
}

/**
 * A 一是 after a comma may open a run when its 二是 follows on the line (主题是“爱国”，一是爱国之心……；二是爱国之情);
 * otherwise an item after a comma only continues a run already begun.
 */
function opensRun(start: ItemStart, numberTwo: Map<ItemFamily, number> | undefined): ItemStart {
  if (!start.afterComma || start.match.number !== 1) return start;
  const two = numberTwo?.get(start.match.family);
  if (two === undefined || two <= start.offset) return start;
  return { boundary: start.boundary, offset: start.offset, match: start.match, afterComma: false };
}

/** Every empty line's lex, shared: there is nothing to remember about one. */
const EMPTY_LINE: LineLex = {
  heading: undefined,
  items: NO_CANDIDATES,
  contentStart: 0,
  contentEnd: 0,
  spoken: 0,
  chars: 0,
  residue: undefined,
  listHeading: undefined,
};

/** An item marker that follows a boundary mark (and blanks) on the line. */
interface ItemStart {
  /** The mark's offset: a title running up to here stops before it. */
  boundary: number;
  offset: number;
  match: ItemMatch;
  afterComma: boolean;
}

/** Every item marker right after a sentence end, colon or comma at or after `from`, in order: one pass over the line. */
function itemStartsAfterBoundaries(text: string, from: number): readonly ItemStart[] {
  let starts: ItemStart[] | undefined;
  ITEM_BOUNDARY.lastIndex = from;
  for (let found = ITEM_BOUNDARY.exec(text); found; found = ITEM_BOUNDARY.exec(text)) {
    const boundary = found.index;
    let next = boundary + 1;
    while (isBlank(text[next])) next++;
    const match = matchItemAt(text, next);
    if (match)
      (starts ??= []).push({ boundary, offset: next, match, afterComma: found[0] === '，' || found[0] === ',' });
  }
  return starts ?? NO_ITEM_STARTS;
}

const NO_ITEM_STARTS: readonly ItemStart[] = []; // Not frozen: see NO_MATCHES in text.ts.

function candidate(text: string, start: ItemStart, starts: readonly ItemStart[]): ItemCandidate {
  const { offset, match, afterComma } = start;
  let titleFrom = offset + match.marker.length;
  while (titleFrom < text.length && (isBlank(text[titleFrom]) || TITLE_LEAD.has(text[titleFrom]))) titleFrom++;
  let titleEnd = Math.max(
    titleFrom,
    findTitleEnd(text, titleFrom, 'item', nextBoundaryBeforeItem(starts, titleFrom, text.length)),
  );
  if (titleEnd === titleFrom) {
    // An empty title ends at the marker, not after the marks and blanks that follow it.
    titleFrom = offset + match.marker.length;
    titleEnd = titleFrom;
  }
  return { offset, match, afterComma, titleFrom, titleEnd };
}

/** Pause marks between an item marker and its title: 一是，抓项目. */
const TITLE_LEAD: ReadonlySet<string> = new Set(['，', ',', '：', ':']);

/** Where the next item on the line begins (its boundary mark) at or after `from`, so titles stop there. */
function nextBoundaryBeforeItem(starts: readonly ItemStart[], from: number, otherwise: number): number {
  // Binary search: a long line can hold thousands of items.
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (starts[mid].boundary < from) low = mid + 1;
    else high = mid;
  }
  return low < starts.length ? starts[low].boundary : otherwise;
}

function findParagraphs(lines: readonly Line[], lexes: readonly LineLex[]): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  for (const line of lines) {
    const { contentStart, contentEnd, residue } = lexes[line.index];
    if (contentStart < contentEnd && !residue)
      paragraphs.push({ line: line.index, span: { start: line.start + contentStart, end: line.start + contentEnd } });
  }
  return paragraphs;
}

/** Where the line's content starts and ends once blanks (and a BOM) are trimmed; equal for a blank line. */
function trimmedRange(text: string): [number, number] {
  let start = 0;
  let end = text.length;
  while (start < end && (isBlank(text[start]) || text[start] === '\ufeff')) start++;
  while (end > start && isBlank(text[end - 1])) end--;
  return [start, end];
}

function toHeading(line: Line, match: HeadingMatch & { titleEnd: number }): Heading {
  return {
    kind: 'heading',
    style: match.style,
    marker: match.marker,
    number: match.number,
    title: line.text.slice(match.contentStart, match.titleEnd),
    line: line.index,
    markerSpan: { start: line.start + match.markerStart, end: line.start + match.markerStart + match.marker.length },
    headingSpan: {
      start: line.start + match.markerStart,
      end: line.start + Math.max(match.titleEnd, match.markerStart + match.marker.length),
    },
  };
}

/** The longest line read as the title of a marker that stands alone on the line above it. */
const MAX_TITLE_BELOW = 40;

/** A marker alone on its line (`（二）`) takes its title from the next line when that line is short and no heading. */
function withTitleBelow(heading: Heading, next: Line | undefined, nextLex: LineLex | undefined): Heading {
  if (
    heading.title !== '' ||
    !next ||
    !nextLex ||
    nextLex.heading ||
    nextLex.contentEnd - nextLex.contentStart > MAX_TITLE_BELOW
  )
    return heading;
  const start = contentStartOf(next.text);
  const boldClose = boldCloseOf(next.text);
  const end = findTitleEnd(next.text, start, 'heading', boldClose < 0 ? next.text.length : boldClose);
  return end > start ? { ...heading, title: next.text.slice(start, end) } : heading;
}

/** End of a title: the first stop mark (or the limit), with trailing blanks and pause marks trimmed off. */
function findTitleEnd(text: string, from: number, kind: 'heading' | 'item', limit = text.length): number {
  let end = from;
  while (end < limit && !endsTitle(text.charCodeAt(end), kind) && !isHalfWidthStop(text, end)) end++;
  // A loop, not /[…]+$/: that pattern backtracks quadratically over a long run of commas.
  while (end > from && TRAILING_MARKS.has(text[end - 1])) end--;
  return end;
}

/**
 * 未达到整改要求的. : a full stop typed half-width after Chinese, at the line's end or before more Chinese, ends a title
 * as 。 does (halfwidth-punctuation reports the mark; read as part of the title, it made the entry an empty heading).
 * Not a decimal point or an abbreviation's: those stand after a digit or a letter.
 */
function isHalfWidthStop(text: string, at: number): boolean {
  if (text.charCodeAt(at) !== 0x2e) return false;
  const after = text.charCodeAt(at + 1);
  return isChineseContextCode(codeBefore(text, at)) && (Number.isNaN(after) || isBlankCode(after) || isHanCode(after));
}

/** 。！？!? end a title; an item's title also ends at ；; (a heading's may hold a semicolon). Codes, not strings: no string a character. */
function endsTitle(code: number, kind: 'heading' | 'item'): boolean {
  switch (code) {
    case 0x3002: // 。
    case 0xff01: // ！
    case 0xff1f: // ？
    case 0x21: // !
    case 0x3f: // ?
      return true;
    case 0xff1b: // ；
    case 0x3b: // ;
      return kind === 'item';
    default:
      return false;
  }
}

const TRAILING_MARKS: ReadonlySet<string> = new Set([
  ' ',
  '\t',
  '\u3000',
  '\u00a0',
  '\r',
  '\n',
  '：',
  ':',
  '，',
  ',',
  '；',
  ';',
  '、',
]);

interface OpenSection {
  section: Section;
  /** Nesting rank; `di` headings take their parent's rank plus a half. */
  rank: number;
}

/** Builds the section tree with a stack of open sections, and assigns inline items to them. */
class TreeBuilder {
  private readonly stack: OpenSection[] = [];
  private readonly roots: Section[] = [];
  private readonly topLevelItems: Item[] = [];
  private readonly headings: Heading[] = [];
  private readonly itemsInOrder: Item[] = [];
  private readonly dropped = new Set<Item>();
  /**
   * The number of the last heading opened of each style: for lines such as `20.2026年…` that go on with a `1.` list,
   * and for lists that count on from the section before.
   */
  private readonly lastOfStyle = new Map<HeadingStyle, number>();
  /** The last item of the innermost open section (or of the top level), for runs that continue after a comma. */
  private lastItem: Item | undefined;

  constructor(
    private readonly lines: readonly Line[],
    /** The line where the sections end: the closing part's first, or past the last line. */
    private readonly endLine: number,
  ) {}

  /**
   * The number the list of `style` open here has reached: the last `1.` heading opened (-1 before the first); the
   * （一） heading open in the innermost section, or where none is open (`inSection` false), the last one of the
   * document (a plan may count its （五） on from the section before; 0 before the first); the 一、 heading open (0 where
   * none is).
   */
  reachedInList(style: HeadingStyle): { number: number; inSection: boolean } {
    if (style === 'num-dot') return { number: this.lastOfStyle.get('num-dot') ?? -1, inSection: false };
    if (style === 'cn-dun') {
      const open = this.stack.find(({ rank }) => rank === STYLE_RANK['cn-dun'])?.section.heading;
      return { number: open?.style === 'cn-dun' ? open.number : 0, inSection: open !== undefined };
    }
    const rank = STYLE_RANK['cn-paren'];
    for (let at = this.stack.length - 1; at >= 0; at--) {
      const { section, rank: open } = this.stack[at];
      if (open > rank) continue;
      if (open === rank && section.heading.style === 'cn-paren')
        return { number: section.heading.number, inSection: true };
      break;
    }
    return { number: this.lastOfStyle.get('cn-paren') ?? 0, inSection: false };
  }

  /**
   * The list that a heading written in another style stands in: `2.促进……` or `二、促进……` between （一） and （三）, a
   * （二） retyped. It is read there (numbering-sequence then reports its style, once) where an open heading of another
   * style is its number − 1 and the heading after it in that list is its number + 1, or the list ends there and its
   * parent's next heading follows. Retyped in a deeper style (`2.`), it must not go on with a list of that style where
   * it stands, nor be followed by its number or the next one in that style (（二） （二） is a repeat, not a retyped
   * 二、). Retyped in a higher one (`二、`), it may not go on with the list of that style, unless the real one follows
   * the list's next (the real 二、 after （三）): right after it, the first is as likely a heading inserted before its
   * namesake, to be renumbered. Undefined for a heading that stands where its style puts it.
   */
  slippedInto(
    heading: Heading,
    nextAt: (rank: number) => HeadingMatch | undefined,
  ): { rank: number; style: HeadingStyle } | undefined {
    const { style, number } = heading;
    if (style === 'di' || style === 'di-part' || number < 2) return undefined;
    const own = STYLE_RANK[style];
    for (let at = this.stack.length - 1; at >= 0; at--) {
      const { section, rank } = this.stack[at];
      const open = listStyleOf(section.heading);
      if (open === style || open === 'di' || open === 'di-part' || rank === own) continue;
      if (section.heading.number !== number - 1) continue;
      const next = nextAt(rank);
      const parent = this.stack[at - 1]?.section;
      const listGoesOn =
        (next?.style === open && next.number === number + 1) ||
        (parent !== undefined &&
          next?.style === listStyleOf(parent.heading) &&
          next.number === parent.heading.number + 1);
      const nextOfOwn = nextAt(own);
      const ownState = this.ownList(heading, own);
      const slipped = { rank, style: open };
      const repeated = nextOfOwn?.style === style && nextOfOwn.number === number;
      if (own > rank) {
        const startsOwnList = nextOfOwn?.style === style && (repeated || nextOfOwn.number === number + 1);
        return listGoesOn && (ownState === 'none' || ownState === 'breaks') && !startsOwnList ? slipped : undefined;
      }
      return listGoesOn && (ownState !== 'continues' || (repeated && nextOfOwn !== next)) ? slipped : undefined;
    }
    return undefined;
  }

  /**
   * What the heading does to the list of its own style where its style's `rank` puts it: goes on with its previous
   * sibling (that style, its number − 1), repeats its number, breaks the list (another number), or has none.
   */
  private ownList({ style, number }: Heading, rank: number): 'continues' | 'repeats' | 'breaks' | 'none' {
    let parent = this.stack.length;
    while (parent > 0 && this.stack[parent - 1].rank >= rank) parent--;
    const previous = (parent > 0 ? this.stack[parent - 1].section.children : this.roots).at(-1)?.heading;
    // A list may count on from the section before (（一） 1. 2. （二） 3.).
    if (previous?.style !== style) return this.lastOfStyle.get(style) === number - 1 ? 'continues' : 'none';
    if (previous.number === number - 1) return 'continues';
    return previous.number === number ? 'repeats' : 'breaks';
  }

  openHeading(written: Heading, slipped?: { rank: number; style: HeadingStyle }): void {
    const heading = slipped ? { ...written, inListOf: slipped.style } : written;
    this.lastOfStyle.set(heading.style, heading.number);
    const rank = this.popFor(heading, slipped?.rank);
    const parent = this.stack.at(-1);
    const section: Section = {
      heading,
      level: this.stack.length + 1,
      span: { start: this.lines[heading.line].start, end: heading.headingSpan.end },
      lastLine: heading.line,
      children: [],
      items: [],
    };
    (parent ? parent.section.children : this.roots).push(section);
    this.stack.push({ section, rank });
    this.headings.push(heading);
    this.lastItem = undefined;
  }

  /** Closes the sections the new heading ends and returns the new heading's rank (`rankInList` when it is given). */
  private popFor(heading: Heading, rankInList?: number): number {
    const closeAt = heading.line;
    if (heading.style === 'di') {
      const sameStyle = this.stack.findIndex((open) => open.section.heading.style === 'di');
      if (sameStyle >= 0) {
        this.closeDownTo(sameStyle, closeAt);
      }
      return (this.stack.at(-1)?.rank ?? -1) + 0.5;
    }
    const rank = rankInList ?? STYLE_RANK[heading.style];
    let keep = this.stack.length;
    while (keep > 0 && this.stack[keep - 1].rank >= rank) keep--;
    this.closeDownTo(keep, closeAt);
    return rank;
  }

  private closeDownTo(depth: number, beforeLine: number): void {
    while (this.stack.length > depth) {
      const open = this.stack.pop()!;
      this.closeSection(open.section, beforeLine);
    }
  }

  private closeSection(section: Section, beforeLine: number): void {
    let last = beforeLine - 1;
    while (last > section.heading.line && this.lines[last].text.trim() === '') last--;
    section.lastLine = Math.max(last, section.heading.line);
    const lastText = this.lines[section.lastLine];
    const trimmedEnd = lastText.start + contentEnd(lastText.text, lastText.text.length);
    section.span = { start: section.span.start, end: Math.max(trimmedEnd, section.heading.headingSpan.end) };
    this.settleItems(section.items, section.span.end);
  }

  /** Takes an item candidate of the line if the run context allows it (a comma continues only a begun run). */
  tryItem(line: Line, candidate: ItemCandidate): void {
    const { match, offset } = candidate;
    const runContinues = this.lastItem?.family === match.family;
    if ((match.continuesOnly || candidate.afterComma) && !runContinues) return;
    const number = match.number ?? (runContinues ? this.lastItem!.number + 1 : 1);
    const markerStart = line.start + offset;
    const markerEnd = markerStart + match.marker.length;
    const markerSpan: Span = { start: markerStart, end: markerEnd };
    const item: Item = {
      kind: 'item',
      family: match.family,
      marker: match.marker,
      number,
      title: line.text.slice(candidate.titleFrom, candidate.titleEnd),
      line: line.index,
      markerSpan,
      headingSpan: { start: markerStart, end: Math.max(markerEnd, line.start + candidate.titleEnd) },
      span: { start: markerSpan.start, end: markerSpan.end },
    };
    const owner = this.stack.at(-1)?.section;
    (owner ? owner.items : this.topLevelItems).push(item);
    this.itemsInOrder.push(item);
    this.lastItem = item;
  }

  /** Closes every open section before `line`: the body ends there, and what follows opens at the top. */
  endPartAt(line: number): void {
    this.closeDownTo(0, line);
    this.lastItem = undefined;
  }

  finish(): { sections: Section[]; topLevelItems: Item[]; headings: Heading[]; items: Item[] } {
    const endLine = this.endLine;
    this.closeDownTo(0, endLine);
    // Items outside every section can only stand before the first one: later text belongs to the last section.
    const topLevelEnd = this.roots.length > 0 ? this.roots[0].span.start : this.endOfLineBefore(endLine);
    this.settleItems(this.topLevelItems, trimEndOffset(this.lines, topLevelEnd));
    const items = this.itemsInOrder.filter((item) => !this.dropped.has(item));
    return { sections: this.roots, topLevelItems: this.topLevelItems, headings: this.headings, items };
  }

  private endOfLineBefore(lineIndex: number): number {
    return lineIndex >= this.lines.length ? this.lines[this.lines.length - 1].end : this.lines[lineIndex].start;
  }

  /** Drops lone openers, then lets each item's content run to the next item of its owner, or to `ownerEnd`. */
  private settleItems(items: Item[], ownerEnd: number): void {
    for (const item of dropLoneRuns(items)) this.dropped.add(item);
    for (let i = 0; i < items.length; i++) {
      const nextStart = i + 1 < items.length ? items[i + 1].markerSpan.start : ownerEnd;
      items[i].span = {
        start: items[i].markerSpan.start,
        end: Math.max(items[i].headingSpan.end, trimEndOffset(this.lines, nextStart)),
      };
    }
  }
}

/** The end of the content before `offset`, skipping back over blanks and line breaks. */
function trimEndOffset(lines: readonly Line[], offset: number): number {
  let index = lineIndexAt(lines, offset);
  let end = Math.min(offset, lines[index].end);
  for (;;) {
    const trimmed = contentEnd(lines[index].text, end - lines[index].start);
    if (trimmed > 0 || index === 0) {
      return lines[index].start + trimmed;
    }
    index--;
    end = lines[index].end;
  }
}

/** Where `text` ends before `end` once trailing blanks are dropped. */
function contentEnd(text: string, end: number): number {
  while (end > 0 && (isBlank(text[end - 1]) || text[end - 1] === '\n' || text[end - 1] === '\r')) end--;
  return end;
}

/** 首先 without 其次, 一方面 without 另一方面: a lone opener is ordinary prose, not an enumeration. */
function dropLoneRuns(items: Item[]): Item[] {
  const dropped: Item[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (item.family !== 'shouxian' && item.family !== 'fangmian') continue;
    const alone = items[i - 1]?.family !== item.family && items[i + 1]?.family !== item.family;
    if (alone) dropped.push(item);
  }
  if (dropped.length === 0) return dropped;
  // One pass, not a splice per dropped item: alternating 首先…一是… drops half of a long list.
  const droppedSet = new Set(dropped);
  let kept = 0;
  for (const item of items) if (!droppedSet.has(item)) items[kept++] = item;
  items.length = kept;
  return dropped;
}
