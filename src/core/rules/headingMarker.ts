/** Rule `heading-marker`: the punctuation of heading numbers per GB/T 9704-2012 (一、 （一） 1. （1）). */

import { canonicalMarker, matchHeading } from '../headings';
import { type LineRule, NO_FINDINGS, RuleFinding } from './types';

export const headingMarker: LineRule = {
  meta: {
    id: 'heading-marker',
    defaultSeverity: 'warning',
    fixable: true,
    description: {
      'zh-cn': '标题序号的标点不规范：“1、”应为“1.”，“（一）、”“(一).”应为“（一）”，“一.”“一，”应为“一、”，半角“(一)”“(1)”应为全角“（一）”“（1）”。',
      en: 'Wrong punctuation in heading numbers: 1、 → 1., （一）、 and (一). → （一）, 一. and 一， → 一、, half-width (一) (1) → full-width （一） （1）.',
    },
    docs: 'heading-marker',
    summary: { 'zh-cn': '标题序号的标点不规范：1、 (一) 一. 一，。', en: 'Wrong punctuation in heading numbers: 1、 (一) 一. 一，.' },
    catches: '`1、` `(一)` `（一）、` `一.` `一，`',
    fixSummary: '`1.` `（一）` `一、`',
  },
  checkLine(text: string): RuleFinding[] {
    const heading = matchHeading(text);
    if (!heading) return NO_FINDINGS;
    const findings: RuleFinding[] = [];
    if (heading) {
      const expected = canonicalMarker(heading.style, heading.marker);
      if (expected === undefined || expected === heading.marker) return findings;
      const start = heading.markerStart;
      const end = start + heading.marker.length;
      const message = { 'zh-cn': `标题序号「${heading.marker}」应写作「${expected}」。`, en: `Write the heading number 「${heading.marker}」 as 「${expected}」.` };
      const fix = { title: { 'zh-cn': `改为「${expected}」`, en: `Change to 「${expected}」` }, newText: expected, safe: true };
      findings.push(new RuleFinding('heading-marker', { start, end }, message, fix));
    }
    return findings;
  },
};
