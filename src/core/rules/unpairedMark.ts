/** Rule `unpaired-mark`: “” ‘’ （） 《》 〈〉 【】 unpaired, reversed or wrongly nested within a paragraph. */

import { CHARS } from '../parse/lineChars';
import { isLetterCode } from '../language/chars';
import type { Heading } from '../parse/types';
import { documentRule, type DocumentContext, type Reporter } from './types';

/**
 * Closing mark → its opening mark. Half-width parentheses are the halfwidth-punctuation rule's; a ) counts here
 * only as the closer of an open （, as in （三).
 */
const OPENING_OF: Record<string, string> = {
  '”': '“',
  '’': '‘',
  '）': '（',
  ')': '（',
  '》': '《',
  '〉': '〈',
  '】': '【',
};
const OPENINGS = new Set(['“', '‘', '（', '《', '〈', '【']);
const CLOSING_OF: Record<string, string> = { '“': '”', '‘': '’', '（': '）', '《': '》', '〈': '〉', '【': '】' };

/** A paired mark: where it stands in the line, and the mark. */
interface Mark {
  index: number;
  char: string;
}

type Problem = { mark: Mark; kind: 'unclosed' | 'unopened' | 'nesting'; partner?: Mark };

export const unpairedMark = documentRule<LineMarks>({
  meta: {
    id: 'unpaired-mark',
    defaultSeverity: 'warning',
    fixable: true,
    description: {
      'zh-cn': '成对的标点 “” ‘’ （） 《》 〈〉 【】 在同一段中缺了一半、方向颠倒或嵌套错误。',
      en: 'Paired marks “” ‘’ （） 《》 〈〉 【】 that are unpaired, reversed or wrongly nested within a paragraph.',
    },
    messages: {
      unclosed: {
        'zh-cn': '「{mark}」在本段中没有对应的「{other}」。',
        en: '「{mark}」 has no matching 「{other}」 in this paragraph.',
      },
      unopened: {
        'zh-cn': '「{mark}」在本段中没有对应的「{other}」。',
        en: '「{mark}」 has no matching 「{other}」 in this paragraph.',
      },
      nesting: {
        'zh-cn': '「{mark}」与前面的「{partner}」交叉嵌套：应先用「{close}」结束内层。',
        en: '「{mark}」 crosses the 「{partner}」 before it: close the inner one with 「{close}」 first.',
      },
      reversed: {
        'zh-cn': '「{written}」方向颠倒，应为「{right}」。',
        en: '「{written}」 is reversed: it should be 「{right}」.',
      },
    },
    docs: 'unpaired-mark',
    tags: ['punctuation'],
    summary: {
      'zh-cn': '“” ‘’ （） 《》 〈〉 【】 缺失、颠倒或嵌套错误。',
      en: 'Unpaired, reversed or wrongly nested “” ‘’ （） 《》 〈〉 【】.',
    },
    catches: '`”新起点“`, an unclosed `“`, crossed `《（》）`',
    fixSummary: 'swap a single reversed pair',
  },
  reads: 'outline',
  perLine: marksOf,
  /**
   * Each line's problems, less the pairs a line break splits: a line that ends with a mark left open and the next line
   * that opens with its closing mark are one paragraph wrapped (a title set on two lines, 《政府网站集约化 / 试点工作方案》
   * 的通知; text pasted from a PDF).
   */
  check({ speech, report, perLine }: DocumentContext<LineMarks>): void {
    if (speech.lines.length === 0) return;
    const headingBrackets = loneHeadingBrackets(speech.headings);
    let next = perLine(0);
    let carried = NO_PROBLEMS;
    for (let index = 0; index < speech.lines.length; index++) {
      const current = next;
      next = index + 1 < speech.lines.length ? perLine(index + 1) : NO_MARKS;
      const fromAbove = carried;
      carried = NO_PROBLEMS;
      if (current === NO_MARKS) continue;
      const { start } = speech.lines[index];
      if (current.reversed) {
        reportReversed(report, current.reversed[0], current.reversed[1], start);
        continue;
      }
      const wrapped = wrappedPairs(current, next);
      carried = wrapped.closing;
      for (const problem of current.problems)
        if (
          !fromAbove.has(problem) &&
          !wrapped.opening.has(problem) &&
          !headingBrackets.has(start + problem.mark.index)
        )
          reportProblem(report, problem, start);
    }
  },
});

/**
 * Where a heading's number holds half a bracket (（二促进……, 二）促进……): the other half was lost, and heading-marker
 * reports the number with its fix.
 */
function loneHeadingBrackets(headings: readonly Heading[]): ReadonlySet<number> {
  const found = new Set<number>();
  for (const { marker, markerSpan } of headings) {
    const opening = marker.search(/[（(]/);
    const closing = marker.search(/[）)]/);
    if (opening < 0 === closing < 0) continue;
    found.add(markerSpan.start + Math.max(opening, closing));
  }
  return found;
}

/** A line's paired-mark problems, or its single reversed pair (kept per line text: never changed once made). */
interface LineMarks {
  readonly problems: readonly Problem[];
  readonly reversed?: [Mark, Mark];
}

const NO_MARKS: LineMarks = { problems: [] };
const NO_PROBLEMS: ReadonlySet<Problem> = new Set();

function marksOf(text: string, chars: number): LineMarks {
  if (!(chars & CHARS.pairedMark)) return NO_MARKS;
  const marks = pairedMarks(text);
  if (marks.length === 0) return NO_MARKS;
  const problems = findProblems(text, marks, MAX_PROBLEMS_A_PARAGRAPH);
  if (problems.length === 0) return NO_MARKS;
  const reversed = singleReversedPair(text, marks);
  return reversed ? { problems, reversed } : { problems };
}

/**
 * The marks left open at the end of `line` that the first unopened marks of `next` close, innermost first, and those
 * closing marks.
 */
function wrappedPairs(
  line: LineMarks,
  next: LineMarks,
): { opening: ReadonlySet<Problem>; closing: ReadonlySet<Problem> } {
  if (next === NO_MARKS || next.reversed) return { opening: NO_PROBLEMS, closing: NO_PROBLEMS };
  const opening = new Set<Problem>();
  const closing = new Set<Problem>();
  let open = line.problems.length - 1;
  for (const problem of next.problems) {
    const left = line.problems[open];
    if (problem.kind !== 'unopened' || left?.kind !== 'unclosed') break;
    if (OPENING_OF[problem.mark.char] !== left.mark.char) break;
    opening.add(left);
    closing.add(problem);
    open--;
  }
  return { opening, closing };
}

/**
 * A paragraph with more unpaired marks than this is not prose with a slip in it (pasted code, a table, a run of
 * one mark): its first problems say so, and thousands more would only bury the rest of the speech.
 */
const MAX_PROBLEMS_A_PARAGRAPH = 20;

const PAIRED_MARKS = '“”‘’（）)《》〈〉【】';
/** Each paired mark by its code, as one shared string (reading text[i] would make a new one each time). */
const PAIRED_MARK_BY_CODE: ReadonlyMap<number, string> = new Map(
  [...PAIRED_MARKS].map((mark) => [mark.charCodeAt(0), mark]),
);
/** By code: 1 for an opening mark, 2 for a closing one, 0 for any other character (one typed-array read a character). */
const MARK_KIND = new Uint8Array(0x10000);
/** By the code of a closing mark, the code of its opening mark. */
const OPENING_CODE = new Uint16Array(0x10000);
for (const mark of PAIRED_MARKS) MARK_KIND[mark.charCodeAt(0)] = OPENINGS.has(mark) ? 1 : 2;
for (const [closing, opening] of Object.entries(OPENING_OF))
  OPENING_CODE[closing.charCodeAt(0)] = opening.charCodeAt(0);
const PARENTHESIS = ')'.charCodeAt(0);

/**
 * Where the paired marks of the line stand, in order: positions only (a line of a hundred thousand “ would otherwise
 * make as many objects); the mark itself is the text's character there.
 */
function pairedMarks(text: string): number[] {
  const marks: number[] = [];
  let openSingle = 0;
  const lastClosingSingle = text.lastIndexOf('’');
  for (let i = 0; i < text.length; i++) {
    // Most characters are no paired mark: a tight loop of its own walks past them.
    while (i < text.length && MARK_KIND[text.charCodeAt(i)] === 0) i++;
    if (i >= text.length) break;
    const char = PAIRED_MARK_BY_CODE.get(text.charCodeAt(i))!;
    // ’ between letters is an apostrophe (don’t), not a closing quote, unless a ‘ is open and no later ’ can close it
    // (x‘x’x; but ‘don’t go’).
    const betweenLetters = char === '’' && isLetterCode(text.charCodeAt(i - 1)) && isLetterCode(text.charCodeAt(i + 1));
    if (betweenLetters && (openSingle === 0 || lastClosingSingle > i)) continue;
    if (char === '‘') openSingle++;
    else if (char === '’' && openSingle > 0) openSingle--;
    marks.push(i);
  }
  return marks;
}

function markAt(text: string, index: number): Mark {
  return { index, char: PAIRED_MARK_BY_CODE.get(text.charCodeAt(index))! };
}

/** ”新起点“ with nothing else of its kind on the line: the one case whose fix is certain. */
function singleReversedPair(text: string, marks: readonly number[]): [Mark, Mark] | undefined {
  // Per kind (by its opening mark's code): how many marks, and where the first two stand.
  const count = new Map<number, number>();
  const first = new Map<number, number>();
  const second = new Map<number, number>();
  for (const index of marks) {
    const code = text.charCodeAt(index);
    const kind = MARK_KIND[code] === 1 ? code : OPENING_CODE[code];
    const seen = count.get(kind) ?? 0;
    count.set(kind, seen + 1);
    if (seen === 0) first.set(kind, index);
    else if (seen === 1) second.set(kind, index);
  }
  for (const [kind, seen] of count) {
    if (seen !== 2) continue;
    const [closing, opening] = [first.get(kind)!, second.get(kind)!];
    if (
      MARK_KIND[text.charCodeAt(closing)] === 2 &&
      MARK_KIND[text.charCodeAt(opening)] === 1 &&
      findProblems(
        text,
        marks.filter((m) => m !== closing && m !== opening),
        1,
      ).length === 0
    ) {
      return [markAt(text, closing), markAt(text, opening)];
    }
  }
  return undefined;
}

/**
 * The problems in the order of their marks, the first `limit` of them. Unopened and crossed marks are found in order,
 * and the marks left open stand in order on the stack: the two lists are merged, not sorted (a line of a hundred
 * thousand “ would otherwise sort as many problems to report twenty).
 */
function findProblems(text: string, marks: readonly number[], limit: number): Problem[] {
  const found: Problem[] = [];
  const stack: number[] = [];
  for (const index of marks) {
    const code = text.charCodeAt(index);
    if (MARK_KIND[code] === 1) {
      stack.push(index);
      continue;
    }
    const depth = findOpening(text, stack, OPENING_CODE[code]);
    if (depth < 0 && code === PARENTHESIS) continue;
    if (depth < 0) {
      if (found.length < limit) found.push({ mark: markAt(text, index), kind: 'unopened' });
    } else if (depth < stack.length - 1) {
      if (found.length < limit)
        found.push({ mark: markAt(text, index), kind: 'nesting', partner: markAt(text, stack[stack.length - 1]) });
      stack.splice(depth, 1);
    } else {
      stack.pop();
    }
  }
  const problems: Problem[] = [];
  let next = 0;
  let open = 0;
  while (problems.length < limit && (next < found.length || open < stack.length)) {
    if (open >= stack.length || (next < found.length && found[next].mark.index < stack[open]))
      problems.push(found[next++]);
    else problems.push({ mark: markAt(text, stack[open++]), kind: 'unclosed' });
  }
  return problems;
}

/**
 * Prose never nests paired marks deeply: the opening is looked for among the innermost few only, so a line of a
 * million （ followed by 》 costs linear time, not quadratic. Deeper, a closing mark counts as unopened.
 */
const MAX_NESTING_SEARCH = 32;

function findOpening(text: string, stack: readonly number[], code: number): number {
  for (let i = stack.length - 1; i >= Math.max(0, stack.length - MAX_NESTING_SEARCH); i--) {
    if (text.charCodeAt(stack[i]) === code) return i;
  }
  return -1;
}

function reportProblem(report: Reporter, { mark, kind, partner }: Problem, offset: number): void {
  const start = offset + mark.index;
  if (kind === 'nesting') {
    const inner = partner?.char ?? '';
    report({
      start,
      end: start + 1,
      messageId: kind,
      data: { mark: mark.char, partner: inner, close: CLOSING_OF[inner] },
    });
  } else {
    report({
      start,
      end: start + 1,
      messageId: kind,
      data: { mark: mark.char, other: kind === 'unclosed' ? CLOSING_OF[mark.char] : OPENING_OF[mark.char] },
    });
  }
}

function reportReversed(report: Reporter, closing: Mark, opening: Mark, offset: number): void {
  const start = offset + closing.index;
  const end = offset + opening.index + 1;
  const open = OPENING_OF[closing.char];
  const close = CLOSING_OF[opening.char];
  const right = `${open}…${close}`;
  report({
    start,
    end,
    messageId: 'reversed',
    data: { written: `${closing.char}…${opening.char}`, right },
    fix: {
      title: 'changeTo',
      data: { to: right },
      edits: [
        { start, end: start + 1, newText: open },
        { start: end - 1, end, newText: close },
      ],
      safe: true,
    },
  });
}
