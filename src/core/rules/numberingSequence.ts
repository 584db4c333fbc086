/** Rule `numbering-sequence`: under each parent, each heading level runs 1, 2, 3… in one style. */

import { canonicalMarker } from '../headings';
import { renumberEdits } from '../renumber';
import { markerShape, markerWithNumber, numeralIn, siblingGroups } from '../structure';
import type { ParsedSpeech, Section } from '../types';
import { type Fix, lazyFixes, type Message, type Rule, type RuleContext, RuleFinding } from './types';

export const numberingSequence: Rule = {
  meta: {
    id: 'numbering-sequence',
    defaultSeverity: 'warning',
    fixable: true,
    description: {
      'zh-cn': '同一层级的标题序号应依次为一、二、三……：跳号（一、二、四、）、重号、回头重排，以及同级混用不同样式（（一）与(二)）。修复为全文重新编号。',
      en: 'Headings of one level must run 1, 2, 3…: gaps (一、二、四、), repeats, restarts, and a level mixing styles (（一） beside (二)). The fix renumbers the speech.',
    },
    docs: 'numbering-sequence',
    summary: { 'zh-cn': '标题序号跳号、重号、倒退或同级样式混用。', en: 'Heading numbers that skip, repeat, restart or mix styles.' },
    catches: '`一、二、四、`, repeats, restarts, `（一）` beside `(二)`',
    fixSummary: 'renumber',
  },
  check({ speech }: RuleContext): RuleFinding[] {
    const findings: RuleFinding[] = [];
    const renumber = lazyFixes(() => [renumberFix(speech)]);
    for (const group of siblingGroups(speech)) {
      group.sections.forEach((section, index) => {
        const message = sequenceProblem(section, index === 0 ? undefined : group.sections[index - 1], index + 1);
        if (message) findings.push(new RuleFinding('numbering-sequence', section.heading.markerSpan, message, renumber));
      });
      for (const finding of mixedStyles(group.sections)) findings.push(finding);
    }
    return findings;
  },
};

export function renumberFix(speech: ParsedSpeech): Fix {
  return {
    title: { 'zh-cn': '全文重新编号', en: 'Renumber the speech' },
    edits: renumberEdits(speech),
    safe: false,
  };
}

function sequenceProblem(section: Section, previous: Section | undefined, expected: number): Message | undefined {
  const { heading } = section;
  const want = markerWithNumber(heading.marker, expected);
  if (!previous) {
    return heading.number === 1 ? undefined : {
      'zh-cn': `这一级的第一个标题应为「${want}」，而不是「${heading.marker}」。`,
      en: `The first heading of this level should be 「${want}」, not 「${heading.marker}」.`,
    };
  }
  const last = previous.heading.number;
  if (heading.number === last + 1) return undefined;
  const next = markerWithNumber(heading.marker, last + 1);
  if (heading.number === last) {
    return { 'zh-cn': `序号「${heading.marker}」重复：应为「${next}」。`, en: `「${heading.marker}」 repeats the number before it: it should be 「${next}」.` };
  }
  if (heading.number < last) {
    return { 'zh-cn': `序号「${heading.marker}」倒退：上一个是「${previous.heading.marker}」，这里应为「${next}」。`, en: `「${heading.marker}」 goes back after 「${previous.heading.marker}」: it should be 「${next}」.` };
  }
  return { 'zh-cn': `序号跳过了：「${previous.heading.marker}」之后应为「${next}」，而不是「${heading.marker}」。`, en: `A number is skipped: after 「${previous.heading.marker}」 comes 「${next}」, not 「${heading.marker}」.` };
}

/**
 * Siblings written in different shapes (第一、 beside 第二，): the odd ones out, against the majority, are reported.
 * Shapes are compared in their GB/T 9704 form, so (二) beside （一） is heading-marker's to report, towards （二）, and
 * never here as well, where the majority could be the wrong form.
 */
function mixedStyles(sections: Section[]): RuleFinding[] {
  const shapeOf = (section: Section): string => markerShape(canonicalMarker(section.heading.style, section.heading.marker) ?? section.heading.marker);
  const counts = new Map<string, number>();
  for (const section of sections) counts.set(shapeOf(section), (counts.get(shapeOf(section)) ?? 0) + 1);
  if (counts.size < 2) return [];
  const [majority] = [...counts.entries()].sort((a, b) => b[1] - a[1] || 0)[0];
  return sections
    .filter((section) => shapeOf(section) !== majority)
    .map((section) => {
      const numeral = numeralIn(section.heading.marker);
      const like = numeral ? majority.replace('N', section.heading.marker.slice(numeral.offset, numeral.offset + numeral.length)) : majority;
      return new RuleFinding('numbering-sequence', section.heading.markerSpan, {
          'zh-cn': `同级标题的序号样式不一致：「${section.heading.marker}」应与其他标题一样写作「${like}」。`,
          en: `This level mixes numbering styles: write 「${section.heading.marker}」 as 「${like}」, like its siblings.`,
        }, [{
          title: { 'zh-cn': `改为「${like}」`, en: `Change to 「${like}」` },
          edits: [{ start: section.heading.markerSpan.start, end: section.heading.markerSpan.end, newText: like }],
          safe: true,
        }]);
    });
}
