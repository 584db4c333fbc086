/** The outline: the section tree with inline items, as plain nodes for the editor and the CLI. */

import { countSpokenIn, speakingSeconds } from './stats';
import type { Item, ParsedSpeech, Section, Span } from '../parse/types';

/** title: the title block; closing: the closing part (结束语), from 同志们，… or 让我们… to 谢谢大家！. */
export type OutlineKind = 'title' | 'heading' | 'item' | 'closing';

export interface OutlineNode {
  kind: OutlineKind;
  /** Depth in the tree, 1 = top. */
  level: number;
  marker: string;
  number: number;
  title: string;
  /** The marker and title as written, blanks collapsed (第一，要提高认识): what the Outline shows. */
  label: string;
  /** 0-based line of the marker. */
  line: number;
  /** The whole section or item. */
  span: Span;
  /** The marker and title. */
  selectionSpan: Span;
  characters: number;
  speakingSeconds: number;
  children: OutlineNode[];
}

export function buildOutline(speech: ParsedSpeech, speakingRate: number): OutlineNode[] {
  const context = { speech, speakingRate };
  const roots = [
    ...speech.topLevelItems.map((item) => itemNode(context, item, 1)),
    ...speech.sections.map((s) => sectionNode(context, s)),
  ];
  const { titleBlock, conclusion } = speech;
  if (titleBlock) {
    const { title } = titleBlock;
    roots.push(node(context, 'title', 1, '', 0, title.text, title.line, titleBlock.span, title.span, []));
  }
  if (conclusion) {
    const first = speech.lines[conclusion.line];
    const firstLineEnd = Math.max(conclusion.span.start, first.start + first.text.trimEnd().length);
    roots.push(
      node(
        context,
        'closing',
        1,
        '',
        0,
        CLOSING_TITLE,
        conclusion.line,
        conclusion.span,
        { start: conclusion.span.start, end: firstLineEnd },
        [],
      ),
    );
  }
  return roots.sort(byStart);
}

/** The closing part's title in the outline's data (the editor and the CLI show it in the display language). */
const CLOSING_TITLE = '结束语';

interface OutlineContext {
  speech: ParsedSpeech;
  speakingRate: number;
}

function sectionNode(context: OutlineContext, section: Section): OutlineNode {
  const { heading } = section;
  const items = section.items.map((item) => itemNode(context, item, section.level + 1));
  const children = mergedByStart(
    items,
    section.children.map((child) => sectionNode(context, child)),
  );
  return node(
    context,
    'heading',
    section.level,
    heading.marker,
    heading.number,
    heading.title,
    heading.line,
    section.span,
    heading.headingSpan,
    children,
  );
}

/** Two lists in document order as one (an item before a subsection at the same place), without sorting them again. */
function mergedByStart(items: OutlineNode[], sections: OutlineNode[]): OutlineNode[] {
  if (sections.length === 0) return items;
  if (items.length === 0) return sections;
  const merged: OutlineNode[] = [];
  let i = 0;
  let j = 0;
  while (i < items.length || j < sections.length) {
    const takeItem = j === sections.length || (i < items.length && byStart(items[i], sections[j]) <= 0);
    merged.push(takeItem ? items[i++] : sections[j++]);
  }
  return merged;
}

function itemNode(context: OutlineContext, item: Item, level: number): OutlineNode {
  return node(context, 'item', level, item.marker, item.number, item.title, item.line, item.span, item.headingSpan, []);
}

function node(
  context: OutlineContext,
  kind: OutlineNode['kind'],
  level: number,
  marker: string,
  number: number,
  title: string,
  line: number,
  span: Span,
  selectionSpan: Span,
  children: OutlineNode[],
): OutlineNode {
  const characters = countSpokenIn(context.speech, span);
  const label =
    kind === 'closing' ? title : labelOf(context.speech.text.slice(selectionSpan.start, selectionSpan.end), title);
  return {
    kind,
    level,
    marker,
    number,
    title,
    label,
    line,
    span,
    selectionSpan,
    children,
    characters,
    speakingSeconds: speakingSeconds(characters, context.speakingRate),
  };
}

/** The marker and title as written; a title taken from the line below a lone marker follows it after a blank. */
function labelOf(written: string, title: string): string {
  const collapsed = written.replace(/[ \t\u3000\u00a0]+/g, ' ');
  return written.endsWith(title) ? collapsed : `${collapsed} ${title}`;
}

function byStart(a: OutlineNode, b: OutlineNode): number {
  return a.span.start - b.span.start;
}

/** The JSON outline contract of the CLI: `{kind, level, marker, number, title, line (1-based), children}`. */
export interface OutlineJsonNode {
  kind: OutlineKind;
  level: number;
  marker: string;
  number: number;
  title: string;
  line: number;
  children: OutlineJsonNode[];
}

export function toOutlineJson(nodes: readonly OutlineNode[]): OutlineJsonNode[] {
  return nodes.map((n) => ({
    kind: n.kind,
    level: n.level,
    marker: n.marker,
    number: n.number,
    title: n.title,
    line: n.line + 1,
    children: toOutlineJson(n.children),
  }));
}

/** Every section as a foldable line range, from its heading to its last non-blank line, and the closing part. */
export function foldingRanges(speech: ParsedSpeech): Array<{ startLine: number; endLine: number }> {
  const ranges: Array<{ startLine: number; endLine: number }> = [];
  const { conclusion } = speech;
  const visit = (section: Section): void => {
    if (section.lastLine > section.heading.line) {
      ranges.push({ startLine: section.heading.line, endLine: section.lastLine });
    }
    section.children.forEach(visit);
  };
  speech.sections.forEach(visit);
  if (conclusion && conclusion.lastLine > conclusion.line)
    ranges.push({ startLine: conclusion.line, endLine: conclusion.lastLine });
  return ranges;
}
