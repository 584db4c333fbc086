/** Rule `unpaired-mark`: “” ‘’ （） 《》 〈〉 【】 unpaired, reversed or wrongly nested within a paragraph. */

import { CHARS } from '../lineChars';
import { isLetterCode } from '../chars';
import type { LineContext, LineRule, Reporter } from './types';

/**
 * Closing mark → its opening mark. Half-width parentheses are the halfwidth-punctuation rule's; a ) counts here
 * only as the closer of an open （, as in （三).
 */
const OPENING_OF: Record<string, string> = { '”': '“', '’': '‘', '）': '（', ')': '（', '》': '《', '〉': '〈', '】': '【' };
const OPENINGS = new Set(['“', '‘', '（', '《', '〈', '【']);
const CLOSING_OF: Record<string, string> = { '“': '”', '‘': '’', '（': '）', '《': '》', '〈': '〉', '【': '】' };

interface Mark {
  index: number;
  char: string;
}

type Problem = { mark: Mark; kind: 'unclosed' | 'unopened' | 'nesting'; partner?: Mark };

export const unpairedMark: LineRule = {
  meta: {
    id: 'unpaired-mark',
    defaultSeverity: 'warning',
    fixable: true,
    description: {
      'zh-cn': '成对的标点 “” ‘’ （） 《》 〈〉 【】 在同一段中缺了一半、方向颠倒或嵌套错误。',
      en: 'Paired marks “” ‘’ （） 《》 〈〉 【】 that are unpaired, reversed or wrongly nested within a paragraph.',
    },
    messages: {
      unclosed: { 'zh-cn': '「{mark}」在本段中没有对应的「{other}」。', en: '「{mark}」 has no matching 「{other}」 in this paragraph.' },
      unopened: { 'zh-cn': '「{mark}」在本段中没有对应的「{other}」。', en: '「{mark}」 has no matching 「{other}」 in this paragraph.' },
      nesting: {
        'zh-cn': '「{mark}」与前面的「{partner}」交叉嵌套：应先用「{close}」结束内层。',
        en: '「{mark}」 crosses the 「{partner}」 before it: close the inner one with 「{close}」 first.',
      },
      reversed: { 'zh-cn': '「{written}」方向颠倒，应为「{right}」。', en: '「{written}」 is reversed: it should be 「{right}」.' },
    },
    docs: 'unpaired-mark',
    tags: ['punctuation'],
    summary: { 'zh-cn': '“” ‘’ （） 《》 〈〉 【】 缺失、颠倒或嵌套错误。', en: 'Unpaired, reversed or wrongly nested “” ‘’ （） 《》 〈〉 【】.' },
    catches: '`”新起点“`, an unclosed `“`, crossed `《（》）`',
    fixSummary: 'swap a single reversed pair',
  },
  checkLine({ text, lex, report }: LineContext): void {
    if ((lex.chars & CHARS.pairedMark) === 0) return;
    const marks = pairedMarks(text);
    if (marks.length === 0) return;
    const problems = findProblems(marks);
    if (problems.length === 0) return;
    const reversed = singleReversedPair(marks);
    if (reversed) reportReversed(report, reversed[0], reversed[1]);
    else for (const problem of problems.slice(0, MAX_PROBLEMS_A_PARAGRAPH)) reportProblem(report, problem);
  },
};

/**
 * A paragraph with more unpaired marks than this is not prose with a slip in it (pasted code, a table, a run of
 * one mark): its first problems say so, and thousands more would only bury the rest of the speech.
 */
const MAX_PROBLEMS_A_PARAGRAPH = 20;

const PAIRED_MARKS = '“”‘’（）)《》〈〉【】';
/** Each paired mark by its code, as one shared string (reading text[i] would make a new one each time). */
const PAIRED_MARK_BY_CODE: ReadonlyMap<number, string> = new Map([...PAIRED_MARKS].map((mark) => [mark.charCodeAt(0), mark]));

function pairedMarks(text: string): Mark[] {
  const marks: Mark[] = [];
  let openSingle = 0;
  const lastClosingSingle = text.lastIndexOf('’');
  for (let i = 0; i < text.length; i++) {
    const char = PAIRED_MARK_BY_CODE.get(text.charCodeAt(i));
    if (char === undefined) continue;
    // ’ between letters is an apostrophe (don’t), not a closing quote, unless a ‘ is open and no later ’ can close it
    // (x‘x’x; but ‘don’t go’).
    const betweenLetters = char === '’' && isLetterCode(text.charCodeAt(i - 1)) && isLetterCode(text.charCodeAt(i + 1));
    if (betweenLetters && (openSingle === 0 || lastClosingSingle > i)) continue;
    if (char === '‘') openSingle++;
    else if (char === '’' && openSingle > 0) openSingle--;
    marks.push({ index: i, char });
  }
  return marks;
}

/** ”新起点“ with nothing else of its kind on the line: the one case whose fix is certain. */
function singleReversedPair(marks: Mark[]): [Mark, Mark] | undefined {
  const kinds = new Map<string, Mark[]>();
  for (const mark of marks) {
    const kind = OPENINGS.has(mark.char) ? mark.char : OPENING_OF[mark.char];
    const sameKind = kinds.get(kind);
    if (sameKind) sameKind.push(mark);
    else kinds.set(kind, [mark]);
  }
  for (const sameKind of kinds.values()) {
    if (sameKind.length !== 2) continue;
    const [first, second] = sameKind;
    if (!OPENINGS.has(first.char) && OPENINGS.has(second.char) && findProblems(marks.filter((m) => m !== first && m !== second)).length === 0) {
      return [first, second];
    }
  }
  return undefined;
}

function findProblems(marks: Mark[]): Problem[] {
  const problems: Problem[] = [];
  const stack: Mark[] = [];
  for (const mark of marks) {
    if (OPENINGS.has(mark.char)) {
      stack.push(mark);
      continue;
    }
    const opening = OPENING_OF[mark.char];
    const depth = findOpening(stack, opening);
    if (depth < 0 && mark.char === ')') continue;
    if (depth < 0) {
      problems.push({ mark, kind: 'unopened' });
    } else if (depth < stack.length - 1) {
      problems.push({ mark, kind: 'nesting', partner: stack[stack.length - 1] });
      stack.splice(depth, 1);
    } else {
      stack.pop();
    }
  }
  for (const mark of stack) problems.push({ mark, kind: 'unclosed' });
  return problems.sort((a, b) => a.mark.index - b.mark.index);
}

/**
 * Prose never nests paired marks deeply: the opening is looked for among the innermost few only, so a line of a
 * million （ followed by 》 costs linear time, not quadratic. Deeper, a closing mark counts as unopened.
 */
const MAX_NESTING_SEARCH = 32;

function findOpening(stack: Mark[], opening: string): number {
  for (let i = stack.length - 1; i >= Math.max(0, stack.length - MAX_NESTING_SEARCH); i--) {
    if (stack[i].char === opening) return i;
  }
  return -1;
}

function reportProblem(report: Reporter, { mark, kind, partner }: Problem): void {
  const start = mark.index;
  if (kind === 'nesting') {
    const inner = partner?.char ?? '';
    report({ start, end: start + 1, messageId: kind, data: { mark: mark.char, partner: inner, close: CLOSING_OF[inner] } });
  } else {
    report({ start, end: start + 1, messageId: kind, data: { mark: mark.char, other: kind === 'unclosed' ? CLOSING_OF[mark.char] : OPENING_OF[mark.char] } });
  }
}

function reportReversed(report: Reporter, closing: Mark, opening: Mark): void {
  const start = closing.index;
  const end = opening.index + 1;
  const open = OPENING_OF[closing.char];
  const close = CLOSING_OF[opening.char];
  const right = `${open}…${close}`;
  report({
    start,
    end,
    messageId: 'reversed',
    data: { written: `${closing.char}…${opening.char}`, right },
    fix: { title: 'changeTo', data: { to: right }, edits: [{ start, end: start + 1, newText: open }, { start: end - 1, end, newText: close }], safe: true },
  });
}
