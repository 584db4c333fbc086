/** The outline: the section tree with inline items, as plain nodes for the editor and the CLI. */

import { countSpokenIn, speakingSeconds } from './stats';
import type { Item, ParsedSpeech, Section, Span } from './types';

export interface OutlineNode {
  kind: 'heading' | 'item';
  /** Depth in the tree, 1 = top. */
  level: number;
  marker: string;
  number: number;
  title: string;
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
  const roots = [...speech.topLevelItems.map((item) => itemNode(context, item, 1)), ...speech.sections.map((s) => sectionNode(context, s))];
  return roots.sort(byStart);
}

interface OutlineContext {
  speech: ParsedSpeech;
  speakingRate: number;
}

function sectionNode(context: OutlineContext, section: Section): OutlineNode {
  const { heading } = section;
  const children = [
    ...section.items.map((item) => itemNode(context, item, section.level + 1)),
    ...section.children.map((child) => sectionNode(context, child)),
  ].sort(byStart);
  return node(context, 'heading', section.level, heading.marker, heading.number, heading.title, heading.line, section.span, heading.headingSpan, children);
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
  return {
    kind, level, marker, number, title, line, span, selectionSpan, children,
    characters,
    speakingSeconds: speakingSeconds(characters, context.speakingRate),
  };
}

function byStart(a: OutlineNode, b: OutlineNode): number {
  return a.span.start - b.span.start;
}

/** The JSON outline contract of the CLI: `{kind, level, marker, number, title, line (1-based), children}`. */
export interface OutlineJsonNode {
  kind: 'heading' | 'item';
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

/** Every section as a foldable line range: from its heading to its last non-blank line. */
export function foldingRanges(speech: ParsedSpeech): Array<{ startLine: number; endLine: number }> {
  const ranges: Array<{ startLine: number; endLine: number }> = [];
  const visit = (section: Section): void => {
    if (section.lastLine > section.heading.line) {
      ranges.push({ startLine: section.heading.line, endLine: section.lastLine });
    }
    section.children.forEach(visit);
  };
  speech.sections.forEach(visit);
  return ranges;
}
