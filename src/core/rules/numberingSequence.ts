/** Rule `numbering-sequence`: under each parent, each heading level runs 1, 2, 3… in one style. */

import { canonicalMarker } from '../parse/headings';
import { renumberEdits } from '../parse/renumber';
import {
  markerShape,
  markerWithNumber,
  numberStoodFor,
  numeralIn,
  siblingGroups,
  writeNumberLike,
} from '../parse/sequences';
import type { Section } from '../parse/types';
import type { DocumentContext, DocumentRule, MessageData, Reporter } from './types';

export const numberingSequence: DocumentRule = {
  meta: {
    id: 'numbering-sequence',
    defaultSeverity: 'warning',
    fixable: true,
    messages: {
      first: {
        'zh-cn': '这一级的第一个标题应为「{want}」，而不是「{marker}」。',
        en: 'The first heading of this level should be 「{want}」, not 「{marker}」.',
      },
      repeats: {
        'zh-cn': '序号「{marker}」重复：应为「{next}」。',
        en: '「{marker}」 repeats the number before it: it should be 「{next}」.',
      },
      backwards: {
        'zh-cn': '序号「{marker}」倒退：上一个是「{previous}」，这里应为「{next}」。',
        en: '「{marker}」 goes back after 「{previous}」: it should be 「{next}」.',
      },
      swapped: {
        'zh-cn': '序号「{marker}」和后面的「{other}」顺序颠倒（移动段落后未重新编号？）。',
        en: '「{marker}」 and the 「{other}」 after it are in the wrong order (a section moved without renumbering?).',
      },
      restarts: {
        'zh-cn':
          '序号「{marker}」在「{previous}」之后从头开始：上面可能缺了一个上级标题；如果没有缺，这里应为「{next}」。',
        en: '「{marker}」 starts the count again after 「{previous}」: a heading above it may be missing; if not, it should be 「{next}」.',
      },
      skips: {
        'zh-cn': '序号跳过了：「{previous}」之后应为「{next}」，而不是「{marker}」。',
        en: 'A number is skipped: after 「{previous}」 comes 「{next}」, not 「{marker}」.',
      },
      mixedStyles: {
        'zh-cn': '同级标题的序号样式不一致：「{marker}」应与其他标题一样写作「{like}」。',
        en: 'This level mixes numbering styles: write 「{marker}」 as 「{like}」, like its siblings.',
      },
    },
    description: {
      'zh-cn':
        '同一层级的标题序号应依次为一、二、三……：跳号（一、二、四、）、重号、回头重排，以及同级混用不同样式（（一）与(二)）。修复为全文重新编号。',
      en: 'Headings of one level must run 1, 2, 3…: gaps (一、二、四、), repeats, restarts, and a level mixing styles (（一） beside (二)). The fix renumbers the speech.',
    },
    docs: 'numbering-sequence',
    tags: ['structure'],
    summary: {
      'zh-cn': '标题序号跳号、重号、倒退或同级样式混用。',
      en: 'Heading numbers that skip, repeat, restart or mix styles.',
    },
    catches: '`一、二、四、`, repeats, restarts, `（一）` beside `(二)`',
    fixSummary: 'renumber',
  },
  reads: 'outline',
  check({ speech, report }: DocumentContext): void {
    for (const group of siblingGroups(speech)) {
      const { sections } = group;
      // The number the previous heading stands for: its own, or the one it should have had when it alone was wrong.
      let last = group.startsAt - 1;
      for (let index = 0; index < sections.length; index++) {
        const section = sections[index];
        const next = sections[index + 1]?.heading;
        let problem = sequenceProblem(section, index === 0 ? undefined : sections[index - 1], last);
        if (problem && next && isSwap(section.heading.number, next.number, last)) {
          // 一、三、二、四: two sections moved past each other, one finding for the pair; the next is read after it.
          problem = { messageId: 'swapped', data: { marker: section.heading.marker, other: next.marker } };
          last += 2;
          index++;
        } else last = numberStoodFor(problem !== undefined, section.heading.number, last, next?.number);
        if (problem)
          report({
            start: section.heading.markerSpan.start,
            end: section.heading.markerSpan.end,
            messageId: problem.messageId,
            data: problem.data,
            documentFix: true,
          });
      }
      mixedStyles(sections, report);
    }
  },
  documentFix: ({ speech }) => ({ title: 'renumber', edits: renumberEdits(speech), safe: false }),
};

/** 三、 then 二、 where 二、 was due: the pair is in the wrong order. */
function isSwap(number: number, nextNumber: number, last: number): boolean {
  return number === last + 2 && nextNumber === last + 1;
}

/** What is wrong with a heading's number when the one before it stands for `last` (the first: one before the start). */
function sequenceProblem(
  section: Section,
  previous: Section | undefined,
  last: number,
): { messageId: string; data: MessageData } | undefined {
  const { heading } = section;
  const marker = heading.marker;
  if (heading.number === last + 1) return undefined;
  if (!previous) return { messageId: 'first', data: { want: markerWithNumber(marker, last + 1), marker } };
  const next = markerWithNumber(marker, last + 1);
  if (heading.number === last) return { messageId: 'repeats', data: { marker, next } };
  // （一） after （三） under one heading: most often the heading that held it was deleted, its subsections left here.
  const messageId = heading.number > last ? 'skips' : heading.number === 1 ? 'restarts' : 'backwards';
  return {
    messageId,
    data: { marker, next, previous: previous.heading.marker },
  };
}

/**
 * Siblings written in different shapes (第一、 beside 第二，): the odd ones out, against the majority, are reported.
 * Shapes are compared in their GB/T 9704 form, so (二) beside （一） is heading-marker's to report, towards （二）, and
 * never here as well, where the majority could be the wrong form.
 */
function mixedStyles(sections: Section[], report: Reporter): void {
  const shapes = sections.map((section) =>
    markerShape(canonicalMarker(section.heading.style, section.heading.marker) ?? section.heading.marker),
  );
  const counts = new Map<string, number>();
  for (const shape of shapes) counts.set(shape, (counts.get(shape) ?? 0) + 1);
  if (counts.size < 2) return;
  const [majority] = [...counts.entries()].sort((a, b) => b[1] - a[1] || 0)[0];
  const siblingsNumeral = numeralIn(sections[shapes.indexOf(majority)].heading.marker);
  for (let index = 0; index < sections.length; index++) {
    if (shapes[index] === majority) continue;
    const section = sections[index];
    const { marker, markerSpan, number } = section.heading;
    const numeral = numeralIn(marker);
    // The numeral as written, or in the siblings' kind where it is not theirs (2. among （一） （三）: （二）).
    const like = !numeral
      ? majority
      : majority.replace(
          'N',
          !siblingsNumeral || numeral.chinese === siblingsNumeral.chinese
            ? marker.slice(numeral.offset, numeral.offset + numeral.length)
            : writeNumberLike(number, siblingsNumeral),
        );
    report({
      ...markerSpan,
      messageId: 'mixedStyles',
      data: { marker, like },
      fix: { title: 'changeTo', data: { to: like }, edits: [{ ...markerSpan, newText: like }], safe: true },
    });
  }
}
