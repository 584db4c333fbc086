/** Rule `ellipsis-dash`: ... … 。。。 ．．． → ……; -- and a lone — ─ ━ used as a Chinese dash → ——. */

import { isChineseContext, isDigitChar, isHanChar, nextNonBlank, previousNonBlank, protectedSpans, inSpans } from '../chars';
import { execAll, type Line } from '../text';
import { sharedBy } from './shared';
import { type LineRule, type Message, NO_FINDINGS, RuleFinding, type SpanFix } from './types';

/** „„ is an ellipsis that a conversion from Word turned into low quotes. */
const ELLIPSIS_LIKE = /\.{3,}|．{3,}|。{3,}|…+|⋯+|„{2,}/g;
const DASH_LIKE = /-{2,}|—+|[─━]+/g;
const ANY_ELLIPSIS_OR_DASH = /\.{3}|．{3}|。{3}|…|⋯|„„|--|[—─━]/;

export const ellipsisDash: LineRule = {
  meta: {
    id: 'ellipsis-dash',
    defaultSeverity: 'warning',
    fixable: true,
    description: {
      'zh-cn': '省略号应为「……」（不是 ...、…、。。。），破折号应为“——”（不是 --、单个—、─ 或 ━）；数字之间的连接号和英文中的不受影响。',
      en: 'The Chinese ellipsis is …… (not ..., …, 。。。) and the dash is —— (not --, a single —, ─ or ━); hyphens between numbers and in English are left alone.',
    },
    docs: 'ellipsis-dash',
    summary: { 'zh-cn': '用 ... … 。。。 代替“……”，用 -- 或单个 — 代替“——”。', en: '... … 。。。 instead of ……; -- or a lone — instead of ——.' },
    catches: '`...` `…` `。。。` `--` a lone `—`',
    fixSummary: '`……` `——`',
  },
  checkLine(text: string): RuleFinding[] {
    if (!ANY_ELLIPSIS_OR_DASH.test(text)) return NO_FINDINGS;
    const line: Line = { index: 0, start: 0, end: text.length, text };
    return [...ellipses(line), ...dashes(line)];
  },
};

function ellipses(line: Line): RuleFinding[] {
  const findings: RuleFinding[] = [];
  let skip: Array<[number, number]> | undefined;
  for (const match of execAll(ELLIPSIS_LIKE, line.text)) {
    const run = match[0];
    const index = match.index ?? 0;
    skip ??= protectedSpans(line.text);
    if (inSpans(skip, index)) continue;
    // …… and ………… (for omitted paragraphs) are right; so is an even run of ⋯.
    if (/^…+$/.test(run) && run.length % 2 === 0) continue;
    if (/^⋯+$/.test(run) && run.length % 2 === 0) continue;
    if (!inChineseText(line.text, index, index + run.length)) continue;
    findings.push(finding(line, index, run, '……', 'ellipsis'));
  }
  return findings;
}

function dashes(line: Line): RuleFinding[] {
  const findings: RuleFinding[] = [];
  const text = line.text;
  for (const match of execAll(DASH_LIKE, text)) {
    const run = match[0];
    const index = match.index ?? 0;
    const end = index + run.length;
    if (run === '——' || /^—{4,}$/.test(run) && run.length % 2 === 0) continue;
    // A line of only ─ or ━ is a divider, not a dash.
    if (/^[─━]+$/.test(run) && text.trim() === run) continue;
    const before = previousNonBlank(text, index);
    const after = nextNonBlank(text, end);
    if (isDigitChar(before) && isDigitChar(after)) continue; // 2023--2024, 1—2: a range
    if (!inChineseText(text, index, end)) continue;
    // A single — between two Chinese characters is GB/T 15834's 一字线 connector (北京—上海), not a dash.
    if (run === '—' && isHanChar(text[index - 1]) && isHanChar(text[end])) continue;
    if (/^-{2,}$/.test(run) && /[A-Za-z]/.test(text[index - 1] ?? '') && /[A-Za-z]/.test(text[end] ?? '')) continue;
    findings.push(finding(line, index, run, '——', 'dash'));
  }
  return findings;
}

/** Chinese on at least one side, and no Latin word right against the run (English keeps its own marks). */
function inChineseText(text: string, start: number, end: number): boolean {
  const before = previousNonBlank(text, start);
  const after = nextNonBlank(text, end);
  const chinese = isChineseContext(before) || isChineseContext(after);
  const english = /[A-Za-z]/.test(text[start - 1] ?? '') && !isChineseContext(after);
  return chinese && !english;
}

function finding(line: Line, index: number, run: string, replacement: string, kind: 'ellipsis' | 'dash'): RuleFinding {
  const start = line.start + index;
  const { message, fix } = textsFor(`${kind}\u0000${run}\u0000${replacement}`);
  return new RuleFinding('ellipsis-dash', { start, end: start + run.length }, message, fix);
}

/** The message and fix for one kind, run and replacement, joined by U+0000 (which no run holds). */
const textsFor = sharedBy((key): { message: Message; fix: SpanFix } => {
  const [kind, run, replacement] = key.split('\u0000');
  const name = kind === 'ellipsis' ? { zh: '省略号', en: 'ellipsis' } : { zh: '破折号', en: 'dash' };
  return {
    message: { 'zh-cn': `${name.zh}应写作「${replacement}」，而不是「${run}」。`, en: `The Chinese ${name.en} is 「${replacement}」, not 「${run}」.` },
    fix: { title: { 'zh-cn': `改为「${replacement}」`, en: `Change to 「${replacement}」` }, newText: replacement, safe: true },
  };
});
