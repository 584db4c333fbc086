/**
 * Rule `time-limit`: a speech that runs over the time the speaker has (`讲话控制在15分钟以内`), with the parts that take
 * the most of it. The limit is the front matter's `minutes` (`duration`, `时长`), else the setting `timeLimit`; the
 * time is the spoken characters at the speaking rate, as the status bar and the outline reckon it.
 */

import { speakingSeconds } from '../language/text';
import { timeLimitOf } from '../parse/frontMatter';
import type { ParsedSpeech, Section } from '../parse/types';
import type { DocumentContext, DocumentRule } from './types';

/** How many of the longest top-level parts the message names. */
const LONGEST = 3;

export const timeLimit: DocumentRule = {
  meta: {
    id: 'time-limit',
    defaultSeverity: 'warning',
    fixable: false,
    description: {
      'zh-cn':
        '讲话超过限定时长：按语速（默认每分钟160字）估算的讲话时间超过前置设置的 minutes（或“时长”）或设置 timeLimit 给出的分钟数时提示，并列出用时最多的几个部分。未设时长不检查。',
      en: 'A speech longer than the time the speaker has: its speaking time at the speaking rate (160 characters a minute by default) is over the minutes the front matter gives (`minutes`, `duration` or `时长`) or the setting `timeLimit`. The message names the parts that take the most time. Without a limit nothing is checked.',
    },
    messages: {
      over: {
        'zh-cn': '讲话约{minutes}分钟，超过限定的{limit}分钟（每分钟{rate}字）。用时最多的部分：{partsZh}。',
        en: 'The speech takes about {minutes} minutes, over the {limit} it may take ({rate} characters a minute). The longest parts: {partsEn}.',
      },
      overWhole: {
        'zh-cn': '讲话约{minutes}分钟，超过限定的{limit}分钟（每分钟{rate}字）。',
        en: 'The speech takes about {minutes} minutes, over the {limit} it may take ({rate} characters a minute).',
      },
    },
    docs: 'time-limit',
    tags: ['reading'],
    summary: {
      'zh-cn': '讲话超过限定时长（前置设置 minutes: 15 或设置 timeLimit）。',
      en: 'A speech over its time limit (front matter minutes: 15, or the setting timeLimit).',
    },
    catches: 'a speech of 18 minutes under `minutes: 15`',
    fixSummary: '—',
  },
  check({ speech, options, report }: DocumentContext): void {
    const limit = timeLimitOf(speech.frontMatter, options.timeLimit);
    if (limit === undefined) return;
    const rate = options.speakingRate;
    const spoken = speech.lineSpoken.reduce((sum, count) => sum + count, 0);
    // Over as the status bar reckons it (whole seconds), so the two agree on whether the speech is over.
    if (speakingSeconds(spoken, rate) <= limit * 60) return;
    const at = openingLine(speech);
    if (at === undefined) return;
    const minutes = String(Math.round((spoken / rate) * 10) / 10);
    const parts = longestParts(speech, rate);
    const data = {
      minutes,
      limit: String(limit),
      rate: String(rate),
      partsZh: parts.map(({ title, minutes: taken }) => `${title}（约${taken}分钟）`).join('、'),
      partsEn: parts.map(({ title, minutes: taken }) => `${title} (about ${taken} min)`).join(', '),
    };
    report({ ...at, messageId: parts.length > 0 ? 'over' : 'overWhole', data });
  },
};

/** The first line of the speech after its front matter, without its indentation: where the finding stands. */
function openingLine(speech: ParsedSpeech): { start: number; end: number } | undefined {
  const from = speech.frontMatter ? speech.frontMatter.endLine + 1 : 0;
  for (let index = from; index < speech.lines.length; index++) {
    const line = speech.lines[index];
    const trimmed = line.text.trim();
    if (trimmed === '') continue;
    const start = line.start + line.text.indexOf(trimmed);
    return { start, end: start + trimmed.length };
  }
  return undefined;
}

/** The top-level parts that take the most time, longest first, with their whole minutes (at least one). */
function longestParts(speech: ParsedSpeech, rate: number): Array<{ title: string; minutes: number }> {
  return speech.sections
    .map((section) => ({ section, spoken: spokenIn(speech, section) }))
    .sort((a, b) => b.spoken - a.spoken)
    .slice(0, LONGEST)
    .map(({ section, spoken }) => ({
      title: `${section.heading.marker}${section.heading.title}`,
      minutes: Math.max(1, Math.round(speakingSeconds(spoken, rate) / 60)),
    }));
}

function spokenIn(speech: ParsedSpeech, section: Section): number {
  let count = 0;
  for (let line = section.heading.line; line <= section.lastLine; line++) count += speech.lineSpoken[line];
  return count;
}
