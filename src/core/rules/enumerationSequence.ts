/** Rule `enumeration-sequence`: inline items (一是…二是…, 一要…, 第一…, 首先…其次…最后) run without gaps or repeats. */

import { renumberEdits } from '../parse/renumber';
import { itemRuns, NUMBERED_FAMILIES, markerWithNumber, numberStoodFor } from '../parse/sequences';
import type { Item } from '../parse/types';
import type { DocumentContext, DocumentRule, MessageData } from './types';

type Problem = { messageId: string; data: MessageData };

export const enumerationSequence: DocumentRule = {
  meta: {
    id: 'enumeration-sequence',
    defaultSeverity: 'warning',
    fixable: true,
    messages: {
      first: {
        'zh-cn': '列举应从「{first}」开始，而不是「{marker}」。',
        en: 'The enumeration should start with 「{first}」, not 「{marker}」.',
      },
      repeats: { 'zh-cn': '「{marker}」重复：应为「{next}」。', en: '「{marker}」 repeats: it should be 「{next}」.' },
      skips: {
        'zh-cn': '列举跳号：「{previous}」之后应为「{next}」，而不是「{marker}」。',
        en: 'The enumeration skips: after 「{previous}」 comes 「{next}」, not 「{marker}」.',
      },
      afterLast: {
        'zh-cn': '「最后」之后不应再有「{marker}」。',
        en: 'Nothing should follow 「最后」 (「{marker}」).',
      },
      wordRepeats: { 'zh-cn': '「{marker}」重复。', en: '「{marker}」 repeats.' },
      pause: {
        'zh-cn': '序次语「{marker}」后用逗号，不用顿号：「{marker}，」。',
        en: 'Write a comma after 「{marker}」, not a 顿号: 「{marker}，」.',
      },
    },
    description: {
      'zh-cn':
        '段内列举（一是……二是……、一要……二要……、第一……第二……、首先……其次……最后）应连续：不跳号（一是、二是、四是）、不重号。修复为全文重新编号。序次语“第一”“首先”“一是”等之后用逗号，不用顿号（GB/T 15834-2011）：“第二、”应为“第二，”。',
      en: 'Inline enumerations (一是…二是…, 一要…二要…, 第一…第二…, 首先…其次…最后) must run without gaps (一是、二是、四是) or repeats. The fix renumbers the speech. After a sequence word such as 第一, 首先 or 一是 comes a comma, not a 顿号 (GB/T 15834-2011): 第二、 → 第二，.',
    },
    docs: 'enumeration-sequence',
    tags: ['structure'],
    summary: {
      'zh-cn': '段内列举跳号或重号：一是、二是、四是。',
      en: '一是、二是、四是: inline enumerations that skip or repeat.',
    },
    catches: '`一是、二是、四是`, `其次` twice, `第二、要…`',
    fixSummary: 'renumber; `第二，`',
  },
  reads: 'outline',
  check({ speech, report }: DocumentContext): void {
    for (const run of itemRuns(speech)) {
      const numbered = NUMBERED_FAMILIES.has(run.family);
      // The number the item before stands for (see numberStoodFor).
      let last = 0;
      run.items.forEach((item, index) => {
        const problem = numbered
          ? numberedProblem(item, run.items[index - 1], last)
          : wordProblem(item, run.items[index - 1]);
        if (numbered) last = numberStoodFor(problem !== undefined, item.number, last, run.items[index + 1]?.number);
        if (problem)
          report({
            start: item.markerSpan.start,
            end: item.markerSpan.end,
            messageId: problem.messageId,
            data: problem.data,
            documentFix: numbered,
          });
      });
    }
    // GB/T 15834-2011: a comma after a sequence word (第一, 首先, 一是); the 顿号 only after a bare numeral (一、).
    for (const item of speech.items) {
      const at = item.markerSpan.end;
      if (speech.text[at] !== '、') continue;
      report({
        start: item.markerSpan.start,
        end: at + 1,
        messageId: 'pause',
        data: { marker: item.marker },
        fix: {
          title: 'changeTo',
          data: { to: `${item.marker}，` },
          edits: [{ start: at, end: at + 1, newText: '，' }],
          safe: true,
        },
      });
    }
  },
  documentFix: ({ speech }) => ({ title: 'renumber', edits: renumberEdits(speech), safe: false }),
};

/** What is wrong with an item's number when the item before it stands for `last` (0 before the first). */
function numberedProblem(item: Item, previous: Item | undefined, last: number): Problem | undefined {
  const marker = item.marker;
  if (item.number === last + 1) return undefined;
  if (!previous) return { messageId: 'first', data: { first: markerWithNumber(marker, 1), marker } };
  const next = markerWithNumber(marker, last + 1);
  if (item.number === last) return { messageId: 'repeats', data: { marker, next } };
  return { messageId: 'skips', data: { previous: previous.marker, next, marker } };
}

/** 首先 … 其次 … 再次 … 最后: 其次 once, after 首先; nothing after 最后. */
function wordProblem(item: Item, previous: Item | undefined): Problem | undefined {
  if (!previous) return undefined;
  if (previous.marker === '最后') return { messageId: 'afterLast', data: { marker: item.marker } };
  if (item.marker === previous.marker && item.marker !== '再次')
    return { messageId: 'wordRepeats', data: { marker: item.marker } };
  return undefined;
}
