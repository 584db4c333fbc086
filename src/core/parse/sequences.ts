/**
 * The numbered structure of a speech as sequences: sibling headings under each parent, and runs of inline
 * items in each section. The numbering rules, renumbering, moving sections and completion all read these.
 */

import { formatChineseNumeral } from '../language/numerals';
import type { Heading, HeadingStyle, Item, ItemFamily, ParsedSpeech, Section, Span } from './types';

/** Sibling sections under one parent (or at the top) that share a numbering style: they must run 1, 2, 3…. */
interface SiblingGroup {
  parent: Section | undefined;
  sections: Section[];
  /**
   * The number the group's first section should have: 1, or, where a document numbers one level on across its
   * parents (1.–5. under （一）, 6.–9. under （二）: 21 measures counted through), one more than the same level's last
   * number under the parent before.
   */
  startsAt: number;
}

/** Consecutive items of one family in one section: 一是, 二是, 三是. */
export interface ItemRun {
  owner: Section | undefined;
  family: ItemFamily;
  items: Item[];
}

/** The style of the list a heading stands in: its own, or the one it was read into (Heading.inListOf). */
export function listStyleOf(heading: Heading): HeadingStyle {
  return heading.inListOf ?? heading.style;
}

export function siblingGroups(speech: ParsedSpeech): SiblingGroup[] {
  const groups: SiblingGroup[] = [];
  /** The last group of each level (its parent's style and its own), for numbering that runs on across parents. */
  const lastOfLevel = new Map<string, SiblingGroup>();
  const visit = (parent: Section | undefined, children: Section[]): void => {
    const byStyle = new Map<string, Section[][]>();
    for (const child of children) {
      const style = listStyleOf(child.heading);
      const lists = byStyle.get(style) ?? [];
      const list = lists.at(-1);
      if (list && !startsCountAgain(speech, list[list.length - 1], child)) list.push(child);
      else lists.push([child]);
      byStyle.set(style, lists);
    }
    for (const [style, sections] of [...byStyle].flatMap(([style, lists]) =>
      lists.map((list): [string, Section[]] => [style, list]),
    )) {
      const level = `${parent ? listStyleOf(parent.heading) : ''} ${style}`;
      const before = lastOfLevel.get(level);
      const runsOn =
        before?.parent !== undefined && before.parent !== parent
          ? before.sections[before.sections.length - 1].heading.number + 1
          : undefined;
      const first = sections[0].heading;
      const group: SiblingGroup = {
        parent,
        sections,
        startsAt:
          (runsOn !== undefined && runsOn > 1 && first.number === runsOn) || followsInlineMember(speech, first)
            ? first.number
            : 1,
      };
      groups.push(group);
      lastOfLevel.set(level, group);
    }
    for (const child of children) visit(child, child.children);
  };
  visit(undefined, speech.sections);
  return groups;
}

/**
 * Whether the heading goes on from a list member that stands after a label on the line before it (附件：1.……, then
 * 2.……): the member of the same style, numbered one less.
 */
function followsInlineMember(speech: ParsedSpeech, heading: Heading): boolean {
  let line = heading.line - 1;
  while (line >= 0 && speech.lineLexes[line].contentStart === speech.lineLexes[line].contentEnd) line--;
  const starts = speech.inlineListStarts;
  // In line order: a binary search, as a document may hold thousands of such lists and groups.
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (starts[mid].line < line) low = mid + 1;
    else high = mid;
  }
  const start = starts[low];
  return start?.line === line && start.style === heading.style && start.number === heading.number - 1;
}

/**
 * Whether `child` starts a count of its own after its sibling `last`: an appendix or notes lie between them, or an
 * article or a decimal section of the document's own (see documentUnits.ts) where `child` is numbered one again.
 */
function startsCountAgain(speech: ParsedSpeech, last: Section, child: Section): boolean {
  const [after, before] = [last.heading.line, child.heading.line];
  return (
    boundaryBetween(speech.partBoundaries, after, before) ||
    (child.heading.number === 1 && boundaryBetween(speech.unitBoundaries, after, before))
  );
}

/** A boundary lies after line `after` and before line `before` (boundaries sorted): binary search. */
function boundaryBetween(boundaries: readonly number[], after: number, before: number): boolean {
  let low = 0;
  let high = boundaries.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (boundaries[mid] <= after) low = mid + 1;
    else high = mid;
  }
  return low < boundaries.length && boundaries[low] < before;
}

/** Families whose members carry a number that renumbering can rewrite (一是, 一要, 第一). */
export const NUMBERED_FAMILIES: ReadonlySet<ItemFamily> = new Set(['shi', 'yao', 'di', 'qi', 'lai']);

/**
 * The runs of inline items, section by section. A run follows the paragraphs and the nesting a writer builds:
 * items that open their paragraphs (一是…。\n二是…。) run on across paragraphs; items inside a paragraph run within it,
 * and a run that restarts at 1 inside an open one is nested in it (……：一是……；二是……；三是……。二是……: the outer
 * 一是 holds an inner 一是…三是, and the outer run goes on at 二是). An inner run ends with its paragraph, except that
 * the next paragraph may open with its next member (我讲两点：一是……。\n二是……).
 */
export function itemRuns(speech: ParsedSpeech): ItemRun[] {
  const runs: ItemRun[] = [];
  collectRuns(speech, undefined, speech.topLevelItems, runs);
  const visit = (section: Section): void => {
    collectRuns(speech, section, section.items, runs);
    section.children.forEach(visit);
  };
  speech.sections.forEach(visit);
  return runs;
}

function collectRuns(speech: ParsedSpeech, owner: Section | undefined, items: readonly Item[], runs: ItemRun[]): void {
  /** The runs made of items that open their paragraphs, by family: they go on from paragraph to paragraph. */
  const opening = new Map<ItemFamily, ItemRun>();
  /** The runs open in the current paragraph, outermost first. */
  let stack: ItemRun[] = [];
  /** The innermost run when the last paragraph ended: the next paragraph may open with its next member. */
  let carried: ItemRun | undefined;
  let line = -1;
  const start = (item: Item): ItemRun => {
    const run: ItemRun = { owner, family: item.family, items: [item] };
    runs.push(run);
    return run;
  };
  for (const item of items) {
    if (item.line !== line) {
      carried = stack.at(-1) ?? carried;
      stack = [];
      line = item.line;
    }
    if (opensParagraph(speech, item)) {
      const previous = opening.get(item.family);
      const run =
        pickRun(item, [previous, carried?.family === item.family ? carried : undefined]) ??
        (previous && !restarts(item) ? previous : undefined);
      if (run) run.items.push(item);
      const current = run ?? start(item);
      opening.set(item.family, current);
      carried = undefined;
      stack = [current];
      continue;
    }
    const fits = lastIndexWhere(stack, (run) => run.family === item.family && follows(item, run));
    if (fits >= 0) {
      stack[fits].items.push(item);
      stack.length = fits + 1;
      continue;
    }
    // Inside a paragraph with no run of its family yet, a member may go on with the last paragraph's run (一是 at the
    // end of one paragraph, 二是 in the middle of the next).
    const before = stack.some((run) => run.family === item.family)
      ? undefined
      : [carried, opening.get(item.family)].find((run) => run?.family === item.family);
    if (before && (follows(item, before) || !restarts(item))) {
      before.items.push(item);
      stack.push(before);
      continue;
    }
    const sameFamily = lastIndexWhere(stack, (run) => run.family === item.family);
    if (sameFamily >= 0 && !restarts(item)) {
      // A skip or a repeat in the run: reported by the rules, not a new run.
      stack[sameFamily].items.push(item);
      stack.length = sameFamily + 1;
      continue;
    }
    // A run nests in the one open only where a colon introduces it (……以下四个方面：一是……); after 。 or ； a new
    // 一是 ends the open run of its family and stands beside it. Nesting is bounded, so a line of thousands of runs
    // stays linear.
    if (sameFamily >= 0 && !introducedByColon(speech, item)) stack.length = sameFamily;
    if (stack.length >= MAX_NESTING) stack.length = MAX_NESTING - 1;
    stack.push(start(item));
  }
}

function lastIndexWhere<T>(list: readonly T[], test: (value: T) => boolean): number {
  for (let i = list.length - 1; i >= 0; i--) if (test(list[i])) return i;
  return -1;
}

/** The first of `candidates` that `item` continues (its number is the next one). */
function pickRun(item: Item, candidates: ReadonlyArray<ItemRun | undefined>): ItemRun | undefined {
  return candidates.find((run): run is ItemRun => run !== undefined && follows(item, run));
}

function follows(item: Item, run: ItemRun): boolean {
  const last = run.items[run.items.length - 1];
  if (!NUMBERED_FAMILIES.has(item.family)) return !restarts(item) && last.marker !== '最后';
  return item.number === last.number + 1;
}

/** An item that begins a run of its own: number 1 of a numbered family, or 首先 / 一方面. */
function restarts(item: Item): boolean {
  return item.number === 1;
}

/** Runs nest at most this deep: a run, one inside it, and one inside that. */
const MAX_NESTING = 3;

/** A colon stands right before the item (blanks aside): it introduces a list. */
function introducedByColon(speech: ParsedSpeech, item: Item): boolean {
  const line = speech.lines[item.line];
  let at = item.markerSpan.start - line.start - 1;
  while (at >= 0 && (line.text[at] === ' ' || line.text[at] === '\u3000')) at--;
  return line.text[at] === '：' || line.text[at] === ':';
}

/** The item stands at the start of its paragraph (after nothing but blanks or Markdown marks). */
function opensParagraph(speech: ParsedSpeech, item: Item): boolean {
  const line = speech.lines[item.line];
  const end = item.markerSpan.start - line.start;
  for (let at = 0; at < end; at++) if (!OPENING_MARKS.has(line.text.charCodeAt(at))) return false;
  return true;
}

/** What may stand before an item that opens its paragraph: blanks, a BOM, Markdown's # and *, an opening quote or bracket. */
const OPENING_MARKS: ReadonlySet<number> = new Set(
  [...' \t\u3000\u00a0\ufeff#*“‘（(【'].map((char) => char.charCodeAt(0)),
);

const NUMERAL = /[一二三四五六七八九十]+|[0-9０-９]+/;

/** Where the numeral sits inside a marker ("（一）" → 1..2), and how it is written. */
export function numeralIn(
  marker: string,
): { offset: number; length: number; chinese: boolean; fullWidth: boolean } | undefined {
  const match = NUMERAL.exec(marker);
  if (!match) return undefined;
  return {
    offset: match.index,
    length: match[0].length,
    chinese: /[一-龥]/.test(match[0]),
    fullWidth: /[０-９]/.test(match[0]),
  };
}

/** A number written the way `like` writes numbers: Chinese numerals, ASCII or full-width digits. */
export function writeNumberLike(value: number, like: { chinese: boolean; fullWidth: boolean }): string {
  if (like.chinese) return formatChineseNumeral(value);
  const digits = String(value);
  return like.fullWidth ? digits.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)) : digits;
}

/**
 * The number a member of a sequence stands for when the member after it is read: its own, or, when it alone was wrong
 * between two right ones (一、三、三、四: the first 三, for 二), the one it should have had. One wrong number is then one
 * finding, not a skip and a repeat.
 */
export function numberStoodFor(wrong: boolean, written: number, last: number, next: number | undefined): number {
  return wrong && next === last + 2 ? last + 1 : written;
}

/** The marker with its numeral replaced by `value`, same style: "（三）" with 2 → "（二）". */
export function markerWithNumber(marker: string, value: number): string {
  const numeral = numeralIn(marker);
  if (!numeral) return marker;
  return (
    marker.slice(0, numeral.offset) + writeNumberLike(value, numeral) + marker.slice(numeral.offset + numeral.length)
  );
}

/** The span of the numeral inside a heading's or item's marker. */
export function numeralSpan(node: Heading | Item): Span | undefined {
  const numeral = numeralIn(node.marker);
  if (!numeral) return undefined;
  const start = node.markerSpan.start + numeral.offset;
  return { start, end: start + numeral.length };
}

/** The punctuation around the numeral, e.g. "（N）" for "（一）" and "(N)" for "(二)": what "mixing styles" compares. */
export function markerShape(marker: string): string {
  const numeral = numeralIn(marker);
  return numeral ? marker.slice(0, numeral.offset) + 'N' + marker.slice(numeral.offset + numeral.length) : marker;
}
