/** Rule `heading-marker`: the punctuation of heading numbers per GB/T 9704-2012 (一、 （一） 1. （1）). */

import { canonicalMarker } from '../headings';
import type { LineContext, LineRule } from './types';

export const headingMarker: LineRule = {
  meta: {
    id: 'heading-marker',
    defaultSeverity: 'warning',
    fixable: true,
    description: {
      'zh-cn': '标题序号的标点不规范：“1、”应为“1.”，“（一）、”“(一).”应为“（一）”，“一.”“一，”应为“一、”，半角“(一)”“(1)”应为全角“（一）”“（1）”。',
      en: 'Wrong punctuation in heading numbers: 1、 → 1., （一）、 and (一). → （一）, 一. and 一， → 一、, half-width (一) (1) → full-width （一） （1）.',
    },
    messages: {
      marker: { 'zh-cn': '标题序号「{marker}」应写作「{expected}」。', en: 'Write the heading number 「{marker}」 as 「{expected}」.' },
    },
    docs: 'heading-marker',
    tags: ['structure', 'punctuation'],
    summary: { 'zh-cn': '标题序号的标点不规范：1、 (一) 一. 一，。', en: 'Wrong punctuation in heading numbers: 1、 (一) 一. 一，.' },
    catches: '`1、` `(一)` `（一）、` `一.` `一，`',
    fixSummary: '`1.` `（一）` `一、`',
  },
  checkLine({ lex, report }: LineContext): void {
    const heading = lex.heading;
    if (!heading) return;
    const expected = canonicalMarker(heading.style, heading.marker);
    if (expected === undefined || expected === heading.marker) return;
    const start = heading.markerStart;
    const end = start + heading.marker.length;
    report({ start, end, messageId: 'marker', data: { marker: heading.marker, expected }, fix: { title: 'changeTo', data: { to: expected }, edits: [{ start, end, newText: expected }], safe: true } });
  },
};
