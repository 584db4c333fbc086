/** Rule `heading-marker`: the punctuation of heading numbers per GB/T 9704-2012 (一、 （一） 1. （1）). */

import { canonicalMarker } from '../parse/headings';
import type { Heading } from '../parse/types';
import type { DocumentContext, DocumentRule } from './types';

export const headingMarker: DocumentRule = {
  meta: {
    id: 'heading-marker',
    defaultSeverity: 'warning',
    fixable: true,
    description: {
      'zh-cn':
        '标题序号的标点不规范：“1、”应为“1.”，“（一）、”“(一).”应为“（一）”，“一.”“一，”应为“一、”，半角“(一)”“(1)”应为全角“（一）”“（1）”。GB/T 9704-2012 不区分“1.”与全角的“1．”：全文统一用哪一种都可以，混用时按全文用得多的一种提示。',
      en: 'Wrong punctuation in heading numbers: 1、 → 1., （一）、 and (一). → （一）, 一. and 一， → 一、, half-width (一) (1) → full-width （一） （1）. GB/T 9704-2012 does not tell 1. from the full-width 1．: either is right when the document keeps to it; a document that mixes them is told to use the one it uses most.',
    },
    messages: {
      marker: {
        'zh-cn': '标题序号「{marker}」应写作「{expected}」。',
        en: 'Write the heading number 「{marker}」 as 「{expected}」.',
      },
    },
    docs: 'heading-marker',
    tags: ['structure', 'punctuation'],
    summary: {
      'zh-cn': '标题序号的标点不规范：1、 (一) 一. 一，。',
      en: 'Wrong punctuation in heading numbers: 1、 (一) 一. 一，.',
    },
    catches: '`1、` `(一)` `（一）、` `一.` `一，`',
    fixSummary: '`1.` `（一）` `一、`',
  },
  reads: 'outline',
  check({ speech, report }: DocumentContext): void {
    const point = preferredPoint(speech.headings);
    for (const heading of speech.headings) {
      // A heading read into a list of another style (2. between （一） and （三）) is numbering-sequence's: its fix
      // writes the marker as the list's.
      if (heading.inListOf) continue;
      const expected = expectedMarker(heading, point);
      if (expected === undefined || expected === heading.marker) continue;
      const { start, end } = heading.markerSpan;
      report({
        start,
        end,
        messageId: 'marker',
        data: { marker: heading.marker, expected },
        fix: { title: 'changeTo', data: { to: expected }, edits: [{ start, end, newText: expected }], safe: true },
      });
    }
  },
};

/**
 * The point a document's `1.` headings take: GB/T 9704-2012 does not tell `1.` from the full-width `1．` that Word
 * and many offices write, so the one the document uses most is right, and `.` when it uses neither more.
 */
function preferredPoint(headings: readonly Heading[]): '.' | '．' {
  let ascii = 0;
  let fullWidth = 0;
  for (const heading of headings) {
    if (heading.style !== 'num-dot') continue;
    if (heading.marker.endsWith('．')) fullWidth++;
    else if (heading.marker.endsWith('.')) ascii++;
  }
  return fullWidth > ascii ? '．' : '.';
}

function expectedMarker(heading: Heading, point: '.' | '．'): string | undefined {
  const expected = canonicalMarker(heading.style, heading.marker);
  if (heading.style !== 'num-dot' || expected === undefined) return expected;
  return expected.slice(0, -1) + point;
}
