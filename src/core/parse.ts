/** Text in, parsed speech out: lines, paragraphs, headings, inline items and the section tree. */

import { contentStartOf, matchHeading, STYLE_RANK, type HeadingMatch } from './headings';
import { CLAUSE_END, matchItemAt, SENTENCE_END, TITLE_END } from './items';
import { findClosing, findSalutation } from './landmarks';
import { isBlank, splitLines, type Line } from './text';
import type { Heading, Item, Landmark, Paragraph, ParsedSpeech, Section } from './types';

const HEADING_TITLE_END = /[。！？!?]/;
const TRAILING_PUNCTUATION = /[\s\u3000：:，,；;、]+$/u;

export function parseSpeech(text: string): ParsedSpeech {
  const lines = splitLines(text);
  const paragraphs = findParagraphs(lines);
  const salutation = findSalutation(lines, (line) => matchHeading(line.text) !== undefined);
  const closing = findClosing(lines);
  const builder = new TreeBuilder(lines, closing);
  for (const line of lines) {
    if (closing && line.index === closing.line) {
      continue;
    }
    const headingMatch = matchHeading(line.text);
    if (headingMatch) {
      builder.openHeading(toHeading(line, headingMatch));
    }
    builder.scanItems(line, headingMatch ? headingMatch.contentStart : undefined);
  }
  const { sections, topLevelItems, headings, items } = builder.finish();
  return { text, lines, paragraphs, headings, items, sections, topLevelItems, salutation, closing };
}

function findParagraphs(lines: readonly Line[]): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  for (const line of lines) {
    const span = trimmedSpan(line);
    if (span) {
      paragraphs.push({ line: line.index, span });
    }
  }
  return paragraphs;
}

function trimmedSpan(line: Line): { start: number; end: number } | undefined {
  let start = 0;
  let end = line.text.length;
  while (start < end && (isBlank(line.text[start]) || line.text[start] === '\ufeff')) start++;
  while (end > start && isBlank(line.text[end - 1])) end--;
  return start < end ? { start: line.start + start, end: line.start + end } : undefined;
}

function toHeading(line: Line, match: HeadingMatch): Heading {
  const titleEnd = findTitleEnd(line.text, match.contentStart, HEADING_TITLE_END);
  const title = line.text.slice(match.contentStart, titleEnd);
  return {
    kind: 'heading',
    style: match.style,
    marker: match.marker,
    number: match.number,
    title,
    line: line.index,
    markerSpan: { start: line.start + match.markerStart, end: line.start + match.markerStart + match.marker.length },
    headingSpan: { start: line.start + match.markerStart, end: line.start + Math.max(titleEnd, match.markerStart + match.marker.length) },
  };
}

/** End of a title: the first stop mark (or the limit), with trailing blanks and pause marks trimmed off. */
function findTitleEnd(text: string, from: number, stop: RegExp, limit = text.length): number {
  let end = from;
  while (end < limit && !stop.test(text[end])) end++;
  const trimmed = text.slice(from, end).replace(TRAILING_PUNCTUATION, '');
  return from + trimmed.length;
}

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
  /** The last item of the innermost open section (or of the top level), for runs that continue after a comma. */
  private lastItem: Item | undefined;

  constructor(
    private readonly lines: readonly Line[],
    private readonly closing: Landmark | undefined,
  ) {}

  openHeading(heading: Heading): void {
    const rank = this.popFor(heading);
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

  /** Closes the sections the new heading ends and returns the new heading's rank. */
  private popFor(heading: Heading): number {
    const closeAt = heading.line;
    if (heading.style === 'di') {
      const sameStyle = this.stack.findIndex((open) => open.section.heading.style === 'di');
      if (sameStyle >= 0) {
        this.closeDownTo(sameStyle, closeAt);
      }
      return (this.stack.at(-1)?.rank ?? -1) + 0.5;
    }
    const rank = STYLE_RANK[heading.style];
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
    while (last > section.heading.line && (this.lines[last].text.trim() === '' || last === this.closing?.line)) last--;
    section.lastLine = Math.max(last, section.heading.line);
    const lastText = this.lines[section.lastLine];
    const trimmedEnd = lastText.start + lastText.text.replace(/[\s\u3000]+$/u, '').length;
    section.span = { start: section.span.start, end: Math.max(trimmedEnd, section.heading.headingSpan.end) };
    this.settleItems(section.items, section.span.end);
  }

  /** Finds the items in one line; `afterMarker` is where a heading's text starts on a heading line. */
  scanItems(line: Line, afterMarker: number | undefined): void {
    const text = line.text;
    const first = afterMarker === undefined ? contentStartOf(text) : undefined;
    if (first !== undefined) {
      this.tryItemAt(line, first, false);
    }
    for (let i = afterMarker ?? 0; i < text.length; i++) {
      const char = text[i];
      const sentenceEnd = SENTENCE_END.test(char);
      if (!sentenceEnd && !CLAUSE_END.test(char)) continue;
      let next = i + 1;
      while (next < text.length && isBlank(text[next])) next++;
      if (next < text.length) {
        this.tryItemAt(line, next, !sentenceEnd);
      }
    }
  }

  private tryItemAt(line: Line, offset: number, afterComma: boolean): void {
    const match = matchItemAt(line.text, offset);
    if (!match) return;
    const runContinues = this.lastItem?.family === match.family;
    if ((match.continuesOnly || afterComma) && !runContinues) return;
    const number = match.number ?? (runContinues ? this.lastItem!.number + 1 : 1);
    const markerStart = line.start + offset;
    const markerEnd = markerStart + match.marker.length;
    let titleFrom = offset + match.marker.length;
    while (titleFrom < line.text.length && (isBlank(line.text[titleFrom]) || /[，,：:]/.test(line.text[titleFrom]))) titleFrom++;
    const titleEnd = findTitleEnd(line.text, titleFrom, TITLE_END, this.nextItemOffset(line.text, titleFrom));
    const item: Item = {
      kind: 'item',
      family: match.family,
      marker: match.marker,
      number,
      title: line.text.slice(titleFrom, Math.max(titleFrom, titleEnd)),
      line: line.index,
      markerSpan: { start: markerStart, end: markerEnd },
      headingSpan: { start: markerStart, end: Math.max(markerEnd, line.start + titleEnd) },
      span: { start: markerStart, end: markerEnd },
    };
    const owner = this.stack.at(-1)?.section;
    (owner ? owner.items : this.topLevelItems).push(item);
    this.itemsInOrder.push(item);
    this.lastItem = item;
  }

  /** Where the next member of a run begins after a comma on the same line, so titles stop there. */
  private nextItemOffset(text: string, from: number): number {
    for (let i = from; i < text.length; i++) {
      if (CLAUSE_END.test(text[i]) || SENTENCE_END.test(text[i])) {
        let next = i + 1;
        while (next < text.length && isBlank(text[next])) next++;
        if (next < text.length && matchItemAt(text, next)) return i;
      }
    }
    return text.length;
  }

  finish(): { sections: Section[]; topLevelItems: Item[]; headings: Heading[]; items: Item[] } {
    const endLine = this.closing ? this.closing.line : this.lines.length;
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
      items[i].span = { start: items[i].markerSpan.start, end: Math.max(items[i].headingSpan.end, trimEndOffset(this.lines, nextStart)) };
    }
  }
}

/** The end of the content before `offset`, skipping back over blanks and line breaks. */
function trimEndOffset(lines: readonly Line[], offset: number): number {
  let index = lines.length - 1;
  while (index > 0 && lines[index].start > offset) index--;
  let end = Math.min(offset, lines[index].end);
  for (;;) {
    const text = lines[index].text.slice(0, end - lines[index].start);
    const trimmed = text.replace(/[\s\u3000]+$/u, '');
    if (trimmed.length > 0 || index === 0) {
      return lines[index].start + trimmed.length;
    }
    index--;
    end = lines[index].end;
  }
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
  for (const item of dropped) items.splice(items.indexOf(item), 1);
  return dropped;
}
