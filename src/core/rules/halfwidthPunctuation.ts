/** Rule `halfwidth-punctuation`: , . : ; ? ! ( ) and straight quotes in Chinese text → ，。：；？！（）“”‘’ (GB/T 15834). */

import {
  charAt,
  charBefore,
  inSpans,
  isChineseContext,
  isDigitChar,
  isHanChar,
  isLatinOrDigit,
  nextNonBlank,
  previousNonBlank,
  protectedSpans,
} from '../chars';
import { execAll, type Line } from '../text';
import { matchHeading } from '../headings';
import type { Span } from '../types';
import { sharedBy } from './shared';
import { type LineRule, type Message, NO_FINDINGS, RuleFinding, type SpanFix } from './types';

const ANY_HALF_WIDTH = /[,.:;?!()"']/;
const FULL_WIDTH: Record<string, string> = { ',': '，', '.': '。', ':': '：', ';': '；', '?': '？', '!': '！', '(': '（', ')': '）' };

interface Replacement {
  index: number;
  from: string;
  to: string;
}

export const halfwidthPunctuation: LineRule = {
  meta: {
    id: 'halfwidth-punctuation',
    defaultSeverity: 'warning',
    fixable: true,
    description: {
      'zh-cn': '中文语境中的半角标点 , . : ; ? ! ( ) 和直引号 "…" \'…\'，应改为全角 ，。：；？！（）和弯引号 “…” ‘…’。数字、网址、邮箱、文件名和英文句子不受影响。',
      en: 'Half-width , . : ; ? ! ( ) and straight quotes in Chinese text, which should be the full-width ，。：；？！（） and curly “…” ‘…’. Numbers, URLs, e-mail addresses, file names and English sentences are left alone.',
    },
    docs: 'halfwidth-punctuation',
  },
  checkLine(text: string): RuleFinding[] {
    if (!ANY_HALF_WIDTH.test(text)) return NO_FINDINGS;
    const line: Line = { index: 0, start: 0, end: text.length, text };
    const heading = matchHeading(text);
    const markers: Span[] = heading ? [{ start: heading.markerStart, end: heading.markerStart + heading.marker.length }] : [];
    return replacementsIn(line, markers).map((r) => toFinding(line, r));
  },
};

/** The half-width mark each full-width one replaces. */
const HALF_WIDTH_OF: Readonly<Record<string, string>> = { '，': ',', '。': '.', '：': ':', '；': ';', '？': '?', '！': '!', '（': '(', '）': ')', '“': '"', '”': '"', '‘': "'", '’': "'" };

/** The message and the fix depend only on the mark: made once a mark, keyed by the full-width one. */
const textsFor = sharedBy((to): { message: Message; fix: SpanFix } => {
  const from = HALF_WIDTH_OF[to];
  return {
    message: { 'zh-cn': `中文里应使用全角标点“${to}”，而不是半角“${from}”。`, en: `Use the full-width "${to}" in Chinese text, not the half-width "${from}".` },
    fix: { title: { 'zh-cn': `改为“${to}”`, en: `Change to "${to}"` }, newText: to, safe: true },
  };
});

function toFinding(line: Line, replacement: Replacement): RuleFinding {
  const start = line.start + replacement.index;
  const { message, fix } = textsFor(replacement.to);
  return new RuleFinding('halfwidth-punctuation', { start, end: start + replacement.from.length }, message, fix);
}

/** Heading markers are the heading-marker rule's: (一) is reported once, there. */
function replacementsIn(line: Line, markers: readonly Span[]): Replacement[] {
  const text = line.text;
  if (!/[,.:;?!()"']/.test(text)) return [];
  const skip = protectedSpans(text);
  for (const marker of markers) {
    if (marker.start >= line.start && marker.end <= line.end) skip.push([marker.start - line.start, marker.end - line.start]);
  }
  return [...simpleMarks(text, skip), ...parentheses(text, skip), ...quotes(text, skip, '"', '“', '”'), ...quotes(text, skip, "'", '‘', '’')]
    .sort((a, b) => a.index - b.index);
}

/** , . : ; ? ! one at a time, judged by their neighbours. */
const SIMPLE_MARK = /[,.:;?!]/g;

function simpleMarks(text: string, skip: ReadonlyArray<readonly [number, number]>): Replacement[] {
  const found: Replacement[] = [];
  for (const match of execAll(SIMPLE_MARK, text)) {
    const i = match.index ?? 0;
    const mark = match[0];
    if (inSpans(skip, i)) continue;
    if (mark === '.' && (text[i + 1] === '.' || text[i - 1] === '.')) continue; // ... is the ellipsis rule's
    if (isChineseMark(text, i)) found.push({ index: i, from: mark, to: FULL_WIDTH[mark] });
  }
  return found;
}

function isChineseMark(text: string, index: number): boolean {
  const mark = text[index];
  const before = charBefore(text, index);
  const after = charAt(text, index + 1);
  if (isDigitChar(before) && isDigitChar(after)) return false; // 3.14, 1,200, 9:30
  const previous = previousNonBlank(text, index);
  const next = nextNonBlank(text, index + 1);
  if (mark === '.') {
    // A full stop only after Chinese, and not inside a word, number or name (报告.docx is protected).
    return isChineseContext(previous) && !isLatinOrDigit(after);
  }
  // After Chinese, or closing a clause that ends in Latin or digits and goes on in Chinese: 2023年GDP,增长.
  return isChineseContext(previous) || isHanChar(next);
}

const PARENTHESIS = /[()]/g;

/** ( ) in pairs: a pair in Chinese context becomes （ ）; a lone one follows its neighbours. */
function parentheses(text: string, skip: ReadonlyArray<readonly [number, number]>): Replacement[] {
  const found: Replacement[] = [];
  const open: number[] = [];
  const pairs: Array<[number, number]> = [];
  const lone: number[] = [];
  for (const match of execAll(PARENTHESIS, text)) {
    const i = match.index ?? 0;
    if (inSpans(skip, i)) continue;
    if (text[i] === '(') open.push(i);
    else {
      const start = open.pop();
      if (start === undefined) lone.push(i);
      else pairs.push([start, i]);
    }
  }
  lone.push(...open);
  for (const [start, end] of pairs) {
    const inside = text.slice(start + 1, end);
    const chinese = /\p{Script=Han}/u.test(inside) || isHanChar(charBefore(text, start)) || isHanChar(charAt(text, end + 1));
    if (chinese) {
      found.push({ index: start, from: '(', to: '（' }, { index: end, from: ')', to: '）' });
    }
  }
  for (const index of lone) {
    const previous = previousNonBlank(text, index);
    // a) and 1) after a letter or digit are list markers, written half-width as in standards documents.
    if (isChineseContext(previous) || (isChineseContext(nextNonBlank(text, index + 1)) && !isLatinOrDigit(previous))) {
      found.push({ index, from: text[index], to: FULL_WIDTH[text[index]] });
    }
  }
  return found;
}

/** Straight quotes in pairs along the line: the first opens, the second closes. */
function quotes(text: string, skip: ReadonlyArray<readonly [number, number]>, straight: string, opening: string, closing: string): Replacement[] {
  const positions: number[] = [];
  for (let i = text.indexOf(straight); i >= 0; i = text.indexOf(straight, i + 1)) {
    if (inSpans(skip, i)) continue;
    // An apostrophe inside an English word (don't, it's) is not a quote.
    if (straight === "'" && /[A-Za-z]/.test(text[i - 1] ?? '') && /[A-Za-z]/.test(text[i + 1] ?? '')) continue;
    positions.push(i);
  }
  const found: Replacement[] = [];
  for (let k = 0; k + 1 < positions.length; k += 2) {
    const start = positions[k];
    const end = positions[k + 1];
    const inside = text.slice(start + 1, end);
    const chinese = /\p{Script=Han}/u.test(inside) || (straight === '"' && (isChineseContext(previousNonBlank(text, start)) || isChineseContext(nextNonBlank(text, end + 1))));
    if (chinese) {
      found.push({ index: start, from: straight, to: opening }, { index: end, from: straight, to: closing });
    }
  }
  return found;
}
