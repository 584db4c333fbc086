/** Rule `ellipsis-dash`: ... … 。。。 ．．． → ……; -- and a lone — ─ ━ used as a Chinese dash → ——. */

import {
  isChineseContext,
  isDigitChar,
  isHanChar,
  nextNonBlank,
  previousNonBlank,
  protectedSpans,
  inSpans,
} from '../language/chars';
import { execAll } from '../language/text';
import { CHARS } from '../parse/lineChars';
import type { LineContext, LineRule, Reporter } from './types';

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
      'zh-cn':
        '省略号应为「……」（不是 ...、…、。。。），破折号应为“——”（不是 --、单个—、─ 或 ━）；数字之间的连接号和英文中的不受影响。',
      en: 'The Chinese ellipsis is …… (not ..., …, 。。。) and the dash is —— (not --, a single —, ─ or ━); hyphens between numbers and in English are left alone.',
    },
    messages: {
      ellipsis: {
        'zh-cn': '省略号应写作「{to}」，而不是「{run}」。',
        en: 'The Chinese ellipsis is 「{to}」, not 「{run}」.',
      },
      dash: { 'zh-cn': '破折号应写作「{to}」，而不是「{run}」。', en: 'The Chinese dash is 「{to}」, not 「{run}」.' },
    },
    docs: 'ellipsis-dash',
    tags: ['punctuation'],
    summary: {
      'zh-cn': '用 ... … 。。。 代替“……”，用 -- 或单个 — 代替“——”。',
      en: '... … 。。。 instead of ……; -- or a lone — instead of ——.',
    },
    catches: '`...` `…` `。。。` `--` a lone `—`',
    fixSummary: '`……` `——`',
  },
  /** What an ellipsis or a dash can be made of; 。。。 is a run of marks (a sentence's one 。 triggers nothing). */
  trigger: { chars: '.．…⋯„-—─━', features: CHARS.markRun },
  checkLine({ text, report }: LineContext): void {
    if (!ANY_ELLIPSIS_OR_DASH.test(text)) return;
    ellipses(text, report);
    dashes(text, report);
  },
};

function ellipses(text: string, report: Reporter): void {
  let skip: Array<[number, number]> | undefined;
  for (const match of execAll(ELLIPSIS_LIKE, text)) {
    const run = match[0];
    const index = match.index ?? 0;
    skip ??= protectedSpans(text);
    if (inSpans(skip, index)) continue;
    // …… and ………… (for omitted paragraphs) are right; so is an even run of ⋯.
    if (/^…+$/.test(run) && run.length % 2 === 0) continue;
    if (/^⋯+$/.test(run) && run.length % 2 === 0) continue;
    if (!inChineseText(text, index, index + run.length) && !isAfterMaskedName(text, index)) continue;
    reportRun(report, index, run, '……', 'ellipsis');
  }
}

/** A Chinese character, or the bracket that closes a name before the connector or opens one after it. */
function isConnectorEnd(char: string | undefined, bracket: string): boolean {
  return char === bracket || isHanChar(char);
}

function dashes(text: string, report: Reporter): void {
  for (const match of execAll(DASH_LIKE, text)) {
    const run = match[0];
    const index = match.index ?? 0;
    const end = index + run.length;
    if (run === '——' || (/^—{4,}$/.test(run) && run.length % 2 === 0)) continue;
    // A line of only ─ or ━ is a divider, not a dash.
    if (/^[─━]+$/.test(run) && text.trim() === run) continue;
    const before = previousNonBlank(text, index);
    const after = nextNonBlank(text, end);
    if (isDigitChar(before) && isDigitChar(after)) continue; // 2023--2024, 1—2: a range
    if (!inChineseText(text, index, end)) continue;
    // A single — between two Chinese names is GB/T 15834's 一字线 connector (北京—上海, 中国（河南）—东盟), not a dash.
    if (run === '—' && isConnectorEnd(text[index - 1], '）') && isConnectorEnd(text[end], '（')) continue;
    // And between the ends of a span of time (GB/T 15834-2011 4.13: 标示时间、地域的起止一般用一字线):
    // 2008年—2020年, 2011年2月3日—10日, 1031—1095.
    if (run === '—' && isTimeRange(text, index, end)) continue;
    if (/^-{2,}$/.test(run) && /[A-Za-z]/.test(text[index - 1] ?? '') && /[A-Za-z]/.test(text[end] ?? '')) continue;
    reportRun(report, index, run, '——', 'dash');
  }
}

/**
 * A time unit or a figure before the dash, and a figure after it: the two ends of a span of time, or of a range of
 * values written with the 一字线 (60%—70%), which is number-usage's to judge, never a dash.
 */
function isTimeRange(text: string, start: number, end: number): boolean {
  const before = text[start - 1] ?? '';
  const after = text[end] ?? '';
  return (
    (TIME_END.test(before) || isDigitChar(before) || before === '%' || before === '％') &&
    (isDigitChar(after) || CHINESE_FIGURE.test(after))
  );
}

const TIME_END = /[年月日号时秒期届季]/;
const CHINESE_FIGURE = /[〇零一二三四五六七八九十今]/;

/**
 * An ellipsis after a name masked with × (执行主席×××...): Chinese text, though no Chinese character stands beside it.
 * (An ellipsis alone on its line is text still to be written: placeholder's.)
 */
function isAfterMaskedName(text: string, start: number): boolean {
  return previousNonBlank(text, start) === '×';
}

/** Chinese on at least one side, and no Latin word right against the run (English keeps its own marks). */
function inChineseText(text: string, start: number, end: number): boolean {
  const before = previousNonBlank(text, start);
  const after = nextNonBlank(text, end);
  const chinese = isChineseContext(before) || isChineseContext(after);
  const english = /[A-Za-z]/.test(text[start - 1] ?? '') && !isChineseContext(after);
  return chinese && !english;
}

function reportRun(report: Reporter, start: number, run: string, to: string, kind: 'ellipsis' | 'dash'): void {
  const end = start + run.length;
  report({
    start,
    end,
    messageId: kind,
    data: { to, run },
    fix: { title: 'changeTo', data: { to }, edits: [{ start, end, newText: to }], safe: true },
  });
}
