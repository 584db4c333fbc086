/** Structural edits as plain text transformations: move a section, insert a heading, and what to offer next. */

import { applyEdits } from '../engine/fix';
import { parseSpeech } from '../parse/parse';
import { renumberEdits } from '../parse/renumber';
import { markerWithNumber } from '../parse/sequences';
import { lineIndexAt } from '../language/text';
import type { HeadingStyle, Item, ParsedSpeech, Section } from '../parse/types';

export interface TextChange {
  /** The whole new text (the caller turns it into one minimal edit). */
  text: string;
  /** Where the cursor goes in the new text. */
  cursor: number;
}

/** The text renumbered, with `cursor` moved along with the edits before it. */
export function renumbered(text: string, cursor: number): TextChange {
  const edits = renumberEdits(parseSpeech(text));
  const shift = edits
    .filter((edit) => edit.end <= cursor)
    .reduce((sum, edit) => sum + edit.newText.length - (edit.end - edit.start), 0);
  return { text: applyEdits(text, edits), cursor: cursor + shift };
}

/**
 * The innermost section the cursor is in: the last heading at or above its line, blank lines after a section
 * included. Undefined in the opening and on the closing line.
 */
function sectionAt(speech: ParsedSpeech, offset: number): Section | undefined {
  const line = lineIndexAt(speech.lines, offset);
  if (line === speech.closing?.line) return undefined;
  return openChain(speech.sections, line + 1).at(-1);
}

/**
 * Moves the section under the cursor past its previous or next sibling (same parent), then renumbers, so that
 * 一、甲 二、乙 with the cursor in 乙 and 'up' gives 一、乙 二、甲. Undefined when there is nothing to move past.
 */
export function moveSection(text: string, cursor: number, direction: 'up' | 'down'): TextChange | undefined {
  const speech = parseSpeech(text);
  const section = sectionAt(speech, cursor);
  if (!section) return undefined;
  const siblings = parentOf(speech, section)?.children ?? speech.sections;
  const index = siblings.indexOf(section);
  const neighbour = siblings[direction === 'up' ? index - 1 : index + 1];
  if (!neighbour) return undefined;
  const [first, second] = direction === 'up' ? [neighbour, section] : [section, neighbour];
  const a = text.slice(first.span.start, first.span.end);
  const between = text.slice(first.span.end, second.span.start);
  const b = text.slice(second.span.start, second.span.end);
  const swapped = text.slice(0, first.span.start) + b + between + a + text.slice(second.span.end);
  const relative = cursor - section.span.start;
  const movedStart = direction === 'up' ? first.span.start : first.span.start + b.length + between.length;
  return renumbered(swapped, movedStart + Math.min(relative, section.span.end - section.span.start));
}

function parentOf(speech: ParsedSpeech, target: Section): Section | undefined {
  const search = (parent: Section | undefined, children: Section[]): Section | undefined | null => {
    for (const child of children) {
      if (child === target) return parent;
      const found = search(child, child.children);
      if (found !== null) return found;
    }
    return null;
  };
  return search(undefined, speech.sections) ?? undefined;
}

/**
 * Inserts the next heading of the cursor's section after the whole section, its subsections with it, and renumbers the
 * later ones: with the cursor in 二、's text above its （一） and （二）, the new 三、 comes after （二）. The cursor waits
 * after the new number, for the title. On a blank line after the section's text the heading is written there. In the
 * opening (no section yet) it inserts the first top-level heading the document's style suggests, at the cursor.
 */
export function insertSection(text: string, cursor: number): TextChange {
  const speech = parseSpeech(text);
  const section = sectionAt(speech, cursor);
  const cursorLine = lineIndexAt(speech.lines, cursor);
  const line = speech.lines[cursorLine];
  const blankAfter = line.text.trim() === '' && (!section || cursorLine > section.lastLine);
  const marker = section
    ? markerWithNumber(section.heading.marker, section.heading.number + 1)
    : speech.sections[0]
      ? markerWithNumber(speech.sections[0].heading.marker, 1)
      : '一、';
  if (blankAfter) {
    const inserted = text.slice(0, line.start) + marker + text.slice(line.end);
    return renumbered(inserted, line.start + marker.length);
  }
  const end = section ? section.span.end : line.end;
  const eol = lineBreakOf(text);
  const inserted = text.slice(0, end) + eol + marker + text.slice(end);
  return renumbered(inserted, end + eol.length + marker.length);
}

function lineBreakOf(text: string): string {
  const match = /\r\n|\n|\r/.exec(text);
  return match ? match[0] : '\n';
}

export interface NextMarker {
  marker: string;
  kind: 'heading' | 'item';
  /** Depth the new heading would have (1 = top); for items, the depth of the section they sit in + 1. */
  level: number;
  /** Why it is offered: the next sibling of a heading, the first child, or the next item of a run. */
  reason: 'next-sibling' | 'first-child' | 'next-item';
}

/** The first child style under each style, per GB/T 9704 (一、 → （一） → 1. → （1））. */
const CHILD_MARKER: Partial<Record<HeadingStyle, string>> = {
  'di-part': '一、',
  di: '（一）',
  'cn-dun': '（一）',
  'cn-paren': '1.',
  'num-dot': '（1）',
};

/**
 * What a writer may want to type at the start of the line at `offset`, innermost first: the next item of the
 * run in progress (三是 after 二是), a first subsection, the next sibling of each open section (（二） then 三、).
 */
export function nextMarkers(speech: ParsedSpeech, offset: number): NextMarker[] {
  const line = lineIndexAt(speech.lines, offset);
  const chain = openChain(speech.sections, line);
  const markers: NextMarker[] = [];
  const innermost = chain[chain.length - 1];
  const lastItem = lastItemBefore(innermost ? innermost.items : speech.topLevelItems, offset);
  if (lastItem && /[是要]$|^第/.test(lastItem.marker)) {
    markers.push({
      marker: markerWithNumber(lastItem.marker, lastItem.number + 1),
      kind: 'item',
      level: chain.length + 1,
      reason: 'next-item',
    });
  }
  if (innermost && !innermost.children.some((child) => child.heading.line < line)) {
    const child = innermost.children[0]?.heading.marker;
    const first = child ? markerWithNumber(child, 1) : CHILD_MARKER[innermost.heading.style];
    if (first) markers.push({ marker: first, kind: 'heading', level: chain.length + 1, reason: 'first-child' });
  }
  for (let depth = chain.length - 1; depth >= 0; depth--) {
    const section = chain[depth];
    markers.push({
      marker: markerWithNumber(section.heading.marker, section.heading.number + 1),
      kind: 'heading',
      level: depth + 1,
      reason: 'next-sibling',
    });
  }
  if (chain.length === 0 && speech.sections.length === 0) {
    markers.push({ marker: '一、', kind: 'heading', level: 1, reason: 'first-child' });
  }
  return markers;
}

/** The sections open at `line`: the last heading above it and that heading's ancestors, outermost first. */
function openChain(sections: Section[], line: number): Section[] {
  const chain: Section[] = [];
  let level = sections;
  for (;;) {
    const open = [...level].reverse().find((section) => section.heading.line < line);
    if (!open) return chain;
    chain.push(open);
    level = open.children;
  }
}

function lastItemBefore(items: Item[], offset: number): Item | undefined {
  return [...items].reverse().find((item) => item.markerSpan.end <= offset);
}
