/**
 * An outline rule's findings kept across an edit (see DocumentRule.reads). When an edit changed only body lines (no
 * heading, landmark or residue on them, before or after), and the outline the parse made of the new version is the
 * last one's (the same headings with the same titles, the same items, paragraphs, sections and landmarks, line for
 * line), an outline rule would report what it reported last time: its findings are the last ones, each moved with
 * the line it lies on. A finding on the changed characters of a line is not kept, and the rule runs again.
 */

import { commonEnds, lineIndexAt } from '../language/text';
import type { ParsedSpeech, Section } from '../parse/types';
import { isSpanFix, type DocumentRule, type Finding, type FindingFix, type TextEdit } from '../rules/types';

/** Where a position of the last version stands in this one, or -1 when it lies on characters the edit changed. */
type PositionMap = (position: number) => number;

/** How the last version became this one, for an outline rule: where positions went, and which lines changed. */
interface OutlineEdit {
  move: PositionMap;
  changedLines: readonly number[];
}

/** More changed lines than this (a paste, a replace-all) and the outline rules simply run again. */
const MAX_CHANGED_LINES = 8;

/** How `last` became `now` when `now` has the outline of `last` (see the file's comment), else undefined. */
export function outlineEdit(last: ParsedSpeech, now: ParsedSpeech): OutlineEdit | undefined {
  if (last.lines.length !== now.lines.length) return undefined;
  const changed: ChangedLine[] = [];
  for (let index = 0; index < now.lines.length; index++) {
    // The same lex is the same text (lexes are kept by text); a label's value gets a lex of its own every parse.
    if (last.lineLexes[index] === now.lineLexes[index] || last.lines[index].text === now.lines[index].text) continue;
    if (changed.length === MAX_CHANGED_LINES || !isBodyLine(last, index) || !isBodyLine(now, index)) return undefined;
    changed.push(changedLine(last.lines[index].text, now.lines[index].text, index));
  }
  if (changed.some(({ index }) => touchesOutline(now, index))) return undefined;
  // Item runs read the text before a marker (an opening colon, the paragraph's start): it must be as it was.
  for (const item of now.items) {
    const line = changed.find((candidate) => candidate.index === item.line);
    if (line && item.markerSpan.end - now.lines[item.line].start > line.prefix) return undefined;
  }
  if (!sameLandmarks(last, now) || !sameOutline(last, now)) return undefined;
  const move = (position: number): number => {
    const index = lineIndexAt(last.lines, position);
    const offset = position - last.lines[index].start;
    const line = changed.find((candidate) => candidate.index === index);
    if (line === undefined) return now.lines[index].start + offset;
    // On a changed line, only the characters before its change and after it are where they were.
    if (offset < line.prefix) return now.lines[index].start + offset;
    if (offset > line.lastLength - line.suffix) return now.lines[index].end - (line.lastLength - offset);
    return -1;
  };
  return { move, changedLines: changed.map(({ index }) => index) };
}

/**
 * Whether the rule's `perLine` gives the same for each changed line before and after the edit (the same value, or
 * nothing in both: no list, or an empty one). An outline rule reads no more of a body line than that.
 */
export function samePerLine(
  rule: DocumentRule,
  last: ParsedSpeech,
  now: ParsedSpeech,
  lines: readonly number[],
): boolean {
  const compute = rule.perLine;
  if (!compute) return true;
  return lines.every((index) => {
    const before = compute(last.lines[index].text, last.lineLexes[index].chars, last.text, last.lines[index].start);
    const after = compute(now.lines[index].text, now.lineLexes[index].chars, now.text, now.lines[index].start);
    return before === after || (isNothing(before) && isNothing(after));
  });
}

function isNothing(value: unknown): boolean {
  return value === undefined || value === null || (Array.isArray(value) && value.length === 0);
}

/** A line the edit changed: how many characters it kept at its start and at its end. */
interface ChangedLine {
  index: number;
  prefix: number;
  suffix: number;
  lastLength: number;
}

function changedLine(last: string, now: string, index: number): ChangedLine {
  let { prefix, suffix } = commonEnds(last, now);
  // Where a span ends or starts next to blanks depends on what lies past them (a paragraph's span is its text without
  // the blanks around it): the kept characters are counted up to the blanks nearest the change.
  while (prefix > 0 && isTrimmedAway(last.charCodeAt(prefix - 1))) prefix--;
  while (suffix > 0 && isTrimmedAway(last.charCodeAt(last.length - suffix))) suffix--;
  return { index, prefix, suffix, lastLength: last.length };
}

/**
 * What String#trim takes off (a space, a tab, U+3000, a BOM…; wider than language/text.ts's isBlank): asked only at the
 * edges of a change.
 */
function isTrimmedAway(code: number): boolean {
  return BLANK.test(String.fromCharCode(code));
}

const BLANK = /^\s$/;

/** The findings moved by `move`, or undefined when one of them lies on a changed line. */
export function movedFindings(findings: readonly Finding[], move: PositionMap): Finding[] | undefined {
  const moved: Finding[] = [];
  for (const finding of findings) {
    const start = move(finding.span.start);
    const end = move(finding.span.end);
    if (start < 0 || end < 0) return undefined;
    const fixes = movedFixes(finding.fixes, move);
    if (!fixes) return undefined;
    const same = start === finding.span.start && end === finding.span.end && fixes === finding.fixes;
    moved.push(same ? finding : { ...finding, span: { start, end }, fixes });
  }
  return moved;
}

/** A finding's fixes with their edits moved: fixes of the finding's own span (no edits) are shared as they are. */
function movedFixes(fixes: readonly FindingFix[], move: PositionMap): readonly FindingFix[] | undefined {
  if (fixes.every(isSpanFix)) return fixes;
  const moved: FindingFix[] = [];
  for (const fix of fixes) {
    if (isSpanFix(fix)) {
      moved.push(fix);
      continue;
    }
    const edits: TextEdit[] = [];
    for (const edit of fix.edits) {
      const start = move(edit.start);
      const end = move(edit.end);
      if (start < 0 || end < 0) return undefined;
      edits.push({ start, end, newText: edit.newText });
    }
    moved.push({ title: fix.title, edits, safe: fix.safe });
  }
  return moved;
}

/**
 * A line the outline takes nothing from but its items and its blankness (which sameOutline compares): no heading, no
 * residue. A heading line is never one: empty-heading reads what follows the title on it.
 */
function isBodyLine(speech: ParsedSpeech, index: number): boolean {
  const lex = speech.lineLexes[index];
  return (
    lex.heading === undefined &&
    lex.listHeading === undefined &&
    lex.residue === undefined &&
    speech.lineResidue[index] === undefined
  );
}

/** Whether a landmark, the title block or the front matter stands on line `index`. */
function touchesOutline(speech: ParsedSpeech, index: number): boolean {
  const { salutation, closing, conclusion, titleBlock, frontMatter } = speech;
  return (
    salutation?.line === index ||
    closing?.line === index ||
    conclusion?.line === index ||
    conclusion?.lastLine === index ||
    titleBlock?.title.line === index ||
    (titleBlock?.lines.some((line) => line.line === index) ?? false) ||
    (frontMatter !== undefined && index <= frontMatter.endLine)
  );
}

function sameLandmarks(a: ParsedSpeech, b: ParsedSpeech): boolean {
  return (
    a.kind.kind === b.kind.kind &&
    a.kind.source === b.kind.source &&
    a.kind.evidence === b.kind.evidence &&
    a.salutation?.line === b.salutation?.line &&
    a.closing?.line === b.closing?.line &&
    a.conclusion?.line === b.conclusion?.line &&
    a.conclusion?.lastLine === b.conclusion?.lastLine &&
    a.titleBlock?.title.line === b.titleBlock?.title.line &&
    a.titleBlock?.lines.length === b.titleBlock?.lines.length &&
    a.frontMatter?.endLine === b.frontMatter?.endLine &&
    sameNumbers(a.partBoundaries, b.partBoundaries) &&
    sameNumbers(a.unitBoundaries, b.unitBoundaries) &&
    sameListStarts(a.inlineListStarts, b.inlineListStarts)
  );
}

/** The same headings, items, paragraphs and sections, line for line (their offsets aside). */
function sameOutline(a: ParsedSpeech, b: ParsedSpeech): boolean {
  return (
    a.headings.length === b.headings.length &&
    a.headings.every((heading, i) => {
      const other = b.headings[i];
      return (
        heading.line === other.line &&
        heading.style === other.style &&
        heading.marker === other.marker &&
        heading.number === other.number &&
        heading.inListOf === other.inListOf &&
        heading.title === other.title
      );
    }) &&
    a.items.length === b.items.length &&
    a.items.every((item, i) => {
      const other = b.items[i];
      return (
        item.line === other.line &&
        item.markerSpan.start - a.lines[item.line].start === other.markerSpan.start - b.lines[other.line].start &&
        item.family === other.family &&
        item.marker === other.marker &&
        item.number === other.number &&
        item.title === other.title
      );
    }) &&
    a.topLevelItems.length === b.topLevelItems.length &&
    a.paragraphs.length === b.paragraphs.length &&
    a.paragraphs.every((paragraph, i) => paragraph.line === b.paragraphs[i].line) &&
    sameSections(a.sections, b.sections)
  );
}

function sameSections(a: readonly Section[], b: readonly Section[]): boolean {
  return (
    a.length === b.length &&
    a.every((section, i) => {
      const other = b[i];
      return (
        section.heading.line === other.heading.line &&
        section.level === other.level &&
        section.lastLine === other.lastLine &&
        section.items.length === other.items.length &&
        sameSections(section.children, other.children)
      );
    })
  );
}

function sameListStarts(a: ParsedSpeech['inlineListStarts'], b: ParsedSpeech['inlineListStarts']): boolean {
  return (
    a.length === b.length &&
    a.every((start, i) => start.line === b[i].line && start.style === b[i].style && start.number === b[i].number)
  );
}

function sameNumbers(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}
